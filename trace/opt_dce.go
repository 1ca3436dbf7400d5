package trace

// Dead-code elimination: after the loop pass, pure instructions and loads
// whose values nothing uses (no operand, no phi, no snapshot of a live
// guard or back-edge) become nops. Guards, stores and loop structure are
// roots. Refs stay stable: removed instructions are replaced in place.

func optDCE(t *Trace) {
	live := make([]bool, len(t.Ins))
	var stack []Ref
	mark := func(r Ref) {
		if r != NoRef && !live[r] {
			live[r] = true
			stack = append(stack, r)
		}
	}
	for i := range t.Ins {
		switch t.Ins[i].Op.Effect() {
		case Guard, Store, Control:
			if t.Ins[i].Op != OpNop {
				mark(Ref(i))
			}
		}
	}
	for len(stack) > 0 {
		r := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		ins := &t.Ins[r]
		mark(ins.A)
		mark(ins.B)
		mark(ins.C)
		if ins.Snap >= 0 {
			s := &t.Snaps[ins.Snap]
			for _, e := range s.Entries {
				mark(e.Ref)
			}
			for _, f := range s.Fields {
				mark(f.Ref)
			}
			for _, g := range s.Globals {
				mark(g.Ref)
			}
		}
	}
	for i := 1; i < len(t.Ins); i++ {
		if !live[i] {
			t.Ins[i] = Ins{Op: OpNop, Snap: -1}
		}
	}
}
