package trace

import "fmt"

// Verify checks a trace's invariants: operands are defined before use
// (phis may name a later value as B), operand counts match the opcode
// table, every guard has a valid snapshot whose refs are defined values,
// phis come right after the loop and the trace ends with jump_loop.
func Verify(t *Trace) error {
	if len(t.Ins) == 0 || t.Ins[0].Op != OpNop {
		return fmt.Errorf("missing placeholder instruction 0")
	}
	n := Ref(len(t.Ins))
	loop := t.LoopStart()
	valid := func(r Ref) bool {
		return r > NoRef && r < n && t.Ins[r].Op != OpNop && (t.Ins[r].Type != TVoid || t.Ins[r].Op == OpPhi)
	}
	for i := Ref(1); i < n; i++ {
		ins := t.Ins[i]
		if ins.Op == OpNop {
			continue
		}
		if int(ins.Op) >= OpCount {
			return fmt.Errorf("%d: invalid opcode %d", i, ins.Op)
		}
		ops := []Ref{ins.A, ins.B, ins.C}
		for k := 0; k < 3; k++ {
			r := ops[k]
			if k >= ins.Op.Arity() {
				if r != NoRef {
					return fmt.Errorf("%d %s: unexpected operand %d", i, ins.Op, k)
				}
				continue
			}
			if !valid(r) {
				return fmt.Errorf("%d %s: operand %d (%d) is not a value", i, ins.Op, k, r)
			}
			if r >= i && !(ins.Op == OpPhi && k == 1) {
				return fmt.Errorf("%d %s: operand %d refers forward to %d", i, ins.Op, k, r)
			}
		}
		if ins.Op.IsGuard() {
			if ins.Snap < 0 || int(ins.Snap) >= len(t.Snaps) {
				return fmt.Errorf("%d %s: guard without a snapshot", i, ins.Op)
			}
		}
		if ins.Snap >= 0 {
			if err := verifySnap(t, i, &t.Snaps[ins.Snap], valid); err != nil {
				return err
			}
		}
		if ins.Op == OpPhi {
			if loop == NoRef || i < loop {
				return fmt.Errorf("%d: phi outside the loop", i)
			}
			for j := loop + 1; j < i; j++ {
				if op := t.Ins[j].Op; op != OpPhi && op != OpNop && !t.IsConst(j) {
					return fmt.Errorf("%d: phi after a body instruction", i)
				}
			}
		}
	}
	if loop != NoRef {
		last := n - 1
		for last > 0 && t.Ins[last].Op == OpNop {
			last--
		}
		if t.Ins[last].Op != OpJumpLoop {
			return fmt.Errorf("trace with a loop does not end in jump_loop")
		}
	}
	return nil
}

func verifySnap(t *Trace, at Ref, s *Snapshot, valid func(Ref) bool) error {
	if len(s.Frames) == 0 {
		return fmt.Errorf("%d: snapshot without frames", at)
	}
	for _, f := range s.Frames {
		if int(f.Frame) >= len(t.Frames) {
			return fmt.Errorf("%d: snapshot names frame %d of %d", at, f.Frame, len(t.Frames))
		}
	}
	check := func(r Ref) error {
		if !valid(r) {
			return fmt.Errorf("%d: snapshot refers to %d, not a value", at, r)
		}
		if r > at && t.Ins[r].Op != OpPhi {
			return fmt.Errorf("%d: snapshot refers forward to %d", at, r)
		}
		return nil
	}
	for _, e := range s.Entries {
		if e.Frame < 0 && int(-1-e.Frame) >= len(s.Virtuals) {
			return fmt.Errorf("%d: snapshot entry of virtual %d of %d", at, -1-e.Frame, len(s.Virtuals))
		}
		if int(e.Frame) >= len(s.Frames) {
			return fmt.Errorf("%d: snapshot entry in frame %d of %d", at, e.Frame, len(s.Frames))
		}
		if err := check(e.Ref); err != nil {
			return err
		}
	}
	for _, f := range s.Fields {
		if err := check(f.Ref); err != nil {
			return err
		}
	}
	for _, g := range s.Globals {
		if err := check(g.Ref); err != nil {
			return err
		}
	}
	return nil
}
