package arm64

import (
	"math"

	"github.com/tracejit/tracejit/jit/abi"
	"github.com/tracejit/tracejit/jit/asm"
	"github.com/tracejit/tracejit/trace"
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/arm64"
)

// Go's math.NaN(), the NaN math.Mod returns for x = ±inf or nan or y = nan.
const goNaN = 0x7FF8000000000001

// signBit is the sign bit as an immediate.
const signBit = math.MinInt64

// floatDivMod emits runtime.FloatDivMod's quotient (float_floordiv) or
// remainder (float_mod) for B != 0, step by step in the same order and
// with the same operand order as the Go code (see jit/amd64's floatDivMod
// for the Go source), so that every result, signed zeros and NaN payloads
// included, has the same bits. x and y stay in Context.Temp[2], [3]; mod
// is computed in FRegScratch, div in FRegScratch2.
func (l *lowerer) floatDivMod(r trace.Ref, wantMod bool) {
	ins := &l.t.Ins[r]
	x, y, scratch := tempLoc(2), tempLoc(3), tempLoc(4)
	l.move(x, l.home(ins.A))
	l.move(y, l.home(ins.B))
	l.fmod(x, y)
	mod, div, tmp := asm.Reg(f1), asm.Reg(f2), asm.Reg(f3)

	// div = (x - mod) / y
	l.op(arm64.AFMOVD, x.addr(), div)
	l.op3(arm64.AFSUBD, mod, f2, div)
	l.op(arm64.AFMOVD, y.addr(), tmp)
	l.op3(arm64.AFDIVD, tmp, f2, div)

	// if mod != 0 { if (y < 0) != (mod < 0) { mod += y; div -= 1.0 } }
	// else { mod = copysign(0, y) }
	// When mod is NaN the adjustment changes no bits (every value involved
	// is that NaN); otherwise mod and y are neither NaN nor zero, and "< 0"
	// is the sign bit.
	var modZero, adjusted fwd
	l.op(arm64.AFMOVD, mod, asm.Reg(s1))
	l.op3(arm64.ALSL, asm.Imm(1), s1, asm.Reg(s2))
	l.exit2(&modZero, s2, arm64.ACBZ)
	l.op3(arm64.ALSR, asm.Imm(53), s2, asm.Reg(s2)) // the exponent: all ones only for nan
	l.op3(arm64.ACMP, asm.Imm(0x7FF), s2, obj.Addr{})
	adjusted.jump(l, arm64.ABEQ)
	l.op(arm64.AMOVD, y.addr(), asm.Reg(s2))
	l.op3(arm64.AEOR, asm.Reg(s2), s1, asm.Reg(s1))
	l.op3(arm64.ACMP, asm.Imm(0), s1, obj.Addr{})
	adjusted.jump(l, arm64.ABGE)      // same signs
	l.op3(arm64.AFADDD, tmp, f1, mod) // tmp still holds y
	l.fconst(math.Float64bits(1), f3)
	l.op3(arm64.AFSUBD, tmp, f2, div)
	adjusted.jump(l, arm64.AB)
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
	l.op(arm64.AFMOVD, div, asm.Reg(s1))
	l.op3(arm64.ALSL, asm.Imm(1), s1, asm.Reg(s1))
	l.exit2(&divZero, s1, arm64.ACBZ)
	l.op(arm64.AFRINTMD, div, mod) // floordiv
	l.op3(arm64.AFSUBD, mod, f2, tmp)
	l.fconst(math.Float64bits(0.5), f2)
	l.op3(arm64.AFCMPD, div, f3, obj.Addr{}) // flags from (div - floordiv) - 0.5
	done.jump(l, arm64.ABLE)                 // not greater (or unordered)
	l.fconst(math.Float64bits(1), f2)
	l.op3(arm64.AFADDD, div, f1, mod)
	done.jump(l, arm64.AB)
	divZero.place(l)
	l.op(arm64.AFMOVD, x.addr(), mod)
	l.op(arm64.AFMOVD, y.addr(), tmp)
	l.op3(arm64.AFDIVD, tmp, f1, mod)
	l.op(arm64.AFMOVD, mod, scratch.addr())
	l.copySignZero(scratch, f1)
	done.place(l)
	l.fput(r, f1)
}

// exit2 branches to f with CBZ/CBNZ reg.
func (l *lowerer) exit2(f *fwd, reg int16, as obj.As) { f.jumpReg(l, as, reg) }

// copySignZero sets float register d to ±0 with the sign of the float in
// memory word src (math.Copysign(0, src)).
func (l *lowerer) copySignZero(src mloc, d int16) {
	l.op(arm64.AMOVD, src.addr(), asm.Reg(s1))
	l.op3(arm64.AAND, asm.Imm(signBit), s1, asm.Reg(s1))
	l.op(arm64.AFMOVD, asm.Reg(s1), asm.Reg(d))
}

// fmod computes math.Mod(x, y) into FRegScratch for the float64s in
// memory words x and y (y != 0), using the general scratch registers.
//
// math.Mod is exact, so any exact method gives its bits. This is the
// classic integer long division on the significands (as in musl's fmod):
//
//  1. x = ±inf or nan, or y = nan: Go's NaN. y = ±inf or |x| < |y|: x.
//     |x| = |y|: zero with x's sign.
//  2. Unpack both into an integer significand with the implicit bit
//     (subnormals normalised with CLZ) and an exponent.
//  3. While ex > ey: subtract the divisor's significand when it fits (a
//     zero difference means an exact multiple: zero with x's sign), shift
//     left, decrement ex; then one final subtraction.
//  4. Renormalise, repack (subnormal if the exponent went below 1) and put
//     x's sign on.
//
// The loop runs ex - ey times (at most about 2100 for extreme operands).
func (l *lowerer) fmod(x, y mloc) {
	var ux, uy, ex, ey, t int16 = s1, s2, s3, s4, s5
	R := asm.Reg
	none := obj.Addr{}
	var nan, retX, retZero, have fwd

	l.op(arm64.AMOVD, x.addr(), R(ux))
	l.op(arm64.AMOVD, y.addr(), R(uy))
	l.loadConst(0x7FF0000000000000<<1, t)    // inf, shifted like |x| below
	l.op3(arm64.ALSL, asm.Imm(1), ux, R(ex)) // |x| << 1
	l.op3(arm64.ACMP, R(t), ex, none)        //
	nan.jump(l, arm64.ABHS)                  // x is ±inf or nan
	l.op3(arm64.ALSL, asm.Imm(1), uy, R(ey)) // |y| << 1
	l.op3(arm64.ACMP, R(t), ey, none)        //
	nan.jump(l, arm64.ABHI)                  // y is nan
	retX.jump(l, arm64.ABEQ)                 // y is ±inf
	l.op3(arm64.ACMP, R(ey), ex, none)       // |x| vs |y|
	retX.jump(l, arm64.ABLO)                 //
	retZero.jump(l, arm64.ABEQ)              //
	unpack := func(u, e int16) {
		var normal, next fwd
		l.op3(arm64.ALSR, asm.Imm(52), u, R(e))
		l.op3(arm64.AAND, asm.Imm(0x7FF), e, R(e))
		l.exit2(&normal, e, arm64.ACBNZ)
		// Subnormal: shift the leading one to bit 52; the exponent
		// becomes 1 - shift... as if the value were normal: e = -lz where
		// lz counts the leading zeros of the 52-bit fraction.
		l.op3(arm64.ALSL, asm.Imm(12), u, R(t))
		l.op(arm64.ACLZ, R(t), R(t))
		l.op(arm64.ANEG, R(t), R(e))
		l.op3(arm64.AADD, asm.Imm(1), t, R(t))
		l.op3(arm64.ALSL, R(t), u, R(u)) // drops the sign bit too
		next.jump(l, arm64.AB)
		normal.place(l)
		l.op3(arm64.AAND, asm.Imm(1<<52-1), u, R(u))
		l.op3(arm64.AORR, asm.Imm(1<<52), u, R(u))
		next.place(l)
	}
	unpack(ux, ex)
	unpack(uy, ey)

	var loop, last fwd
	loop.place(l)
	l.op3(arm64.ACMP, R(ey), ex, none)
	last.jump(l, arm64.ABLE)
	l.op3(arm64.ASUBS, R(uy), ux, R(t))
	var skip fwd
	skip.jump(l, arm64.ABLT) // the divisor does not fit
	retZero.jump(l, arm64.ABEQ)
	l.op(arm64.AMOVD, R(t), R(ux))
	skip.place(l)
	l.op3(arm64.ALSL, asm.Imm(1), ux, R(ux))
	l.op3(arm64.ASUB, asm.Imm(1), ex, R(ex))
	loop.jump(l, arm64.AB)
	last.place(l)
	var skip2 fwd
	l.op3(arm64.ASUBS, R(uy), ux, R(t))
	skip2.jump(l, arm64.ABLT)
	retZero.jump(l, arm64.ABEQ)
	l.op(arm64.AMOVD, R(t), R(ux))
	skip2.place(l)

	// Renormalise: the leading one back to bit 52 (ux < 2**53 here).
	l.op(arm64.ACLZ, R(ux), R(t))
	l.op3(arm64.ASUB, asm.Imm(11), t, R(t))
	l.op3(arm64.ALSL, R(t), ux, R(ux))
	l.op3(arm64.ASUB, R(t), ex, R(ex))
	var subnormal, sign fwd
	l.op3(arm64.ACMP, asm.Imm(0), ex, none)
	subnormal.jump(l, arm64.ABLE)
	l.op3(arm64.AAND, asm.Imm(1<<52-1), ux, R(ux))
	l.op3(arm64.AORR, shifted(shiftLSL, ex, 52), ux, R(ux))
	sign.jump(l, arm64.AB)
	subnormal.place(l)
	l.op(arm64.ANEG, R(ex), R(t))
	l.op3(arm64.AADD, asm.Imm(1), t, R(t))
	l.op3(arm64.ALSR, R(t), ux, R(ux))
	sign.place(l)
	l.op(arm64.AMOVD, x.addr(), R(t))
	l.op3(arm64.AAND, asm.Imm(signBit), t, R(t))
	l.op3(arm64.AORR, R(t), ux, R(ux))
	l.op(arm64.AFMOVD, R(ux), R(f1))
	have.jump(l, arm64.AB)

	retZero.place(l)
	l.copySignZero(x, f1)
	have.jump(l, arm64.AB)
	retX.place(l)
	l.op(arm64.AFMOVD, x.addr(), R(f1))
	have.jump(l, arm64.AB)
	nan.place(l)
	l.fconst(goNaN, f1)
	have.place(l)
}

// intDivModConst emits A // B or A % B (Python's floor semantics) for a
// constant B without SDIV. The cases and the arithmetic are those of
// jit/amd64's intDivModConst; here:
//
//   - B == -(2**k): the quotient -(A >> k) - (low bits != 0) is one CSINV
//     (~(A >> k) = -(A >> k) - 1), and the remainder low | B one ORR, both
//     selected on TST/ANDS of the low bits.
//   - B > 0, not a power of two: UMULH by the magic number on the folded
//     dividend A ^ (A >> 63), the shift folded into the EOR that unfolds the
//     quotient; the remainder is one MSUB.
//   - B < 0, not a power of two: SMULH, the truncated quotient and
//     remainder, then CSEL on the remainder's sign.
//
// Nothing is written before the last read of A (the result may share its
// register), and only B == 0 and B == -1 exit.
func (l *lowerer) intDivModConst(r trace.Ref, mod bool) {
	ins := &l.t.Ins[r]
	b := int64(l.t.ConstValue(ins.B))
	k, pow2 := abi.Log2Abs(b)
	R := asm.Reg
	none := obj.Addr{}
	switch {
	case b == 0:
		l.exitAlways(r)
		return
	case b == 1:
		if mod {
			l.move(l.home(r), mloc{kind: mImm, bits: 0})
		} else {
			l.move(l.home(r), l.home(ins.A))
		}
		return
	case b == -1 && mod:
		l.move(l.home(r), mloc{kind: mImm, bits: 0})
		return
	}
	a := l.greg(ins.A, s1)
	d := l.gdst(r, s3)
	switch {
	case b == -1:
		// -A, which overflows for MinInt64.
		l.op(arm64.ANEGS, R(a), R(d))
		l.exitIf(arm64.COND_VS, r)
	case pow2 && b > 0:
		if mod {
			l.op3(arm64.AAND, asm.Imm(1<<k-1), a, R(d))
		} else {
			l.op3(arm64.AASR, asm.Imm(int64(k)), a, R(d))
		}
	case pow2:
		mask := asm.Imm(int64(uint64(1)<<k - 1))
		if mod {
			l.op3(arm64.AANDS, mask, a, R(s4))                       // low bits
			l.op3(arm64.AORR, asm.Imm(b), s4, R(s5))                 // low - 2**k
			l.op4(arm64.ACSEL, cond(arm64.COND_NE), s5, R(s4), R(d)) // low == 0: 0
		} else {
			l.op3(arm64.AASR, asm.Imm(int64(k)), a, R(s4))
			l.op(arm64.ANEG, R(s4), R(s5))
			l.op3(arm64.ATST, mask, a, none)
			l.op4(arm64.ACSINV, cond(arm64.COND_EQ), s5, R(s4), R(d)) // exact: -(A>>k), else ~(A>>k)
		}
	case b > 0:
		g := abi.MagicFor(b)
		l.op3(arm64.AASR, asm.Imm(63), a, R(s4)) // s = A >> 63
		l.op3(arm64.AEOR, R(s4), a, R(s5))       // x = A ^ s >= 0
		l.loadConst(uint64(g.M), s3)
		l.op3(arm64.AUMULH, R(s3), s5, R(s3)) // high half of M * x, unsigned
		q := d
		if mod {
			q = s5
		}
		l.op3(arm64.AEOR, shifted(shiftLSR, s3, int64(g.Shift)), s4, R(q)) // floor quotient
		if mod {
			l.loadConst(uint64(b), s4)
			l.op4(arm64.AMSUB, R(s4), a, R(q), R(d)) // A - q*B
		}
	default:
		g := abi.MagicFor(b)
		l.loadConst(uint64(g.M), s3)
		l.op3(arm64.ASMULH, R(s3), a, R(s3))
		if g.Add < 0 {
			l.op3(arm64.ASUB, R(a), s3, R(s3))
		}
		if g.Shift > 0 {
			l.op3(arm64.AASR, asm.Imm(int64(g.Shift)), s3, R(s3))
		}
		l.op3(arm64.AADD, shifted(shiftLSR, s3, 63), s3, R(s3)) // truncated quotient
		l.loadConst(uint64(b), s4)
		l.op4(arm64.AMSUB, R(s4), a, R(s3), R(s5)) // truncated remainder
		l.op3(arm64.ACMP, asm.Imm(0), s5, none)
		// A positive remainder has the wrong sign: quotient - 1, remainder + B.
		if mod {
			l.op3(arm64.AADD, R(s4), s5, R(s4))
			l.op4(arm64.ACSEL, cond(arm64.COND_GT), s4, R(s5), R(d))
		} else {
			l.op3(arm64.ASUB, asm.Imm(1), s3, R(s4))
			l.op4(arm64.ACSEL, cond(arm64.COND_GT), s4, R(s3), R(d))
		}
	}
	l.gput(r, d)
}
