package amd64

import (
	"math"

	"github.com/tracejit/tracejit/jit/abi"
	"github.com/tracejit/tracejit/jit/asm"
	"github.com/tracejit/tracejit/trace"
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// Go's math.NaN(), the NaN math.Mod returns for x = ±inf or nan or y = nan.
const goNaN = 0x7FF8000000000001

// floatDivMod emits runtime.FloatDivMod's quotient (float_floordiv) or
// remainder (float_mod) for B != 0, step by step in the same order and
// with the same operand order as the Go code, so that every result,
// signed zeros and NaN payloads included, has the same bits:
//
//	mod := math.Mod(x, y)
//	div := (x - mod) / y
//	if mod != 0 {
//		if (y < 0) != (mod < 0) { mod += y; div -= 1.0 }
//	} else {
//		mod = math.Copysign(0, y)
//	}
//	if div != 0 {
//		floordiv = math.Floor(div)
//		if div-floordiv > 0.5 { floordiv += 1.0 }
//	} else {
//		floordiv = math.Copysign(0, x/y)
//	}
//
// math.Mod is exact (the remainder of two doubles is representable), so
// any exact method gives its bits: this uses the x87 FPREM loop on the
// finite cases and Go's NaN constant otherwise. x and y live in
// Context.Temp[2], [3] during the sequence, mod in FRegScratch and div in
// FRegScratch2.
//
// The sign tests use the bits: when mod is NaN the adjustment cannot change
// any result (every value involved is already that NaN), so it is skipped;
// otherwise mod and y are not NaN and not zero, and "< 0" is the sign bit.
func (l *lowerer) floatDivMod(r trace.Ref, wantMod bool) {
	ins := &l.t.Ins[r]
	x, y, scratch := tempLoc(2), tempLoc(3), tempLoc(4)
	mod, div := asm.Reg(f1), asm.Reg(f2)
	rs1, rs2 := asm.Reg(s1), asm.Reg(s2)
	l.move(x, l.home(ins.A))
	l.move(y, l.home(ins.B))

	// mod = math.Mod(x, y)
	var nan, haveMod, fprem fwd
	l.op(x86.AMOVQ, x.addr(), rs1)
	l.op(x86.ASHLQ, asm.Imm(1), rs1)
	l.loadConst(0x7FF0000000000000<<1, s2)
	l.op(x86.ACMPQ, rs1, rs2)
	nan.jump(l, x86.AJCC) // x is ±inf or nan
	l.op(x86.AMOVQ, y.addr(), rs1)
	l.op(x86.ASHLQ, asm.Imm(1), rs1)
	l.op(x86.ACMPQ, rs1, rs2)
	nan.jump(l, x86.AJHI) // y is nan
	l.op(x86.AFMOVD, y.addr(), asm.Reg(x86.REG_F0))
	l.op(x86.AFMOVD, x.addr(), asm.Reg(x86.REG_F0)) // ST0 = x, ST1 = y
	fprem.place(l)
	l.op0(x86.AFPREM) // partial remainder; C2 set means "not done yet"
	l.op(x86.AFSTSW, obj.Addr{}, scratch.addr())
	l.op(x86.ATESTW, asm.Imm(0x400), scratch.addr())
	fprem.jump(l, x86.AJNE)
	l.op(x86.AFMOVDP, asm.Reg(x86.REG_F0), scratch.addr())      // pop the remainder
	l.op(x86.AFMOVDP, asm.Reg(x86.REG_F0), asm.Reg(x86.REG_F0)) // pop y: the x87 stack is empty again
	l.op(x86.AMOVSD, scratch.addr(), mod)
	haveMod.jump(l, obj.AJMP)
	nan.place(l)
	l.move(mloc{kind: mFPR, reg: f1}, mloc{kind: mImm, bits: goNaN})
	haveMod.place(l)

	// div = (x - mod) / y
	l.op(x86.AMOVSD, x.addr(), div)
	l.op(x86.ASUBSD, mod, div)
	l.op(x86.ADIVSD, y.addr(), div)

	// if mod != 0 { if (y < 0) != (mod < 0) { mod += y; div -= 1.0 } }
	// else { mod = copysign(0, y) }
	var modZero, adjusted fwd
	l.op(x86.AMOVQ, mod, rs1)
	l.op(x86.AMOVQ, rs1, rs2)
	l.op(x86.ASHLQ, asm.Imm(1), rs2)
	modZero.jump(l, x86.AJEQ)
	l.op(x86.ASHRQ, asm.Imm(53), rs2) // the exponent; all ones only for nan here
	l.op(x86.ACMPQ, rs2, asm.Imm(0x7FF))
	adjusted.jump(l, x86.AJEQ)
	l.op(x86.AXORQ, y.addr(), rs1)
	adjusted.jump(l, x86.AJPL) // same signs
	l.op(x86.AADDSD, y.addr(), mod)
	l.move(scratch, mloc{kind: mImm, bits: math.Float64bits(1)})
	l.op(x86.ASUBSD, scratch.addr(), div)
	adjusted.jump(l, obj.AJMP)
	modZero.place(l)
	l.copySignZero(y, f1)
	adjusted.place(l)
	if wantMod {
		l.fput(r, f1)
		return
	}

	// if div != 0 { floordiv = floor(div); if div-floordiv > 0.5 { floordiv += 1.0 } }
	// else { floordiv = copysign(0, x/y) }
	var divZero, done fwd
	l.op(x86.AMOVQ, div, rs1)
	l.op(x86.ASHLQ, asm.Imm(1), rs1)
	divZero.jump(l, x86.AJEQ)
	if l.sse41 {
		l.op3(x86.AROUNDSD, asm.Imm(1), div, mod)
	} else {
		l.op(x86.AMOVAPS, div, mod)
		l.roundFallback(f1, true, scratch)
	}
	l.op(x86.ASUBSD, mod, div) // div - floordiv
	l.move(scratch, mloc{kind: mImm, bits: math.Float64bits(0.5)})
	l.op(x86.AUCOMISD, scratch.addr(), div) // ucomisd div-floordiv, 0.5
	done.jump(l, x86.AJLS)
	l.move(scratch, mloc{kind: mImm, bits: math.Float64bits(1)})
	l.op(x86.AADDSD, scratch.addr(), mod)
	done.jump(l, obj.AJMP)
	divZero.place(l)
	l.op(x86.AMOVSD, x.addr(), mod)
	l.op(x86.ADIVSD, y.addr(), mod)
	l.op(x86.AMOVSD, mod, scratch.addr())
	l.copySignZero(scratch, f1)
	done.place(l)
	l.fput(r, f1)
}

// copySignZero sets SSE register d to ±0 with the sign of the float in
// memory word src (math.Copysign(0, src)).
func (l *lowerer) copySignZero(src mloc, d int16) {
	l.op(x86.AMOVQ, src.addr(), asm.Reg(s1))
	l.op(x86.ASHRQ, asm.Imm(63), asm.Reg(s1))
	l.op(x86.ASHLQ, asm.Imm(63), asm.Reg(s1))
	l.op(x86.AMOVQ, asm.Reg(s1), asm.Reg(d))
}

// intDivModConst emits A // B or A % B (Python's floor semantics) for a
// constant B without a divide instruction:
//
//   - B == 0 always exits (the interpreter raises ZeroDivisionError).
//   - B == -1: -A, exiting for MinInt64 (the quotient needs a big int);
//     the remainder is 0. B == 1: A and 0.
//   - B == 2**k: A >> k (arithmetic shifts floor) and A & (2**k - 1) (the
//     low bits are the remainder of floor division, in [0, B)).
//   - B == -(2**k), MinInt64 included: with low = A & (2**k - 1),
//     A // B = -(A >> k) - (low != 0) and A % B = low != 0 ? low | B : 0
//     (low - 2**k, whose high bits are B's).
//   - Other B > 0: the sign of A is folded away first. With s = A >> 63
//     (0 or -1) and x = A ^ s (A, or -A - 1 >= 0 for negative A), the
//     floor quotient is s ^ (x / B), and x / B for 0 <= x < 2**63 is the
//     high half of an unsigned multiplication by abi.MagicFor(B).M,
//     shifted right: the signed sequence's "+ n" correction for M < 0 is
//     exactly the difference between the signed and unsigned products,
//     and its final "+ 1 if negative" never applies. The remainder is
//     A - q*B.
//   - Other B < 0: abi.Magic's signed sequence gives the truncated
//     quotient q and remainder A - q*B; where that remainder is positive
//     (its sign differs from B's), q - 1 and remainder + B are the floor
//     results. CMOV and a sign mask make this branch-free.
//
// The multiplications use the one-operand IMULQ/MULQ, whose product goes
// to DX:AX: each is saved in Context.Temp[0], [1] and restored before
// falling through if it holds a value still needed after this instruction
// (busyAfter). Only B == 0 and B == -1 exit, and neither writes anything
// but the result's register (which no snapshot value shares) before.
func (l *lowerer) intDivModConst(r trace.Ref, mod bool) {
	ins := &l.t.Ins[r]
	b := int64(l.t.ConstValue(ins.B))
	k, pow2 := abi.Log2Abs(b)
	rs1 := asm.Reg(s1)
	switch {
	case b == 0:
		l.exitAlways(r)
	case b == -1:
		l.divMinusOne(r, mod, l.gdst(r, s1))
	case b == 1:
		if mod {
			l.move(l.home(r), mloc{kind: mImm, bits: 0})
		} else {
			l.move(l.home(r), l.home(ins.A))
		}
	case pow2 && b > 0:
		d := l.gdst(r, s1)
		l.gload(ins.A, d)
		if !mod {
			l.op(x86.ASARQ, asm.Imm(int64(k)), asm.Reg(d))
		} else {
			l.lowBits(d, k)
		}
		l.gput(r, d)
	case pow2:
		d := l.gdst(r, s2)
		l.gload(ins.A, d)
		if !mod {
			l.op(x86.AMOVQ, asm.Reg(d), rs1)
			l.op(x86.ASARQ, asm.Imm(int64(k)), asm.Reg(d))
			l.op1(x86.ANEGQ, asm.Reg(d)) // |A >> k| <= 2**62: no overflow
			l.op(x86.ASHLQ, asm.Imm(int64(64-k)), rs1)
			l.op1(x86.ANEGQ, rs1)                   // CF = low bits != 0
			l.op(x86.ASBBQ, asm.Imm(0), asm.Reg(d)) // d -= CF
		} else {
			l.lowBits(d, k)
			l.loadConst(uint64(b), s1)
			l.op(x86.AORQ, asm.Reg(d), rs1)
			l.op(x86.ATESTQ, asm.Reg(d), asm.Reg(d))
			l.op(x86.ACMOVQNE, rs1, asm.Reg(d))
		}
		l.gput(r, d)
	default:
		l.divMagic(r, mod, b)
	}
}

// lowBits clears all but the low k bits of register d (k in 1..63).
func (l *lowerer) lowBits(d int16, k uint) {
	if k <= 31 {
		l.op(x86.AANDQ, asm.Imm(1<<k-1), asm.Reg(d))
		return
	}
	l.op(x86.ASHLQ, asm.Imm(int64(64-k)), asm.Reg(d))
	l.op(x86.ASHRQ, asm.Imm(int64(64-k)), asm.Reg(d))
}

// divMagic emits the multiplication sequences of intDivModConst for a B
// that is not 0, ±1 or ± a power of two: the result is computed in
// RegScratch2, RegScratch holds A's sign mask (B > 0), and AX, DX are
// borrowed.
func (l *lowerer) divMagic(r trace.Ref, mod bool, b int64) {
	g := abi.MagicFor(b)
	rs1, rs2 := asm.Reg(s1), asm.Reg(s2)
	ax, dx := asm.Reg(x86.REG_AX), asm.Reg(x86.REG_DX)
	saveAX, saveDX := l.busyAfter(r, x86.REG_AX), l.busyAfter(r, x86.REG_DX)

	l.gload(l.t.Ins[r].A, s2)
	if b > 0 {
		l.op(x86.AMOVQ, rs2, rs1)
		l.op(x86.ASARQ, asm.Imm(63), rs1)
		l.op(x86.AXORQ, rs1, rs2) // x = A ^ s >= 0
	}
	if saveAX {
		l.op(x86.AMOVQ, ax, tempLoc(0).addr())
	}
	if saveDX {
		l.op(x86.AMOVQ, dx, tempLoc(1).addr())
	}
	l.loadConst(uint64(g.M), x86.REG_AX)
	// q * B into AX, for the remainder (q in DX).
	productAX := func() {
		if fits32(uint64(b)) {
			l.op3(x86.AIMUL3Q, asm.Imm(b), dx, ax)
		} else {
			l.loadConst(uint64(b), x86.REG_AX)
			l.op(x86.AIMULQ, dx, ax)
		}
	}
	if b > 0 {
		l.op(x86.AMULQ, rs2, obj.Addr{}) // DX = high half of M * x, unsigned
		if g.Shift > 0 {
			l.op(x86.ASHRQ, asm.Imm(int64(g.Shift)), dx)
		}
		l.op(x86.AXORQ, rs1, dx) // floor quotient
		if mod {
			productAX()
			l.op(x86.AXORQ, rs1, rs2) // A again
			l.op(x86.ASUBQ, ax, rs2)  // A - q*B
		} else {
			l.op(x86.AMOVQ, dx, rs2)
		}
	} else {
		l.op(x86.AIMULQ, rs2, obj.Addr{}) // DX = high half of M * A, signed
		if g.Add < 0 {
			l.op(x86.ASUBQ, rs2, dx)
		}
		if g.Shift > 0 {
			l.op(x86.ASARQ, asm.Imm(int64(g.Shift)), dx)
		}
		l.op(x86.AMOVQ, dx, ax)
		l.op(x86.ASHRQ, asm.Imm(63), ax)
		l.op(x86.AADDQ, ax, dx) // truncated quotient
		productAX()
		l.op(x86.ASUBQ, ax, rs2) // truncated remainder, |rem| < |B|
		if mod {
			// rem > 0 ? rem + B : rem
			if fits32(uint64(b)) {
				l.op(x86.ALEAQ, asm.Mem(s2, b), ax)
			} else {
				l.loadConst(uint64(b), x86.REG_AX)
				l.op(x86.AADDQ, rs2, ax)
			}
			l.op(x86.ATESTQ, rs2, rs2)
			l.op(x86.ACMOVQGT, ax, rs2)
		} else {
			// q + (rem > 0 ? -1 : 0)
			l.op1(x86.ANEGQ, rs2)
			l.op(x86.ASARQ, asm.Imm(63), rs2)
			l.op(x86.AADDQ, dx, rs2)
		}
	}
	if saveAX {
		l.op(x86.AMOVQ, tempLoc(0).addr(), ax)
	}
	if saveDX {
		l.op(x86.AMOVQ, tempLoc(1).addr(), dx)
	}
	l.gput(r, s2)
}

// busyAfter reports whether general register reg holds a value that is
// live after instruction r (other than r's result): one defined before
// Def(r) whose live range goes on past it. A value whose range ends at r
// is at most read by r itself (as an operand, already copied, or by r's
// snapshot, which only an exit reads).
func (l *lowerer) busyAfter(r trace.Ref, reg int16) bool {
	def := abi.Def(r)
	for v, loc := range l.a.Locs {
		if loc.Kind == abi.InReg && trace.Ref(v) != r && !l.isFloat(trace.Ref(v)) &&
			TraceGPRs[loc.Index] == reg && l.a.Start[v] < def && l.a.End[v] > def {
			return true
		}
	}
	return false
}
