package arm64

import (
	"github.com/tracejit/tracejit/jit/asm"
	"github.com/tracejit/tracejit/trace"
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/arm64"
)

// intConds are the conditions of the integer comparisons after CMP B, A
// (flags from A - B).
var intConds = map[trace.Op]int16{
	trace.OpIntLt: arm64.COND_LT,
	trace.OpIntLe: arm64.COND_LE,
	trace.OpIntEq: arm64.COND_EQ,
	trace.OpIntNe: arm64.COND_NE,
	trace.OpIntGt: arm64.COND_GT,
	trace.OpIntGe: arm64.COND_GE,
}

// lowerInt emits integer and bool ops.
func (l *lowerer) lowerInt(r trace.Ref) {
	ins := &l.t.Ins[r]
	switch ins.Op {
	case trace.OpIntAddOvf:
		l.intBinary(r, arm64.AADDS, true, true)
	case trace.OpIntSubOvf:
		l.intBinary(r, arm64.ASUBS, true, true)
	case trace.OpIntAdd:
		l.intBinary(r, arm64.AADD, true, false)
	case trace.OpIntSub:
		l.intBinary(r, arm64.ASUB, true, false)
	case trace.OpIntMul:
		l.intBinary(r, arm64.AMUL, false, false)
	case trace.OpIntAnd:
		l.intBinary(r, arm64.AAND, false, false)
	case trace.OpIntOr:
		l.intBinary(r, arm64.AORR, false, false)
	case trace.OpIntXor:
		l.intBinary(r, arm64.AEOR, false, false)
	case trace.OpIntMulOvf:
		// The product fits iff its high half (SMULH) is the sign extension
		// of its low half. SMULH first: MUL may overwrite an operand.
		a, b := l.greg(ins.A, s1), l.greg(ins.B, s2)
		d := l.gdst(r, s1)
		l.op3(arm64.ASMULH, asm.Reg(b), a, asm.Reg(s3))
		l.op3(arm64.AMUL, asm.Reg(b), a, asm.Reg(d))
		l.op3(arm64.ACMP, shifted(shiftASR, d, 63), s3, obj.Addr{})
		l.exitIf(arm64.COND_NE, r)
		l.gput(r, d)
	case trace.OpIntNegOvf:
		a := l.greg(ins.A, s1)
		d := l.gdst(r, s1)
		l.op(arm64.ANEGS, asm.Reg(a), asm.Reg(d)) // V only for MinInt64
		l.exitIf(arm64.COND_VS, r)
		l.gput(r, d)
	case trace.OpIntAbsOvf:
		// |MinInt64| is MinInt64 again: the only negative result.
		a := l.greg(ins.A, s1)
		d := l.gdst(r, s1)
		l.op3(arm64.ACMP, asm.Imm(0), a, obj.Addr{})
		l.op3(arm64.ACNEG, cond(arm64.COND_LT), a, asm.Reg(d))
		l.op3(arm64.ACMP, asm.Imm(0), d, obj.Addr{})
		l.exitIf(arm64.COND_LT, r)
		l.gput(r, d)
	case trace.OpIntFloorDiv:
		l.intDivMod(r, false)
	case trace.OpIntMod:
		l.intDivMod(r, true)
	case trace.OpIntShr:
		l.intShr(r)
	case trace.OpIntMin:
		l.intMinMax(r, arm64.COND_LT)
	case trace.OpIntMax:
		l.intMinMax(r, arm64.COND_GT)
	case trace.OpIntLt, trace.OpIntLe, trace.OpIntEq, trace.OpIntNe, trace.OpIntGt, trace.OpIntGe:
		l.compare(ins.A, ins.B)
		l.setOrBranch(r, intConds[ins.Op])
	case trace.OpBoolNot:
		a := l.greg(ins.A, s1)
		d := l.gdst(r, s1)
		l.op3(arm64.AEOR, asm.Imm(1), a, asm.Reg(d))
		l.gput(r, d)
	case trace.OpBoolToInt:
		l.move(l.home(r), l.home(ins.A))
	default:
		l.fail("%d: no lowering for %v", r, ins.Op)
	}
}

// intBinary emits d = A op B, with an overflow exit (B.VS) when ovf is
// set. imm allows B as a 12-bit immediate (ADD, SUB and their S forms).
func (l *lowerer) intBinary(r trace.Ref, as obj.As, imm, ovf bool) {
	ins := &l.t.Ins[r]
	a := l.greg(ins.A, s1)
	var b obj.Addr
	if imm {
		b = l.gsrc(ins.B, s2)
	} else {
		b = asm.Reg(l.greg(ins.B, s2))
	}
	d := l.gdst(r, s1)
	l.op3(as, b, a, asm.Reg(d))
	if ovf {
		l.exitIf(arm64.COND_VS, r)
	}
	l.gput(r, d)
}

// intMinMax emits B < A ? B : A (c = LT) or B > A ? B : A (c = GT).
func (l *lowerer) intMinMax(r trace.Ref, c int16) {
	ins := &l.t.Ins[r]
	a, b := l.greg(ins.A, s1), l.greg(ins.B, s2)
	d := l.gdst(r, s1)
	l.op3(arm64.ACMP, asm.Reg(a), b, obj.Addr{}) // flags from B - A
	l.op4(arm64.ACSEL, cond(c), b, asm.Reg(a), asm.Reg(d))
	l.gput(r, d)
}

// intDivMod emits Python's A // B or A % B. A constant B is divided by
// without SDIV (intDivModConst, lower_divmod.go). SDIV truncates and never
// traps (MinInt64 / -1 gives MinInt64, whose remainder A - q*B is then 0,
// right for %); the floor adjustment: when the remainder is nonzero and its
// sign differs from B's, the quotient is one less and the remainder gains B.
func (l *lowerer) intDivMod(r trace.Ref, mod bool) {
	ins := &l.t.Ins[r]
	if l.t.IsConst(ins.B) {
		l.intDivModConst(r, mod)
		return
	}
	a, b := l.greg(ins.A, s1), l.greg(ins.B, s2)
	d := l.gdst(r, s3)
	var done fwd
	l.op3(arm64.ACMP, asm.Imm(0), b, obj.Addr{})
	l.exitIf(arm64.COND_EQ, r)
	if !mod {
		// A // -1 is -A, which overflows for MinInt64.
		var general fwd
		l.op3(arm64.ACMN, asm.Imm(1), b, obj.Addr{})
		general.jump(l, arm64.ABNE)
		l.op(arm64.ANEGS, asm.Reg(a), asm.Reg(d))
		l.exitIf(arm64.COND_VS, r)
		done.jump(l, arm64.AB)
		general.place(l)
	}
	var q, rem, x int16 = s3, s4, s5
	l.op3(arm64.ASDIV, asm.Reg(b), a, asm.Reg(q))
	l.op4(arm64.AMSUB, asm.Reg(b), a, asm.Reg(q), asm.Reg(rem)) // rem = a - q*b
	var exact fwd
	l.op3(arm64.ACMP, asm.Imm(0), rem, obj.Addr{})
	exact.jump(l, arm64.ABEQ)
	l.op3(arm64.AEOR, asm.Reg(b), rem, asm.Reg(x))
	l.op3(arm64.ACMP, asm.Imm(0), x, obj.Addr{})
	exact.jump(l, arm64.ABGE)
	if mod {
		l.op3(arm64.AADD, asm.Reg(b), rem, asm.Reg(rem))
	} else {
		l.op3(arm64.ASUB, asm.Imm(1), q, asm.Reg(q))
	}
	exact.place(l)
	if mod {
		l.op(arm64.AMOVD, asm.Reg(rem), asm.Reg(d))
	} else {
		l.op(arm64.AMOVD, asm.Reg(q), asm.Reg(d))
	}
	done.place(l)
	l.gput(r, d)
}

// intShr emits A >> B (arithmetic), exiting if B < 0; ASR by a register
// uses the count modulo 64, so counts above 63 are clamped to 63 (all sign
// bits), which is what Python gives.
func (l *lowerer) intShr(r trace.Ref) {
	ins := &l.t.Ins[r]
	a := l.greg(ins.A, s1)
	if l.t.IsConst(ins.B) {
		n := int64(l.t.ConstValue(ins.B))
		if n < 0 {
			l.exitAlways(r)
			return
		}
		d := l.gdst(r, s3)
		l.op3(arm64.AASR, asm.Imm(min(n, 63)), a, asm.Reg(d))
		l.gput(r, d)
		return
	}
	b := l.greg(ins.B, s2)
	l.op3(arm64.ACMP, asm.Imm(0), b, obj.Addr{})
	l.exitIf(arm64.COND_LT, r)
	l.loadConst(63, s3)
	l.op3(arm64.ACMP, asm.Imm(63), b, obj.Addr{})
	l.op4(arm64.ACSEL, cond(arm64.COND_GT), s3, asm.Reg(b), asm.Reg(s3))
	d := l.gdst(r, s3)
	l.op3(arm64.AASR, asm.Reg(s3), a, asm.Reg(d))
	l.gput(r, d)
}
