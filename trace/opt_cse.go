package trace

// Common-subexpression elimination, applied at emission time after
// folding. Pure and Load instructions with the same opcode, type,
// operands and Aux are the same value; a guard identical to an earlier one
// is redundant (the trace is linear, so the earlier one dominates it).
// List item loads are forgotten at every store: a load after a store must
// read memory again.

type cseKey struct {
	op      Op
	typ     Type
	a, b, c Ref
	aux     int32
}

// cse is the table of instructions available for reuse.
type cse struct {
	seen map[cseKey]Ref
}

func newCSE() *cse { return &cse{seen: map[cseKey]Ref{}} }

func keyOf(ins Ins) cseKey {
	return cseKey{ins.Op, ins.Type, ins.A, ins.B, ins.C, ins.Aux}
}

// lookup returns an earlier instruction computing the same value.
func (c *cse) lookup(ins Ins) (Ref, bool) {
	switch ins.Op.Effect() {
	case Pure, Load, Guard:
		r, ok := c.seen[keyOf(ins)]
		return r, ok
	}
	return NoRef, false
}

// add records an emitted instruction; a store invalidates item loads.
func (c *cse) add(ins Ins, r Ref) {
	switch ins.Op.Effect() {
	case Pure, Load, Guard:
		c.seen[keyOf(ins)] = r
	case Store:
		c.forgetItemLoads()
	}
}

// forgetItemLoads drops list item loads: the only memory compiled code
// writes is list items (frames, globals and iterators are written back by
// the deoptimizer, outside compiled code).
func (c *cse) forgetItemLoads() {
	for k := range c.seen {
		switch k.op {
		case OpSeqItemType, OpSeqItemRaw, OpSeqItemPtr:
			delete(c.seen, k)
		}
	}
}

// emitter emits instructions through fold and CSE.
type emitter struct {
	t   *Trace
	cse *cse
	// failed is set when a guard folds to "always fails".
	failed bool
}

func newEmitter(t *Trace) *emitter { return &emitter{t: t, cse: newCSE()} }

// emit appends ins (after folding and CSE) and returns its value's Ref.
// For guards, snap is the snapshot index the guard will carry.
func (e *emitter) emit(ins Ins) Ref {
	if rt := ins.Op.ResultType(); rt != TVoid {
		ins.Type = rt
	}
	res, r, ins := e.t.fold(ins)
	switch res {
	case foldRef:
		return r
	case foldDrop:
		return NoRef
	case foldAlwaysFails:
		e.failed = true
		return NoRef
	}
	if r, ok := e.cse.lookup(ins); ok {
		return r
	}
	e.t.Ins = append(e.t.Ins, ins)
	r = Ref(len(e.t.Ins) - 1)
	e.cse.add(ins, r)
	return r
}
