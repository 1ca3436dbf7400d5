package interp

import (
	"strings"

	"github.com/tracejit/tracejit/runtime"
)

// call calls any callable with positional args followed by keyword values
// named by kw. args may alias the caller's stack: it is read before the
// callee runs and never kept.
func (vm *VM) call(fn runtime.Value, args []runtime.Value, kw []string) (runtime.Value, error) {
	if f, ok := fn.Object().(*Function); ok {
		return vm.callFunction(f, args, kw)
	}
	if b, ok := fn.Object().(*runtime.Builtin); ok && !b.HasSelf {
		return b.Fn(vm.t, args, kw)
	}
	return runtime.Call(vm.t, fn, args, kw)
}

// callFunction runs a Python function in a new frame.
func (vm *VM) callFunction(fn *Function, args []runtime.Value, kw []string) (runtime.Value, error) {
	t := vm.t
	if t.Depth >= t.RecursionLimit || t.Depth >= runtime.MaxRecursionLimit {
		return runtime.Value{}, runtime.Errorf(runtime.RecursionErrorType, "maximum recursion depth exceeded")
	}
	code := fn.Code
	if code.Generator {
		return vm.makeGenerator(fn, args, kw)
	}
	nlocals := len(code.VarNames)
	regs, mark := vm.stack.alloc(nlocals + code.StackSize)
	if len(kw) == 0 && len(args) == code.ArgCount && !code.VarArgs && !code.VarKwargs && code.KwOnlyCount == 0 {
		copy(regs, args)
	} else if err := bindArgs(t, fn, regs, args, kw); err != nil {
		vm.stack.release(regs, mark)
		return runtime.Value{}, err
	}
	f := vm.newFrame()
	*f = Frame{code: code, fn: fn, globals: fn.Globals, regs: regs, sp: nlocals, saved: mark}
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

// newFrame takes a Frame from the VM's free list: ordinary calls are LIFO,
// so frames are reused instead of allocated per call.
func (vm *VM) newFrame() *Frame {
	if n := len(vm.freeFrames); n > 0 {
		f := vm.freeFrames[n-1]
		vm.freeFrames = vm.freeFrames[:n-1]
		return f
	}
	return new(Frame)
}

func (vm *VM) freeFrame(f *Frame) {
	*f = Frame{}
	vm.freeFrames = append(vm.freeFrames, f)
}

// funcDesc names a callable in call errors as CPython's
// _PyObject_FunctionStr does: "module.qualname()", without the module for
// builtins.
func funcDesc(t *runtime.Thread, fn runtime.Value) string {
	qual := ""
	if v, ok, _ := runtime.LookupAttr(t, fn, "__qualname__"); ok {
		qual, _ = runtime.AsStr(v)
	} else if b, ok := fn.Object().(*runtime.Builtin); ok {
		qual = b.Name
	} else {
		qual = fn.TypeName() + " object"
	}
	if v, ok, _ := runtime.LookupAttr(t, fn, "__module__"); ok {
		if m, ok := runtime.AsStr(v); ok && m != "builtins" && m != "" {
			return m + "." + qual + "()"
		}
	}
	return qual + "()"
}

// dictMerge is DICT_MERGE: add mapping m to the keyword dict d of a call
// of fn, rejecting duplicate keywords.
func dictMerge(t *runtime.Thread, fn, dv, m runtime.Value) error {
	d := dv.Object().(*runtime.Dict)
	src, ok := m.Object().(*runtime.Dict)
	if !ok {
		if b := m.Object(); b != nil {
			if inst, isInst := b.(*runtime.Instance); isInst {
				src, ok = inst.Base().Object().(*runtime.Dict)
			}
		}
	}
	if !ok {
		return runtime.Errorf(runtime.TypeErrorType, "%s argument after ** must be a mapping, not %s", funcDesc(t, fn), m.TypeName())
	}
	var err error
	src.Items(func(k, v runtime.Value) bool {
		if _, dup, e := d.Get(t, k); e != nil || dup {
			err = e
			if dup {
				if s, isStr := runtime.AsStr(k); isStr {
					err = runtime.Errorf(runtime.TypeErrorType, "%s got multiple values for keyword argument '%s'", funcDesc(t, fn), s)
				} else {
					err = runtime.Errorf(runtime.TypeErrorType, "%s keywords must be strings", funcDesc(t, fn))
				}
			}
			return false
		}
		err = d.Set(t, k, v)
		return err == nil
	})
	return err
}

// callEx implements f(*args, **kwargs).
func (vm *VM) callEx(fn, argv, kwargs runtime.Value) (runtime.Value, error) {
	t := vm.t
	var args []runtime.Value
	if tup, ok := argv.Object().(*runtime.Tuple); ok {
		args = tup.Items
	} else {
		items, err := runtime.Collect(t, argv)
		if err != nil {
			if e := runtime.AsException(err); e.IsInstance(runtime.TypeErrorType) && strings.HasSuffix(e.Message(), "is not iterable") {
				return runtime.Value{}, runtime.Errorf(runtime.TypeErrorType, "%s argument after * must be an iterable, not %s", funcDesc(t, fn), argv.TypeName())
			}
			return runtime.Value{}, err
		}
		args = items
	}
	if kwargs.IsNone() {
		return vm.call(fn, args, nil)
	}
	d, ok := kwargs.Object().(*runtime.Dict)
	if !ok {
		return runtime.Value{}, runtime.Errorf(runtime.TypeErrorType, "%s argument after ** must be a mapping, not %s", funcDesc(t, fn), kwargs.TypeName())
	}
	all := append([]runtime.Value(nil), args...)
	var kw []string
	var err error
	d.Items(func(k, v runtime.Value) bool {
		s, isStr := runtime.AsStr(k)
		if !isStr {
			err = runtime.Errorf(runtime.TypeErrorType, "%s keywords must be strings", funcDesc(t, fn))
			return false
		}
		kw = append(kw, s)
		all = append(all, v)
		return true
	})
	if err != nil {
		return runtime.Value{}, err
	}
	return vm.call(fn, all, kw)
}

// bindArgs fills a new frame's parameter slots from the call's arguments,
// with CPython's error messages.
func bindArgs(t *runtime.Thread, fn *Function, regs []runtime.Value, args []runtime.Value, kw []string) error {
	code := fn.Code
	name := fn.QualName
	npos := len(args) - len(kw)
	pos, kwvals := args[:npos], args[npos:]
	nparams := code.ArgCount

	// Positional parameters.
	n := npos
	if n > nparams {
		n = nparams
	}
	copy(regs, pos[:n])
	slot := nparams + code.KwOnlyCount
	if code.VarArgs {
		var extra []runtime.Value
		if npos > nparams {
			extra = append(extra, pos[nparams:]...)
		}
		regs[slot] = runtime.TupleValue(extra...)
		slot++
	} else if npos > nparams {
		return tooManyPositional(fn, npos, kwvals, kw)
	}
	var kwargs *runtime.Dict
	if code.VarKwargs {
		kwargs = runtime.NewDict()
		regs[slot] = runtime.FromObject(kwargs)
	}

	// Keyword arguments.
	for i, k := range kw {
		j := -1
		for p := code.PosOnlyCount; p < nparams+code.KwOnlyCount; p++ {
			if code.VarNames[p] == k {
				j = p
				break
			}
		}
		if j < 0 {
			if kwargs != nil {
				if err := kwargs.Set(t, runtime.NewStr(k), kwvals[i]); err != nil {
					return err
				}
				continue
			}
			var posonly []string
			for p := 0; p < code.PosOnlyCount; p++ {
				for _, k2 := range kw {
					if code.VarNames[p] == k2 {
						posonly = append(posonly, k2)
					}
				}
			}
			if len(posonly) > 0 {
				return runtime.Errorf(runtime.TypeErrorType, "%s() got some positional-only arguments passed as keyword arguments: '%s'", name, strings.Join(posonly, ", "))
			}
			return runtime.Errorf(runtime.TypeErrorType, "%s() got an unexpected keyword argument '%s'", name, k)
		}
		if !regs[j].IsUnbound() {
			return runtime.Errorf(runtime.TypeErrorType, "%s() got multiple values for argument '%s'", name, k)
		}
		regs[j] = kwvals[i]
	}

	// Defaults and missing arguments.
	ndef := len(fn.Defaults)
	var missing []string
	for p := 0; p < nparams; p++ {
		if !regs[p].IsUnbound() {
			continue
		}
		if d := p - (nparams - ndef); d >= 0 {
			regs[p] = fn.Defaults[d]
			continue
		}
		missing = append(missing, code.VarNames[p])
	}
	if len(missing) > 0 {
		return missingArgs(name, missing, "positional")
	}
	missing = nil
	for p := nparams; p < nparams+code.KwOnlyCount; p++ {
		if !regs[p].IsUnbound() {
			continue
		}
		if fn.KwDefaults != nil {
			if v, ok := fn.KwDefaults.GetStr(code.VarNames[p]); ok {
				regs[p] = v
				continue
			}
		}
		missing = append(missing, code.VarNames[p])
	}
	if len(missing) > 0 {
		return missingArgs(name, missing, "keyword-only")
	}
	return nil
}

func tooManyPositional(fn *Function, given int, kwvals []runtime.Value, kw []string) error {
	code := fn.Code
	nparams := code.ArgCount
	ndef := len(fn.Defaults)
	var takes string
	switch {
	case ndef > 0:
		takes = itoa(nparams-ndef) + " to " + itoa(nparams) + " positional arguments"
		takes = "from " + takes
	case nparams == 1:
		takes = "1 positional argument"
	default:
		takes = itoa(nparams) + " positional arguments"
	}
	kwonly := 0
	for _, k := range kw {
		for p := nparams; p < nparams+code.KwOnlyCount; p++ {
			if code.VarNames[p] == k {
				kwonly++
			}
		}
	}
	given1 := itoa(given) + " positional argument"
	if given != 1 {
		given1 += "s"
	}
	was := "was"
	if given != 1 {
		was = "were"
	}
	if kwonly > 0 {
		kwa := " keyword-only argument"
		if kwonly != 1 {
			kwa += "s"
		}
		return runtime.Errorf(runtime.TypeErrorType, "%s() takes %s but %s (and %d%s) were given", fn.QualName, takes, given1, kwonly, kwa)
	}
	return runtime.Errorf(runtime.TypeErrorType, "%s() takes %s but %d %s given", fn.QualName, takes, given, was)
}

func missingArgs(name string, missing []string, kind string) error {
	quoted := make([]string, len(missing))
	for i, m := range missing {
		quoted[i] = "'" + m + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	s := "s"
	if len(missing) == 1 {
		s = ""
	}
	return runtime.Errorf(runtime.TypeErrorType, "%s() missing %d required %s argument%s: %s", name, len(missing), kind, s, list)
}

// callClass calls a class defined in Python; window is the callee's
// stack slot followed by the arguments. A Python __init__ is called with
// the new instance in the callee's slot, so nothing is copied.
func (vm *VM) callClass(cls *runtime.Type, window []runtime.Value, kw []string) (runtime.Value, error) {
	obj, init, err := runtime.ClassCallStart(vm.t, cls, window[1:], kw)
	if err != nil || init.IsUnbound() {
		return obj, err
	}
	window[0] = obj
	r, err := vm.call(init, window, kw)
	if err != nil {
		return runtime.Value{}, err
	}
	return obj, runtime.CheckInitResult(r)
}
