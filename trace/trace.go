package trace

import (
	"math"

	"github.com/tracejit/tracejit/runtime"
)

// Trace is one recorded and (after the passes) optimized loop.
type Trace struct {
	// Ins[0] is a placeholder so that Ref 0 means "no value".
	Ins    []Ins
	Consts []uint64
	Snaps  []Snapshot
	// KeepAlive holds the Go objects whose addresses appear in Consts, so
	// the garbage collector keeps them while the trace exists.
	KeepAlive []any
	// CallOuts are the functions call_out ops call (pure math functions
	// of numbers, computed by Go while the code waits).
	CallOuts []*runtime.Builtin

	// Where the loop is: the bytecode position of its header, for logs.
	File string
	Line int
	// Frames is the frame table snapshots refer to (root first).
	Frames []FrameInfo
	// Globals is the root frame's module namespace (a *runtime.Globals)
	// that SnapGlobal entries write back to.
	Globals any
	// recorded lists the bytecode instructions the recorder saw, for
	// --jit-dump (formatted only on request, by RecordedBytecode).
	recorded []recordedIns

	constRefs map[[2]int64]Ref
}

// FrameInfo describes an interpreter frame that snapshots can rebuild:
// the root frame of the loop or a frame of an inlined call.
type FrameInfo struct {
	// Code and Func are interp objects (*interp.Code, *interp.Function);
	// the trace package does not look inside them.
	Code any
	Func any
	// NSlots is the size of the frame's register file (locals + stack).
	NSlots int
}

// Snapshot is the interpreter state at a guard: for each frame of the
// inline stack (root first), where to resume and what its slots hold.
// Slots of the root frame that the trace did not change are not listed:
// they still hold their values in memory.
type Snapshot struct {
	Frames  []SnapFrame
	Entries []SnapEntry
	// Fields lists object fields to write back (range iterator positions).
	Fields []SnapField
	// Globals lists module globals the trace has changed.
	Globals []SnapGlobal
	// Virtuals are objects the trace never allocated (allocation
	// removal): the deoptimizer builds them and stores them where the
	// snapshot says. Their elements also appear in Entries with a negative
	// Frame, so that every pass treats them as uses.
	Virtuals []SnapVirtual
}

// SnapVirtual is an object that exists only in the trace: on exit it is
// allocated from Elems (refs with their type words) and stored in slot
// Slot of snapshot frame Frame. Kind says what it is and what Elems mean.
type SnapVirtual struct {
	Kind      VirtualKind
	Frame     int32
	Slot      int32
	Elems     []Ref
	ElemTypes []uint64
}

// VirtualKind is the kind of object a SnapVirtual describes.
type VirtualKind uint8

const (
	VTuple     VirtualKind = iota // a tuple of Elems
	VRange                        // range(Elems[0], Elems[1], Elems[2]): start, stop, step
	VRangeIter                    // a range iterator: Elems = current, step, items left
	VListIter                     // a list iterator: Elems = the list, the next index
)

// SnapGlobal says that global slot Slot of Trace.Globals holds Ref.
type SnapGlobal struct {
	Slot     int32
	Ref      Ref
	TypeWord uint64
}

// SnapFrame is one frame of a snapshot.
type SnapFrame struct {
	Frame int32 // index into Trace.Frames
	PC    int32 // bytecode index to resume at
	SP    int32 // stack pointer (absolute slot index)
}

// SnapEntry says that slot Slot of snapshot frame Frame holds Ref. For
// TPtr refs TypeWord is the Value's type word to rebuild it with.
type SnapEntry struct {
	Frame    int32 // index into Snapshot.Frames
	Slot     int32
	Ref      Ref
	TypeWord uint64
}

// SnapField says that the int field at byte offset Offset of the object
// in slot Slot (of the root frame) must be set to Ref on exit. Sub selects
// an iterator inside that object: 0 is the object itself, 1 the iterator
// an enumerate wraps, 1+k the k-th iterator of a zip.
type SnapField struct {
	Slot   int32
	Offset int32
	Ref    Ref
	Sub    int32
}

// New returns an empty trace.
func New() *Trace {
	return &Trace{Ins: []Ins{{Op: OpNop, Snap: -1}}}
}

// Emit appends an instruction and returns its Ref. Fixed result types
// come from the op table; pass typ for ops whose type varies. Constants
// are emitted once per value.
func (t *Trace) Emit(op Op, typ Type, a, b, c Ref, aux int32) Ref {
	if rt := op.ResultType(); rt != TVoid {
		typ = rt
	}
	isConst := op == OpConstInt || op == OpConstFloat || op == OpConstBool || op == OpConstWord || op == OpConstPtr
	if isConst {
		if r, ok := t.constRefs[[2]int64{int64(op), int64(aux)}]; ok {
			return r
		}
	}
	t.Ins = append(t.Ins, Ins{Op: op, Type: typ, A: a, B: b, C: c, Aux: aux, Snap: -1})
	r := Ref(len(t.Ins) - 1)
	if isConst {
		if t.constRefs == nil {
			t.constRefs = map[[2]int64]Ref{}
		}
		t.constRefs[[2]int64{int64(op), int64(aux)}] = r
	}
	return r
}

// EmitGuard appends a guard (or guarding op) with its snapshot.
func (t *Trace) EmitGuard(op Op, typ Type, a, b Ref, aux int32, snap int) Ref {
	r := t.Emit(op, typ, a, b, NoRef, aux)
	t.Ins[r].Snap = int32(snap)
	return r
}

// Const returns the index of a constant word, adding it if needed.
func (t *Trace) Const(bits uint64) int32 {
	for i, c := range t.Consts {
		if c == bits {
			return int32(i)
		}
	}
	t.Consts = append(t.Consts, bits)
	return int32(len(t.Consts) - 1)
}

// ConstInt emits an int constant.
func (t *Trace) ConstInt(v int64) Ref {
	return t.Emit(OpConstInt, TInt, NoRef, NoRef, NoRef, t.Const(uint64(v)))
}

// ConstFloat emits a float constant.
func (t *Trace) ConstFloat(v float64) Ref {
	return t.Emit(OpConstFloat, TFloat, NoRef, NoRef, NoRef, t.Const(math.Float64bits(v)))
}

// ConstWord emits a word constant.
func (t *Trace) ConstWord(v uint64) Ref {
	return t.Emit(OpConstWord, TWord, NoRef, NoRef, NoRef, t.Const(v))
}

// ConstPtr emits the address of a Go object, keeping the object alive.
func (t *Trace) ConstPtr(addr uintptr, keep any) Ref {
	t.KeepAlive = append(t.KeepAlive, keep)
	return t.Emit(OpConstPtr, TPtr, NoRef, NoRef, NoRef, t.Const(uint64(addr)))
}

// ConstBool emits a bool constant.
func (t *Trace) ConstBool(v bool) Ref {
	aux := int32(0)
	if v {
		aux = 1
	}
	return t.Emit(OpConstBool, TBool, NoRef, NoRef, NoRef, aux)
}

// ConstValue returns the bits of a constant instruction.
func (t *Trace) ConstValue(r Ref) uint64 {
	ins := &t.Ins[r]
	if ins.Op == OpConstBool {
		return uint64(ins.Aux)
	}
	return t.Consts[ins.Aux]
}

// IsConst reports whether r is a constant instruction.
func (t *Trace) IsConst(r Ref) bool {
	switch t.Ins[r].Op {
	case OpConstInt, OpConstFloat, OpConstBool, OpConstWord, OpConstPtr:
		return true
	}
	return false
}

// LoopStart returns the Ref of OpLoop, or NoRef if the trace has none.
func (t *Trace) LoopStart() Ref {
	for i := range t.Ins {
		if t.Ins[i].Op == OpLoop {
			return Ref(i)
		}
	}
	return NoRef
}
