package amd64

import (
	"math"

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
