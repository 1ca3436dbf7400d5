package arm64

import (
	"github.com/tracejit/tracejit/jit/abi"
	"github.com/tracejit/tracejit/jit/asm"
	"github.com/tracejit/tracejit/trace"
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/arm64"
)

// Short names for the temporaries, used throughout the lowering.
const (
	s1 = RegScratch   // R16
	s2 = RegScratch2  // R17
	s3 = RegScratch3  // R25
	s4 = RegScratch4  // R24
	s5 = RegScratch5  // R23
	f1 = FRegScratch  // F31
	f2 = FRegScratch2 // F30
	f3 = FRegScratch3 // F29
)

// mkind is the kind of a machine location.
type mkind uint8

const (
	mGPR mkind = iota // general register reg
	mFPR              // float register reg
	mMem              // off(RegCtx): a spill slot or Context.Temp word
	mImm              // the constant bits
)

// mloc is a machine location: where a value is, in machine terms.
type mloc struct {
	kind mkind
	reg  int16
	off  int64
	bits uint64
}

func (m mloc) same(o mloc) bool {
	switch {
	case m.kind != o.kind:
		return false
	case m.kind == mGPR || m.kind == mFPR:
		return m.reg == o.reg
	case m.kind == mMem:
		return m.off == o.off
	}
	return m.bits == o.bits
}

// addr is the operand for a register or context word (all context
// offsets fit the scaled 12-bit offset of LDR/STR).
func (m mloc) addr() obj.Addr {
	if m.kind == mMem {
		return asm.Mem(RegCtx, m.off)
	}
	return asm.Reg(m.reg)
}

func tempLoc(i int) mloc { return mloc{kind: mMem, off: abi.OffTemp + 8*int64(i)} }

func (l *lowerer) isFloat(r trace.Ref) bool { return l.t.Ins[r].Type.IsFloat() }

func (l *lowerer) constLoc(r trace.Ref) mloc {
	return mloc{kind: mImm, bits: l.t.ConstValue(r)}
}

// home is where the allocation put r.
func (l *lowerer) home(r trace.Ref) mloc {
	loc := l.a.Locs[r]
	switch loc.Kind {
	case abi.InReg:
		if l.isFloat(r) {
			return mloc{kind: mFPR, reg: TraceFPRs[loc.Index]}
		}
		return mloc{kind: mGPR, reg: TraceGPRs[loc.Index]}
	case abi.InSpill:
		return mloc{kind: mMem, off: abi.OffSpill + 8*int64(loc.Index)}
	case abi.IsConst:
		return l.constLoc(r)
	}
	l.fail("Ref %d (%v) has no location", r, l.t.Ins[r].Op)
	return mloc{kind: mImm}
}

// regOf returns r's register if it lives in one.
func (l *lowerer) regOf(r trace.Ref) (int16, bool) {
	m := l.home(r)
	if m.kind == mGPR || m.kind == mFPR {
		return m.reg, true
	}
	return 0, false
}

// imm12 returns r as an ADD/SUB/CMP immediate if it is a constant that
// fits (0..4095).
func (l *lowerer) imm12(r trace.Ref) (obj.Addr, bool) {
	if l.t.IsConst(r) {
		if v := l.t.ConstValue(r); v < 4096 {
			return asm.Imm(int64(v)), true
		}
	}
	return obj.Addr{}, false
}

// greg returns a register holding general value r: its own, or scratch
// loaded with it.
func (l *lowerer) greg(r trace.Ref, scratch int16) int16 {
	if reg, ok := l.regOf(r); ok {
		return reg
	}
	l.move(mloc{kind: mGPR, reg: scratch}, l.home(r))
	return scratch
}

// gsrc is r as the second operand of ADD/SUB/CMP: an immediate when it
// fits, else a register.
func (l *lowerer) gsrc(r trace.Ref, scratch int16) obj.Addr {
	if imm, ok := l.imm12(r); ok {
		return imm
	}
	return asm.Reg(l.greg(r, scratch))
}

// gdst is the register to compute r in: its own, or scratch if r is
// spilled. gput then stores it home.
func (l *lowerer) gdst(r trace.Ref, scratch int16) int16 {
	if m := l.home(r); m.kind == mGPR {
		return m.reg
	}
	return scratch
}

// gput moves a result computed in reg to r's home.
func (l *lowerer) gput(r trace.Ref, reg int16) {
	l.move(l.home(r), mloc{kind: mGPR, reg: reg})
}

// freg returns a float register holding r.
func (l *lowerer) freg(r trace.Ref, scratch int16) int16 {
	if reg, ok := l.regOf(r); ok {
		return reg
	}
	l.move(mloc{kind: mFPR, reg: scratch}, l.home(r))
	return scratch
}

func (l *lowerer) fdst(r trace.Ref, scratch int16) int16 {
	if m := l.home(r); m.kind == mFPR {
		return m.reg
	}
	return scratch
}

func (l *lowerer) fput(r trace.Ref, reg int16) {
	l.move(l.home(r), mloc{kind: mFPR, reg: reg})
}

// loadConst puts bits into a general register (MOVZ/MOVK/MOVN; no literal
// pool).
func (l *lowerer) loadConst(bits uint64, reg int16) {
	l.op(arm64.AMOVD, asm.Imm(int64(bits)), asm.Reg(reg))
}

// fconst loads float bits into a float register (through RegScratch).
func (l *lowerer) fconst(bits uint64, reg int16) {
	l.move(mloc{kind: mFPR, reg: reg}, mloc{kind: mImm, bits: bits})
}

// move copies 64 bits between any two machine locations. It may use
// RegScratch (memory to memory, constants to memory or float registers)
// and nothing else.
func (l *lowerer) move(dst, src mloc) {
	if dst.same(src) {
		return
	}
	switch dst.kind {
	case mGPR:
		switch src.kind {
		case mGPR, mMem:
			l.op(arm64.AMOVD, src.addr(), dst.addr())
		case mFPR:
			l.op(arm64.AFMOVD, src.addr(), dst.addr())
		case mImm:
			l.loadConst(src.bits, dst.reg)
		}
	case mFPR:
		switch src.kind {
		case mGPR, mFPR, mMem:
			l.op(arm64.AFMOVD, src.addr(), dst.addr())
		case mImm:
			if src.bits == 0 {
				l.op(arm64.AFMOVD, asm.Reg(arm64.REGZERO), dst.addr())
				return
			}
			l.loadConst(src.bits, s1)
			l.op(arm64.AFMOVD, asm.Reg(s1), dst.addr())
		}
	case mMem:
		switch src.kind {
		case mGPR:
			l.op(arm64.AMOVD, src.addr(), dst.addr())
		case mFPR:
			l.op(arm64.AFMOVD, src.addr(), dst.addr())
		case mMem:
			l.op(arm64.AMOVD, src.addr(), asm.Reg(s1))
			l.op(arm64.AMOVD, asm.Reg(s1), dst.addr())
		case mImm:
			if src.bits == 0 {
				l.op(arm64.AMOVD, asm.Reg(arm64.REGZERO), dst.addr())
				return
			}
			l.loadConst(src.bits, s1)
			l.op(arm64.AMOVD, asm.Reg(s1), dst.addr())
		}
	default:
		l.fail("move to a constant")
	}
}

// pmove is one move of a parallel move.
type pmove = abi.Move[mloc]

// parallelMove performs all moves as if at once (see abi.ParallelMove).
// Cycles are broken through RegScratch2 or, for float registers,
// FRegScratch; move itself only needs RegScratch.
func (l *lowerer) parallelMove(moves []pmove) {
	abi.ParallelMove(moves, mloc.same,
		func(m mloc) bool { return m.kind == mImm },
		func(blocked mloc) mloc {
			if blocked.kind == mFPR {
				return mloc{kind: mFPR, reg: f1}
			}
			return mloc{kind: mGPR, reg: s2}
		},
		l.move)
}

// shifted is the shifted-register operand `r<<n` (LSL), `r>>n` (LSR) or
// `r->n` (ASR). golang-asm takes the instruction's shift field verbatim:
// type<<22 | Rm<<16 | amount<<10.
func shifted(kind int64, r int16, n int64) obj.Addr {
	return obj.Addr{Type: obj.TYPE_SHIFT, Offset: kind<<22 | int64(r&31)<<16 | n<<10}
}

const (
	shiftLSL = 0
	shiftLSR = 1
	shiftASR = 2
)

// cond is a condition operand (CSEL, CSET, FCSEL).
func cond(c int16) obj.Addr { return obj.Addr{Type: obj.TYPE_REG, Reg: c} }

// invert negates a condition (the encoding pairs EQ/NE, HS/LO, MI/PL, ...).
func invert(c int16) int16 { return arm64.COND_EQ + (c - arm64.COND_EQ) ^ 1 }

// branchOn maps a condition to its conditional branch.
var branchOn = map[int16]obj.As{
	arm64.COND_EQ: arm64.ABEQ, arm64.COND_NE: arm64.ABNE,
	arm64.COND_HS: arm64.ABHS, arm64.COND_LO: arm64.ABLO,
	arm64.COND_MI: arm64.ABMI, arm64.COND_PL: arm64.ABPL,
	arm64.COND_VS: arm64.ABVS, arm64.COND_VC: arm64.ABVC,
	arm64.COND_HI: arm64.ABHI, arm64.COND_LS: arm64.ABLS,
	arm64.COND_GE: arm64.ABGE, arm64.COND_LT: arm64.ABLT,
	arm64.COND_GT: arm64.ABGT, arm64.COND_LE: arm64.ABLE,
}
