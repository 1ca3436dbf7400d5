package interp

import (
	"github.com/tracejit/tracejit/runtime"
)

// buildClassFn is __build_class__(body, name, *bases, **kw): it runs the
// class body with a fresh namespace, creates the class and fills the
// __class__ cell that zero-argument super() reads.
func (vm *VM) buildClassFn(t *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
	npos := len(args) - len(kw)
	if npos < 2 {
		return runtime.Value{}, runtime.Errorf(runtime.TypeErrorType, "__build_class__: not enough arguments")
	}
	body, ok := args[0].Object().(*Function)
	if !ok {
		return runtime.Value{}, runtime.Errorf(runtime.TypeErrorType, "__build_class__: func must be a function")
	}
	name, ok := runtime.AsStr(args[1])
	if !ok {
		return runtime.Value{}, runtime.Errorf(runtime.TypeErrorType, "__build_class__: name is not a string")
	}
	var bases []*runtime.Type
	for _, b := range args[2:npos] {
		bt, ok := b.Object().(*runtime.Type)
		if !ok {
			return runtime.Value{}, runtime.Errorf(runtime.TypeErrorType, "bases must be types, not %s", b.TypeName())
		}
		bases = append(bases, bt)
	}
	var meta *runtime.Type
	for i, k := range kw {
		v := args[npos+i]
		if k == "metaclass" {
			// type, or one of the runtime's library metaclasses (abc.ABCMeta).
			if mt, ok := v.Object().(*runtime.Type); ok && runtime.SupportedMetaclass(mt) {
				meta = mt
				continue
			}
			return runtime.Value{}, runtime.Errorf(runtime.NotImplementedErrorType, "metaclasses are not supported yet (class %s)", name)
		}
		return runtime.Value{}, runtime.Errorf(runtime.NotImplementedErrorType, "class keyword arguments are not supported yet (class %s)", name)
	}
	ns := runtime.NewDict()
	ns.SetStr("__module__", runtime.NewStr(body.Module))
	ns.SetStr("__qualname__", runtime.NewStr(body.QualName))
	cell, err := vm.runClassBody(body, ns)
	if err != nil {
		return runtime.Value{}, err
	}
	cls, err := runtime.NewClassMeta(t, name, body.QualName, bases, ns, meta)
	if err != nil {
		return runtime.Value{}, err
	}
	if c, ok := cell.Object().(*runtime.Cell); ok {
		c.V = runtime.FromObject(cls)
	}
	return runtime.FromObject(cls), nil
}

// runClassBody runs a class body function with ns as its namespace and
// returns what it returns (the __class__ cell, or None).
func (vm *VM) runClassBody(fn *Function, ns *runtime.Dict) (runtime.Value, error) {
	t := vm.t
	if t.Depth >= t.RecursionLimit || t.Depth >= runtime.MaxRecursionLimit {
		return runtime.Value{}, runtime.Errorf(runtime.RecursionErrorType, "maximum recursion depth exceeded")
	}
	code := fn.Code
	nlocals := len(code.VarNames)
	regs, mark := vm.stack.alloc(nlocals + code.StackSize)
	f := vm.newFrame()
	*f = Frame{code: code, fn: fn, globals: fn.Globals, regs: regs, sp: nlocals, saved: mark, locals: ns}
	if code.NCells() > 0 {
		f.cells = makeCells(code, fn, regs)
	}
	t.Depth++
	r, err := vm.run(f)
	t.Depth--
	vm.stack.release(regs, mark)
	vm.freeFrame(f)
	return r, err
}
