package interp

import (
	"strings"

	"github.com/tracejit/tracejit/runtime"
)

// VM runs bytecode for one Python thread.
type VM struct {
	t     *runtime.Thread
	stack valueStack
	frame *Frame // innermost running frame
	// handled is the exception being handled (sys.exc_info()), set by
	// PUSH_EXC_INFO and restored by POP_EXCEPT.
	handled *runtime.Exception
	// reraising is set when the error being returned is a re-raise that
	// must not add another traceback entry for the current frame.
	reraising bool
	// sources holds source lines of loaded files, for tracebacks.
	sources map[string][]string

	// freeFrames are Frames ready for reuse by calls.
	freeFrames []*Frame
	// buildClass is __build_class__, which LOAD_BUILD_CLASS pushes.
	buildClass runtime.Value

	// jit is called at hot loop back-edges (nil: interpreter only);
	// rec observes every instruction while a trace is being recorded.
	jit       JIT
	threshold int32
	rec       Recorder

	// imports is the import system's state (import.go).
	imports importer
}

// NewVM creates an interpreter for thread t.
func NewVM(t *runtime.Thread) *VM {
	vm := &VM{t: t, sources: map[string][]string{}}
	t.CallHook = vm.callHook
	vm.buildClass = runtime.NewBuiltin("__build_class__", vm.buildClassFn)
	return vm
}

// Thread returns the VM's thread.
func (vm *VM) Thread() *runtime.Thread { return vm.t }

func (vm *VM) callHook(_ *runtime.Thread, fn runtime.Value, args []runtime.Value, kw []string) (runtime.Value, bool, error) {
	f, ok := fn.Object().(*Function)
	if !ok {
		return runtime.Value{}, false, nil
	}
	r, err := vm.callFunction(f, args, kw)
	return r, true, err
}

// sourceLine returns a line of a loaded file for traceback printing.
func (vm *VM) sourceLine(file string, line int) string {
	lines := vm.sources[file]
	if line >= 1 && line <= len(lines) {
		return lines[line-1]
	}
	return ""
}

// run executes a frame to completion, dispatching exceptions to the
// frame's handlers.
func (vm *VM) run(f *Frame) (runtime.Value, error) { return vm.runFrom(f, nil) }

// runFrom runs f; a non-nil pending error is raised first, as if by the
// instruction before f's pc (deoptimization resumes callers this way when
// an inlined callee raised).
func (vm *VM) runFrom(f *Frame, pending error) (runtime.Value, error) {
	// vm.frame is restored on every return rather than by a deferred
	// call: this is on the path of every Python call. (A Go panic here
	// ends the program; execModule's recover resets vm.frame.)
	f.back = vm.frame
	vm.frame = f
	for {
		var v runtime.Value
		err := pending
		if err == nil {
			v, err = vm.exec(f)
		}
		pending = nil
		if err == nil {
			vm.frame = f.back
			return v, nil
		}
		exc := runtime.AsException(err)
		failed := f.pc - 1
		if vm.rec != nil {
			vm.rec.Unwinding(vm, f)
		}
		if vm.reraising {
			vm.reraising = false
		} else {
			if len(exc.Traceback) == 0 && exc.Context == nil && vm.handled != nil && vm.handled != exc {
				exc.Context = vm.handled
			}
			f.code.addTraceback(exc, failed)
		}
		h, ok := f.code.handlerFor(failed)
		if !ok {
			vm.frame = f.back
			return runtime.Value{}, exc
		}
		nlocals := len(f.code.VarNames)
		for i := nlocals + int(h.Depth); i < f.sp; i++ {
			f.regs[i] = runtime.Value{}
		}
		f.sp = nlocals + int(h.Depth)
		f.regs[f.sp] = runtime.FromObject(exc)
		f.sp++
		f.pc = int(h.Target)
	}
}

// exec runs instructions until the frame returns or an exception is
// raised; on an exception f.pc is one past the failing instruction.
func (vm *VM) exec(f *Frame) (runtime.Value, error) {
	t := vm.t
	code := f.code
	instrs := code.Instrs
	consts := code.Consts
	regs := f.regs
	globals := f.globals
	pc, sp := f.pc, f.sp
	var raised error

	for {
		if vm.rec != nil {
			vm.rec.Before(vm, f, pc, sp)
		}
		ins := instrs[pc]
		pc++
		arg := ins.Arg()
		switch ins.Op() {
		case NOP:
		case POP_TOP:
			sp--
			regs[sp] = runtime.Value{}
		case COPY:
			regs[sp] = regs[sp-arg]
			sp++
		case SWAP:
			regs[sp-1], regs[sp-arg] = regs[sp-arg], regs[sp-1]
		case LOAD_CONST:
			regs[sp] = consts[arg]
			sp++
		case LOAD_FAST:
			v := regs[arg]
			if v.IsUnbound() {
				raised = unboundLocal(code.VarNames[arg])
				goto fail
			}
			regs[sp] = v
			sp++
		case STORE_FAST:
			sp--
			regs[arg] = regs[sp]
			regs[sp] = runtime.Value{}
		case DELETE_FAST:
			if regs[arg].IsUnbound() {
				raised = unboundLocal(code.VarNames[arg])
				goto fail
			}
			regs[arg] = runtime.Value{}
		case LOAD_GLOBAL:
			v := globals.Vals[arg]
			if v.IsUnbound() {
				v = code.builtinFor[arg]
				if v.IsUnbound() {
					raised = nameError(globals.Names[arg])
					goto fail
				}
			}
			regs[sp] = v
			sp++
		case STORE_GLOBAL:
			sp--
			globals.Vals[arg] = regs[sp]
			regs[sp] = runtime.Value{}
		case DELETE_GLOBAL:
			if globals.Vals[arg].IsUnbound() {
				raised = nameError(globals.Names[arg])
				goto fail
			}
			globals.Vals[arg] = runtime.Value{}
		case LOAD_ATTR:
			v, err := runtime.LoadAttr(t, &code.attrCache[pc-1], regs[sp-1], code.Names[arg])
			if err != nil {
				raised = err
				goto fail
			}
			regs[sp-1] = v
		case STORE_ATTR:
			if err := runtime.StoreAttr(t, &code.attrCache[pc-1], regs[sp-1], code.Names[arg], regs[sp-2]); err != nil {
				raised = err
				goto fail
			}
			sp -= 2
			regs[sp], regs[sp+1] = runtime.Value{}, runtime.Value{}
		case DELETE_ATTR:
			if err := runtime.DelAttr(t, regs[sp-1], code.Names[arg]); err != nil {
				raised = err
				goto fail
			}
			sp--
			regs[sp] = runtime.Value{}
		case LOAD_METHOD:
			fn, needsSelf, err := runtime.LoadMethod(t, &code.attrCache[pc-1], regs[sp-1], code.Names[arg])
			if err != nil {
				raised = err
				goto fail
			}
			if needsSelf {
				regs[sp] = regs[sp-1]
				regs[sp-1] = fn
			} else {
				regs[sp-1] = fn
				regs[sp] = runtime.Value{}
			}
			sp++
		case CALL_METHOD:
			base := sp - arg - 2
			var r runtime.Value
			var err error
			if regs[base+1].IsUnbound() {
				r, err = vm.call(regs[base], regs[base+2:sp], nil)
			} else {
				r, err = vm.call(regs[base], regs[base+1:sp], nil)
			}
			if err != nil {
				raised = err
				goto fail
			}
			clear(regs[base+1 : sp])
			regs[base] = r
			sp = base + 1
		case CALL:
			base := sp - arg - 1
			var r runtime.Value
			var err error
			switch fo := regs[base].Object().(type) {
			case *Function:
				r, err = vm.callFunction(fo, regs[base+1:sp], nil)
			case *runtime.BoundMethod:
				// Call the function with self in the callee's slot
				// instead of building a new argument slice.
				regs[base] = fo.Self
				r, err = vm.call(fo.Fn, regs[base:sp], nil)
			case *runtime.Type:
				if fo.Heap {
					r, err = vm.callClass(fo, regs[base:sp], nil)
				} else {
					r, err = vm.call(regs[base], regs[base+1:sp], nil)
				}
			default:
				r, err = vm.call(regs[base], regs[base+1:sp], nil)
			}
			if err != nil {
				raised = err
				goto fail
			}
			clear(regs[base+1 : sp])
			regs[base] = r
			sp = base + 1
		case CALL_KW:
			names := regs[sp-1].Object().(*runtime.Tuple).Items
			kw := make([]string, len(names))
			for i, n := range names {
				kw[i], _ = runtime.AsStr(n)
			}
			base := sp - arg - 2
			r, err := vm.call(regs[base], regs[base+1:sp-1], kw)
			if err != nil {
				raised = err
				goto fail
			}
			clear(regs[base+1 : sp])
			regs[base] = r
			sp = base + 1
		case CALL_EX:
			r, err := vm.callEx(regs[sp-3], regs[sp-2], regs[sp-1])
			if err != nil {
				raised = err
				goto fail
			}
			sp -= 2
			regs[sp], regs[sp+1] = runtime.Value{}, runtime.Value{}
			regs[sp-1] = r
		case BINARY_OP:
			a, b := regs[sp-2], regs[sp-1]
			var r runtime.Value
			if a.IsInt() && b.IsInt() {
				x, y := a.AsInt(), b.AsInt()
				switch runtime.BinaryOp(arg &^ inplaceFlag) {
				case runtime.OpAdd:
					if s, o := runtime.AddInt64(x, y); !o {
						r = runtime.Int(s)
					}
				case runtime.OpSub:
					if s, o := runtime.SubInt64(x, y); !o {
						r = runtime.Int(s)
					}
				case runtime.OpMul:
					if s, o := runtime.MulInt64(x, y); !o {
						r = runtime.Int(s)
					}
				case runtime.OpFloorDiv:
					if y != 0 {
						if q, ok := runtime.FloorDivInt64(x, y); ok {
							r = runtime.Int(q)
						}
					}
				case runtime.OpMod:
					if y != 0 {
						r = runtime.Int(runtime.ModInt64(x, y))
					}
				case runtime.OpAnd:
					r = runtime.Int(x & y)
				case runtime.OpOr:
					r = runtime.Int(x | y)
				case runtime.OpXor:
					r = runtime.Int(x ^ y)
				}
			} else if a.IsFloat() && b.IsFloat() {
				x, y := a.AsFloat(), b.AsFloat()
				switch runtime.BinaryOp(arg &^ inplaceFlag) {
				case runtime.OpAdd:
					r = runtime.Float(x + y)
				case runtime.OpSub:
					r = runtime.Float(x - y)
				case runtime.OpMul:
					r = runtime.Float(x * y)
				case runtime.OpTrueDiv:
					if y != 0 {
						r = runtime.Float(x / y)
					}
				}
			}
			if r.IsUnbound() {
				var err error
				r, err = runtime.Binary(t, runtime.BinaryOp(arg&^inplaceFlag), a, b, arg&inplaceFlag != 0)
				if err != nil {
					raised = err
					goto fail
				}
			}
			sp--
			regs[sp] = runtime.Value{}
			regs[sp-1] = r
		case UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_INVERT:
			r, err := unaryOps[ins.Op()-UNARY_NEGATIVE](t, regs[sp-1])
			if err != nil {
				raised = err
				goto fail
			}
			regs[sp-1] = r
		case UNARY_NOT:
			b, err := runtime.Truth(t, regs[sp-1])
			if err != nil {
				raised = err
				goto fail
			}
			regs[sp-1] = runtime.Bool(!b)
		case COMPARE_OP:
			a, b := regs[sp-2], regs[sp-1]
			var r runtime.Value
			if a.IsInt() && b.IsInt() {
				r = runtime.Bool(runtime.CompareOrdered(runtime.CompareOp(arg), a.AsInt(), b.AsInt()))
			} else if a.IsFloat() && b.IsFloat() {
				r = runtime.Bool(runtime.CompareOrdered(runtime.CompareOp(arg), a.AsFloat(), b.AsFloat()))
			} else {
				var err error
				r, err = runtime.Compare(t, runtime.CompareOp(arg), a, b)
				if err != nil {
					raised = err
					goto fail
				}
			}
			sp--
			regs[sp] = runtime.Value{}
			regs[sp-1] = r
		case IS_OP:
			r := regs[sp-2].Is(regs[sp-1]) != (arg == 1)
			sp--
			regs[sp] = runtime.Value{}
			regs[sp-1] = runtime.Bool(r)
		case CONTAINS_OP:
			in, err := runtime.Contains(t, regs[sp-1], regs[sp-2])
			if err != nil {
				raised = err
				goto fail
			}
			sp--
			regs[sp] = runtime.Value{}
			regs[sp-1] = runtime.Bool(in != (arg == 1))
		case BINARY_SUBSCR:
			c, k := regs[sp-2], regs[sp-1]
			var r runtime.Value
			if l, ok := c.Object().(*runtime.List); ok && k.IsInt() {
				if i, ok := runtime.NormIndex(k.AsInt(), len(l.Items)); ok {
					r = l.Items[i]
				}
			}
			if r.IsUnbound() {
				var err error
				r, err = runtime.GetItem(t, c, k)
				if err != nil {
					raised = err
					goto fail
				}
			}
			sp--
			regs[sp] = runtime.Value{}
			regs[sp-1] = r
		case STORE_SUBSCR:
			v, c, k := regs[sp-3], regs[sp-2], regs[sp-1]
			stored := false
			if l, ok := c.Object().(*runtime.List); ok && k.IsInt() {
				if i, ok := runtime.NormIndex(k.AsInt(), len(l.Items)); ok {
					l.Items[i] = v
					stored = true
				}
			}
			if !stored {
				if err := runtime.SetItem(t, c, k, v); err != nil {
					raised = err
					goto fail
				}
			}
			sp -= 3
			clear(regs[sp : sp+3])
		case DELETE_SUBSCR:
			if err := runtime.DelItem(t, regs[sp-2], regs[sp-1]); err != nil {
				raised = err
				goto fail
			}
			sp -= 2
			clear(regs[sp : sp+2])
		case BUILD_SLICE:
			s := &runtime.Slice{Start: regs[sp-arg], Stop: regs[sp-arg+1], Step: runtime.None}
			if arg == 3 {
				s.Step = regs[sp-1]
			}
			clear(regs[sp-arg : sp])
			sp -= arg
			regs[sp] = runtime.FromObject(s)
			sp++
		case BUILD_TUPLE:
			items := make([]runtime.Value, arg)
			copy(items, regs[sp-arg:sp])
			clear(regs[sp-arg : sp])
			sp -= arg
			regs[sp] = runtime.TupleValue(items...)
			sp++
		case BUILD_LIST:
			items := make([]runtime.Value, arg)
			copy(items, regs[sp-arg:sp])
			clear(regs[sp-arg : sp])
			sp -= arg
			regs[sp] = runtime.NewList(items)
			sp++
		case BUILD_MAP:
			d := runtime.NewDict()
			for i := sp - 2*arg; i < sp; i += 2 {
				if err := d.Set(t, regs[i], regs[i+1]); err != nil {
					raised = err
					goto fail
				}
			}
			clear(regs[sp-2*arg : sp])
			sp -= 2 * arg
			regs[sp] = runtime.FromObject(d)
			sp++
		case BUILD_STRING:
			var b strings.Builder
			for _, v := range regs[sp-arg : sp] {
				s, _ := runtime.AsStr(v)
				b.WriteString(s)
			}
			clear(regs[sp-arg : sp])
			sp -= arg
			regs[sp] = runtime.NewStr(b.String())
			sp++
		case LIST_APPEND:
			sp--
			l := regs[sp-arg].Object().(*runtime.List)
			l.Items = append(l.Items, regs[sp])
			regs[sp] = runtime.Value{}
		case MAP_ADD:
			sp -= 2
			d := regs[sp-arg].Object().(*runtime.Dict)
			if err := d.Set(t, regs[sp], regs[sp+1]); err != nil {
				raised = err
				goto fail
			}
			regs[sp], regs[sp+1] = runtime.Value{}, runtime.Value{}
		case LIST_EXTEND:
			sp--
			l := regs[sp-arg].Object().(*runtime.List)
			items, err := runtime.Collect(t, regs[sp])
			if err != nil {
				raised = starError(err, regs[sp])
				goto fail
			}
			l.Items = append(l.Items, items...)
			regs[sp] = runtime.Value{}
		case DICT_UPDATE:
			sp--
			d := regs[sp-arg].Object().(*runtime.Dict)
			src, ok := regs[sp].Object().(*runtime.Dict)
			if inst, isInst := regs[sp].Object().(*runtime.Instance); isInst && !ok {
				src, ok = inst.Base().Object().(*runtime.Dict) // {**Counter(...)}
			}
			if !ok {
				raised = runtime.Errorf(runtime.TypeErrorType, "'%s' object is not a mapping", regs[sp].TypeName())
				goto fail
			}
			var err error
			src.Items(func(k, v runtime.Value) bool {
				err = d.Set(t, k, v)
				return err == nil
			})
			if err != nil {
				raised = err
				goto fail
			}
			regs[sp] = runtime.Value{}
		case DICT_MERGE:
			sp--
			if err := dictMerge(t, regs[sp-arg-2], regs[sp-arg], regs[sp]); err != nil {
				raised = err
				goto fail
			}
			regs[sp] = runtime.Value{}
		case LIST_TO_TUPLE:
			regs[sp-1] = runtime.TupleValue(regs[sp-1].Object().(*runtime.List).Items...)
		case FORMAT_VALUE:
			spec := ""
			if arg&4 != 0 {
				sp--
				spec, _ = runtime.AsStr(regs[sp])
				regs[sp] = runtime.Value{}
			}
			v := regs[sp-1]
			var s string
			var err error
			switch arg & 3 {
			case 1:
				s, err = runtime.ToStr(t, v)
				v = runtime.NewStr(s)
			case 2:
				s, err = runtime.Repr(t, v)
				v = runtime.NewStr(s)
			case 3:
				s, err = runtime.ASCIIRepr(t, v)
				v = runtime.NewStr(s)
			}
			if err != nil {
				raised = err
				goto fail
			}
			if _, isStr := runtime.AsStr(v); !isStr || spec != "" {
				s, err = runtime.FormatValue(t, v, spec)
				if err != nil {
					raised = err
					goto fail
				}
				v = runtime.NewStr(s)
			}
			regs[sp-1] = v
		case UNPACK_SEQUENCE:
			v := regs[sp-1]
			var items []runtime.Value
			switch x := v.Object().(type) {
			case *runtime.Tuple:
				items = x.Items
			case *runtime.List:
				items = x.Items
			default:
				var err error
				items, err = unpackIterable(t, v, arg)
				if err != nil {
					raised = err
					goto fail
				}
			}
			if len(items) != arg {
				if len(items) > arg {
					raised = runtime.Errorf(runtime.ValueErrorType, "too many values to unpack (expected %d)", arg)
					goto fail
				}
				raised = runtime.Errorf(runtime.ValueErrorType, "not enough values to unpack (expected %d, got %d)", arg, len(items))
				goto fail
			}
			sp--
			for i := arg - 1; i >= 0; i-- {
				regs[sp] = items[i]
				sp++
			}
		case UNPACK_EX:
			before, after := arg&0xff, arg>>8
			items, err := runtime.Collect(t, regs[sp-1])
			if err != nil {
				raised = unpackTypeError(err, regs[sp-1])
				goto fail
			}
			if len(items) < before+after {
				raised = runtime.Errorf(runtime.ValueErrorType, "not enough values to unpack (expected at least %d, got %d)", before+after, len(items))
				goto fail
			}
			sp--
			for i := len(items) - 1; i >= len(items)-after; i-- {
				regs[sp] = items[i]
				sp++
			}
			regs[sp] = runtime.NewList(append([]runtime.Value(nil), items[before:len(items)-after]...))
			sp++
			for i := before - 1; i >= 0; i-- {
				regs[sp] = items[i]
				sp++
			}
		case JUMP_FORWARD:
			pc = arg
		case JUMP_BACKWARD:
			if t.Interrupt.Load() != 0 {
				t.Interrupt.Store(0)
				raised = runtime.NewException(runtime.KeyboardInterruptType)
				goto fail
			}
			if vm.jit != nil {
				c := &code.loopCount[pc-1]
				if *c++; *c >= 0 {
					f.pc, f.sp = arg, sp
					if err := vm.jit.BackEdge(vm, f, pc-1); err != nil {
						pc, sp = f.pc, f.sp
						raised = err
						goto fail
					}
					pc, sp = f.pc, f.sp
					continue
				}
			}
			pc = arg
		case POP_JUMP_IF_FALSE:
			sp--
			v := regs[sp]
			regs[sp] = runtime.Value{}
			if v.IsBool() {
				if !v.AsBool() {
					pc = arg
				}
			} else if b, err := runtime.Truth(t, v); err != nil {
				raised = err
				goto fail
			} else if !b {
				pc = arg
			}
		case POP_JUMP_IF_TRUE:
			sp--
			v := regs[sp]
			regs[sp] = runtime.Value{}
			if v.IsBool() {
				if v.AsBool() {
					pc = arg
				}
			} else if b, err := runtime.Truth(t, v); err != nil {
				raised = err
				goto fail
			} else if b {
				pc = arg
			}
		case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP:
			b, err := runtime.Truth(t, regs[sp-1])
			if err != nil {
				raised = err
				goto fail
			}
			if b == (ins.Op() == JUMP_IF_TRUE_OR_POP) {
				pc = arg
			} else {
				sp--
				regs[sp] = runtime.Value{}
			}
		case GET_ITER:
			it, err := runtime.GetIter(t, regs[sp-1])
			if err != nil {
				raised = err
				goto fail
			}
			if g, ok := it.(*Generator); ok && arg == 1 && !g.started {
				g.temp = true
			}
			regs[sp-1] = runtime.FromObject(it)
		case POP_ITER:
			sp--
			it := regs[sp]
			regs[sp] = runtime.Value{}
			if g, ok := it.Object().(*Generator); ok && g.temp && !g.done {
				f.pc, f.sp = pc, sp
				g.Close() // errors in this implicit close are ignored, as in a finalizer
			}
		case FOR_ITER:
			var v runtime.Value
			var ok bool
			switch it := regs[sp-1].Object().(type) {
			case *runtime.RangeIter:
				if it.Left > 0 {
					v, ok = runtime.Int(it.Cur), true
					it.Cur += it.Step
					it.Left--
				}
			case *runtime.ListIter:
				if it.I < len(it.L.Items) {
					v, ok = it.L.Items[it.I], true
					it.I++
				}
			case runtime.Iterator:
				var err error
				v, ok, err = it.Next(t)
				if err != nil {
					raised = err
					goto fail
				}
			}
			if ok {
				regs[sp] = v
				sp++
			} else {
				sp--
				regs[sp] = runtime.Value{}
				pc = arg
			}
		case MAKE_FUNCTION:
			c := regs[sp-1].Object().(*Code)
			sp--
			regs[sp] = runtime.Value{}
			fn := &Function{Code: c, Name: c.Name, QualName: c.QualName, Globals: globals, Module: moduleName(globals), Doc: c.Doc}
			if arg&8 != 0 {
				sp--
				items := regs[sp].Object().(*runtime.Tuple).Items
				fn.Closure = make([]*runtime.Cell, len(items))
				for i, it := range items {
					fn.Closure[i] = it.Object().(*runtime.Cell)
				}
				regs[sp] = runtime.Value{}
			}
			if arg&2 != 0 {
				sp--
				fn.KwDefaults = regs[sp].Object().(*runtime.Dict)
				regs[sp] = runtime.Value{}
			}
			if arg&1 != 0 {
				sp--
				fn.Defaults = regs[sp].Object().(*runtime.Tuple).Items
				regs[sp] = runtime.Value{}
			}
			regs[sp] = runtime.FromObject(fn)
			sp++
		case RETURN_VALUE:
			sp--
			r := regs[sp]
			regs[sp] = runtime.Value{}
			f.pc, f.sp = pc, sp
			return r, nil
		case RAISE_VARARGS:
			raised = vm.raise(regs, &sp, arg)
			goto fail
		case PUSH_EXC_INFO:
			exc := regs[sp-1]
			prev := runtime.None
			if vm.handled != nil {
				prev = runtime.FromObject(vm.handled)
			}
			regs[sp-1] = prev
			regs[sp] = exc
			sp++
			vm.handled, _ = exc.Object().(*runtime.Exception)
		case POP_EXCEPT:
			sp--
			vm.handled, _ = regs[sp].Object().(*runtime.Exception)
			regs[sp] = runtime.Value{}
		case CHECK_EXC_MATCH:
			ok, err := excMatches(regs[sp-2], regs[sp-1])
			if err != nil {
				raised = err
				goto fail
			}
			regs[sp-1] = runtime.Bool(ok)
		case RERAISE:
			sp--
			exc := regs[sp]
			regs[sp] = runtime.Value{}
			vm.reraising = true
			raised = exc.Object().(*runtime.Exception)
			goto fail
		case IMPORT_NAME:
			m, err := vm.importName(globals, code.Names[arg])
			if err != nil {
				raised = err
				goto fail
			}
			regs[sp] = m
			sp++
		case IMPORT_FROM:
			v, err := vm.importFrom(regs[sp-1], code.Names[arg])
			if err != nil {
				raised = err
				goto fail
			}
			regs[sp] = v
			sp++
		case IMPORT_STAR:
			if err := vm.importStar(f, regs[sp-1]); err != nil {
				raised = err
				goto fail
			}
			sp--
			regs[sp] = runtime.Value{}
		case LOAD_ASSERTION_ERROR:
			regs[sp] = runtime.FromObject(runtime.AssertionErrorType)
			sp++
		case LOAD_DEREF:
			v := f.cells[arg].V
			if v.IsUnbound() {
				raised = derefError(code, arg)
				goto fail
			}
			regs[sp] = v
			sp++
		case STORE_DEREF:
			sp--
			f.cells[arg].V = regs[sp]
			regs[sp] = runtime.Value{}
		case DELETE_DEREF:
			if f.cells[arg].V.IsUnbound() {
				raised = derefError(code, arg)
				goto fail
			}
			f.cells[arg].V = runtime.Value{}
		case LOAD_CLOSURE:
			regs[sp] = runtime.FromObject(f.cells[arg])
			sp++
		case LOAD_CLASSDEREF:
			if f.locals != nil {
				if v, ok := f.locals.GetStr(code.cellName(arg)); ok {
					regs[sp] = v
					sp++
					break
				}
			}
			v := f.cells[arg].V
			if v.IsUnbound() {
				raised = derefError(code, arg)
				goto fail
			}
			regs[sp] = v
			sp++
		case LOAD_NAME:
			name := code.Names[arg]
			var v runtime.Value
			found := false
			if f.locals != nil {
				v, found = f.locals.GetStr(name)
			}
			if !found {
				v, found = globals.Get(name)
			}
			if !found {
				v, found = runtime.Builtins[name]
			}
			if !found {
				raised = nameError(name)
				goto fail
			}
			regs[sp] = v
			sp++
		case STORE_NAME:
			sp--
			if f.locals != nil {
				f.locals.SetStr(code.Names[arg], regs[sp])
			} else {
				globals.Set(code.Names[arg], regs[sp])
			}
			regs[sp] = runtime.Value{}
		case DELETE_NAME:
			name := code.Names[arg]
			if f.locals != nil {
				if _, ok, _ := f.locals.Delete(t, runtime.NewStr(name)); !ok {
					raised = nameError(name)
					goto fail
				}
			} else if _, ok := globals.Get(name); ok {
				globals.Vals[globals.Slot(name)] = runtime.Value{}
			} else {
				raised = nameError(name)
				goto fail
			}
		case LOAD_BUILD_CLASS:
			regs[sp] = vm.buildClass
			sp++
		case BUILD_SET:
			s := runtime.NewSet()
			for _, v := range regs[sp-arg : sp] {
				if err := s.Add(t, v); err != nil {
					raised = err
					goto fail
				}
			}
			clear(regs[sp-arg : sp])
			sp -= arg
			regs[sp] = runtime.FromObject(s)
			sp++
		case SET_ADD:
			sp--
			s := regs[sp-arg].Object().(*runtime.Set)
			if err := s.Add(t, regs[sp]); err != nil {
				raised = err
				goto fail
			}
			regs[sp] = runtime.Value{}
		case SET_UPDATE:
			sp--
			s := regs[sp-arg].Object().(*runtime.Set)
			if err := s.Update(t, regs[sp]); err != nil {
				raised = starError(err, regs[sp])
				goto fail
			}
			regs[sp] = runtime.Value{}
		case YIELD_VALUE:
			sp--
			v := regs[sp]
			regs[sp] = runtime.Value{}
			f.pc, f.sp = pc, sp
			f.yielded = true
			return v, nil
		case GET_YIELD_FROM_ITER:
			if _, ok := regs[sp-1].Object().(*Generator); !ok {
				it, err := runtime.GetIter(t, regs[sp-1])
				if err != nil {
					raised = err
					goto fail
				}
				regs[sp-1] = runtime.FromObject(it)
			}
		case YIELD_FROM:
			r, done, err := vm.yieldFromSend(regs[sp-2], regs[sp-1])
			if err != nil {
				raised = err
				goto fail
			}
			sp--
			regs[sp] = runtime.Value{}
			if done {
				regs[sp-1] = r
				break
			}
			f.pc, f.sp = pc-1, sp
			f.yielded = true
			return r, nil
		case BEFORE_WITH:
			exit, res, err := vm.beforeWith(regs[sp-1])
			if err != nil {
				raised = err
				goto fail
			}
			regs[sp-1] = exit
			regs[sp] = res
			sp++
		case WITH_EXCEPT_START:
			r, err := vm.withExceptStart(regs[sp-3], regs[sp-1])
			if err != nil {
				raised = err
				goto fail
			}
			regs[sp] = r
			sp++
		default:
			raised = runtime.Errorf(runtime.SystemErrorType, "unknown opcode %d", ins.Op())
			goto fail
		}
	}
fail:
	f.pc, f.sp = pc, sp
	return runtime.Value{}, raised
}

// unaryOps implements UNARY_NEGATIVE, UNARY_POSITIVE and UNARY_INVERT, in
// opcode order (the array below fails to compile if that order changes).
var _ = [1]int{}[UNARY_INVERT-UNARY_NEGATIVE-2+UNARY_POSITIVE-UNARY_NEGATIVE-1]

var unaryOps = [...]func(*runtime.Thread, runtime.Value) (runtime.Value, error){runtime.Negate, runtime.Positive, runtime.Invert}

func unboundLocal(name string) error {
	return runtime.Errorf(runtime.UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", name)
}

func nameError(name string) error {
	return runtime.Errorf(runtime.NameErrorType, "name '%s' is not defined", name)
}

func moduleName(g *runtime.Globals) string {
	if v, ok := g.Get("__name__"); ok {
		s, _ := runtime.AsStr(v)
		return s
	}
	return ""
}

func starError(err error, v runtime.Value) error {
	if e := runtime.AsException(err); e.IsInstance(runtime.TypeErrorType) && strings.Contains(e.Message(), "is not iterable") {
		return runtime.Errorf(runtime.TypeErrorType, "Value after * must be an iterable, not %s", v.TypeName())
	}
	return err
}

func unpackTypeError(err error, v runtime.Value) error {
	if e := runtime.AsException(err); e.IsInstance(runtime.TypeErrorType) && strings.Contains(e.Message(), "is not iterable") {
		return runtime.Errorf(runtime.TypeErrorType, "cannot unpack non-iterable %s object", v.TypeName())
	}
	return err
}

// unpackIterable collects at most n+1 items, enough to report a count mismatch.
func unpackIterable(t *runtime.Thread, v runtime.Value, n int) ([]runtime.Value, error) {
	it, err := runtime.GetIter(t, v)
	if err != nil {
		return nil, unpackTypeError(err, v)
	}
	var items []runtime.Value
	for len(items) <= n {
		x, ok, err := it.Next(t)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		items = append(items, x)
	}
	return items, nil
}

// excMatches is CHECK_EXC_MATCH: does exception exc match the except clause's type(s)?
func excMatches(exc, typ runtime.Value) (bool, error) {
	e := exc.Object().(*runtime.Exception)
	check := func(v runtime.Value) (bool, error) {
		t, ok := v.Object().(*runtime.Type)
		if !ok || !t.IsSubtype(runtime.BaseExceptionType) {
			return false, runtime.Errorf(runtime.TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
		}
		return e.IsInstance(t), nil
	}
	if tup, ok := typ.Object().(*runtime.Tuple); ok {
		matched := false
		for _, it := range tup.Items {
			m, err := check(it)
			if err != nil {
				return false, err
			}
			matched = matched || m
		}
		return matched, nil
	}
	return check(typ)
}

// raise implements RAISE_VARARGS.
func (vm *VM) raise(regs []runtime.Value, sp *int, n int) error {
	if n == 0 {
		if vm.handled == nil {
			return runtime.Errorf(runtime.RuntimeErrorType, "No active exception to reraise")
		}
		vm.reraising = true
		return vm.handled
	}
	var cause runtime.Value
	if n == 2 {
		*sp--
		cause = regs[*sp]
		regs[*sp] = runtime.Value{}
	}
	*sp--
	v := regs[*sp]
	regs[*sp] = runtime.Value{}
	exc, err := vm.makeException(v)
	if err != nil {
		return err
	}
	if n == 2 {
		if cause.IsNone() {
			exc.Cause = nil
		} else {
			c, err := vm.makeException(cause)
			if err != nil {
				return runtime.Errorf(runtime.TypeErrorType, "exception causes must derive from BaseException")
			}
			exc.Cause = c
		}
		exc.SuppressContext = true
	}
	return exc
}

// makeException turns the operand of raise into an exception instance,
// instantiating a class.
func (vm *VM) makeException(v runtime.Value) (*runtime.Exception, error) {
	switch x := v.Object().(type) {
	case *runtime.Exception:
		return x, nil
	case *runtime.Type:
		if x.IsSubtype(runtime.BaseExceptionType) {
			r, err := runtime.Call(vm.t, v, nil, nil)
			if err != nil {
				return nil, err
			}
			if e, ok := r.Object().(*runtime.Exception); ok {
				return e, nil
			}
		}
	}
	return nil, runtime.Errorf(runtime.TypeErrorType, "exceptions must derive from BaseException")
}

// derefError is the error for reading an empty cell: an unassigned local
// that nested functions capture, or an enclosing function's variable.
func derefError(code *Code, i int) error {
	name := code.cellName(i)
	if i < len(code.CellVars) {
		return unboundLocal(name)
	}
	return runtime.Errorf(runtime.NameErrorType, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
}

// cellName is the name of cell or free variable i.
func (c *Code) cellName(i int) string {
	if i < len(c.CellVars) {
		return c.CellVars[i]
	}
	return c.FreeVars[i-len(c.CellVars)]
}
