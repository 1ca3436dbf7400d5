package interp

import "github.com/tracejit/tracejit/runtime"

// beforeWith is BEFORE_WITH: it looks __enter__ and __exit__ up on the
// manager's type (never on the instance), as CPython 3.11 does, and
// returns the bound __exit__ and the result of calling __enter__.
func (vm *VM) beforeWith(mgr runtime.Value) (exit, res runtime.Value, err error) {
	enter, ok, err := runtime.LookupSpecial(vm.t, mgr, "__enter__")
	if err != nil {
		return runtime.Value{}, runtime.Value{}, err
	}
	if !ok {
		return runtime.Value{}, runtime.Value{}, runtime.Errorf(runtime.TypeErrorType, "'%s' object does not support the context manager protocol", mgr.TypeName())
	}
	exit, ok, err = runtime.LookupSpecial(vm.t, mgr, "__exit__")
	if err != nil {
		return runtime.Value{}, runtime.Value{}, err
	}
	if !ok {
		return runtime.Value{}, runtime.Value{}, runtime.Errorf(runtime.TypeErrorType, "'%s' object does not support the context manager protocol (missed __exit__ method)", mgr.TypeName())
	}
	res, err = vm.call(enter, nil, nil)
	return exit, res, err
}

// withExceptStart is WITH_EXCEPT_START: exit(type(exc), exc, traceback).
func (vm *VM) withExceptStart(exit, exc runtime.Value) (runtime.Value, error) {
	e := exc.Object().(*runtime.Exception)
	return vm.call(exit, []runtime.Value{runtime.FromObject(e.Type()), exc, runtime.TracebackOf(e)}, nil)
}
