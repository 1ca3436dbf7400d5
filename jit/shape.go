package jit

import (
	"fmt"

	"github.com/tracejit/tracejit/trace"
)

// checkShape verifies what the allocator and the backends rely on, so that
// a malformed trace fails to compile instead of miscompiling:
//
//  1. Ins[0] is a nop; either exactly one loop, the last instruction being
//     the only jump_loop and phis appearing only between them, or (a trace
//     that links to another loop) no loop, no phis and a link at the end.
//  2. Operands refer to earlier instructions that produce values (a phi's
//     B may refer to any value-producing instruction before the jump_loop).
//  3. Operands are in the register class the op expects (float or not), and
//     every value-producing instruction has a result type.
//  4. Every guard and the jump_loop have a snapshot whose refs are values
//     defined before the exit point (a guard's own result included).
//
// It does not re-check types beyond the float/general split: the trace
// verifier owns that.
func checkShape(t *trace.Trace) (loop, jump trace.Ref, err error) {
	n := len(t.Ins)
	if n < 3 || t.Ins[0].Op != trace.OpNop {
		return 0, 0, fmt.Errorf("jit: trace too short or Ins[0] is not a nop")
	}
	jump = trace.Ref(n - 1)
	linear := t.Ins[jump].Op == trace.OpLink
	if t.Ins[jump].Op != trace.OpJumpLoop && !linear {
		return 0, 0, fmt.Errorf("jit: trace does not end with jump_loop or link")
	}
	for i := 1; i < n; i++ {
		switch t.Ins[i].Op {
		case trace.OpLoop:
			if loop != 0 {
				return 0, 0, fmt.Errorf("jit: %d: second loop (first at %d)", i, loop)
			}
			if linear {
				return 0, 0, fmt.Errorf("jit: %d: loop in a trace that ends with a link", i)
			}
			loop = trace.Ref(i)
		case trace.OpJumpLoop, trace.OpLink:
			if trace.Ref(i) != jump {
				return 0, 0, fmt.Errorf("jit: %d: %v before the end", i, t.Ins[i].Op)
			}
		case trace.OpPhi:
			if loop == 0 {
				return 0, 0, fmt.Errorf("jit: %d: phi before loop", i)
			}
		}
		if int(t.Ins[i].Op) >= trace.OpCount {
			return 0, 0, fmt.Errorf("jit: %d: invalid op %d", i, t.Ins[i].Op)
		}
	}
	if loop == 0 && !linear {
		return 0, 0, fmt.Errorf("jit: trace has no loop")
	}
	for i := 1; i < n; i++ {
		r := trace.Ref(i)
		ins := &t.Ins[i]
		if producesValue(t, r) && ins.Type == trace.TVoid {
			return 0, 0, fmt.Errorf("jit: %d: %v has no result type", i, ins.Op)
		}
		ops := [3]trace.Ref{ins.A, ins.B, ins.C}
		for k := 0; k < ins.Op.Arity(); k++ {
			x := ops[k]
			limit := r
			if ins.Op == trace.OpPhi && k == 1 {
				limit = jump
			}
			if x <= 0 || x >= limit || !producesValue(t, x) {
				return 0, 0, fmt.Errorf("jit: %d: %v operand %d (%d) is not an earlier value", i, ins.Op, k, x)
			}
			want, any := operandFloat(ins, k)
			if !any && t.Ins[x].Type.IsFloat() != want {
				return 0, 0, fmt.Errorf("jit: %d: %v operand %d (%d) has type %v", i, ins.Op, k, x, t.Ins[x].Type)
			}
		}
		if ins.Op == trace.OpPhi && r < loop {
			return 0, 0, fmt.Errorf("jit: %d: phi before loop", i)
		}
		if ins.Op == trace.OpPhi && ins.A >= loop {
			return 0, 0, fmt.Errorf("jit: %d: phi's A (%d) is not defined before the loop", i, ins.A)
		}
		if !ins.Op.IsGuard() && ins.Op != trace.OpJumpLoop && ins.Op != trace.OpLink {
			continue
		}
		if ins.Snap < 0 || int(ins.Snap) >= len(t.Snaps) {
			return 0, 0, fmt.Errorf("jit: %d: %v has no snapshot", i, ins.Op)
		}
		limit := r + 1 // a guard's snapshot may name its own result
		if ins.Op == trace.OpJumpLoop || ins.Op == trace.OpLink {
			limit = r
		}
		bad := func(x trace.Ref) bool { return x <= 0 || x >= limit || !producesValue(t, x) }
		s := &t.Snaps[ins.Snap]
		for _, e := range s.Entries {
			if bad(e.Ref) {
				return 0, 0, fmt.Errorf("jit: %d: snapshot entry refers to %d", i, e.Ref)
			}
		}
		for _, f := range s.Fields {
			if bad(f.Ref) {
				return 0, 0, fmt.Errorf("jit: %d: snapshot field refers to %d", i, f.Ref)
			}
		}
		for _, g := range s.Globals {
			if bad(g.Ref) {
				return 0, 0, fmt.Errorf("jit: %d: snapshot global refers to %d", i, g.Ref)
			}
		}
	}
	return loop, jump, nil
}

// producesValue reports whether Ref r has a result a register can hold.
func producesValue(t *trace.Trace, r trace.Ref) bool {
	switch op := t.Ins[r].Op; op {
	case trace.OpNop, trace.OpLoop, trace.OpJumpLoop, trace.OpLink, trace.OpSeqStoreRaw:
		return false
	case trace.OpGuardWordEq, trace.OpGuardTrue, trace.OpGuardFalse, trace.OpGuardPtrEq, trace.OpGuardIndex:
		return false
	}
	return true
}

// operandFloat says whether operand k of ins must be a float (want), or
// may be of either class (any).
func operandFloat(ins *trace.Ins, k int) (want, any bool) {
	switch ins.Op {
	case trace.OpFloatAdd, trace.OpFloatSub, trace.OpFloatMul, trace.OpFloatDiv,
		trace.OpFloatFloorDiv, trace.OpFloatMod, trace.OpFloatNeg, trace.OpFloatAbs,
		trace.OpFloatSqrt, trace.OpFloatFloor, trace.OpFloatCeil, trace.OpFloatMin,
		trace.OpFloatMax, trace.OpFloatLt, trace.OpFloatLe, trace.OpFloatEq,
		trace.OpFloatNe, trace.OpFloatGt, trace.OpFloatGe, trace.OpFloatToInt:
		return true, false
	case trace.OpPhi:
		return ins.Type.IsFloat(), false
	case trace.OpSeqStoreRaw:
		return false, k == 2
	case trace.OpCallOut:
		return false, true // ints or floats
	}
	return false, false
}
