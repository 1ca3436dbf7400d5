package jit

// Register allocation: linear scan over one trace, independent of the ISA.
//
// A trace is a single loop (preamble, loop, body, jump_loop) in SSA form, so
// every value has one definition and one live range, and linear scan
// (Poletto and Sarkar) fits it exactly: no splitting, so every value has one
// Location for its whole life, which is what exits and Compiled.Value rely
// on to find a value without knowing where in the code the exit happened.
//
// Liveness (program points: see abi.Use and abi.Def):
//
//  1. A value is live from its definition to its last use. Uses are
//     operands (read at Use(i)), snapshot entries and fields of a guard
//     (read at Def(i), after the guard may have written its result), and of
//     the jump_loop (read at Use(jump_loop), before the phi moves).
//  2. A value defined before the loop and used in the loop (a loop
//     invariant) is live to Def(jump_loop): it is needed on every
//     iteration, so nothing in the body may reuse its register.
//  3. A phi is defined at Def(loop). Its A is read at Use(loop) (the entry
//     copy; this alone does not make A live through the loop) and its B at
//     Use(jump_loop), then copied into the phi at Def(jump_loop). Between
//     its last use and the jump_loop a phi's register may hold other body
//     values; the back-edge's parallel move writes it after they are read.
//  4. Constants are rematerialised at each use (IsConst): they take no
//     register and have no live range. The exception are float constants
//     the loop uses: rematerialising one costs two instructions per use, so
//     they are allocated like invariants. One defined before the loop lives
//     from its definition; one defined in the body is hoisted: it lives
//     from Def(loop), like a phi, and is materialised with the phis' entry
//     moves (Allocation.Hoisted).
//
// Allocation walks live ranges by start. A range takes a free register of
// its class (float values in float registers, all others in general
// registers), preferring a hint: a phi prefers its A's register, a phi's B
// the phi's register (both make the loop moves no-ops), any other value its
// first operand's (two-address instructions need no copy). When none is
// free, the range that ends furthest away is spilled for its whole life to
// a Context.Spill slot no other range uses at the same time.

import (
	"fmt"
	"slices"

	"github.com/tracejit/tracejit/jit/abi"
	"github.com/tracejit/tracejit/trace"
)

// Location, Allocation and their parts are defined in jit/abi, shared with
// the backends.
type (
	Location   = abi.Location
	LocKind    = abi.LocKind
	Allocation = abi.Allocation
)

// Location kinds.
const (
	NoLoc   = abi.NoLoc
	InReg   = abi.InReg
	InSpill = abi.InSpill
	IsConst = abi.IsConst
)

// Allocate assigns every value-producing Ref of t a Location, using at most
// numGPR general and numFPR float registers (allocation indices 0..n-1).
// It fails if the trace is malformed (see checkShape) or needs more than
// abi.MaxSpill spill slots.
func Allocate(t *trace.Trace, numGPR, numFPR int) (*Allocation, error) {
	if numGPR < 0 || numFPR < 0 || numGPR > abi.NumSavedGPR || numFPR > abi.NumSavedFPR {
		return nil, fmt.Errorf("jit: register counts %d/%d out of range", numGPR, numFPR)
	}
	loop, jump, err := checkShape(t)
	if err != nil {
		return nil, err
	}
	n := len(t.Ins)
	a := &Allocation{
		Locs:     make([]Location, n),
		Start:    make([]int32, n),
		End:      make([]int32, n),
		Uses:     make([]int32, n),
		NumGPR:   numGPR,
		NumFPR:   numFPR,
		Loop:     loop,
		JumpLoop: jump,
	}
	liveness(t, a)

	// Ranges to allocate, by start (then Ref, so that phis keep their order).
	var ranges []trace.Ref
	for r := 1; r < n; r++ {
		if a.Locs[r].Kind == NoLoc && a.Start[r] >= 0 {
			ranges = append(ranges, trace.Ref(r))
		}
	}
	slices.SortStableFunc(ranges, func(x, y trace.Ref) int { return int(a.Start[x] - a.Start[y]) })

	// phiOf[b] is a phi whose B is b (the first one, for the hint).
	phiOf := make(map[trace.Ref]trace.Ref)
	for r := loop + 1; r < jump; r++ {
		if ins := &t.Ins[r]; ins.Op == trace.OpPhi {
			if _, ok := phiOf[ins.B]; !ok {
				phiOf[ins.B] = r
			}
		}
	}

	s := scan{a: a, t: t}
	s.owner[0] = filled(numGPR)
	s.owner[1] = filled(numFPR)
	for _, r := range ranges {
		s.expire(a.Start[r])
		ins := &t.Ins[r]
		hint := -1
		hintFrom := func(x trace.Ref) {
			if hint < 0 && x > 0 && a.Locs[x].Kind == InReg && class(t, x) == class(t, r) {
				hint = a.Locs[x].Index
			}
		}
		if ins.Op == trace.OpPhi {
			hintFrom(ins.A)
		}
		if p, ok := phiOf[r]; ok && p < r {
			hintFrom(p)
		}
		if ins.Op != trace.OpPhi && ins.Op.Arity() > 0 {
			hintFrom(ins.A)
		}
		if err := s.place(r, hint); err != nil {
			return nil, err
		}
	}
	for r, l := range a.Locs {
		if l.Kind == InReg {
			if class(t, trace.Ref(r)) == 1 {
				a.UsedFPR |= 1 << l.Index
			} else {
				a.UsedGPR |= 1 << l.Index
			}
		}
	}
	return a, nil
}

// liveness fills a.Start, a.End and a.Uses, and marks constants and Refs
// without a value in a.Locs (rules 1-4 in the file comment).
func liveness(t *trace.Trace, a *Allocation) {
	loop, jump := a.Loop, a.JumpLoop
	inLoop := make([]bool, len(t.Ins)) // defined before the loop, used in it
	for r := range t.Ins {
		a.Start[r], a.End[r] = -1, -1
		switch {
		case !producesValue(t, trace.Ref(r)) || r == 0:
			a.Locs[r].Kind = NoLoc
		case t.IsConst(trace.Ref(r)):
			a.Locs[r].Kind = IsConst
		case t.Ins[r].Op == trace.OpPhi:
			a.Start[r], a.End[r] = abi.Def(loop), abi.Def(loop)
		default:
			a.Start[r], a.End[r] = abi.Def(trace.Ref(r)), abi.Def(trace.Ref(r))
		}
	}
	use := func(x trace.Ref, at int32, entryCopy bool) {
		a.Uses[x]++
		if !entryCopy && x < loop && at >= abi.Use(loop) {
			inLoop[x] = true
		}
		if a.Start[x] >= 0 {
			a.End[x] = max(a.End[x], at)
		}
	}
	for i := 1; i < len(t.Ins); i++ {
		r := trace.Ref(i)
		ins := &t.Ins[i]
		switch ins.Op {
		case trace.OpPhi:
			use(ins.A, abi.Use(loop), true)
			use(ins.B, abi.Use(jump), false)
		default:
			ops := [3]trace.Ref{ins.A, ins.B, ins.C}
			for k := 0; k < ins.Op.Arity(); k++ {
				use(ops[k], abi.Use(r), false)
			}
		}
		if ins.Op.IsGuard() || ins.Op == trace.OpJumpLoop || ins.Op == trace.OpLink {
			at := abi.Def(r)
			if ins.Op == trace.OpJumpLoop || ins.Op == trace.OpLink {
				at = abi.Use(r)
			}
			s := &t.Snaps[ins.Snap]
			for _, e := range s.Entries {
				use(e.Ref, at, false)
			}
			for _, f := range s.Fields {
				use(f.Ref, at, false)
			}
			// Globals the trace changed are written back from the
			// snapshot too: their values must survive to the exit.
			for _, g := range s.Globals {
				use(g.Ref, at, false)
			}
		}
	}
	for r := loop + 1; r < jump && loop != 0; r++ {
		if a.Locs[r].Kind == IsConst && t.Ins[r].Type.IsFloat() && a.Uses[r] > 0 {
			// Hoisted to the loop entry (rule 4).
			a.Locs[r].Kind = NoLoc
			a.Start[r], a.End[r] = abi.Def(loop), abi.Def(jump)
			a.Hoisted = append(a.Hoisted, r)
		}
	}
	for r := range inLoop {
		if !inLoop[r] {
			continue
		}
		if a.Locs[r].Kind == IsConst {
			if !t.Ins[r].Type.IsFloat() {
				continue
			}
			// A float constant costs two instructions to rematerialise
			// (through a general register); one the loop uses gets a home
			// like any invariant and is materialised once, at its definition.
			a.Locs[r].Kind = NoLoc
			a.Start[r] = abi.Def(trace.Ref(r))
		}
		a.End[r] = abi.Def(jump)
	}
}

// class is 1 for values in float registers, 0 for general registers.
func class(t *trace.Trace, r trace.Ref) int {
	if t.Ins[r].Type.IsFloat() {
		return 1
	}
	return 0
}

func filled(n int) []trace.Ref {
	s := make([]trace.Ref, n)
	for i := range s {
		s[i] = -1
	}
	return s
}

// scan is the linear-scan state.
type scan struct {
	a      *Allocation
	t      *trace.Trace
	owner  [2][]trace.Ref // per class and register: the Ref holding it, or -1
	active []trace.Ref    // Refs in registers whose ranges are open
	// slotBusy[i] is the last point spill slot i is occupied to.
	slotBusy []int32
}

// expire frees the registers of ranges that end before point at.
func (s *scan) expire(at int32) {
	keep := s.active[:0]
	for _, r := range s.active {
		if s.a.End[r] < at {
			s.owner[class(s.t, r)][s.a.Locs[r].Index] = -1
			continue
		}
		keep = append(keep, r)
	}
	s.active = keep
}

// place gives r a register (hint if free) or a spill slot.
func (s *scan) place(r trace.Ref, hint int) error {
	c := class(s.t, r)
	regs := s.owner[c]
	reg := -1
	if hint >= 0 && hint < len(regs) && regs[hint] < 0 {
		reg = hint
	} else {
		reg = slices.Index(regs, -1)
	}
	if reg < 0 {
		// Spill whichever of r and the active ranges of its class ends last.
		victim := r
		for _, x := range s.active {
			if class(s.t, x) == c && s.a.End[x] > s.a.End[victim] {
				victim = x
			}
		}
		if victim == r {
			return s.spill(r)
		}
		reg = s.a.Locs[victim].Index
		s.active = slices.DeleteFunc(s.active, func(x trace.Ref) bool { return x == victim })
		if err := s.spill(victim); err != nil {
			return err
		}
	}
	regs[reg] = r
	s.a.Locs[r] = Location{Kind: InReg, Index: reg}
	s.active = append(s.active, r)
	return nil
}

// spill puts r in a slot that is free for r's whole range.
func (s *scan) spill(r trace.Ref) error {
	start, end := s.a.Start[r], s.a.End[r]
	slot := slices.IndexFunc(s.slotBusy, func(busy int32) bool { return busy < start })
	if slot < 0 {
		if len(s.slotBusy) == abi.MaxSpill {
			return fmt.Errorf("jit: more than %d spill slots needed", abi.MaxSpill)
		}
		slot = len(s.slotBusy)
		s.slotBusy = append(s.slotBusy, 0)
	}
	s.slotBusy[slot] = end
	s.a.Locs[r] = Location{Kind: InSpill, Index: slot}
	s.a.NumSpill = max(s.a.NumSpill, len(s.slotBusy))
	return nil
}
