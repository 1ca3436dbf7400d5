package amd64

import (
	"math"

	"github.com/tracejit/tracejit/jit/asm"
	"github.com/tracejit/tracejit/trace"
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// Float comparisons use UCOMISD, which sets ZF, PF and CF all to 1 when an
// operand is NaN. Each comparison is arranged so that the NaN case reads as
// false: A < B is computed as "B above A" (CF=0 and ZF=0), which unordered
// operands fail; equality additionally needs PF=0.

// fcond is how a float comparison reads UCOMISD's flags.
type fcond uint8

const (
	fAbove      fcond = iota // CF=0, ZF=0
	fAboveEqual              // CF=0
	fEqual                   // ZF=1, PF=0
	fNotEqual                // ZF=0 or PF=1
)

// floatCmp says which operand is compared with which (Intel order:
// `ucomisd P, Q`) and how to read the flags.
type floatCmp struct {
	swap bool // P = B, Q = A instead of P = A, Q = B
	cond fcond
}

var floatCmps = map[trace.Op]floatCmp{
	trace.OpFloatLt: {true, fAbove},       // B > A
	trace.OpFloatLe: {true, fAboveEqual},  // B >= A
	trace.OpFloatGt: {false, fAbove},      // A > B
	trace.OpFloatGe: {false, fAboveEqual}, // A >= B
	trace.OpFloatEq: {false, fEqual},
	trace.OpFloatNe: {false, fNotEqual},
}

const signBit = 1 << 63

// lowerFloat emits float ops.
func (l *lowerer) lowerFloat(r trace.Ref) {
	ins := &l.t.Ins[r]
	switch ins.Op {
	case trace.OpFloatAdd:
		l.floatBinary(r, x86.AADDSD, true)
	case trace.OpFloatSub:
		l.floatBinary(r, x86.ASUBSD, false)
	case trace.OpFloatMul:
		l.floatBinary(r, x86.AMULSD, true)
	case trace.OpFloatDiv:
		if l.exitIfZero(ins.B, r) {
			l.floatBinary(r, x86.ADIVSD, false)
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
		l.floatSign(r, x86.AXORPD, signBit)
	case trace.OpFloatAbs:
		l.floatSign(r, x86.AANDPD, ^uint64(signBit))
	case trace.OpFloatSqrt:
		l.floatSqrt(r)
	case trace.OpFloatFloor:
		l.floatRound(r, true)
	case trace.OpFloatCeil:
		l.floatRound(r, false)
	case trace.OpFloatMin:
		l.floatMinMax(r, x86.AMINSD)
	case trace.OpFloatMax:
		l.floatMinMax(r, x86.AMAXSD)
	case trace.OpFloatLt, trace.OpFloatLe, trace.OpFloatEq, trace.OpFloatNe, trace.OpFloatGt, trace.OpFloatGe:
		l.floatCompare(r, floatCmps[ins.Op])
	default:
		l.fail("%d: no lowering for %v", r, ins.Op)
	}
}

// floatBinary emits d = A op B in SSE two-address form. A is the
// destination operand, as in Go's code for a op b: when both are NaN, SSE
// returns the destination's payload.
func (l *lowerer) floatBinary(r trace.Ref, as obj.As, commutative bool) {
	ins := &l.t.Ins[r]
	a, b := ins.A, ins.B
	d := l.fdst(r, f1)
	if commutative && l.inReg(b, d) {
		a, b = b, a
	}
	if l.inReg(b, d) && !l.inReg(a, d) {
		d = f1
	}
	l.fload(a, d)
	src := l.fsrc(b, f2)
	l.op(as, src, asm.Reg(d))
	l.fput(r, d)
}

// exitIfZero emits an exit from guard r when float b is ±0. It reports
// whether the code after it is reachable.
func (l *lowerer) exitIfZero(b, r trace.Ref) bool {
	if l.t.IsConst(b) {
		if l.t.ConstValue(b)&^signBit == 0 {
			l.exitAlways(r)
			return false
		}
		return true
	}
	var nan fwd
	l.op(x86.AXORPS, asm.Reg(f1), asm.Reg(f1))
	l.op(x86.AUCOMISD, l.fsrc(b, f2), asm.Reg(f1)) // ucomisd 0, B
	nan.jump(l, x86.AJPS)
	l.exitIf(x86.AJEQ, r)
	nan.place(l)
	return true
}

// floatSign applies a sign-bit mask (XORPD: negate, ANDPD: clear).
func (l *lowerer) floatSign(r trace.Ref, as obj.As, mask uint64) {
	d := l.fdst(r, f1)
	l.fload(l.t.Ins[r].A, d)
	l.move(mloc{kind: mFPR, reg: f2}, mloc{kind: mImm, bits: mask})
	l.op(as, asm.Reg(f2), asm.Reg(d))
	l.fput(r, d)
}

// floatSqrt exits when A < 0 (ordered: sqrt(nan) is nan, sqrt(-0) is -0).
func (l *lowerer) floatSqrt(r trace.Ref) {
	a := l.t.Ins[r].A
	if l.t.IsConst(a) && math.Float64frombits(l.t.ConstValue(a)) < 0 {
		l.exitAlways(r)
		return
	}
	src := l.fsrc(a, f2)
	l.op(x86.AXORPS, asm.Reg(f1), asm.Reg(f1))
	l.op(x86.AUCOMISD, src, asm.Reg(f1)) // ucomisd 0, A: above = 0 > A
	l.exitIf(x86.AJHI, r)
	d := l.fdst(r, f1)
	l.op(x86.ASQRTSD, src, asm.Reg(d))
	l.fput(r, d)
}

// floatRound emits floor(A) or ceil(A).
func (l *lowerer) floatRound(r trace.Ref, floor bool) {
	a := l.t.Ins[r].A
	d := l.fdst(r, f1)
	if l.sse41 {
		mode := int64(2)
		if floor {
			mode = 1
		}
		l.op3(x86.AROUNDSD, asm.Imm(mode), l.fsrc(a, f2), asm.Reg(d))
	} else {
		l.fload(a, d)
		l.roundFallback(d, floor, tempLoc(0))
	}
	l.fput(r, d)
}

// roundFallback rounds d in place toward -inf (floor) or +inf without
// SSE4.1, like Go's own math.Floor before ROUNDSD: values with |x| >= 2**52
// (integral already), infinities and NaNs are returned unchanged; otherwise
// t = float(int64(x)) (truncation, exact), adjusted by one toward the
// rounding direction if it lies on the wrong side of x. A zero result takes
// x's sign (floor(-0) = -0, ceil(-0.5) = -0); nonzero results have it
// anyway. Uses RegScratch, RegScratch2 and the memory word tmp.
func (l *lowerer) roundFallback(d int16, floor bool, tmp mloc) {
	var done, skip fwd
	l.op(x86.AMOVQ, asm.Reg(d), asm.Reg(s1))
	l.op(x86.ASHLQ, asm.Imm(1), asm.Reg(s1)) // drop the sign
	l.loadConst(0x4330000000000000<<1, s2)   // 2**52, shifted likewise
	l.op(x86.ACMPQ, asm.Reg(s1), asm.Reg(s2))
	done.jump(l, x86.AJCC) // unsigned >=: big, inf or nan
	l.op(x86.AMOVSD, asm.Reg(d), tmp.addr())
	l.op(x86.ACVTTSD2SQ, asm.Reg(d), asm.Reg(s1))
	l.op(x86.ACVTSQ2SD, asm.Reg(s1), asm.Reg(d))
	l.op(x86.AUCOMISD, tmp.addr(), asm.Reg(d)) // ucomisd t, x
	if floor {
		skip.jump(l, x86.AJLS) // t <= x
		l.op1(x86.ADECQ, asm.Reg(s1))
	} else {
		skip.jump(l, x86.AJCC) // t >= x
		l.op1(x86.AINCQ, asm.Reg(s1))
	}
	l.op(x86.ACVTSQ2SD, asm.Reg(s1), asm.Reg(d))
	skip.place(l)
	l.op(x86.AMOVQ, tmp.addr(), asm.Reg(s2))
	l.op(x86.ASHRQ, asm.Imm(63), asm.Reg(s2))
	l.op(x86.ASHLQ, asm.Imm(63), asm.Reg(s2))
	l.op(x86.AMOVQ, asm.Reg(d), asm.Reg(s1))
	l.op(x86.AORQ, asm.Reg(s2), asm.Reg(s1))
	l.op(x86.AMOVQ, asm.Reg(s1), asm.Reg(d))
	done.place(l)
}

// floatMinMax emits B < A ? B : A (MINSD) or B > A ? B : A (MAXSD). Intel's
// `minsd dst, src` is dst < src ? dst : src, which returns src when either
// is NaN or both are zero: with dst = B and src = A that is exactly
// Python's min(A, B) (min(nan, 1) is nan, min(1, nan) is 1, min(0.0, -0.0)
// is 0.0).
func (l *lowerer) floatMinMax(r trace.Ref, as obj.As) {
	ins := &l.t.Ins[r]
	d := l.fdst(r, f1)
	if l.inReg(ins.A, d) && !l.inReg(ins.B, d) {
		d = f1
	}
	l.fload(ins.B, d)
	l.op(as, l.fsrc(ins.A, f2), asm.Reg(d))
	l.fput(r, d)
}

// floatCompare sets a bool from UCOMISD, or branches to the exit of the
// guard that is its only use.
func (l *lowerer) floatCompare(r trace.Ref, c floatCmp) {
	ins := &l.t.Ins[r]
	p, q := ins.A, ins.B
	if c.swap {
		p, q = q, p
	}
	preg := l.freg(p, f1)
	l.op(x86.AUCOMISD, l.fsrc(q, f2), asm.Reg(preg)) // Go order: ucomisd P, Q
	if g, exitWhenTrue, ok := l.fusedGuard(r); ok {
		l.branchFloat(c.cond, exitWhenTrue, l.exit(g))
		l.done[g] = true
		return
	}
	d := l.gdst(r, s2)
	switch c.cond {
	case fAbove:
		l.op1(x86.ASETHI, asm.Reg(d))
	case fAboveEqual:
		l.op1(x86.ASETCC, asm.Reg(d))
	case fEqual:
		l.op1(x86.ASETEQ, asm.Reg(d))
		l.op1(x86.ASETPC, asm.Reg(s1))
		l.op(x86.AANDL, asm.Reg(s1), asm.Reg(d))
	case fNotEqual:
		l.op1(x86.ASETNE, asm.Reg(d))
		l.op1(x86.ASETPS, asm.Reg(s1))
		l.op(x86.AORL, asm.Reg(s1), asm.Reg(d))
	}
	l.op(x86.AMOVBQZX, asm.Reg(d), asm.Reg(d))
	l.gput(r, d)
}

// branchFloat branches to target when condition c holds (when is true) or
// fails (when is false), reading UCOMISD's flags.
func (l *lowerer) branchFloat(c fcond, when bool, target *fwd) {
	if !when {
		// Negate: the complement of above is "below or equal or unordered".
		switch c {
		case fAbove:
			target.jump(l, x86.AJLS)
		case fAboveEqual:
			target.jump(l, x86.AJCS)
		case fEqual:
			c, when = fNotEqual, true
		case fNotEqual:
			c, when = fEqual, true
		}
		if !when {
			return
		}
	}
	switch c {
	case fAbove:
		target.jump(l, x86.AJHI)
	case fAboveEqual:
		target.jump(l, x86.AJCC)
	case fEqual:
		var unordered fwd
		unordered.jump(l, x86.AJPS)
		target.jump(l, x86.AJEQ)
		unordered.place(l)
	case fNotEqual:
		target.jump(l, x86.AJNE)
		target.jump(l, x86.AJPS)
	}
}

// lowerConvert emits int_to_float and float_to_int.
func (l *lowerer) lowerConvert(r trace.Ref) {
	ins := &l.t.Ins[r]
	switch ins.Op {
	case trace.OpIntToFloat:
		src := l.grm(ins.A, s1)
		d := l.fdst(r, f1)
		l.op(x86.AXORPS, asm.Reg(d), asm.Reg(d)) // CVTSQ2SD only writes the low half
		l.op(x86.ACVTSQ2SD, src, asm.Reg(d))
		l.fput(r, d)
	case trace.OpFloatToInt:
		// CVTTSD2SQ returns MinInt64 for NaN and out-of-range values; only
		// then (rarely) check out of line whether A really is -2**63.
		src := l.fsrc(ins.A, f1)
		d := l.gdst(r, s2)
		l.op(x86.ACVTTSD2SQ, src, asm.Reg(d))
		l.op(x86.ACMPQ, asm.Reg(d), asm.Imm(1)) // overflows only for MinInt64
		var check, back fwd
		check.jump(l, x86.AJOS)
		back.place(l)
		l.gput(r, d)
		l.cold = append(l.cold, func() {
			l.marks[check.place(l)] = "float_to_int: is it -2**63?"
			l.fconst(-0x1p63, f2)
			l.op(x86.AUCOMISD, src, asm.Reg(f2)) // ucomisd -2**63, A
			l.exitIf(x86.AJNE, r)
			l.exitIf(x86.AJPS, r)
			back.jump(l, obj.AJMP)
		})
	default:
		l.fail("%d: no lowering for %v", r, ins.Op)
	}
}
