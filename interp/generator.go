package interp

import (
	"fmt"

	"github.com/tracejit/tracejit/runtime"
)

// Generators. Calling a function whose code contains yield binds the
// arguments into a frame whose registers are allocated on the heap (not
// from the VM's LIFO value stack, since the frame outlives the call) and
// returns a Generator holding it. Each resumption runs the frame with
// runFrom until YIELD_VALUE suspends it (Frame.yielded), a return
// finishes it, or an exception escapes.
//
// YIELD_VALUE leaves pc after itself; resuming pushes the sent value (None
// for next()). YIELD_FROM re-executes itself while the subiterator
// yields: at suspension pc points back at it and the subiterator stays on
// the stack, so send() pushes the value to forward and the instruction
// runs again. throw() and close() on a generator suspended in yield from
// are forwarded to the subiterator first, as CPython does.

// GeneratorType is the type of generator objects.
var GeneratorType = runtime.NewType("generator", runtime.ObjectType)

// Generator is a generator object.
type Generator struct {
	vm      *VM
	frame   *Frame
	fn      *Function
	started bool
	running bool
	done    bool
	// temp marks a generator made by a for statement's own call: the
	// loop holds the only reference, so leaving it early closes it.
	temp bool
	// retval is the value of the return that finished the generator
	// in the last Next (what next()'s StopIteration carries).
	retval runtime.Value
	// handled is the exception the generator's frame was handling when
	// it suspended.
	handled *runtime.Exception
}

// Type implements runtime.Object.
func (g *Generator) Type() *runtime.Type { return GeneratorType }

// Repr implements runtime.Reprer.
func (g *Generator) Repr(*runtime.Thread) (string, error) {
	return fmt.Sprintf("<generator object %s at %#x>", g.fn.QualName, runtime.IdentityHash(runtime.FromObject(g))), nil
}

// makeGenerator creates the generator for a call of a generator function.
func (vm *VM) makeGenerator(fn *Function, args []runtime.Value, kw []string) (runtime.Value, error) {
	code := fn.Code
	nlocals := len(code.VarNames)
	regs := make([]runtime.Value, nlocals+code.StackSize)
	if len(kw) == 0 && len(args) == code.ArgCount && !code.VarArgs && !code.VarKwargs && code.KwOnlyCount == 0 {
		copy(regs, args)
	} else if err := bindArgs(vm.t, fn, regs, args, kw); err != nil {
		return runtime.Value{}, err
	}
	f := &Frame{code: code, fn: fn, globals: fn.Globals, regs: regs, sp: nlocals}
	if code.NCells() > 0 {
		f.cells = makeCells(code, fn, regs)
	}
	return runtime.FromObject(&Generator{vm: vm, frame: f, fn: fn}), nil
}

// resumeMode says how a suspended frame continues.
type resumeMode uint8

const (
	resumeSend   resumeMode = iota // push the sent value
	resumeThrow                    // raise the exception at the yield
	resumeResult                   // the yield from's result is already on the stack
)

// resume runs the generator until it yields (done false) or finishes
// (done true, r is the return value).
func (g *Generator) resume(sent runtime.Value, mode resumeMode, exc error) (r runtime.Value, done bool, err error) {
	vm := g.vm
	t := vm.t
	if g.running {
		return runtime.Value{}, false, runtime.Errorf(runtime.ValueErrorType, "generator already executing")
	}
	if g.done {
		if mode == resumeThrow {
			return runtime.Value{}, true, exc
		}
		return runtime.None, true, nil
	}
	f := g.frame
	switch mode {
	case resumeSend:
		if g.started {
			f.regs[f.sp] = sent
			f.sp++
		} else if !sent.IsNone() {
			return runtime.Value{}, false, runtime.Errorf(runtime.TypeErrorType, "can't send non-None value to a just-started generator")
		}
	case resumeThrow:
		if !g.started {
			// Thrown in before the first instruction: the generator
			// never runs.
			g.finish()
			if e, ok := exc.(*runtime.Exception); ok {
				e.AddTraceback(f.code.Filename, f.code.FirstLine, f.code.Name)
			}
			return runtime.Value{}, true, exc
		}
	}
	if t.Depth >= t.RecursionLimit || t.Depth >= runtime.MaxRecursionLimit {
		return runtime.Value{}, false, runtime.Errorf(runtime.RecursionErrorType, "maximum recursion depth exceeded")
	}
	g.started = true
	g.running = true
	callerHandled := vm.handled
	if g.handled != nil {
		vm.handled = g.handled
	}
	f.yielded = false
	t.Depth++
	var pending error
	if mode == resumeThrow {
		pending = exc
	}
	r, err = vm.runFrom(f, pending)
	t.Depth--
	g.running = false
	if vm.handled != callerHandled {
		g.handled = vm.handled
	} else {
		g.handled = nil
	}
	vm.handled = callerHandled
	if err != nil {
		g.finish()
		if e := runtime.AsException(err); e.IsInstance(runtime.StopIterationType) {
			// PEP 479: a StopIteration escaping the body is a bug.
			re := runtime.Errorf(runtime.RuntimeErrorType, "generator raised StopIteration")
			re.Cause, re.Context, re.SuppressContext = e, e, true
			return runtime.Value{}, true, re
		}
		return runtime.Value{}, true, err
	}
	if f.yielded {
		return r, false, nil
	}
	g.finish()
	g.retval = r
	return r, true, nil
}

func (g *Generator) finish() {
	g.done = true
	g.handled = nil
	f := g.frame
	clear(f.regs)
	f.cells = nil
}

// Next implements runtime.Iterator.
func (g *Generator) Next(*runtime.Thread) (runtime.Value, bool, error) {
	g.retval = runtime.Value{} // only the resumption that returns reports the value
	r, done, err := g.resume(runtime.None, resumeSend, nil)
	if err != nil || done {
		return runtime.Value{}, false, err
	}
	return r, true, nil
}

// StopValue is the value the StopIteration of an exhausted generator
// carries (its return value).
func (g *Generator) StopValue() runtime.Value {
	if g.retval.IsUnbound() {
		return runtime.None
	}
	return g.retval
}

// stopIteration is the StopIteration for a finished generator's return value.
func stopIteration(v runtime.Value) *runtime.Exception {
	if v.IsUnbound() || v.IsNone() {
		return runtime.NewException(runtime.StopIterationType)
	}
	return runtime.NewException(runtime.StopIterationType, v)
}

// Send is generator.send(v).
func (g *Generator) Send(v runtime.Value) (runtime.Value, error) {
	r, done, err := g.resume(v, resumeSend, nil)
	if err != nil {
		return runtime.Value{}, err
	}
	if done {
		return runtime.Value{}, stopIteration(r)
	}
	return r, nil
}

// suspendedInYieldFrom returns the subiterator of a generator suspended in
// a yield from.
func (g *Generator) suspendedInYieldFrom() (runtime.Value, bool) {
	f := g.frame
	if !g.started || g.done || f.pc >= len(f.code.Instrs) || f.code.Instrs[f.pc].Op() != YIELD_FROM {
		return runtime.Value{}, false
	}
	return f.regs[f.sp-1], true
}

// leaveYieldFrom drops the subiterator and moves past the YIELD_FROM.
func (g *Generator) leaveYieldFrom() {
	f := g.frame
	f.sp--
	f.regs[f.sp] = runtime.Value{}
	f.pc++
}

// Throw is generator.throw(exc).
func (g *Generator) Throw(exc *runtime.Exception) (runtime.Value, error) {
	if sub, ok := g.suspendedInYieldFrom(); ok && !exc.IsInstance(runtime.GeneratorExitType) {
		r, yielded, err := throwInto(g.vm.t, sub, exc)
		switch {
		case yielded:
			return r, nil
		case err == nil:
			// The subiterator finished: r is the yield from's value.
			g.leaveYieldFrom()
			f := g.frame
			f.regs[f.sp] = r
			f.sp++
			return g.finishSend(g.resume(runtime.None, resumeResult, nil))
		default:
			g.leaveYieldFrom()
			return g.finishSend(g.resume(runtime.None, resumeThrow, err))
		}
	}
	if sub, ok := g.suspendedInYieldFrom(); ok {
		if err := closeIter(g.vm.t, sub); err != nil {
			g.leaveYieldFrom()
			return g.finishSend(g.resume(runtime.None, resumeThrow, err))
		}
		g.leaveYieldFrom()
	}
	return g.finishSend(g.resume(runtime.None, resumeThrow, exc))
}

func (g *Generator) finishSend(r runtime.Value, done bool, err error) (runtime.Value, error) {
	if err != nil {
		return runtime.Value{}, err
	}
	if done {
		return runtime.Value{}, stopIteration(r)
	}
	return r, nil
}

// Close is generator.close().
func (g *Generator) Close() error {
	if !g.started || g.done {
		g.finish()
		return nil
	}
	_, err := g.Throw(runtime.NewException(runtime.GeneratorExitType))
	if err == nil {
		return runtime.Errorf(runtime.RuntimeErrorType, "generator ignored GeneratorExit")
	}
	if e := runtime.AsException(err); e.IsInstance(runtime.GeneratorExitType) || e.IsInstance(runtime.StopIterationType) {
		return nil
	}
	return err
}

// throwInto throws exc into a subiterator of yield from: yielded reports
// that it yielded r; otherwise a nil error means it finished with value r.
func throwInto(t *runtime.Thread, sub runtime.Value, exc *runtime.Exception) (r runtime.Value, yielded bool, err error) {
	if g, ok := sub.Object().(*Generator); ok {
		r, err := g.Throw(exc)
		return splitStop(r, err)
	}
	m, ok, lerr := runtime.LookupAttr(t, sub, "throw")
	if lerr != nil {
		return runtime.Value{}, false, lerr
	}
	if !ok {
		return runtime.Value{}, false, exc
	}
	r, err = runtime.Call(t, m, []runtime.Value{runtime.FromObject(exc)}, nil)
	return splitStop(r, err)
}

// splitStop turns a StopIteration from a subiterator into its value.
func splitStop(r runtime.Value, err error) (runtime.Value, bool, error) {
	if err == nil {
		return r, true, nil
	}
	if e := runtime.AsException(err); e.IsInstance(runtime.StopIterationType) {
		if len(e.Args) > 0 {
			return e.Args[0], false, nil
		}
		return runtime.None, false, nil
	}
	return runtime.Value{}, false, err
}

// closeIter calls the close method of a subiterator, if it has one.
func closeIter(t *runtime.Thread, sub runtime.Value) error {
	if g, ok := sub.Object().(*Generator); ok {
		return g.Close()
	}
	m, ok, err := runtime.LookupAttr(t, sub, "close")
	if err != nil || !ok {
		return err
	}
	_, err = runtime.Call(t, m, nil, nil)
	return err
}

// yieldFromSend is one step of yield from: send v to the subiterator.
// done reports that it finished, with r its value; otherwise it yielded r.
func (vm *VM) yieldFromSend(sub, v runtime.Value) (r runtime.Value, done bool, err error) {
	t := vm.t
	if g, ok := sub.Object().(*Generator); ok {
		return g.resume(v, resumeSend, nil)
	}
	if v.IsNone() {
		if it, ok := sub.Object().(runtime.Iterator); ok {
			x, more, err := it.Next(t)
			if err != nil {
				return runtime.Value{}, true, err
			}
			if !more {
				return runtime.None, true, nil
			}
			return x, false, nil
		}
	}
	name := "send"
	args := []runtime.Value{v}
	if v.IsNone() {
		name, args = "__next__", nil
	}
	m, err := runtime.GetAttr(t, sub, name)
	if err != nil {
		return runtime.Value{}, true, err
	}
	x, err := runtime.Call(t, m, args, nil)
	if err != nil {
		if e := runtime.AsException(err); e.IsInstance(runtime.StopIterationType) {
			if len(e.Args) > 0 {
				return e.Args[0], true, nil
			}
			return runtime.None, true, nil
		}
		return runtime.Value{}, true, err
	}
	return x, false, nil
}

// GetAttr implements runtime.Attributer: the generator methods.
func (g *Generator) GetAttr(t *runtime.Thread, name string) (runtime.Value, bool, error) {
	self := runtime.FromObject(g)
	method := func(fn runtime.BuiltinFunc) (runtime.Value, bool, error) {
		return runtime.FromObject(&runtime.Builtin{Name: name, Fn: fn, Self: self, HasSelf: true}), true, nil
	}
	switch name {
	case "send":
		return method(func(t *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
			if err := runtime.NoKwargs("generator.send", kw); err != nil {
				return runtime.Value{}, err
			}
			if err := runtime.ArgCount("send", args[1:], 1, 1); err != nil {
				return runtime.Value{}, runtime.Errorf(runtime.TypeErrorType, "generator.send() takes exactly one argument (%d given)", len(args)-1)
			}
			return g.Send(args[1])
		})
	case "__next__":
		return method(func(t *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
			if len(args) > 1 || len(kw) > 0 {
				return runtime.Value{}, runtime.Errorf(runtime.TypeErrorType, "expected 0 arguments, got %d", len(args)-1)
			}
			return g.Send(runtime.None)
		})
	case "__iter__":
		return method(func(t *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
			return self, nil
		})
	case "throw":
		return method(func(t *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
			if len(args) < 2 || len(args) > 4 || len(kw) > 0 {
				return runtime.Value{}, runtime.Errorf(runtime.TypeErrorType, "throw expected at least 1 argument, got %d", len(args)-1)
			}
			exc, err := vmMakeThrown(t, g.vm, args[1:])
			if err != nil {
				return runtime.Value{}, err
			}
			return g.Throw(exc)
		})
	case "close":
		return method(func(t *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
			return runtime.None, g.Close()
		})
	case "gi_running":
		return runtime.Bool(g.running), true, nil
	case "gi_frame":
		return runtime.None, true, nil
	case "gi_code":
		return runtime.FromObject(g.fn.Code), true, nil
	case "gi_yieldfrom":
		if sub, ok := g.suspendedInYieldFrom(); ok {
			return sub, true, nil
		}
		return runtime.None, true, nil
	case "__name__":
		return runtime.NewStr(g.fn.Name), true, nil
	case "__qualname__":
		return runtime.NewStr(g.fn.QualName), true, nil
	}
	return runtime.Value{}, false, nil
}

// vmMakeThrown turns throw's arguments (an exception instance or class,
// optionally a value) into an exception.
func vmMakeThrown(t *runtime.Thread, vm *VM, args []runtime.Value) (*runtime.Exception, error) {
	typ := args[0]
	if cls, ok := typ.Object().(*runtime.Type); ok && len(args) >= 2 && !args[1].IsNone() {
		r, err := runtime.Call(t, typ, []runtime.Value{args[1]}, nil)
		if err != nil {
			return nil, err
		}
		if e, ok := r.Object().(*runtime.Exception); ok && cls.IsSubtype(runtime.BaseExceptionType) {
			return e, nil
		}
	}
	e, err := vm.makeException(typ)
	if err != nil {
		return nil, runtime.Errorf(runtime.TypeErrorType, "exceptions must be classes or instances deriving from BaseException, not %s", typ.TypeName())
	}
	return e, nil
}
