package trace

import "sort"

// Loop construction by copy-substitution, as LuaJIT's lj_opt_loop.c.
//
// The recorded iteration becomes the preamble. It is then emitted a second
// time, through FOLD and CSE, with every entry load of state the iteration
// changes (root slots, globals, iterator fields) replaced by a phi of the
// value the previous iteration left. What does not depend on loop-carried
// state folds into the preamble's instructions (CSE), so invariant code
// and invariant guards run once, before the loop; type guards on carried
// values fold away because the carried values' types are known. A guard
// that folds to "always fails" means the loop changes a value's type
// every iteration: recording aborts (type instability).
//
// Requirements:
//  1. Only entry loads of state the iteration writes get phis; all other
//     entry loads are invariant (compiled code never writes frames,
//     globals or iterators; the snapshot writes them back on exit).
//  2. Loads of list items are not reused across a store (CSE forgets
//     them), so a loop that stores to a list reloads what it reads.
//  3. Every guard copied into the body gets its own snapshot, with refs
//     substituted; the back-edge (jump_loop) carries the state at the
//     loop header for fuel and interrupt exits.

// buildLoop turns the recorded iteration into preamble + loop.
func buildLoop(r *Recorder, jumpSnap int) *Abort {
	t := r.tr
	em := r.em
	n := len(t.Ins)

	// The state the iteration leaves behind, by key.
	end := map[stateKey]aval{}
	root := r.frames[0]
	for slot, w := range root.written {
		if w && root.slots[slot].known() {
			end[stateKey{kind: stateSlot, slot: int32(slot)}] = root.slots[slot]
		}
	}
	for slot := range r.globalWritten {
		end[stateKey{kind: stateGlobal, slot: slot}] = r.globalVals[slot]
	}
	for k := range r.fieldWritten {
		end[stateKey{kind: stateField, slot: k.slot, offset: k.offset, sub: k.sub}] = r.fields[k]
	}
	for _, v := range end {
		if v.virtual() {
			return &Abort{Reason: AbortNYIOperand, Detail: "a tuple that is never allocated carried around the loop", File: t.File, Line: t.Line}
		}
	}
	for i := 1; i < n; i++ {
		if t.Ins[i].Op.Effect() == Store {
			em.cse.forgetItemLoads()
			break
		}
	}

	t.Emit(OpLoop, TVoid, NoRef, NoRef, NoRef, 0)
	subst := make([]Ref, n)
	get := func(x Ref) Ref {
		if x != NoRef && int(x) < n && subst[x] != NoRef {
			return subst[x]
		}
		return x
	}

	type phi struct {
		ref, endRef Ref
		key         stateKey
		tw          uint64
	}
	var phis []phi
	// Every piece of state the iteration writes is carried around the
	// loop by a phi (needed at least by the snapshots); entry loads of it
	// read the phi in the body. Phis that turn out not to change are
	// removed by simplifyPhis.
	keys := make([]stateKey, 0, len(end))
	for k := range end {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.kind != b.kind {
			return a.kind < b.kind
		}
		if a.slot != b.slot {
			return a.slot < b.slot
		}
		if a.sub != b.sub {
			return a.sub < b.sub
		}
		return a.offset < b.offset
	})
	phiOf := map[stateKey]Ref{}
	for _, k := range keys {
		e := end[k]
		p := t.Emit(OpPhi, t.Ins[e.ref].Type, e.ref, NoRef, NoRef, 0)
		phiOf[k] = p
		phis = append(phis, phi{p, e.ref, k, e.tw})
	}
	for ref, k := range r.entry {
		e, written := end[k]
		if !written {
			continue
		}
		switch t.Ins[ref].Op {
		case OpSlotType, OpGlobalType:
			subst[ref] = t.ConstWord(e.tw)
		default:
			subst[ref] = phiOf[k]
		}
	}

	// In the body, state the preamble still had in memory at a guard is
	// held by the phis: every copied snapshot must write it back.
	nlocals := root.code.NumLocals()
	carried := func(s *Snapshot) {
		for _, p := range phis {
			k := p.key
			switch k.kind {
			case stateSlot:
				if int(k.slot) >= nlocals && k.slot >= s.Frames[0].SP {
					continue
				}
				if !hasSlotEntry(s, k.slot) {
					s.Entries = append(s.Entries, SnapEntry{Frame: 0, Slot: k.slot, Ref: p.ref, TypeWord: p.tw})
				}
			case stateGlobal:
				if !hasGlobal(s, k.slot) {
					s.Globals = append(s.Globals, SnapGlobal{Slot: k.slot, Ref: p.ref, TypeWord: p.tw})
				}
			case stateField:
				if !hasField(s, k.slot, k.offset, k.sub) {
					s.Fields = append(s.Fields, SnapField{Slot: k.slot, Offset: k.offset, Sub: k.sub, Ref: p.ref})
				}
			}
		}
		sortSnapshot(s)
	}

	for i := 1; i < n; i++ {
		ins := t.Ins[i]
		if subst[i] != NoRef || ins.Op == OpNop || t.IsConst(Ref(i)) {
			continue
		}
		c := ins
		c.A, c.B, c.C = get(ins.A), get(ins.B), get(ins.C)
		c.Snap = -1
		before := len(t.Ins)
		nr := em.emit(c)
		if em.failed {
			return &Abort{Reason: AbortTypeInstability, File: t.File, Line: t.Line}
		}
		if ins.Snap >= 0 && len(t.Ins) > before && nr == Ref(len(t.Ins)-1) {
			t.Ins[nr].Snap = int32(copySnapshot(t, int(ins.Snap), get, carried))
		}
		subst[i] = nr
	}
	for _, p := range phis {
		t.Ins[p.ref].B = get(p.endRef)
	}
	j := t.Emit(OpJumpLoop, TVoid, NoRef, NoRef, NoRef, 0)
	t.Ins[j].Snap = int32(copySnapshot(t, jumpSnap, get, carried))
	simplifyPhis(t)
	return nil
}

func hasSlotEntry(s *Snapshot, slot int32) bool {
	for _, e := range s.Entries {
		if e.Frame == 0 && e.Slot == slot {
			return true
		}
	}
	return false
}

func hasGlobal(s *Snapshot, slot int32) bool {
	for _, g := range s.Globals {
		if g.Slot == slot {
			return true
		}
	}
	return false
}

func hasField(s *Snapshot, slot, off, sub int32) bool {
	for _, f := range s.Fields {
		if f.Slot == slot && f.Offset == off && f.Sub == sub {
			return true
		}
	}
	return false
}

// copySnapshot appends a copy of snapshot s with refs mapped by get and
// the loop-carried state added by carry.
func copySnapshot(t *Trace, s int, get func(Ref) Ref, carry func(*Snapshot)) int {
	src := t.Snaps[s]
	c := Snapshot{Frames: append([]SnapFrame(nil), src.Frames...)}
	for _, e := range src.Entries {
		e.Ref = get(e.Ref)
		c.Entries = append(c.Entries, e)
	}
	for _, f := range src.Fields {
		f.Ref = get(f.Ref)
		c.Fields = append(c.Fields, f)
	}
	for _, g := range src.Globals {
		g.Ref = get(g.Ref)
		c.Globals = append(c.Globals, g)
	}
	for _, v := range src.Virtuals {
		elems := make([]Ref, len(v.Elems))
		for i, e := range v.Elems {
			elems[i] = get(e)
		}
		v.Elems = elems
		c.Virtuals = append(c.Virtuals, v)
	}
	carry(&c)
	t.Snaps = append(t.Snaps, c)
	return len(t.Snaps) - 1
}

// simplifyPhis removes phis whose value never changes (A == B or B is the
// phi itself), replacing their uses by A.
func simplifyPhis(t *Trace) {
	for i := range t.Ins {
		ins := &t.Ins[i]
		if ins.Op != OpPhi || (ins.B != ins.A && ins.B != Ref(i)) {
			continue
		}
		replaceUses(t, Ref(i), ins.A)
		*ins = Ins{Op: OpNop, Snap: -1}
	}
}

// replaceUses rewrites every use of old (operands and snapshots) to new.
func replaceUses(t *Trace, old, new Ref) {
	for i := range t.Ins {
		ins := &t.Ins[i]
		if ins.A == old {
			ins.A = new
		}
		if ins.B == old {
			ins.B = new
		}
		if ins.C == old {
			ins.C = new
		}
	}
	for s := range t.Snaps {
		snap := &t.Snaps[s]
		for e := range snap.Entries {
			if snap.Entries[e].Ref == old {
				snap.Entries[e].Ref = new
			}
		}
		for f := range snap.Fields {
			if snap.Fields[f].Ref == old {
				snap.Fields[f].Ref = new
			}
		}
		for g := range snap.Globals {
			if snap.Globals[g].Ref == old {
				snap.Globals[g].Ref = new
			}
		}
	}
}
