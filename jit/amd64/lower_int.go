package amd64

import (
	"github.com/tracejit/tracejit/jit/asm"
	"github.com/tracejit/tracejit/trace"
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// intCond is an integer comparison: SETcc for the bool, Jcc taken when
// the comparison holds and when it does not.
type intCond struct{ set, jtrue, jfalse obj.As }

var intConds = map[trace.Op]intCond{
	trace.OpIntLt: {x86.ASETLT, x86.AJLT, x86.AJGE},
	trace.OpIntLe: {x86.ASETLE, x86.AJLE, x86.AJGT},
	trace.OpIntEq: {x86.ASETEQ, x86.AJEQ, x86.AJNE},
	trace.OpIntNe: {x86.ASETNE, x86.AJNE, x86.AJEQ},
	trace.OpIntGt: {x86.ASETGT, x86.AJGT, x86.AJLE},
	trace.OpIntGe: {x86.ASETGE, x86.AJGE, x86.AJLT},
}

// lowerInt emits integer and bool ops.
func (l *lowerer) lowerInt(r trace.Ref) {
	ins := &l.t.Ins[r]
	switch ins.Op {
	case trace.OpIntAddOvf:
		l.intBinary(r, x86.AADDQ, true, true)
	case trace.OpIntSubOvf:
		l.intBinary(r, x86.ASUBQ, false, true)
	case trace.OpIntMulOvf:
		l.intBinary(r, x86.AIMULQ, true, true)
	case trace.OpIntAdd:
		l.intBinary(r, x86.AADDQ, true, false)
	case trace.OpIntSub:
		l.intBinary(r, x86.ASUBQ, false, false)
	case trace.OpIntMul:
		l.intBinary(r, x86.AIMULQ, true, false)
	case trace.OpIntAnd:
		l.intBinary(r, x86.AANDQ, true, false)
	case trace.OpIntOr:
		l.intBinary(r, x86.AORQ, true, false)
	case trace.OpIntXor:
		l.intBinary(r, x86.AXORQ, true, false)
	case trace.OpIntNegOvf:
		d := l.gdst(r, s1)
		l.gload(ins.A, d)
		l.op1(x86.ANEGQ, asm.Reg(d)) // sets OF only for MinInt64
		l.exitIf(x86.AJOS, r)
		l.gput(r, d)
	case trace.OpIntAbsOvf:
		// |a| = (a ^ s) - s with s = a >> 63; the subtraction overflows
		// exactly for MinInt64.
		d := l.gdst(r, s1)
		l.gload(ins.A, d)
		l.op(x86.AMOVQ, asm.Reg(d), asm.Reg(s2))
		l.op(x86.ASARQ, asm.Imm(63), asm.Reg(s2))
		l.op(x86.AXORQ, asm.Reg(s2), asm.Reg(d))
		l.op(x86.ASUBQ, asm.Reg(s2), asm.Reg(d))
		l.exitIf(x86.AJOS, r)
		l.gput(r, d)
	case trace.OpIntFloorDiv:
		l.intDivMod(r, false)
	case trace.OpIntMod:
		l.intDivMod(r, true)
	case trace.OpIntShr:
		l.intShr(r)
	case trace.OpIntMin:
		l.intMinMax(r, x86.ACMOVQLT)
	case trace.OpIntMax:
		l.intMinMax(r, x86.ACMOVQGT)
	case trace.OpIntLt, trace.OpIntLe, trace.OpIntEq, trace.OpIntNe, trace.OpIntGt, trace.OpIntGe:
		l.intCompare(r, intConds[ins.Op])
	case trace.OpBoolNot:
		d := l.gdst(r, s1)
		l.gload(ins.A, d)
		l.op(x86.AXORQ, asm.Imm(1), asm.Reg(d))
		l.gput(r, d)
	case trace.OpBoolToInt:
		l.move(l.home(r), l.home(ins.A))
	default:
		l.fail("%d: no lowering for %v", r, ins.Op)
	}
}

// intBinary emits d = A op B (two-address form), with an overflow exit
// when ovf is set. The result may share a register with an operand that
// dies here, so the order of the copy matters: if B lives where the result
// goes, commute or compute in RegScratch.
func (l *lowerer) intBinary(r trace.Ref, as obj.As, commutative, ovf bool) {
	ins := &l.t.Ins[r]
	a, b := ins.A, ins.B
	d := l.gdst(r, s1)
	if commutative && l.inReg(b, d) {
		a, b = b, a
	}
	if l.inReg(b, d) && !l.inReg(a, d) {
		d = s1
	}
	l.gload(a, d)
	src := l.gsrc(b, s2)
	l.op(as, src, asm.Reg(d))
	if ovf {
		l.exitIf(x86.AJOS, r)
	}
	l.gput(r, d)
}

// intCompare sets a bool from CMPQ A, B, or, when the only use is the next
// guard, branches to the guard's exit directly.
func (l *lowerer) intCompare(r trace.Ref, c intCond) {
	ins := &l.t.Ins[r]
	l.compare(ins.A, ins.B)
	if g, exitWhenTrue, ok := l.fusedGuard(r); ok {
		if exitWhenTrue {
			l.exitIf(c.jtrue, g)
		} else {
			l.exitIf(c.jfalse, g)
		}
		l.done[g] = true
		return
	}
	d := l.gdst(r, s1)
	l.op1(c.set, asm.Reg(d))
	l.op(x86.AMOVBQZX, asm.Reg(d), asm.Reg(d))
	l.gput(r, d)
}

// intMinMax emits B < A ? B : A (cmov = CMOVQLT) or B > A ? B : A
// (CMOVQGT): on equality the result is A, as Python's min and max keep
// the first of equal arguments.
func (l *lowerer) intMinMax(r trace.Ref, cmov obj.As) {
	ins := &l.t.Ins[r]
	d := l.gdst(r, s1)
	if l.inReg(ins.B, d) && !l.inReg(ins.A, d) {
		d = s1
	}
	l.gload(ins.A, d)
	b := l.grm(ins.B, s2)
	l.op(x86.ACMPQ, b, asm.Reg(d)) // flags from B - A
	l.op(cmov, b, asm.Reg(d))
	l.gput(r, d)
}

// intDivMod emits Python's A // B or A % B (floor division: the remainder
// has B's sign). A constant B is divided by without IDIV
// (intDivModConst, lower_divmod.go). IDIV truncates and needs AX and DX,
// which are allocatable: the operands go to the scratch registers first,
// AX and DX are saved in Context.Temp around the division, and every exit
// is taken before that. B == -1 never reaches IDIV (MinInt64 / -1 would
// trap): the quotient is -A (exit on overflow) and the remainder 0.
func (l *lowerer) intDivMod(r trace.Ref, mod bool) {
	ins := &l.t.Ins[r]
	a, b := ins.A, ins.B
	if l.t.IsConst(b) {
		l.intDivModConst(r, mod)
		return
	}
	var minusOne, done fwd
	l.gload(b, s1)
	l.op(x86.ATESTQ, asm.Reg(s1), asm.Reg(s1))
	l.exitIf(x86.AJEQ, r)
	l.op(x86.ACMPQ, asm.Reg(s1), asm.Imm(-1))
	minusOne.jump(l, x86.AJEQ)
	l.gload(a, s2)
	ax, dx := asm.Reg(x86.REG_AX), asm.Reg(x86.REG_DX)
	l.op(x86.AMOVQ, ax, tempLoc(0).addr())
	l.op(x86.AMOVQ, dx, tempLoc(1).addr())
	l.op(x86.AMOVQ, asm.Reg(s2), ax)
	l.op0(x86.ACQO)
	l.op(x86.AIDIVQ, asm.Reg(s1), obj.Addr{})
	// Truncated to floored: when the remainder is nonzero and its sign
	// differs from B's, the quotient is one less and the remainder gains B.
	var exact fwd
	l.op(x86.ATESTQ, dx, dx)
	exact.jump(l, x86.AJEQ)
	if mod {
		l.op(x86.AMOVQ, dx, asm.Reg(s2))
		l.op(x86.AXORQ, asm.Reg(s1), asm.Reg(s2))
		exact.jump(l, x86.AJPL)
		l.op(x86.AADDQ, asm.Reg(s1), dx)
		exact.place(l)
		l.op(x86.AMOVQ, dx, asm.Reg(s2))
	} else {
		l.op(x86.AXORQ, asm.Reg(s1), dx)
		exact.jump(l, x86.AJPL)
		l.op1(x86.ADECQ, ax)
		exact.place(l)
		l.op(x86.AMOVQ, ax, asm.Reg(s2))
	}
	l.op(x86.AMOVQ, tempLoc(0).addr(), ax)
	l.op(x86.AMOVQ, tempLoc(1).addr(), dx)
	done.jump(l, obj.AJMP)
	minusOne.place(l)
	l.divMinusOne(r, mod, s2)
	done.place(l)
	l.gput(r, s2)
}

// divMinusOne computes A // -1 or A % -1 into reg (and r's home).
func (l *lowerer) divMinusOne(r trace.Ref, mod bool, reg int16) {
	if mod {
		l.loadConst(0, reg)
	} else {
		l.gload(l.t.Ins[r].A, reg)
		l.op1(x86.ANEGQ, asm.Reg(reg))
		l.exitIf(x86.AJOS, r)
	}
	if reg != s2 {
		l.gput(r, reg)
	}
}

// intShr emits A >> B (arithmetic), exiting if B < 0; counts of 64 and
// more shift like 63 (all sign bits). A variable count must be in CL, and
// CX is allocatable: it is swapped with the count for the shift.
func (l *lowerer) intShr(r trace.Ref) {
	ins := &l.t.Ins[r]
	if l.t.IsConst(ins.B) {
		n := int64(l.t.ConstValue(ins.B))
		if n < 0 {
			l.exitAlways(r)
			return
		}
		d := l.gdst(r, s1)
		l.gload(ins.A, d)
		l.op(x86.ASARQ, asm.Imm(min(n, 63)), asm.Reg(d))
		l.gput(r, d)
		return
	}
	l.gload(ins.B, s1)
	l.op(x86.ATESTQ, asm.Reg(s1), asm.Reg(s1))
	l.exitIf(x86.AJMI, r)
	var small fwd
	l.op(x86.ACMPQ, asm.Reg(s1), asm.Imm(63))
	small.jump(l, x86.AJLE)
	l.loadConst(63, s1)
	small.place(l)
	l.gload(ins.A, s2)
	cx := asm.Reg(x86.REG_CX)
	l.op(x86.AXCHGQ, cx, asm.Reg(s1))
	l.op(x86.ASARQ, cx, asm.Reg(s2))
	l.op(x86.AMOVQ, asm.Reg(s1), cx)
	l.gput(r, s2)
}
