package arm64

import (
	"math"

	"github.com/tracejit/tracejit/jit/asm"
	"github.com/tracejit/tracejit/trace"
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/arm64"
)

// floatConds are the conditions of the float comparisons after
// FCMP B, A (flags from A - B). Unordered operands set NZCV = 0011, which
// makes MI, LS, GT, GE and EQ false and NE true, as Python wants.
var floatConds = map[trace.Op]int16{
	trace.OpFloatLt: arm64.COND_MI,
	trace.OpFloatLe: arm64.COND_LS,
	trace.OpFloatEq: arm64.COND_EQ,
	trace.OpFloatNe: arm64.COND_NE,
	trace.OpFloatGt: arm64.COND_GT,
	trace.OpFloatGe: arm64.COND_GE,
}

// lowerFloat emits float ops.
func (l *lowerer) lowerFloat(r trace.Ref) {
	ins := &l.t.Ins[r]
	switch ins.Op {
	case trace.OpFloatAdd:
		l.floatBinary(r, arm64.AFADDD)
	case trace.OpFloatSub:
		l.floatBinary(r, arm64.AFSUBD)
	case trace.OpFloatMul:
		l.floatBinary(r, arm64.AFMULD)
	case trace.OpFloatDiv:
		if l.exitIfZero(ins.B, r) {
			l.floatBinary(r, arm64.AFDIVD)
		}
	case trace.OpFloatFloorDiv:
		if l.exitIfZero(ins.B, r) {
			l.floatDivMod(r, false)
		}
	case trace.OpFloatMod:
		if l.exitIfZero(ins.B, r) {
			l.floatDivMod(r, true)
		}
	case trace.OpFloatNeg:
		l.floatUnary(r, arm64.AFNEGD)
	case trace.OpFloatAbs:
		l.floatUnary(r, arm64.AFABSD)
	case trace.OpFloatFloor:
		l.floatUnary(r, arm64.AFRINTMD)
	case trace.OpFloatCeil:
		l.floatUnary(r, arm64.AFRINTPD)
	case trace.OpFloatSqrt:
		a := ins.A
		if l.t.IsConst(a) && math.Float64frombits(l.t.ConstValue(a)) < 0 {
			l.exitAlways(r)
			return
		}
		fa := l.freg(a, f2)
		l.op(arm64.AFMOVD, asm.Reg(arm64.REGZERO), asm.Reg(f1))
		l.op3(arm64.AFCMPD, asm.Reg(f1), fa, obj.Addr{}) // flags from A - 0
		l.exitIf(arm64.COND_MI, r)                       // A < 0, ordered
		d := l.fdst(r, f1)
		l.op(arm64.AFSQRTD, asm.Reg(fa), asm.Reg(d))
		l.fput(r, d)
	case trace.OpFloatMin:
		l.floatMinMax(r, arm64.COND_MI)
	case trace.OpFloatMax:
		l.floatMinMax(r, arm64.COND_GT)
	case trace.OpFloatLt, trace.OpFloatLe, trace.OpFloatEq, trace.OpFloatNe, trace.OpFloatGt, trace.OpFloatGe:
		fa, fb := l.freg(ins.A, f1), l.freg(ins.B, f2)
		l.op3(arm64.AFCMPD, asm.Reg(fb), fa, obj.Addr{})
		l.setOrBranch(r, floatConds[ins.Op])
	default:
		l.fail("%d: no lowering for %v", r, ins.Op)
	}
}

// floatBinary emits d = A op B with A as the first source (Rn), as Go's
// code for a op b: when both are NaN, the result carries Rn's payload.
func (l *lowerer) floatBinary(r trace.Ref, as obj.As) {
	ins := &l.t.Ins[r]
	fa, fb := l.freg(ins.A, f1), l.freg(ins.B, f2)
	d := l.fdst(r, f1)
	l.op3(as, asm.Reg(fb), fa, asm.Reg(d))
	l.fput(r, d)
}

// floatUnary emits d = op A.
func (l *lowerer) floatUnary(r trace.Ref, as obj.As) {
	fa := l.freg(l.t.Ins[r].A, f1)
	d := l.fdst(r, f1)
	l.op(as, asm.Reg(fa), asm.Reg(d))
	l.fput(r, d)
}

// exitIfZero emits an exit from guard r when float b is ±0 (EQ is false
// for NaN). It reports whether the code after it is reachable.
func (l *lowerer) exitIfZero(b, r trace.Ref) bool {
	if l.t.IsConst(b) {
		if l.t.ConstValue(b)&^(1<<63) == 0 {
			l.exitAlways(r)
			return false
		}
		return true
	}
	fb := l.freg(b, f2)
	l.op(arm64.AFMOVD, asm.Reg(arm64.REGZERO), asm.Reg(f1))
	l.op3(arm64.AFCMPD, asm.Reg(f1), fb, obj.Addr{})
	l.exitIf(arm64.COND_EQ, r)
	return true
}

// floatMinMax emits B < A ? B : A (c = MI) or B > A ? B : A (c = GT):
// FCMP A, B then FCSEL. With a NaN the condition is false and A is the
// result (min(nan, 1) is nan, min(1, nan) is 1); for equal values, ±0
// included, A.
func (l *lowerer) floatMinMax(r trace.Ref, c int16) {
	ins := &l.t.Ins[r]
	fa, fb := l.freg(ins.A, f1), l.freg(ins.B, f2)
	d := l.fdst(r, f1)
	l.op3(arm64.AFCMPD, asm.Reg(fa), fb, obj.Addr{}) // flags from B - A
	l.op4(arm64.AFCSELD, cond(c), fb, asm.Reg(fa), asm.Reg(d))
	l.fput(r, d)
}

// lowerConvert emits int_to_float and float_to_int.
func (l *lowerer) lowerConvert(r trace.Ref) {
	ins := &l.t.Ins[r]
	switch ins.Op {
	case trace.OpIntToFloat:
		a := l.greg(ins.A, s1)
		d := l.fdst(r, f1)
		l.op(arm64.ASCVTFD, asm.Reg(a), asm.Reg(d))
		l.fput(r, d)
	case trace.OpFloatToInt:
		// FCVTZS saturates (and gives 0 for NaN): check the range first.
		fa := l.freg(ins.A, f1)
		l.fconst(math.Float64bits(-0x1p63), f2)
		l.op3(arm64.AFCMPD, asm.Reg(f2), fa, obj.Addr{})
		l.exitIf(arm64.COND_LT, r) // A < -2**63 or unordered
		l.fconst(math.Float64bits(0x1p63), f2)
		l.op3(arm64.AFCMPD, asm.Reg(f2), fa, obj.Addr{})
		l.exitIf(arm64.COND_GE, r) // A >= 2**63
		d := l.gdst(r, s1)
		l.op(arm64.AFCVTZSD, asm.Reg(fa), asm.Reg(d))
		l.gput(r, d)
	default:
		l.fail("%d: no lowering for %v", r, ins.Op)
	}
}
