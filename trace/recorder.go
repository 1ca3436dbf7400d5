package trace

import (
	"fmt"
	"unsafe"

	"github.com/tracejit/tracejit/interp"
	"github.com/tracejit/tracejit/runtime"
)

// The recorder runs alongside the interpreter for one iteration of a hot
// loop: before each instruction executes it emits IR for it, specialized
// to the operand values it sees, with guards on every assumption.
//
// It keeps an abstract copy of the interpreter state: for every slot of
// every frame on the inline stack, the IR value (aval) the slot holds. A
// root-frame slot the trace has not touched is loaded from memory on first
// use (with a guard on its type); module globals and range-iterator fields
// are state the same way. When the root frame comes back to the loop
// header, the recorded iteration becomes the preamble and the loop pass
// (opt_loop.go) copies it into the loop body.
//
// Requirements:
//  1. Nothing is emitted after the value is observed to differ from what
//     the IR computes: the recorder derives result types from operand
//     types, never from the result the interpreter produced.
//  2. Every guard's snapshot describes the state before the current
//     instruction, so the interpreter re-executes it on exit.
//  3. Anything not understood aborts with a named reason; the interpreter
//     is never affected by an abort.

// aval is the recorder's picture of one Python value.
type aval struct {
	ref Ref
	tw  uint64         // the Value's type word (what kind of value it is)
	obj runtime.Object // set when the value is a known object (guarded or constant)
	// elems is set for a virtual object: one the trace never allocates
	// (ref is NoRef), of kind vk. Snapshots describe it so the
	// deoptimizer can.
	elems []aval
	vk    VirtualKind
}

func (v aval) known() bool { return v.ref != NoRef || v.elems != nil }

func (v aval) virtual() bool { return v.elems != nil }

// vtuple reports whether v is a virtual tuple.
func (v aval) vtuple() bool { return v.elems != nil && v.vk == VTuple }

// stateKey names mutable state read at trace entry.
type stateKey struct {
	kind   uint8 // stateSlot, stateGlobal, stateField
	slot   int32
	offset int32
	sub    int32 // stateField: which iterator inside the slot's object
}

// fieldKey names an iterator field: root slot, byte offset, sub-iterator.
type fieldKey struct{ slot, offset, sub int32 }

const (
	stateSlot uint8 = iota
	stateGlobal
	stateField
)

// recFrame is a frame on the recorder's inline stack.
type recFrame struct {
	f     *interp.Frame
	code  *interp.Code
	info  int32 // index in Trace.Frames
	slots []aval
	// written marks root slots changed by the trace (root frame only).
	written []bool
	// callerSP is the caller's stack pointer once the call's operands are
	// consumed: the result goes there (inlined frames only).
	callerSP int
	// callerPC is the caller's pc after its CALL.
	callerPC int
}

// Recorder records one trace. It implements interp.Recorder.
type Recorder struct {
	tr   *Trace
	em   *emitter
	root *interp.Frame
	// header is the loop header pc, jumpPC the back-edge closing the loop.
	header, jumpPC int

	frames []*recFrame
	// pendingCall is set by a recorded CALL of a Python function: the next
	// instruction must be the callee's first.
	pendingCall *interp.Function
	pendingArgs []aval
	pendingCSP  int
	pendingCPC  int

	globals       *runtime.Globals
	globalVals    map[int32]aval
	globalWritten map[int32]bool
	// globalConst marks globals read as guarded constants (objects).
	globalConst  map[int32]bool
	fields       map[fieldKey]aval
	fieldWritten map[fieldKey]bool
	// entry maps refs of entry loads to the state they read.
	entry map[Ref]stateKey

	// snapAt caches the snapshot of the current instruction.
	snapAt int
	curPC  int
	curSP  int

	done   func(*Recorder, *Abort)
	abort  *Abort
	closed bool
	// MaxLength bounds the trace length (instructions).
	MaxLength int

	// LinkTarget reports whether pc of code is the header of a loop with
	// compiled code. Reaching one in the root frame (after the first
	// instruction) ends the trace with a link: Go enters that loop's code
	// next. Nil: never link.
	LinkTarget func(code *interp.Code, pc int) bool
	// Linked is set when the trace ended with a link, LinkPC the header.
	Linked bool
	LinkPC int
	// started is set once the first instruction is recorded.
	started bool
	// jumps are the back-edges the trace has passed (not the one closing
	// its loop): passing one twice is an inner loop.
	jumps map[int]bool
	// Inherits is set for a bridge that reads its parent's exit state from
	// Context.Parent; ParentRefs are the parent's Refs, by parent_value Aux.
	Inherits   bool
	ParentRefs []Ref
}

// NewRecorder prepares to record the loop whose header is at pc header of
// frame root, closed by the JUMP_BACKWARD at jumpPC. done is called once,
// when the loop closes (abort nil) or recording aborts.
func NewRecorder(root *interp.Frame, header, jumpPC int, done func(*Recorder, *Abort)) *Recorder {
	tr := New()
	code := root.Code()
	tr.File = code.Filename
	tr.Line = code.LineAt(header)
	tr.Globals = root.Globals()
	r := &Recorder{
		tr: tr, em: newEmitter(tr), root: root, header: header, jumpPC: jumpPC,
		globals: root.Globals(), globalVals: map[int32]aval{}, globalWritten: map[int32]bool{}, globalConst: map[int32]bool{},
		fields: map[fieldKey]aval{}, fieldWritten: map[fieldKey]bool{}, entry: map[Ref]stateKey{},
		snapAt: -1, done: done, MaxLength: 4000,
	}
	rf := r.pushFrame(root, nil)
	rf.written = make([]bool, len(root.Regs()))
	return r
}

// NewBridgeRecorder prepares to record a bridge: a trace from pc of frame
// root (where guard exits of compiled trace parent with snapshot snap
// happen often) to the header of a compiled loop, which it links to. It
// has no loop of its own.
//
// The bridge inherits the state the parent's snapshot describes: Go
// enters it right after the parent's exit without restoring the snapshot
// into the frame, copying the parent's values into Context.Parent
// (ParentRefs lists them) instead. So the bridge reads those values with
// parent_value, never from the stale frame, and its own snapshots write
// them back. A snapshot with inlined frames is restored as usual first
// (ParentRefs stays nil).
func NewBridgeRecorder(root *interp.Frame, pc int, parent *Trace, snap int, done func(*Recorder, *Abort)) *Recorder {
	r := NewRecorder(root, pc, -1, done)
	s := &parent.Snaps[snap]
	if len(s.Frames) != 1 {
		return r
	}
	r.tr.KeepAlive = append(r.tr.KeepAlive, parent.KeepAlive...)
	r.Inherits = true
	rf := r.frames[0]
	for _, e := range s.Entries {
		if e.Frame == 0 {
			rf.slots[e.Slot] = r.inherit(parent, e.Ref, e.TypeWord)
			rf.written[e.Slot] = true
		}
	}
	for _, v := range s.Virtuals {
		if v.Frame != 0 {
			continue
		}
		elems := make([]aval, len(v.Elems))
		for i, e := range v.Elems {
			elems[i] = r.inherit(parent, e, v.ElemTypes[i])
		}
		rf.slots[v.Slot] = aval{tw: virtualTypeWord[v.Kind], vk: v.Kind, elems: elems}
		rf.written[v.Slot] = true
	}
	for _, f := range s.Fields {
		k := fieldKey{f.Slot, f.Offset, f.Sub}
		r.fields[k] = r.inherit(parent, f.Ref, twInt)
		r.fieldWritten[k] = true
	}
	for _, g := range s.Globals {
		r.globalVals[g.Slot] = r.inherit(parent, g.Ref, g.TypeWord)
		r.globalWritten[g.Slot] = true
	}
	return r
}

// inherit returns the bridge's picture of the parent's value ref (of
// Python type word tw): the same constant, or a parent_value load.
func (r *Recorder) inherit(parent *Trace, ref Ref, tw uint64) aval {
	if tw == twNone {
		return aval{ref: r.tr.ConstWord(tw), tw: tw, obj: runtime.None.Object()}
	}
	ins := &parent.Ins[ref]
	if parent.IsConst(ref) {
		bits := parent.ConstValue(ref)
		switch ins.Op {
		case OpConstBool:
			return aval{ref: r.tr.ConstBool(bits != 0), tw: tw}
		case OpConstInt, OpConstFloat, OpConstWord, OpConstPtr:
			return aval{ref: r.tr.Emit(ins.Op, ins.Type, NoRef, NoRef, NoRef, r.tr.Const(bits)), tw: tw}
		}
	}
	if len(r.ParentRefs) >= MaxParentValues {
		r.fail(AbortNYIOperand, "a bridge inheriting too many values")
		return aval{}
	}
	k := int32(len(r.ParentRefs))
	r.ParentRefs = append(r.ParentRefs, ref)
	return aval{ref: r.tr.Emit(OpParentValue, ins.Type, NoRef, NoRef, NoRef, k), tw: tw}
}

// MaxParentValues bounds what a bridge inherits (the size of
// Context.Parent).
const MaxParentValues = 64

// Trace returns the recorded trace (after the loop closed).
func (r *Recorder) Trace() *Trace { return r.tr }

func (r *Recorder) pushFrame(f *interp.Frame, fn *interp.Function) *recFrame {
	r.tr.Frames = append(r.tr.Frames, FrameInfo{Code: f.Code(), Func: fn, NSlots: len(f.Regs())})
	rf := &recFrame{f: f, code: f.Code(), info: int32(len(r.tr.Frames) - 1), slots: make([]aval, len(f.Regs()))}
	r.frames = append(r.frames, rf)
	return rf
}

func (r *Recorder) top() *recFrame { return r.frames[len(r.frames)-1] }

// fail aborts recording.
func (r *Recorder) fail(reason AbortReason, detail string) {
	if r.abort != nil || r.closed {
		return
	}
	line := 0
	file := r.tr.File
	if len(r.frames) > 0 {
		c := r.top().code
		line, file = c.LineAt(r.curPC), c.Filename
	}
	r.abort = &Abort{Reason: reason, Detail: detail, File: file, Line: line}
}

// Unwinding implements interp.Recorder: an exception aborts the trace.
func (r *Recorder) Unwinding(vm *interp.VM, f *interp.Frame) {
	r.fail(AbortException, "")
	r.finish(vm)
}

func (r *Recorder) finish(vm *interp.VM) {
	vm.SetRecorder(nil)
	if r.abort != nil {
		r.done(r, r.abort)
	} else {
		r.done(r, nil)
	}
}

// Before implements interp.Recorder.
func (r *Recorder) Before(vm *interp.VM, f *interp.Frame, pc, sp int) {
	if r.abort != nil || r.closed {
		r.finish(vm)
		return
	}
	if !r.follow(f, pc) {
		r.finish(vm)
		return
	}
	r.curPC, r.curSP, r.snapAt = pc, sp, -1
	if r.started && len(r.frames) == 1 && r.LinkTarget != nil && r.LinkTarget(f.Code(), pc) {
		r.link(pc, sp)
		r.finish(vm)
		return
	}
	if r.started && len(r.frames) == 1 && pc == r.header && r.jumpPC >= 0 && f == r.root {
		// Back at the loop's header, but not through its back-edge: the
		// recorded iteration left the loop and came round again.
		r.fail(AbortLeaveLoop, "")
		r.finish(vm)
		return
	}
	r.started = true
	r.tr.recorded = append(r.tr.recorded, recordedIns{f.Code(), pc})
	if len(r.tr.Ins) > r.MaxLength {
		r.fail(AbortTooLong, "")
		r.finish(vm)
		return
	}
	r.record(f, pc, sp)
	if r.em.failed {
		r.fail(AbortTypeInstability, "")
	}
	if r.abort != nil || r.closed {
		r.finish(vm)
	}
}

// follow keeps the inline stack in step with the interpreter's frames.
func (r *Recorder) follow(f *interp.Frame, pc int) bool {
	if r.pendingCall != nil {
		fn := r.pendingCall
		r.pendingCall = nil
		if f.Code() != fn.Code || pc != 0 || f.Back() != r.top().f {
			r.fail(AbortNYICall, "a call that did not enter its callee")
			return false
		}
		caller := r.top()
		rf := r.pushFrame(f, fn)
		rf.callerSP, rf.callerPC = r.pendingCSP, r.pendingCPC
		for i, a := range r.pendingArgs {
			rf.slots[i] = a
		}
		for i := len(r.pendingArgs); i < fn.Code.ArgCount; i++ {
			rf.slots[i] = r.constValue(fn.Defaults[i-(fn.Code.ArgCount-len(fn.Defaults))])
			if r.abort != nil {
				return false
			}
		}
		_ = caller
		return true
	}
	if f != r.top().f {
		r.fail(AbortNYIOperand, "control left the recorded frames")
		return false
	}
	return true
}

// ---------------------------------------------------------------------------
// Abstract stack and slots

func (r *Recorder) emit(op Op, typ Type, a, b Ref, aux int32) Ref {
	return r.em.emit(Ins{Op: op, Type: typ, A: a, B: b, Aux: aux, Snap: -1})
}

func (r *Recorder) emit3(op Op, typ Type, a, b, c Ref, aux int32) Ref {
	return r.em.emit(Ins{Op: op, Type: typ, A: a, B: b, C: c, Aux: aux, Snap: -1})
}

// guard emits a guard (or guarding op) with the current instruction's snapshot.
func (r *Recorder) guard(op Op, typ Type, a, b Ref, aux int32) Ref {
	n := len(r.tr.Ins)
	ref := r.em.emit(Ins{Op: op, Type: typ, A: a, B: b, Aux: aux, Snap: -1})
	if len(r.tr.Ins) > n && ref == Ref(len(r.tr.Ins)-1) {
		r.tr.Ins[ref].Snap = int32(r.snapshot())
	}
	return ref
}

// slot returns the aval of slot i of the current frame, loading root
// slots from memory on first use.
func (r *Recorder) slot(i int) aval {
	rf := r.top()
	if v := rf.slots[i]; v.known() {
		return v
	}
	if len(r.frames) > 1 {
		r.fail(AbortNYIOperand, "unbound local in an inlined call")
		return aval{}
	}
	v := rf.f.Regs()[i]
	a := r.loadEntry(v, stateKey{kind: stateSlot, slot: int32(i)}, OpSlotType, OpSlotRaw, OpSlotPtr, NoRef)
	rf.slots[i] = a
	return a
}

// loadEntry emits the load of entry state holding v: a guard on its type
// word, then its payload or pointer.
func (r *Recorder) loadEntry(v runtime.Value, key stateKey, typeOp, rawOp, ptrOp Op, base Ref) aval {
	if v.IsUnbound() {
		r.fail(AbortNYIOperand, "unbound variable")
		return aval{}
	}
	aux := key.slot
	tw := uint64(runtime.TypeWord(v.Object()))
	twRef := r.emit(typeOp, TWord, base, NoRef, aux)
	r.entry[twRef] = key
	r.guard(OpGuardWordEq, TVoid, twRef, r.tr.ConstWord(tw), 0)
	switch {
	case v.IsInt():
		ref := r.emit(rawOp, TInt, base, NoRef, aux)
		r.entry[ref] = key
		return aval{ref: ref, tw: tw}
	case v.IsFloat():
		ref := r.emit(rawOp, TFloat, base, NoRef, aux)
		r.entry[ref] = key
		return aval{ref: ref, tw: tw}
	case v.IsBool():
		ref := r.emit(rawOp, TBool, base, NoRef, aux)
		r.entry[ref] = key
		return aval{ref: ref, tw: tw}
	case v.IsNone():
		return aval{ref: r.tr.ConstWord(tw), tw: tw, obj: v.Object()}
	}
	ref := r.emit(ptrOp, TPtr, base, NoRef, aux)
	r.entry[ref] = key
	return aval{ref: ref, tw: tw}
}

func (r *Recorder) setSlot(i int, v aval) {
	rf := r.top()
	rf.slots[i] = v
	if rf.written != nil {
		rf.written[i] = true
	}
}

// stack returns the aval n entries below the top (0 = top).
func (r *Recorder) stack(n int) aval { return r.slot(r.curSP - 1 - n) }

// value returns the interpreter's value n entries below the top.
func (r *Recorder) value(n int) runtime.Value { return r.top().f.Regs()[r.curSP-1-n] }

// objectPtr returns the address of a heap object.
func objectPtr(o runtime.Object) uintptr {
	return (*[2]uintptr)(unsafe.Pointer(&o))[1]
}

// constValue returns the aval of a constant Python value.
func (r *Recorder) constValue(v runtime.Value) aval {
	tw := uint64(runtime.TypeWord(v.Object()))
	switch {
	case v.IsInt():
		return aval{ref: r.tr.ConstInt(v.AsInt()), tw: tw}
	case v.IsFloat():
		return aval{ref: r.tr.ConstFloat(v.AsFloat()), tw: tw}
	case v.IsBool():
		return aval{ref: r.tr.ConstBool(v.AsBool()), tw: tw}
	case v.IsNone():
		return aval{ref: r.tr.ConstWord(tw), tw: tw, obj: v.Object()}
	}
	o := v.Object()
	return aval{ref: r.tr.ConstPtr(objectPtr(o), o), tw: tw, obj: o}
}

// ---------------------------------------------------------------------------
// Snapshots

// snapshot returns the index of the snapshot of the state before the
// current instruction, creating it on first use.
func (r *Recorder) snapshot() int {
	if r.snapAt >= 0 {
		return r.snapAt
	}
	r.snapAt = r.makeSnapshot(r.curPC, r.curSP)
	return r.snapAt
}

// makeSnapshot captures the inline stack with the innermost frame at pc, sp.
func (r *Recorder) makeSnapshot(pc, sp int) int {
	var s Snapshot
	for i, rf := range r.frames {
		fpc, fsp := pc, sp
		if i < len(r.frames)-1 {
			next := r.frames[i+1]
			fpc, fsp = next.callerPC, next.callerSP
		}
		s.Frames = append(s.Frames, SnapFrame{Frame: rf.info, PC: int32(fpc), SP: int32(fsp)})
		nlocals := rf.code.NumLocals()
		for slot, v := range rf.slots {
			if !v.known() || (slot >= nlocals && slot >= fsp) {
				continue
			}
			if rf.written != nil && !rf.written[slot] {
				continue
			}
			if v.virtual() {
				r.snapVirtual(&s, int32(i), int32(slot), v)
				continue
			}
			s.Entries = append(s.Entries, SnapEntry{Frame: int32(i), Slot: int32(slot), Ref: v.ref, TypeWord: v.tw})
		}
	}
	for slot := range r.globalWritten {
		v := r.globalVals[slot]
		s.Globals = append(s.Globals, SnapGlobal{Slot: slot, Ref: v.ref, TypeWord: v.tw})
	}
	for k := range r.fieldWritten {
		s.Fields = append(s.Fields, SnapField{Slot: k.slot, Offset: k.offset, Sub: k.sub, Ref: r.fields[k].ref})
	}
	sortSnapshot(&s)
	r.tr.Snaps = append(r.tr.Snaps, s)
	return len(r.tr.Snaps) - 1
}

// snapVirtual records that slot slot of snapshot frame frame holds the
// virtual tuple v; its elements become pseudo-entries (negative frame) so
// that liveness and DCE see them.
func (r *Recorder) snapVirtual(s *Snapshot, frame, slot int32, v aval) {
	k := int32(len(s.Virtuals))
	sv := SnapVirtual{Kind: v.vk, Frame: frame, Slot: slot}
	for i, e := range v.elems {
		if e.virtual() {
			r.fail(AbortNYIOperand, "nested objects that are never allocated")
			return
		}
		sv.Elems = append(sv.Elems, e.ref)
		sv.ElemTypes = append(sv.ElemTypes, e.tw)
		s.Entries = append(s.Entries, SnapEntry{Frame: -1 - k, Slot: int32(i), Ref: e.ref, TypeWord: e.tw})
	}
	s.Virtuals = append(s.Virtuals, sv)
}

// recordedIns is one bytecode instruction the recorder saw.
type recordedIns struct {
	code *interp.Code
	pc   int
}

// RecordedBytecode returns the instructions the trace was recorded from,
// one line each: "file:line  function  pc  OPNAME arg".
func (t *Trace) RecordedBytecode() []string {
	lines := make([]string, len(t.recorded))
	for i, r := range t.recorded {
		ins := r.code.Instrs[r.pc]
		lines[i] = fmt.Sprintf("%s:%d  %-12s %4d  %s %d", r.code.Filename, r.code.LineAt(r.pc), r.code.Name, r.pc, ins.Op(), ins.Arg())
	}
	return lines
}
