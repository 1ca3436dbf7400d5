package abi

import (
	"fmt"
	"strings"

	"github.com/tracejit/tracejit/trace"
)

// LocKind says where a value lives.
type LocKind uint8

const (
	NoLoc   LocKind = iota // the Ref produces no value (guards, stores, control)
	InReg                  // in register Index of its class (general or float)
	InSpill                // in Context.Spill[Index]
	IsConst                // a constant, rematerialised at each use
)

var locKindNames = [...]string{"none", "reg", "spill", "const"}

func (k LocKind) String() string {
	if int(k) < len(locKindNames) {
		return locKindNames[k]
	}
	return fmt.Sprintf("LocKind(%d)", k)
}

// Location is where a value lives for its whole life. Index is an
// allocation index (the backend maps it to a machine register: index i is
// the backend's i-th allocatable register of the value's class) or a spill
// slot; it is unused for constants.
type Location struct {
	Kind  LocKind
	Index int
}

func (l Location) String() string {
	switch l.Kind {
	case InReg:
		return fmt.Sprintf("r%d", l.Index)
	case InSpill:
		return fmt.Sprintf("[spill %d]", l.Index)
	case IsConst:
		return "const"
	}
	return "-"
}

// Program points. Instruction i has two points: Use(i) = 2i, where it reads
// its operands, and Def(i) = 2i+1, where it writes its result. A guard's
// snapshot is read at Def(i), because a guard may exit after writing its
// result (add, then jump on overflow): so a value a snapshot needs never
// shares a register with the guard's result, while an operand that dies at
// an instruction may share one with its result.
func Use(r trace.Ref) int32 { return 2 * int32(r) }

// Def is the point where instruction r writes its result.
func Def(r trace.Ref) int32 { return 2*int32(r) + 1 }

// Allocation is the register allocator's result for one trace.
type Allocation struct {
	// Locs is indexed by Ref.
	Locs []Location
	// Start and End are each value's live range [Start, End] in program
	// points (see Use, Def); both are -1 for Refs without a value and for
	// constants.
	Start, End []int32
	// Uses counts each Ref's uses: operands, phi inputs and snapshot
	// entries and fields. A backend may fuse a value with its only user.
	Uses []int32
	// NumGPR and NumFPR are the register counts the allocator was given.
	NumGPR, NumFPR int
	// UsedGPR and UsedFPR have bit i set when allocation index i holds some
	// value: the registers an exit must save.
	UsedGPR, UsedFPR uint64
	// NumSpill is the number of spill slots used.
	NumSpill int
	// Hoisted lists constants defined in the loop body that have a home
	// (InReg or InSpill) from Def(Loop) on: the backend materialises them
	// at the loop entry, with the phis' entry moves, not where they stand.
	// Other constants with a home are materialised at their definition.
	Hoisted []trace.Ref
	// Loop and JumpLoop are the Refs of the trace's loop and jump_loop.
	Loop, JumpLoop trace.Ref
}

// String lists every value's location and live range, one per line, for
// --jit-dump.
func (a *Allocation) String() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "registers: %d general, %d float; spill slots: %d\n", a.NumGPR, a.NumFPR, a.NumSpill)
	for r, l := range a.Locs {
		if l.Kind == NoLoc {
			continue
		}
		if l.Kind == IsConst {
			fmt.Fprintf(&sb, "%4d  const\n", r)
			continue
		}
		fmt.Fprintf(&sb, "%4d  %-10s live %d..%d  uses %d\n", r, l, a.Start[r], a.End[r], a.Uses[r])
	}
	return sb.String()
}

// Lowered is a backend's machine code for one allocated trace.
type Lowered struct {
	Arch string
	Code []byte
	// InsOffset[r] is the offset of the first byte of Ref r's code (the
	// code of an instruction that emits nothing starts where the next one
	// does); -1 for Refs the backend did not visit.
	InsOffset []int32
	// Marks are extra annotations for disassembly by code offset: the loop
	// head, exit stubs, out-of-line paths.
	Marks map[int]string
	// Resume is the offset of each call_out's resume entry.
	Resume map[trace.Ref]int32
}
