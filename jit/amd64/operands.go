package amd64

import (
	"math"

	"github.com/tracejit/tracejit/jit/abi"
	"github.com/tracejit/tracejit/jit/asm"
	"github.com/tracejit/tracejit/trace"
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// Short names for the temporaries, used throughout the lowering.
const (
	s1 = RegScratch   // R11
	s2 = RegScratch2  // R13
	f1 = FRegScratch  // X14
	f2 = FRegScratch2 // X13
)

// mkind is the kind of a machine location.
type mkind uint8

const (
	mGPR mkind = iota // general register reg
	mFPR              // SSE register reg
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

// addr is the operand for a register or memory location.
func (m mloc) addr() obj.Addr {
	if m.kind == mMem {
		return asm.Mem(RegCtx, m.off)
	}
	return asm.Reg(m.reg)
}

// fits32 reports whether v survives sign extension from 32 bits, the form
// x86 immediates take.
func fits32(v uint64) bool { return int64(v) == int64(int32(v)) }

func tempLoc(i int) mloc   { return mloc{kind: mMem, off: abi.OffTemp + 8*int64(i)} }
func spillOff(i int) int64 { return abi.OffSpill + 8*int64(i) }

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
		return mloc{kind: mMem, off: spillOff(loc.Index)}
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

// inReg reports whether r lives in register reg.
func (l *lowerer) inReg(r trace.Ref, reg int16) bool {
	x, ok := l.regOf(r)
	return ok && x == reg
}

// --- general registers ---

// gsrc is r as a source operand: register, memory or 32-bit immediate; a
// wider constant is loaded into scratch.
func (l *lowerer) gsrc(r trace.Ref, scratch int16) obj.Addr {
	m := l.home(r)
	if m.kind == mImm {
		if fits32(m.bits) {
			return asm.Imm(int64(m.bits))
		}
		l.loadConst(m.bits, scratch)
		return asm.Reg(scratch)
	}
	return m.addr()
}

// grm is r as a register or memory operand; constants go through scratch.
func (l *lowerer) grm(r trace.Ref, scratch int16) obj.Addr {
	m := l.home(r)
	if m.kind == mImm {
		l.loadConst(m.bits, scratch)
		return asm.Reg(scratch)
	}
	return m.addr()
}

// greg returns a register holding r: its own, or scratch loaded with it.
func (l *lowerer) greg(r trace.Ref, scratch int16) int16 {
	if reg, ok := l.regOf(r); ok {
		return reg
	}
	l.gload(r, scratch)
	return scratch
}

// gload loads r into reg.
func (l *lowerer) gload(r trace.Ref, reg int16) {
	l.move(mloc{kind: mGPR, reg: reg}, l.home(r))
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

// loadConst puts bits into a general register. MOVQ picks the shortest
// encoding and, unlike XOR, leaves the flags alone.
func (l *lowerer) loadConst(bits uint64, reg int16) {
	l.op(x86.AMOVQ, asm.Imm(int64(bits)), asm.Reg(reg))
}

// --- float registers ---

// fsrc is r as an SSE source operand: register or memory; a constant is
// materialised in scratch (through RegScratch).
func (l *lowerer) fsrc(r trace.Ref, scratch int16) obj.Addr {
	m := l.home(r)
	if m.kind == mImm {
		l.move(mloc{kind: mFPR, reg: scratch}, m)
		return asm.Reg(scratch)
	}
	return m.addr()
}

// freg returns an SSE register holding r.
func (l *lowerer) freg(r trace.Ref, scratch int16) int16 {
	if reg, ok := l.regOf(r); ok {
		return reg
	}
	l.fload(r, scratch)
	return scratch
}

func (l *lowerer) fload(r trace.Ref, reg int16) {
	l.move(mloc{kind: mFPR, reg: reg}, l.home(r))
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

// fconst loads a float constant into an SSE register (through RegScratch:
// golang-asm cannot place float constants in memory).
func (l *lowerer) fconst(v float64, reg int16) {
	l.move(mloc{kind: mFPR, reg: reg}, mloc{kind: mImm, bits: math.Float64bits(v)})
}

// move copies 64 bits between any two machine locations. It may use
// RegScratch (memory to memory, wide constants to memory, constants to SSE
// registers) and nothing else.
func (l *lowerer) move(dst, src mloc) {
	if dst.same(src) {
		return
	}
	switch dst.kind {
	case mGPR:
		switch src.kind {
		case mGPR, mMem:
			l.op(x86.AMOVQ, src.addr(), dst.addr())
		case mFPR:
			l.op(x86.AMOVQ, src.addr(), dst.addr())
		case mImm:
			l.loadConst(src.bits, dst.reg)
		}
	case mFPR:
		switch src.kind {
		case mGPR:
			l.op(x86.AMOVQ, src.addr(), dst.addr())
		case mFPR:
			// MOVAPS copies the whole register: no dependency on dst.
			l.op(x86.AMOVAPS, src.addr(), dst.addr())
		case mMem:
			l.op(x86.AMOVSD, src.addr(), dst.addr())
		case mImm:
			if src.bits == 0 {
				l.op(x86.AXORPS, dst.addr(), dst.addr())
				return
			}
			l.loadConst(src.bits, s1)
			l.op(x86.AMOVQ, asm.Reg(s1), dst.addr())
		}
	case mMem:
		switch src.kind {
		case mGPR:
			l.op(x86.AMOVQ, src.addr(), dst.addr())
		case mFPR:
			l.op(x86.AMOVSD, src.addr(), dst.addr())
		case mMem:
			l.op(x86.AMOVQ, src.addr(), asm.Reg(s1))
			l.op(x86.AMOVQ, asm.Reg(s1), dst.addr())
		case mImm:
			if fits32(src.bits) {
				l.op(x86.AMOVQ, asm.Imm(int64(src.bits)), dst.addr())
				return
			}
			l.loadConst(src.bits, s1)
			l.op(x86.AMOVQ, asm.Reg(s1), dst.addr())
		}
	default:
		l.fail("move to a constant")
	}
}
