package trace

import (
	"math"
	"sort"
	"unsafe"

	"github.com/tracejit/tracejit/interp"
	"github.com/tracejit/tracejit/runtime"
)

var layout = runtime.ValueLayout

// Offsets of iterator fields the trace reads and writes back.
var (
	rangeCurOff  = int32(unsafe.Offsetof(runtime.RangeIter{}.Cur))
	rangeStepOff = int32(unsafe.Offsetof(runtime.RangeIter{}.Step))
	rangeLeftOff = int32(unsafe.Offsetof(runtime.RangeIter{}.Left))
	listIterLOff = int32(unsafe.Offsetof(runtime.ListIter{}.L))
	listIterIOff = int32(unsafe.Offsetof(runtime.ListIter{}.I))
	enumItOff    = int32(unsafe.Offsetof(runtime.EnumerateIter{}.It))
	enumNOff     = int32(unsafe.Offsetof(runtime.EnumerateIter{}.N))
	zipItsOff    = int32(unsafe.Offsetof(runtime.ZipIter{}.Its))
)

func typeWordOf(o runtime.Object) uint64 { return uint64(runtime.TypeWord(o)) }

var (
	twInt   = uint64(layout.IntTypeWord)
	twFloat = uint64(layout.FloatTypeWord)
	twBool  = uint64(layout.BoolTypeWord)
	twNone  = uint64(layout.NoneTypeWord)
	twList  = typeWordOf(&runtime.List{})
	twTuple = typeWordOf(&runtime.Tuple{})
	twRange = typeWordOf(&runtime.RangeIter{})
	twLIter = typeWordOf(&runtime.ListIter{})
	// twRangeObj is range's (twRange is range_iterator's).
	twRangeObj = typeWordOf(&runtime.Range{})
)

// virtualTypeWord is the type word of each kind of virtual object.
var virtualTypeWord = map[VirtualKind]uint64{VTuple: twTuple, VRange: twRangeObj, VRangeIter: twRange, VListIter: twLIter}

func sortSnapshot(s *Snapshot) {
	sort.Slice(s.Globals, func(i, j int) bool { return s.Globals[i].Slot < s.Globals[j].Slot })
	sort.Slice(s.Fields, func(i, j int) bool {
		a, b := s.Fields[i], s.Fields[j]
		if a.Slot != b.Slot {
			return a.Slot < b.Slot
		}
		if a.Sub != b.Sub {
			return a.Sub < b.Sub
		}
		return a.Offset < b.Offset
	})
}

// record emits IR for the instruction at pc of frame f (the top frame).
func (r *Recorder) record(f *interp.Frame, pc, sp int) {
	code := f.Code()
	ins := code.Instrs[pc]
	arg := ins.Arg()
	rf := r.top()
	switch op := ins.Op(); op {
	case interp.NOP:
	case interp.POP_TOP, interp.POP_ITER:
		// POP_ITER only closes generators, which traces never iterate.
		r.pop(1)
	case interp.COPY:
		r.push(r.stack(arg - 1))
	case interp.SWAP:
		a, b := r.stack(0), r.stack(arg-1)
		r.setSlot(sp-1, b)
		r.setSlot(sp-arg, a)
	case interp.LOAD_CONST:
		r.push(r.constValue(code.Consts[arg]))
	case interp.LOAD_FAST:
		v := r.slot(arg)
		if !v.known() && r.abort == nil {
			r.fail(AbortNYIOperand, "unbound local")
		}
		r.push(v)
	case interp.STORE_FAST:
		v := r.stack(0)
		r.pop(1)
		r.setSlot(arg, v)
	case interp.LOAD_GLOBAL:
		r.push(r.loadGlobal(f, arg))
	case interp.STORE_GLOBAL:
		if f.Globals() != r.globals {
			r.fail(AbortNYIOperand, "store to another module's global")
			return
		}
		if r.globalConst[int32(arg)] {
			// The loop body was specialized to the object it read.
			r.fail(AbortNYIOperand, "rebinding a global object inside the loop")
			return
		}
		v := r.stack(0)
		if v.virtual() {
			r.fail(AbortNYIOperand, "a tuple that is never allocated stored in a global")
			return
		}
		r.pop(1)
		r.globalVals[int32(arg)] = v
		r.globalWritten[int32(arg)] = true
	case interp.LOAD_ATTR:
		r.loadAttr(code.Names[arg])
	case interp.STORE_ATTR:
		r.storeAttr(code.Names[arg])
	case interp.LOAD_METHOD:
		obj := r.stack(0)
		if o, ok := r.value(0).Object().(*runtime.Instance); ok {
			r.instanceMethod(obj, o, code.Names[arg])
			return
		}
		mod, ok := obj.obj.(*runtime.Module)
		if !ok {
			r.fail(AbortNYIOperand, "method call on "+r.value(0).TypeName())
			return
		}
		v := r.moduleAttr(mod, code.Names[arg])
		r.pop(1)
		r.push(v)
		r.push(aval{}) // no self
		r.top().slots[r.curSP] = aval{ref: NoRef}
	case interp.CALL_METHOD:
		if r.top().slots[sp-arg-1].known() {
			// A method with its self (LOAD_METHOD of an instance).
			r.call(arg+1, sp-arg-2, sp-arg-1, pc)
			return
		}
		r.call(arg, sp-arg-2, sp-arg, pc)
	case interp.CALL:
		r.call(arg, sp-arg-1, sp-arg, pc)
	case interp.BINARY_OP:
		r.binary(runtime.BinaryOp(arg &^ 0x80))
	case interp.UNARY_NEGATIVE:
		a := r.stack(0)
		var res aval
		switch a.tw {
		case twInt:
			res = aval{ref: r.guard(OpIntNegOvf, TInt, a.ref, NoRef, 0), tw: twInt}
		case twFloat:
			res = aval{ref: r.emit(OpFloatNeg, TFloat, a.ref, NoRef, 0), tw: twFloat}
		default:
			r.fail(AbortNYIOperand, "unary - on "+r.value(0).TypeName())
			return
		}
		r.replace(1, res)
	case interp.UNARY_POSITIVE:
		if a := r.stack(0); a.tw != twInt && a.tw != twFloat {
			r.fail(AbortNYIOperand, "unary + on "+r.value(0).TypeName())
		}
	case interp.UNARY_NOT:
		b := r.truth(r.stack(0), 0)
		r.replace(1, aval{ref: r.emit(OpBoolNot, TBool, b, NoRef, 0), tw: twBool})
	case interp.COMPARE_OP:
		r.compare(runtime.CompareOp(arg))
	case interp.IS_OP:
		a, b := r.stack(1), r.stack(0)
		var res bool
		switch {
		case a.tw != b.tw:
			res = false
		case a.tw == twNone:
			res = true
		case a.obj != nil && b.obj != nil:
			res = a.obj == b.obj
		default:
			r.fail(AbortNYIOperand, "'is' between objects")
			return
		}
		r.replace(2, aval{ref: r.tr.ConstBool(res != (arg == 1)), tw: twBool})
	case interp.BUILD_TUPLE:
		// Allocation removal: the tuple exists only in the trace.
		elems := make([]aval, arg)
		for i := 0; i < arg; i++ {
			elems[i] = r.stack(arg - 1 - i)
		}
		r.replace(arg, aval{tw: twTuple, elems: elems})
	case interp.BINARY_SUBSCR:
		r.subscript()
	case interp.STORE_SUBSCR:
		r.storeSubscript()
	case interp.UNPACK_SEQUENCE:
		r.unpack(arg)
	case interp.JUMP_FORWARD:
	case interp.JUMP_BACKWARD:
		if len(r.frames) == 1 && pc == r.jumpPC {
			r.closeLoop()
			return
		}
		// Another loop's back-edge: follow it once, so that the trace can
		// reach that loop's header and link to its compiled code; a second
		// time means the trace is unrolling an inner loop.
		if len(r.frames) > 1 || r.jumps[pc] {
			r.fail(AbortInnerLoop, "")
			return
		}
		if r.jumps == nil {
			r.jumps = map[int]bool{}
		}
		r.jumps[pc] = true
	case interp.POP_JUMP_IF_FALSE, interp.POP_JUMP_IF_TRUE:
		v := r.value(0)
		b := r.truth(r.stack(0), 0)
		taken, err := runtime.Truth(nil, v)
		if err != nil {
			r.fail(AbortNYIOperand, "truth value")
			return
		}
		if taken {
			r.guard(OpGuardTrue, TVoid, b, NoRef, 0)
		} else {
			r.guard(OpGuardFalse, TVoid, b, NoRef, 0)
		}
		r.pop(1)
	case interp.JUMP_IF_FALSE_OR_POP, interp.JUMP_IF_TRUE_OR_POP:
		v := r.value(0)
		b := r.truth(r.stack(0), 0)
		t, err := runtime.Truth(nil, v)
		if err != nil {
			r.fail(AbortNYIOperand, "truth value")
			return
		}
		if t {
			r.guard(OpGuardTrue, TVoid, b, NoRef, 0)
		} else {
			r.guard(OpGuardFalse, TVoid, b, NoRef, 0)
		}
		if t != (op == interp.JUMP_IF_TRUE_OR_POP) {
			r.pop(1) // falls through
		}
	case interp.FOR_ITER:
		r.forIter(pc, sp)
	case interp.GET_ITER:
		r.getIter()
	case interp.RETURN_VALUE:
		if len(r.frames) == 1 {
			r.fail(AbortLeaveLoop, "")
			return
		}
		res := r.stack(0)
		done := r.frames[len(r.frames)-1]
		r.frames = r.frames[:len(r.frames)-1]
		caller := r.top()
		caller.slots[done.callerSP] = res
		if caller.written != nil {
			caller.written[done.callerSP] = true
		}
	default:
		r.fail(AbortNYIBytecode, op.String())
	}
	_ = rf
}

func (r *Recorder) push(v aval) {
	r.setSlot(r.curSP, v)
	r.curSP++
}

func (r *Recorder) pop(n int) {
	for i := 0; i < n; i++ {
		r.curSP--
		r.top().slots[r.curSP] = aval{}
		if len(r.frames) == 1 && len(r.fields) > 0 {
			r.dropFields(int32(r.curSP))
		}
	}
}

// dropFields forgets the cached iterator state of a root slot whose
// iterator is popped (its loop ended). Changed fields stay in snapshots:
// they belong to the object the slot held at trace entry, which is where
// the deoptimizer writes them (before it stores anything into slots).
func (r *Recorder) dropFields(slot int32) {
	for k := range r.fields {
		if k.slot == slot && !r.fieldWritten[k] {
			delete(r.fields, k)
		}
	}
}

// replace pops n values and pushes v (the instruction's result).
func (r *Recorder) replace(n int, v aval) {
	r.pop(n)
	r.push(v)
}

// truth returns a bool Ref for the truth value of a.
func (r *Recorder) truth(a aval, depth int) Ref {
	switch a.tw {
	case twBool:
		return a.ref
	case twInt:
		return r.emit(OpIntNe, TBool, a.ref, r.tr.ConstInt(0), 0)
	case twFloat:
		return r.emit(OpFloatNe, TBool, a.ref, r.tr.ConstFloat(0), 0)
	case twNone:
		return r.tr.ConstBool(false)
	case twList, twTuple:
		if a.vtuple() {
			return r.tr.ConstBool(len(a.elems) > 0)
		}
		n := r.emit(OpSeqLen, TInt, a.ref, NoRef, 0)
		return r.emit(OpIntNe, TBool, n, r.tr.ConstInt(0), 0)
	}
	r.fail(AbortNYIOperand, "truth value of "+r.value(depth).TypeName())
	return r.tr.ConstBool(true)
}

// ---------------------------------------------------------------------------
// Globals and attributes

func (r *Recorder) loadGlobal(f *interp.Frame, slot int) aval {
	g := f.Globals()
	if g == r.globals {
		if v, ok := r.globalVals[int32(slot)]; ok {
			return v
		}
	}
	gref := r.tr.ConstPtr(uintptr(unsafe.Pointer(g)), g)
	v := g.Vals[slot]
	if v.IsUnbound() {
		// A builtin: guard that the global stays unbound.
		tw := r.emit(OpGlobalType, TWord, gref, NoRef, int32(slot))
		r.guard(OpGuardWordEq, TVoid, tw, r.tr.ConstWord(0), 0)
		b := f.Code().BuiltinFor(slot)
		if b.IsUnbound() {
			r.fail(AbortNYIOperand, "undefined global")
			return aval{}
		}
		return r.constValue(b)
	}
	var a aval
	if v.IsInt() || v.IsFloat() || v.IsBool() || v.IsNone() {
		a = r.loadEntry(v, stateKey{kind: stateGlobal, slot: int32(slot)}, OpGlobalType, OpGlobalRaw, OpGlobalPtr, gref)
		if g != r.globals {
			// Another module's global: read each time, never written back.
			for ref, k := range r.entry {
				if k.kind == stateGlobal && k.slot == int32(slot) && r.tr.Ins[ref].A == gref {
					delete(r.entry, ref)
				}
			}
		}
	} else {
		// Objects (functions, modules, lists) are guarded by identity, so
		// code specialized to them notices a rebinding.
		p := r.emit(OpGlobalPtr, TPtr, gref, NoRef, int32(slot))
		c := r.constValue(v)
		r.guard(OpGuardPtrEq, TVoid, p, c.ref, 0)
		a = c
		if g == r.globals {
			r.globalConst[int32(slot)] = true
		}
	}
	if g == r.globals {
		r.globalVals[int32(slot)] = a
	}
	return a
}

func (r *Recorder) loadAttr(name string) {
	obj := r.stack(0)
	if o, ok := r.value(0).Object().(*runtime.Instance); ok {
		r.instanceAttr(obj, o, name)
		return
	}
	mod, ok := obj.obj.(*runtime.Module)
	if !ok {
		r.fail(AbortNYIOperand, "attribute of "+r.value(0).TypeName())
		return
	}
	r.replace(1, r.moduleAttr(mod, name))
}

// moduleAttr reads a module attribute, guarded like a global.
func (r *Recorder) moduleAttr(mod *runtime.Module, name string) aval {
	g := mod.Globals
	slot := g.Slot(name)
	v := g.Vals[slot]
	if v.IsUnbound() {
		r.fail(AbortNYIOperand, "missing module attribute")
		return aval{}
	}
	gref := r.tr.ConstPtr(uintptr(unsafe.Pointer(g)), g)
	if v.IsInt() || v.IsFloat() || v.IsBool() {
		a := r.loadEntry(v, stateKey{kind: stateGlobal, slot: int32(slot)}, OpGlobalType, OpGlobalRaw, OpGlobalPtr, gref)
		for ref, k := range r.entry {
			if r.tr.Ins[ref].A == gref && k.kind == stateGlobal {
				delete(r.entry, ref)
			}
		}
		return a
	}
	p := r.emit(OpGlobalPtr, TPtr, gref, NoRef, int32(slot))
	c := r.constValue(v)
	r.guard(OpGuardPtrEq, TVoid, p, c.ref, 0)
	return c
}

// ---------------------------------------------------------------------------
// Arithmetic

// numeric converts an int or float aval to a float Ref.
func (r *Recorder) toFloat(a aval) Ref {
	if a.tw == twFloat {
		return a.ref
	}
	return r.emit(OpIntToFloat, TFloat, a.ref, NoRef, 0)
}

// exactFloat reports whether an int aval converts to float exactly at
// every iteration (only constants are known to).
func (r *Recorder) exactFloat(a aval) bool {
	if a.tw == twFloat {
		return true
	}
	if v, ok := r.tr.isConstInt(a.ref); ok {
		return v >= -(1<<53) && v <= 1<<53
	}
	return false
}

func (r *Recorder) binary(op runtime.BinaryOp) {
	a, b := r.stack(1), r.stack(0)
	isNum := func(v aval) bool { return v.tw == twInt || v.tw == twFloat || v.tw == twBool }
	if a.tw == twBool {
		a = aval{ref: r.emit(OpBoolToInt, TInt, a.ref, NoRef, 0), tw: twInt}
	}
	if b.tw == twBool {
		b = aval{ref: r.emit(OpBoolToInt, TInt, b.ref, NoRef, 0), tw: twInt}
	}
	if !isNum(a) || !isNum(b) {
		r.fail(AbortNYIOperand, "operator "+op.String()+" on "+r.value(1).TypeName()+" and "+r.value(0).TypeName())
		return
	}
	if a.tw == twInt && b.tw == twInt {
		var res Ref
		switch op {
		case runtime.OpAdd:
			res = r.guard(OpIntAddOvf, TInt, a.ref, b.ref, 0)
		case runtime.OpSub:
			res = r.guard(OpIntSubOvf, TInt, a.ref, b.ref, 0)
		case runtime.OpMul:
			res = r.guard(OpIntMulOvf, TInt, a.ref, b.ref, 0)
		case runtime.OpFloorDiv:
			res = r.guard(OpIntFloorDiv, TInt, a.ref, b.ref, 0)
		case runtime.OpMod:
			res = r.guard(OpIntMod, TInt, a.ref, b.ref, 0)
		case runtime.OpAnd:
			res = r.emit(OpIntAnd, TInt, a.ref, b.ref, 0)
		case runtime.OpOr:
			res = r.emit(OpIntOr, TInt, a.ref, b.ref, 0)
		case runtime.OpXor:
			res = r.emit(OpIntXor, TInt, a.ref, b.ref, 0)
		case runtime.OpRShift:
			res = r.guard(OpIntShr, TInt, a.ref, b.ref, 0)
		case runtime.OpLShift:
			// a << k is a * 2**k, overflow included (the interpreter then
			// makes a big int).
			k, ok := r.tr.isConstInt(b.ref)
			if !ok || k < 0 || k > 62 {
				r.fail(AbortNYIOperand, "int << by a variable or large count")
				return
			}
			res = r.guard(OpIntMulOvf, TInt, a.ref, r.tr.ConstInt(1<<k), 0)
		case runtime.OpPow:
			if e, ok := r.tr.isConstInt(b.ref); ok && e == 2 {
				res = r.guard(OpIntMulOvf, TInt, a.ref, a.ref, 0)
				break
			}
			r.fail(AbortNYIOperand, "int ** with a non-constant or large exponent")
			return
		case runtime.OpTrueDiv:
			if !r.exactFloat(a) || !r.exactFloat(b) {
				r.fail(AbortNYIOperand, "int / int of variables")
				return
			}
			res = r.guard(OpFloatDiv, TFloat, r.toFloat(a), r.toFloat(b), 0)
			r.replace(2, aval{ref: res, tw: twFloat})
			return
		default:
			r.fail(AbortNYIOperand, "int operator "+op.String())
			return
		}
		r.replace(2, aval{ref: res, tw: twInt})
		return
	}
	// At least one float: Python converts the int operand exactly to the
	// nearest float, as CVTSI2SD does.
	x, y := r.toFloat(a), r.toFloat(b)
	var res Ref
	switch op {
	case runtime.OpAdd:
		res = r.emit(OpFloatAdd, TFloat, x, y, 0)
	case runtime.OpSub:
		res = r.emit(OpFloatSub, TFloat, x, y, 0)
	case runtime.OpMul:
		res = r.emit(OpFloatMul, TFloat, x, y, 0)
	case runtime.OpTrueDiv:
		res = r.guard(OpFloatDiv, TFloat, x, y, 0)
	case runtime.OpFloorDiv:
		res = r.guard(OpFloatFloorDiv, TFloat, x, y, 0)
	case runtime.OpMod:
		res = r.guard(OpFloatMod, TFloat, x, y, 0)
	case runtime.OpPow:
		if e, ok := r.tr.isConstFloat(y); ok && e == 2 {
			res = r.emit(OpFloatMul, TFloat, x, x, 0)
			break
		}
		if e, ok := r.tr.isConstInt(b.ref); ok && e == 2 {
			res = r.emit(OpFloatMul, TFloat, x, x, 0)
			break
		}
		r.fail(AbortNYIOperand, "float ** other than squaring")
		return
	default:
		r.fail(AbortNYIOperand, "float operator "+op.String())
		return
	}
	r.replace(2, aval{ref: res, tw: twFloat})
}

var intCompareOps = [...]Op{runtime.CmpLT: OpIntLt, runtime.CmpLE: OpIntLe, runtime.CmpEQ: OpIntEq, runtime.CmpNE: OpIntNe, runtime.CmpGT: OpIntGt, runtime.CmpGE: OpIntGe}
var floatCompareOps = [...]Op{runtime.CmpLT: OpFloatLt, runtime.CmpLE: OpFloatLe, runtime.CmpEQ: OpFloatEq, runtime.CmpNE: OpFloatNe, runtime.CmpGT: OpFloatGt, runtime.CmpGE: OpFloatGe}

func (r *Recorder) compare(op runtime.CompareOp) {
	a, b := r.stack(1), r.stack(0)
	if a.tw == twBool {
		a = aval{ref: r.emit(OpBoolToInt, TInt, a.ref, NoRef, 0), tw: twInt}
	}
	if b.tw == twBool {
		b = aval{ref: r.emit(OpBoolToInt, TInt, b.ref, NoRef, 0), tw: twInt}
	}
	var res Ref
	switch {
	case a.tw == twInt && b.tw == twInt:
		res = r.emit(intCompareOps[op], TBool, a.ref, b.ref, 0)
	case (a.tw == twFloat || a.tw == twInt) && (b.tw == twFloat || b.tw == twInt):
		// Python compares int and float exactly; converting is exact
		// only for ints known to be small.
		if !r.exactFloat(a) || !r.exactFloat(b) {
			r.fail(AbortNYIOperand, "comparison of a float with a variable int")
			return
		}
		res = r.emit(floatCompareOps[op], TBool, r.toFloat(a), r.toFloat(b), 0)
	case a.tw == twNone && b.tw == twNone && (op == runtime.CmpEQ || op == runtime.CmpNE):
		res = r.tr.ConstBool(op == runtime.CmpEQ)
	default:
		r.fail(AbortNYIOperand, "comparison of "+r.value(1).TypeName()+" and "+r.value(0).TypeName())
		return
	}
	r.replace(2, aval{ref: res, tw: twBool})
}

// ---------------------------------------------------------------------------
// Sequences

// index returns a normalized, bounds-checked index Ref into seq for the
// int aval idx, given the observed index value.
func (r *Recorder) index(seq, idx aval, observed int64) Ref {
	n := r.emit(OpSeqLen, TInt, seq.ref, NoRef, 0)
	i := idx.ref
	if observed < 0 {
		i = r.emit(OpIntAdd, TInt, i, n, 0)
	}
	r.guard(OpGuardIndex, TVoid, i, n, 0)
	return i
}

// item loads seq[i] with a guard on the item's type.
func (r *Recorder) item(seq aval, i Ref, v runtime.Value) aval {
	return r.itemAt(r.emit(OpSeqItems, TPtr, seq.ref, NoRef, 0), i, v)
}

// itemAt loads Value i of the array at items (a list's items or an
// instance's slots), whose value is now v, with a guard on its type.
func (r *Recorder) itemAt(items, i Ref, v runtime.Value) aval {
	tw := typeWordOf(v.Object())
	t := r.emit(OpSeqItemType, TWord, items, i, 0)
	r.guard(OpGuardWordEq, TVoid, t, r.tr.ConstWord(tw), 0)
	switch {
	case v.IsInt():
		return aval{ref: r.emit(OpSeqItemRaw, TInt, items, i, 0), tw: tw}
	case v.IsFloat():
		return aval{ref: r.emit(OpSeqItemRaw, TFloat, items, i, 0), tw: tw}
	case v.IsBool():
		return aval{ref: r.emit(OpSeqItemRaw, TBool, items, i, 0), tw: tw}
	case v.IsNone():
		return aval{ref: r.tr.ConstWord(tw), tw: tw, obj: v.Object()}
	}
	return aval{ref: r.emit(OpSeqItemPtr, TPtr, items, i, 0), tw: tw}
}

func seqItems(v runtime.Value) ([]runtime.Value, bool) {
	switch x := v.Object().(type) {
	case *runtime.List:
		return x.Items, true
	case *runtime.Tuple:
		return x.Items, true
	}
	return nil, false
}

func (r *Recorder) subscript() {
	seq, idx := r.stack(1), r.stack(0)
	if seq.vtuple() {
		i, ok := r.tr.isConstInt(idx.ref)
		j, inRange := runtime.NormIndex(i, len(seq.elems))
		if !ok || !inRange {
			r.fail(AbortNYIOperand, "variable index into a tuple that is never allocated")
			return
		}
		r.replace(2, seq.elems[j])
		return
	}
	items, ok := seqItems(r.value(1))
	if !ok || idx.tw != twInt {
		r.fail(AbortNYIOperand, "subscript of "+r.value(1).TypeName()+" by "+r.value(0).TypeName())
		return
	}
	observed := r.value(0).AsInt()
	j, inRange := runtime.NormIndex(observed, len(items))
	if !inRange {
		r.fail(AbortNYIOperand, "index out of range")
		return
	}
	i := r.index(seq, idx, observed)
	r.replace(2, r.item(seq, i, items[j]))
}

func (r *Recorder) storeSubscript() {
	val, seq, idx := r.stack(2), r.stack(1), r.stack(0)
	l, ok := r.value(1).Object().(*runtime.List)
	if !ok || idx.tw != twInt || (val.tw != twInt && val.tw != twFloat && val.tw != twBool) {
		r.fail(AbortNYIOperand, "item assignment to "+r.value(1).TypeName())
		return
	}
	observed := r.value(0).AsInt()
	j, inRange := runtime.NormIndex(observed, len(l.Items))
	if !inRange || typeWordOf(l.Items[j].Object()) != val.tw {
		// Only a payload store keeps the rule "no pointer writes from
		// compiled code": the item must already be of the value's kind.
		r.fail(AbortNYIOperand, "item assignment changing the item's type")
		return
	}
	i := r.index(seq, idx, observed)
	items := r.emit(OpSeqItems, TPtr, seq.ref, NoRef, 0)
	t := r.emit(OpSeqItemType, TWord, items, i, 0)
	r.guard(OpGuardWordEq, TVoid, t, r.tr.ConstWord(val.tw), 0)
	r.emit3(OpSeqStoreRaw, TVoid, items, i, val.ref, 0)
	r.pop(3)
}

func (r *Recorder) unpack(n int) {
	seq := r.stack(0)
	if seq.vtuple() {
		if len(seq.elems) != n {
			r.fail(AbortNYIOperand, "unpacking mismatch")
			return
		}
		r.pop(1)
		for i := n - 1; i >= 0; i-- {
			r.push(seq.elems[i])
		}
		return
	}
	items, ok := seqItems(r.value(0))
	if !ok || len(items) != n {
		r.fail(AbortNYIOperand, "unpacking "+r.value(0).TypeName())
		return
	}
	length := r.emit(OpSeqLen, TInt, seq.ref, NoRef, 0)
	r.guard(OpGuardTrue, TVoid, r.emit(OpIntEq, TBool, length, r.tr.ConstInt(int64(n)), 0), NoRef, 0)
	vals := make([]aval, n)
	for i := range items {
		vals[i] = r.item(seq, r.tr.ConstInt(int64(i)), items[i])
	}
	r.pop(1)
	for i := n - 1; i >= 0; i-- {
		r.push(vals[i])
	}
}

// ---------------------------------------------------------------------------
// Iteration

// field returns the current value of a word field at byte offset off of
// an iterator: the object in root slot slot (sub 0) or an iterator inside
// it (sub > 0), whose pointer is obj.
func (r *Recorder) field(slot int, sub int32, obj aval, off int32, typ Type) aval {
	key := fieldKey{int32(slot), off, sub}
	if v, ok := r.fields[key]; ok {
		return v
	}
	ref := r.emit(OpFieldWord, typ, obj.ref, NoRef, off)
	r.entry[ref] = stateKey{kind: stateField, slot: int32(slot), offset: off, sub: sub}
	v := aval{ref: ref, tw: twInt}
	if typ == TPtr {
		v.tw = twList
	}
	r.fields[key] = v
	return v
}

func (r *Recorder) setField(slot int, sub int32, off int32, v aval) {
	key := fieldKey{int32(slot), off, sub}
	r.fields[key] = v
	r.fieldWritten[key] = true
}

// iterStep records one step of a list or range iterator (it, whose
// pointer is obj) without its exhaustion guard's consequences: it returns
// the guard condition (true while items remain), whether the interpreter
// found an item (more), the item, and a function that writes back the
// advanced state (called only after all guards).
func (r *Recorder) iterStep(slot int, sub int32, obj aval, it runtime.Iterator) (cond Ref, more bool, item aval, advance func(), ok bool) {
	switch x := it.(type) {
	case *runtime.RangeIter:
		cur := r.field(slot, sub, obj, rangeCurOff, TInt)
		step := r.field(slot, sub, obj, rangeStepOff, TInt)
		left := r.field(slot, sub, obj, rangeLeftOff, TInt)
		cond = r.emit(OpIntGt, TBool, left.ref, r.tr.ConstInt(0), 0)
		advance = func() {
			r.setField(slot, sub, rangeCurOff, aval{ref: r.emit(OpIntAdd, TInt, cur.ref, step.ref, 0), tw: twInt})
			r.setField(slot, sub, rangeLeftOff, aval{ref: r.emit(OpIntSub, TInt, left.ref, r.tr.ConstInt(1), 0), tw: twInt})
		}
		return cond, x.Left > 0, aval{ref: cur.ref, tw: twInt}, advance, true
	case *runtime.ListIter:
		l := r.field(slot, sub, obj, listIterLOff, TPtr)
		i := r.field(slot, sub, obj, listIterIOff, TInt)
		n := r.emit(OpSeqLen, TInt, l.ref, NoRef, 0)
		cond = r.emit(OpIntLt, TBool, i.ref, n, 0)
		// The item load must come after the guard on cond (the caller
		// emits it), so it is loaded lazily.
		return cond, x.I < len(x.L.Items), aval{}, func() {
			r.setField(slot, sub, listIterIOff, aval{ref: r.emit(OpIntAdd, TInt, i.ref, r.tr.ConstInt(1), 0), tw: twInt})
		}, true
	}
	return NoRef, false, aval{}, nil, false
}

// listItem loads the current item of a list iterator after its guard.
func (r *Recorder) listItem(slot int, sub int32, x *runtime.ListIter) aval {
	l := r.fields[fieldKey{int32(slot), listIterLOff, sub}]
	i := r.fields[fieldKey{int32(slot), listIterIOff, sub}]
	return r.item(l, i.ref, x.L.Items[x.I])
}

// innerIter loads the pointer of an iterator stored as an interface at
// byte offset off of obj, guarding its type.
func (r *Recorder) innerIter(obj aval, off int32, it runtime.Iterator) aval {
	tw := typeWordOf(it)
	t := r.emit(OpFieldWord, TWord, obj.ref, NoRef, off)
	r.guard(OpGuardWordEq, TVoid, t, r.tr.ConstWord(tw), 0)
	return aval{ref: r.emit(OpFieldWord, TPtr, obj.ref, NoRef, off+8), tw: tw}
}

func (r *Recorder) forIter(pc, sp int) {
	if len(r.frames) != 1 {
		r.fail(AbortInnerLoop, "")
		return
	}
	// At its own header a loop trace must find an item: a trace that
	// starts by leaving its loop would exit on every other entry.
	ownHeader := pc == r.header && r.jumpPC >= 0
	slot := sp - 1
	it := r.slot(slot)
	if it.virtual() {
		r.forIterVirtual(slot, it)
		return
	}
	// Iterator fields are state of the object the slot held at entry
	// (snapshots name them by slot); any other real iterator here would
	// break that.
	if k, ok := r.entry[it.ref]; !ok || k != (stateKey{kind: stateSlot, slot: int32(slot)}) {
		r.fail(AbortNYIOperand, "iteration over an iterator from elsewhere")
		return
	}
	switch x := r.value(0).Object().(type) {
	case *runtime.RangeIter, *runtime.ListIter:
		cond, more, item, advance, ok := r.iterStep(slot, 0, it, x.(runtime.Iterator))
		switch {
		case !ok || (!more && ownHeader):
			r.fail(AbortLeaveLoop, "")
			return
		case !more:
			// The loop ends: FOR_ITER pops the iterator and jumps past it.
			r.guard(OpGuardFalse, TVoid, cond, NoRef, 0)
			r.pop(1)
			return
		}
		r.guard(OpGuardTrue, TVoid, cond, NoRef, 0)
		if li, isList := x.(*runtime.ListIter); isList {
			item = r.listItem(slot, 0, li)
		}
		advance()
		r.push(item)
	case *runtime.EnumerateIter:
		inner := r.innerIter(it, enumItOff, x.It)
		nt := r.field(slot, 0, it, enumNOff, TWord)
		_ = nt
		r.guard(OpGuardWordEq, TVoid, nt.ref, r.tr.ConstWord(twInt), 0)
		if !x.N.IsInt() {
			r.fail(AbortNYIOperand, "enumerate past int64")
			return
		}
		n := r.field(slot, 0, it, enumNOff+int32(layout.RawWord), TInt)
		cond, more, item, advance, ok := r.iterStep(slot, 1, inner, x.It)
		if !ok {
			r.fail(AbortNYIOperand, "enumerate over "+x.It.Type().Name)
			return
		}
		if !more {
			r.fail(AbortLeaveLoop, "")
			return
		}
		r.guard(OpGuardTrue, TVoid, cond, NoRef, 0)
		if li, isList := x.It.(*runtime.ListIter); isList {
			item = r.listItem(slot, 1, li)
		}
		advance()
		r.setField(slot, 0, enumNOff+int32(layout.RawWord), aval{ref: r.guard(OpIntAddOvf, TInt, n.ref, r.tr.ConstInt(1), 0), tw: twInt})
		r.push(aval{tw: twTuple, elems: []aval{{ref: n.ref, tw: twInt}, item}})
	case *runtime.ZipIter:
		if len(x.Its) == 0 || x.Strict {
			r.fail(AbortNYIOperand, "this zip")
			return
		}
		its := r.emit(OpFieldWord, TPtr, it.ref, NoRef, zipItsOff)
		count := r.emit(OpFieldWord, TInt, it.ref, NoRef, zipItsOff+8)
		r.guard(OpGuardTrue, TVoid, r.emit(OpIntEq, TBool, count, r.tr.ConstInt(int64(len(x.Its))), 0), NoRef, 0)
		elems := make([]aval, len(x.Its))
		var advances []func()
		for k, inner := range x.Its {
			iv := r.innerIter(aval{ref: its, tw: twList}, int32(16*k), inner)
			cond, more, item, advance, ok := r.iterStep(slot, int32(1+k), iv, inner)
			if !ok {
				r.fail(AbortNYIOperand, "zip over "+inner.Type().Name)
				return
			}
			if !more {
				r.fail(AbortLeaveLoop, "")
				return
			}
			r.guard(OpGuardTrue, TVoid, cond, NoRef, 0)
			if li, isList := inner.(*runtime.ListIter); isList {
				item = r.listItem(slot, int32(1+k), li)
			}
			elems[k] = item
			advances = append(advances, advance)
		}
		for _, a := range advances {
			a()
		}
		r.push(aval{tw: twTuple, elems: elems})
	default:
		r.fail(AbortNYIOperand, "iteration over "+r.value(0).TypeName())
	}
}

// forIterVirtual records FOR_ITER over an iterator the trace created
// (GET_ITER of a range() call or a list) and never allocated.
func (r *Recorder) forIterVirtual(slot int, it aval) {
	var cond Ref
	var more bool
	// step returns the item and the iterator's next state; it runs after
	// the guard on cond, so a list item is loaded only once in range.
	var step func() (item aval, next []aval)
	switch it.vk {
	case VRangeIter:
		x, _ := r.value(0).Object().(*runtime.RangeIter)
		cur, inc, left := it.elems[0], it.elems[1], it.elems[2]
		cond = r.emit(OpIntGt, TBool, left.ref, r.tr.ConstInt(0), 0)
		more = x != nil && x.Left > 0
		step = func() (aval, []aval) {
			return cur, []aval{
				{ref: r.emit(OpIntAdd, TInt, cur.ref, inc.ref, 0), tw: twInt},
				inc,
				{ref: r.emit(OpIntSub, TInt, left.ref, r.tr.ConstInt(1), 0), tw: twInt},
			}
		}
	case VListIter:
		x, _ := r.value(0).Object().(*runtime.ListIter)
		l, i := it.elems[0], it.elems[1]
		n := r.emit(OpSeqLen, TInt, l.ref, NoRef, 0)
		cond = r.emit(OpIntLt, TBool, i.ref, n, 0)
		more = x != nil && x.I < len(x.L.Items)
		step = func() (aval, []aval) {
			return r.item(l, i.ref, x.L.Items[x.I]), []aval{l, {ref: r.emit(OpIntAdd, TInt, i.ref, r.tr.ConstInt(1), 0), tw: twInt}}
		}
	default:
		r.fail(AbortNYIOperand, "iteration over a tuple that is never allocated")
		return
	}
	if !more {
		r.guard(OpGuardFalse, TVoid, cond, NoRef, 0)
		r.pop(1)
		return
	}
	r.guard(OpGuardTrue, TVoid, cond, NoRef, 0)
	item, next := step()
	r.setSlot(slot, aval{tw: it.tw, vk: it.vk, elems: next})
	r.push(item)
}

// getIter records GET_ITER of a range() the trace made, or of a list: the
// iterator stays virtual (its state lives in IR values) unless an exit
// needs it.
func (r *Recorder) getIter() {
	v := r.stack(0)
	switch {
	case v.virtual() && v.vk == VRange:
		start, stop, step := v.elems[0], v.elems[1], v.elems[2]
		s, _ := r.tr.isConstInt(step.ref)
		// len = max(0, ceil((stop - start) / step)), with guards where
		// int64 could overflow (the interpreter then makes a big range).
		var d Ref
		if s > 0 {
			d = r.guard(OpIntSubOvf, TInt, stop.ref, start.ref, 0)
		} else {
			d = r.guard(OpIntSubOvf, TInt, start.ref, stop.ref, 0)
			s = -s
		}
		if s != 1 {
			d = r.guard(OpIntAddOvf, TInt, d, r.tr.ConstInt(s-1), 0)
			d = r.guard(OpIntFloorDiv, TInt, d, r.tr.ConstInt(s), 0)
		}
		left := aval{ref: r.emit(OpIntMax, TInt, d, r.tr.ConstInt(0), 0), tw: twInt}
		r.replace(1, aval{tw: twRange, vk: VRangeIter, elems: []aval{start, step, left}})
	case !v.virtual() && v.tw == twList:
		r.replace(1, aval{tw: twLIter, vk: VListIter, elems: []aval{v, {ref: r.tr.ConstInt(0), tw: twInt}}})
	default:
		r.fail(AbortNYIOperand, "iteration over "+r.value(0).TypeName())
	}
}

// rangeCall records range(...) of small ints with a constant step as a
// virtual range object.
func (r *Recorder) rangeCall(args []aval) (aval, bool) {
	if len(args) < 1 || len(args) > 3 {
		return aval{}, false
	}
	for _, a := range args {
		if a.tw != twInt || a.virtual() {
			return aval{}, false
		}
	}
	start, stop, step := aval{ref: r.tr.ConstInt(0), tw: twInt}, args[0], aval{ref: r.tr.ConstInt(1), tw: twInt}
	if len(args) >= 2 {
		start, stop = args[0], args[1]
	}
	if len(args) == 3 {
		step = args[2]
		s, ok := r.tr.isConstInt(step.ref)
		if !ok || s == 0 || s == math.MinInt64 {
			return aval{}, false
		}
	}
	return aval{tw: twRangeObj, vk: VRange, elems: []aval{start, stop, step}}, true
}

// ---------------------------------------------------------------------------
// Calls

// MaxInlineDepth bounds the inline stack.
const MaxInlineDepth = 8

func (r *Recorder) call(nargs, fnSlot, argBase, pc int) {
	fn := r.top().slots[fnSlot]
	if fn.obj == nil {
		r.fail(AbortNYICall, "an unknown callee")
		return
	}
	args := make([]aval, nargs)
	for i := range args {
		args[i] = r.top().slots[argBase+i]
	}
	switch callee := fn.obj.(type) {
	case *interp.Function:
		code := callee.Code
		if code.VarArgs || code.VarKwargs || code.KwOnlyCount > 0 || nargs > code.ArgCount || nargs < code.ArgCount-len(callee.Defaults) {
			r.fail(AbortNYICall, callee.QualName+" with this signature")
			return
		}
		if code.Generator || code.NCells() > 0 {
			// Generator calls do not run the body; closures need cells
			// that deoptimized inline frames would not have.
			r.fail(AbortNYICall, callee.QualName+" (generator or closure)")
			return
		}
		if len(r.frames) >= MaxInlineDepth {
			r.fail(AbortInlineDepth, "")
			return
		}
		for _, rf := range r.frames {
			if rf.code == code {
				r.fail(AbortRecursion, "")
				return
			}
		}
		r.pendingCall = callee
		r.pendingArgs = args
		r.pendingCSP = fnSlot
		r.pendingCPC = pc + 1
		// The caller's operands are consumed by the call.
		for i := fnSlot; i < r.curSP; i++ {
			r.top().slots[i] = aval{}
		}
	case *runtime.Builtin:
		res, ok := r.builtin(callee, args)
		if !ok {
			return
		}
		for i := fnSlot; i < r.curSP; i++ {
			r.top().slots[i] = aval{}
		}
		r.curSP = fnSlot
		r.push(res)
	case *runtime.Type:
		res, ok := r.convert(callee, args)
		if !ok {
			return
		}
		for i := fnSlot; i < r.curSP; i++ {
			r.top().slots[i] = aval{}
		}
		r.curSP = fnSlot
		r.push(res)
	default:
		r.fail(AbortNYICall, r.value(r.curSP-1-fnSlot).TypeName())
	}
}

// builtin records a call to a builtin function the trace understands.
func (r *Recorder) builtin(b *runtime.Builtin, args []aval) (aval, bool) {
	num := func(a aval) bool { return a.tw == twInt || a.tw == twFloat }
	one := len(args) == 1
	switch b.Name {
	case "len":
		if one && args[0].vtuple() {
			return aval{ref: r.tr.ConstInt(int64(len(args[0].elems))), tw: twInt}, true
		}
		if one && (args[0].tw == twList || args[0].tw == twTuple) {
			return aval{ref: r.emit(OpSeqLen, TInt, args[0].ref, NoRef, 0), tw: twInt}, true
		}
	case "abs", "fabs":
		if one && args[0].tw == twInt && b.Name == "abs" {
			return aval{ref: r.guard(OpIntAbsOvf, TInt, args[0].ref, NoRef, 0), tw: twInt}, true
		}
		if one && num(args[0]) {
			return aval{ref: r.emit(OpFloatAbs, TFloat, r.toFloat(args[0]), NoRef, 0), tw: twFloat}, true
		}
	case "min", "max":
		if len(args) == 2 {
			a, c := args[0], args[1]
			if a.tw == twInt && c.tw == twInt {
				op := OpIntMin
				if b.Name == "max" {
					op = OpIntMax
				}
				return aval{ref: r.emit(op, TInt, a.ref, c.ref, 0), tw: twInt}, true
			}
			if a.tw == twFloat && c.tw == twFloat {
				op := OpFloatMin
				if b.Name == "max" {
					op = OpFloatMax
				}
				return aval{ref: r.emit(op, TFloat, a.ref, c.ref, 0), tw: twFloat}, true
			}
		}
	case "sqrt":
		if one && num(args[0]) {
			return aval{ref: r.guard(OpFloatSqrt, TFloat, r.toFloat(args[0]), NoRef, 0), tw: twFloat}, true
		}
	case "floor", "ceil":
		if one && args[0].tw == twInt {
			return args[0], true
		}
		if one && args[0].tw == twFloat {
			op := OpFloatFloor
			if b.Name == "ceil" {
				op = OpFloatCeil
			}
			f := r.emit(op, TFloat, args[0].ref, NoRef, 0)
			return aval{ref: r.guard(OpFloatToInt, TInt, f, NoRef, 0), tw: twInt}, true
		}
	}
	if callOutMath[b.Name] && (len(args) == 1 || len(args) == 2) {
		for _, a := range args {
			if a.virtual() || (a.tw != twInt && a.tw != twFloat) {
				r.fail(AbortNYICall, b.Name+" of "+r.value(0).TypeName())
				return aval{}, false
			}
		}
		second := args[0].ref
		if len(args) == 2 {
			second = args[1].ref
		}
		r.tr.CallOuts = append(r.tr.CallOuts, b)
		res := r.guard(OpCallOut, TFloat, args[0].ref, second, CallOutAux(len(r.tr.CallOuts)-1, len(args)))
		return aval{ref: res, tw: twFloat}, true
	}
	r.fail(AbortNYICall, b.Name)
	return aval{}, false
}

// CallOutAux encodes a call_out's function (index into Trace.CallOuts)
// and its number of arguments (1 or 2) in Aux; CallOutArgs decodes it.
func CallOutAux(fn, nargs int) int32 { return int32(fn*2 + nargs - 1) }

// CallOutArgs returns the function index and argument count of a call_out.
func CallOutArgs(aux int32) (fn, nargs int) { return int(aux / 2), int(aux%2) + 1 }

// callOutMath are the math module's functions of one or two numbers that
// return a float and touch no other state: traces call them through Go
// (call_out). pow is left out: the builtin pow has the same name.
var callOutMath = map[string]bool{
	"sin": true, "cos": true, "tan": true, "asin": true, "acos": true, "atan": true, "atan2": true,
	"exp": true, "expm1": true, "log": true, "log2": true, "log10": true, "log1p": true,
	"sinh": true, "cosh": true, "tanh": true, "asinh": true, "acosh": true, "atanh": true,
	"hypot": true, "fmod": true, "copysign": true, "degrees": true, "radians": true,
	"erf": true, "erfc": true, "gamma": true, "lgamma": true,
}

// convert records int(x), float(x) and bool(x) of numbers.
func (r *Recorder) convert(t *runtime.Type, args []aval) (aval, bool) {
	if len(args) == 1 {
		a := args[0]
		switch {
		case t == runtime.FloatType && (a.tw == twInt || a.tw == twFloat):
			return aval{ref: r.toFloat(a), tw: twFloat}, true
		case t == runtime.IntType && a.tw == twInt:
			return a, true
		case t == runtime.IntType && a.tw == twFloat:
			return aval{ref: r.guard(OpFloatToInt, TInt, a.ref, NoRef, 0), tw: twInt}, true
		case t == runtime.BoolType:
			return aval{ref: r.truth(a, 0), tw: twBool}, true
		}
	}
	if t == runtime.RangeType {
		if v, ok := r.rangeCall(args); ok {
			return v, true
		}
	}
	r.fail(AbortNYICall, t.Name+"()")
	return aval{}, false
}

// ---------------------------------------------------------------------------
// Closing the loop

// link ends the trace at the header pc of a compiled loop: the snapshot
// there is what Go restores before entering that loop's code.
func (r *Recorder) link(pc, sp int) {
	snap := r.makeSnapshot(pc, sp)
	if r.abort != nil {
		return
	}
	j := r.tr.Emit(OpLink, TVoid, NoRef, NoRef, NoRef, 0)
	r.tr.Ins[j].Snap = int32(snap)
	r.Linked, r.LinkPC = true, pc
	r.closed = true
}

func (r *Recorder) closeLoop() {
	// The state at the loop header for the next iteration.
	snap := r.makeSnapshot(r.header, r.curSP)
	if err := buildLoop(r, snap); err != nil {
		r.abort = err
		return
	}
	r.closed = true
}

var _ = math.MaxInt64
