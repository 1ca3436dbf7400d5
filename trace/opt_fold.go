package trace

import "math"

// Constant folding and algebraic simplification, applied to every
// instruction as it is emitted (during recording and again while the loop
// body is copied), in the manner of LuaJIT's lj_opt_fold.c.
//
// Requirements for every rule:
//  1. It preserves the result type.
//  2. It only replaces an instruction by a constant, by one of its operands
//     or by an earlier instruction; it never refers forward.
//  3. It never removes a guard that can fail: a guard whose condition is a
//     constant either disappears (always true) or is reported as always
//     failing, which aborts the trace (the loop is type-unstable).

// foldResult is what folding decided.
type foldResult uint8

const (
	foldEmit        foldResult = iota // emit the (possibly rewritten) instruction
	foldRef                           // use ref instead
	foldDrop                          // an always-true guard: nothing to emit
	foldAlwaysFails                   // a guard that can never pass
)

func (t *Trace) isConstInt(r Ref) (int64, bool) {
	if r != NoRef && t.Ins[r].Op == OpConstInt {
		return int64(t.Consts[t.Ins[r].Aux]), true
	}
	return 0, false
}

func (t *Trace) isConstFloat(r Ref) (float64, bool) {
	if r != NoRef && t.Ins[r].Op == OpConstFloat {
		return math.Float64frombits(t.Consts[t.Ins[r].Aux]), true
	}
	return 0, false
}

func (t *Trace) isConstBool(r Ref) (bool, bool) {
	if r != NoRef && t.Ins[r].Op == OpConstBool {
		return t.Ins[r].Aux != 0, true
	}
	return false, false
}

// constWord returns the bits of a word or pointer constant.
func (t *Trace) constWord(r Ref) (uint64, bool) {
	if r != NoRef && (t.Ins[r].Op == OpConstWord || t.Ins[r].Op == OpConstPtr) {
		return t.Consts[t.Ins[r].Aux], true
	}
	return 0, false
}

// fold simplifies ins. For foldRef the ref is returned; for foldEmit the
// (possibly rewritten) instruction is returned.
func (t *Trace) fold(ins Ins) (foldResult, Ref, Ins) {
	op := ins.Op
	// Canonical order: constants second, so CSE sees one form.
	if op.Commutative() && t.IsConst(ins.A) && !t.IsConst(ins.B) {
		ins.A, ins.B = ins.B, ins.A
	}
	if x, ok := t.isConstInt(ins.A); ok {
		if y, ok := t.isConstInt(ins.B); ok {
			if r, ok := t.foldIntInt(op, x, y); ok {
				return foldRef, r, ins
			}
		} else if op.Arity() == 1 {
			if r, ok := t.foldInt(op, x); ok {
				return foldRef, r, ins
			}
		}
	}
	if x, ok := t.isConstFloat(ins.A); ok {
		if y, ok := t.isConstFloat(ins.B); ok {
			if r, ok := t.foldFloatFloat(op, x, y); ok {
				return foldRef, r, ins
			}
		} else if op.Arity() == 1 {
			if r, ok := t.foldFloat(op, x); ok {
				return foldRef, r, ins
			}
		}
	}
	switch op {
	case OpGuardTrue, OpGuardFalse:
		if b, ok := t.isConstBool(ins.A); ok {
			if b == (op == OpGuardTrue) {
				return foldDrop, NoRef, ins
			}
			return foldAlwaysFails, NoRef, ins
		}
	case OpGuardWordEq, OpGuardPtrEq:
		if ins.A == ins.B {
			return foldDrop, NoRef, ins
		}
		if x, ok := t.constWord(ins.A); ok {
			if y, ok := t.constWord(ins.B); ok {
				if x == y {
					return foldDrop, NoRef, ins
				}
				return foldAlwaysFails, NoRef, ins
			}
		}
	case OpGuardIndex:
		if i, ok := t.isConstInt(ins.A); ok {
			if n, ok := t.isConstInt(ins.B); ok {
				if i >= 0 && i < n {
					return foldDrop, NoRef, ins
				}
				return foldAlwaysFails, NoRef, ins
			}
		}
	case OpBoolNot:
		if b, ok := t.isConstBool(ins.A); ok {
			return foldRef, t.ConstBool(!b), ins
		}
		if t.Ins[ins.A].Op == OpBoolNot {
			return foldRef, t.Ins[ins.A].A, ins
		}
	case OpBoolToInt:
		if b, ok := t.isConstBool(ins.A); ok {
			v := int64(0)
			if b {
				v = 1
			}
			return foldRef, t.ConstInt(v), ins
		}
	case OpIntAddOvf, OpIntSubOvf, OpIntAdd, OpIntSub:
		if y, ok := t.isConstInt(ins.B); ok && y == 0 {
			return foldRef, ins.A, ins
		}
	case OpIntMulOvf, OpIntMul:
		if y, ok := t.isConstInt(ins.B); ok && y == 1 {
			return foldRef, ins.A, ins
		}
	}
	return foldEmit, NoRef, ins
}

func (t *Trace) foldIntInt(op Op, x, y int64) (Ref, bool) {
	switch op {
	case OpIntAddOvf, OpIntAdd:
		s := x + y
		if op == OpIntAddOvf && (s^x)&(s^y) < 0 {
			return NoRef, false
		}
		return t.ConstInt(s), true
	case OpIntSubOvf, OpIntSub:
		s := x - y
		if op == OpIntSubOvf && (x^y)&(x^s) < 0 {
			return NoRef, false
		}
		return t.ConstInt(s), true
	case OpIntMul:
		return t.ConstInt(x * y), true
	case OpIntMulOvf:
		if x == 0 || y == 0 {
			return t.ConstInt(0), true
		}
		p := x * y
		if p/y != x || (x == -1 && y == math.MinInt64) || (y == -1 && x == math.MinInt64) {
			return NoRef, false
		}
		return t.ConstInt(p), true
	case OpIntAnd:
		return t.ConstInt(x & y), true
	case OpIntOr:
		return t.ConstInt(x | y), true
	case OpIntXor:
		return t.ConstInt(x ^ y), true
	case OpIntMin:
		if y < x {
			return t.ConstInt(y), true
		}
		return t.ConstInt(x), true
	case OpIntMax:
		if y > x {
			return t.ConstInt(y), true
		}
		return t.ConstInt(x), true
	case OpIntLt:
		return t.ConstBool(x < y), true
	case OpIntLe:
		return t.ConstBool(x <= y), true
	case OpIntEq:
		return t.ConstBool(x == y), true
	case OpIntNe:
		return t.ConstBool(x != y), true
	case OpIntGt:
		return t.ConstBool(x > y), true
	case OpIntGe:
		return t.ConstBool(x >= y), true
	}
	return NoRef, false
}

func (t *Trace) foldInt(op Op, x int64) (Ref, bool) {
	switch op {
	case OpIntNegOvf:
		if x != math.MinInt64 {
			return t.ConstInt(-x), true
		}
	case OpIntToFloat:
		return t.ConstFloat(float64(x)), true
	}
	return NoRef, false
}

func (t *Trace) foldFloatFloat(op Op, x, y float64) (Ref, bool) {
	switch op {
	case OpFloatAdd:
		return t.ConstFloat(x + y), true
	case OpFloatSub:
		return t.ConstFloat(x - y), true
	case OpFloatMul:
		return t.ConstFloat(x * y), true
	case OpFloatDiv:
		if y != 0 {
			return t.ConstFloat(x / y), true
		}
	case OpFloatLt:
		return t.ConstBool(x < y), true
	case OpFloatLe:
		return t.ConstBool(x <= y), true
	case OpFloatEq:
		return t.ConstBool(x == y), true
	case OpFloatNe:
		return t.ConstBool(x != y), true
	case OpFloatGt:
		return t.ConstBool(x > y), true
	case OpFloatGe:
		return t.ConstBool(x >= y), true
	}
	return NoRef, false
}

func (t *Trace) foldFloat(op Op, x float64) (Ref, bool) {
	switch op {
	case OpFloatNeg:
		return t.ConstFloat(-x), true
	case OpFloatAbs:
		return t.ConstFloat(math.Abs(x)), true
	case OpFloatSqrt:
		if x >= 0 {
			return t.ConstFloat(math.Sqrt(x)), true
		}
	}
	return NoRef, false
}
