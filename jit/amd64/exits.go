package amd64

import (
	"fmt"
	"math/bits"

	"github.com/tracejit/tracejit/jit/abi"
	"github.com/tracejit/tracejit/jit/asm"
	"github.com/tracejit/tracejit/trace"
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// Exits. A failing guard branches to its own stub, which loads the guard's
// Ref into RegScratch and jumps to the shared tail; the back-edge's fuel
// and interrupt exits have stubs of their own. The tail stores the exit
// kind and Ref, saves the registers the allocation uses into
// Context.GPR/FPR (spilled values are already in Context.Spill), stores the
// remaining fuel, and returns to Enter.

// exit returns guard r's exit stub label.
func (l *lowerer) exit(r trace.Ref) *fwd {
	if f, ok := l.stubs[r]; ok {
		return f
	}
	f := new(fwd)
	l.stubs[r] = f
	l.stubRefs = append(l.stubRefs, r)
	return f
}

// exitIf branches to r's exit stub on condition as.
func (l *lowerer) exitIf(as obj.As, r trace.Ref) { l.exit(r).jump(l, as) }

// exitAlways jumps to r's exit stub.
func (l *lowerer) exitAlways(r trace.Ref) { l.exit(r).jump(l, obj.AJMP) }

// lowerGuard emits a pure guard (guards that compute a value are lowered
// with their op).
func (l *lowerer) lowerGuard(r trace.Ref) {
	ins := &l.t.Ins[r]
	t := l.t
	switch ins.Op {
	case trace.OpGuardTrue, trace.OpGuardFalse:
		exitWhenZero := ins.Op == trace.OpGuardTrue
		if t.IsConst(ins.A) {
			if (t.ConstValue(ins.A) == 0) == exitWhenZero {
				l.exitAlways(r)
			}
			return
		}
		m := l.home(ins.A)
		if m.kind == mGPR {
			l.op(x86.ATESTQ, m.addr(), m.addr())
		} else {
			l.op(x86.ACMPQ, m.addr(), asm.Imm(0))
		}
		if exitWhenZero {
			l.exitIf(x86.AJEQ, r)
		} else {
			l.exitIf(x86.AJNE, r)
		}
	case trace.OpGuardWordEq, trace.OpGuardPtrEq:
		a, b := ins.A, ins.B
		if t.IsConst(a) && t.IsConst(b) {
			if t.ConstValue(a) != t.ConstValue(b) {
				l.exitAlways(r)
			}
			return
		}
		if t.IsConst(a) {
			a, b = b, a
		}
		l.compare(a, b)
		l.exitIf(x86.AJNE, r)
	case trace.OpGuardIndex:
		if t.IsConst(ins.A) && t.IsConst(ins.B) {
			if t.ConstValue(ins.A) >= t.ConstValue(ins.B) {
				l.exitAlways(r)
			}
			return
		}
		// One unsigned compare covers both ends: a negative index is a huge
		// unsigned one.
		l.compare(ins.A, ins.B)
		l.exitIf(x86.AJCC, r) // A >= B unsigned
	default:
		l.fail("%d: %v is not a guard", r, ins.Op)
	}
}

// compare emits CMPQ A, B (flags from A - B).
func (l *lowerer) compare(a, b trace.Ref) {
	x := l.grm(a, s1)
	y := l.gsrc(b, s2)
	if x.Type == obj.TYPE_MEM && y.Type == obj.TYPE_MEM {
		l.op(x86.AMOVQ, x, asm.Reg(s1))
		x = asm.Reg(s1)
	}
	l.op(x86.ACMPQ, x, y)
}

// fusedGuard returns the guard_true/guard_false that immediately follows
// comparison r and is its only use, so that the comparison can branch to
// the guard's exit directly instead of materialising a bool; exitWhenTrue
// says whether the guard exits when the comparison holds.
func (l *lowerer) fusedGuard(r trace.Ref) (g trace.Ref, exitWhenTrue, ok bool) {
	g = r + 1
	if int(g) >= len(l.t.Ins) || l.a.Uses[r] != 1 {
		return 0, false, false
	}
	switch gi := &l.t.Ins[g]; {
	case gi.A != r:
		return 0, false, false
	case gi.Op == trace.OpGuardTrue:
		return g, false, true
	case gi.Op == trace.OpGuardFalse:
		return g, true, true
	}
	return 0, false, false
}

// lowerLoop copies each phi's A into the phi, materialises the hoisted
// constants and starts the body.
func (l *lowerer) lowerLoop(r trace.Ref) {
	moves := l.phiMoves(func(ins *trace.Ins) trace.Ref { return ins.A })
	for _, c := range l.a.Hoisted {
		moves = append(moves, pmove{Dst: l.home(c), Src: l.constLoc(c)})
	}
	l.parallelMove(moves)
	l.loopHead = l.label()
	l.b.Align(l.loopHead, LoopAlign)
	l.marks[l.loopHead] = "loop head"
}

// phiMoves lists the moves into the phis from the operand pick selects.
func (l *lowerer) phiMoves(pick func(*trace.Ins) trace.Ref) []pmove {
	var moves []pmove
	for r := l.a.Loop + 1; r < l.a.JumpLoop; r++ {
		if ins := &l.t.Ins[r]; ins.Op == trace.OpPhi {
			moves = append(moves, pmove{Dst: l.home(r), Src: l.home(pick(ins))})
		}
	}
	return moves
}

// lowerJumpLoop is the back-edge: exit if interrupted or out of fuel (with
// the B values still in their own locations, as the jump_loop's snapshot
// describes them), then move the phis' Bs into the phis and loop.
func (l *lowerer) lowerJumpLoop(r trace.Ref) {
	l.jumpRef = r
	l.op(x86.AMOVQ, asm.Mem(RegCtx, abi.OffInterrupt), asm.Reg(s1))
	l.op(x86.ACMPL, asm.Mem(s1, 0), asm.Imm(0))
	l.interruptStub.jump(l, x86.AJNE)
	l.op1(x86.ADECQ, asm.Reg(RegFuel))
	l.fuelStub.jump(l, x86.AJLT)
	l.parallelMove(l.phiMoves(func(ins *trace.Ins) trace.Ref { return ins.B }))
	if l.loopHead == nil {
		l.fail("jump_loop without loop")
		return
	}
	l.jump(obj.AJMP, l.loopHead)
}

// lowerCallOut leaves through r's exit stub (Go calls the function and
// writes the result into r's home in the context) and places r's resume
// entry right after it: reload the allocation's registers and the fuel
// from the context, then go on with the next instruction. Generated code
// still never calls anything.
func (l *lowerer) lowerCallOut(r trace.Ref) {
	l.exitAlways(r)
	resume := l.label()
	l.resumes[r] = resume
	l.marks[resume] = fmt.Sprintf("resume after %d call_out", r)
	for m := l.a.UsedGPR; m != 0; m &= m - 1 {
		i := bits.TrailingZeros64(m)
		l.op(x86.AMOVQ, asm.Mem(RegCtx, abi.OffGPR+8*int64(i)), asm.Reg(TraceGPRs[i]))
	}
	for m := l.a.UsedFPR; m != 0; m &= m - 1 {
		i := bits.TrailingZeros64(m)
		l.op(x86.AMOVSD, asm.Mem(RegCtx, abi.OffFPR+8*int64(i)), asm.Reg(TraceFPRs[i]))
	}
	l.op(x86.AMOVQ, asm.Mem(RegCtx, abi.OffFuel), asm.Reg(RegFuel))
}

// emitStubs emits the exit stubs and the tail.
func (l *lowerer) emitStubs() {
	var tailGuard, tail fwd
	for _, r := range l.stubRefs {
		l.marks[l.stubs[r].place(l)] = fmt.Sprintf("exit stub: %d %v", r, l.t.Ins[r].Op)
		l.loadConst(uint64(r), s1)
		tailGuard.jump(l, obj.AJMP)
	}
	if l.jumpRef != 0 {
		l.marks[l.interruptStub.place(l)] = "exit stub: interrupt"
		l.op(x86.AMOVQ, asm.Imm(abi.ExitInterrupt), asm.Mem(RegCtx, abi.OffExitKind))
		l.loadConst(uint64(l.jumpRef), s1)
		tail.jump(l, obj.AJMP)

		l.marks[l.fuelStub.place(l)] = "exit stub: fuel"
		l.op(x86.AMOVQ, asm.Imm(abi.ExitFuel), asm.Mem(RegCtx, abi.OffExitKind))
		l.loadConst(0, RegFuel) // DECQ took it to -1
		l.loadConst(uint64(l.jumpRef), s1)
		tail.jump(l, obj.AJMP)
	}
	l.marks[tailGuard.place(l)] = "exit tail"
	l.op(x86.AMOVQ, asm.Imm(abi.ExitGuard), asm.Mem(RegCtx, abi.OffExitKind))
	tail.place(l)
	l.op(x86.AMOVQ, asm.Reg(s1), asm.Mem(RegCtx, abi.OffExitRef))
	for m := l.a.UsedGPR; m != 0; m &= m - 1 {
		i := bits.TrailingZeros64(m)
		l.op(x86.AMOVQ, asm.Reg(TraceGPRs[i]), asm.Mem(RegCtx, abi.OffGPR+8*int64(i)))
	}
	for m := l.a.UsedFPR; m != 0; m &= m - 1 {
		i := bits.TrailingZeros64(m)
		l.op(x86.AMOVSD, asm.Reg(TraceFPRs[i]), asm.Mem(RegCtx, abi.OffFPR+8*int64(i)))
	}
	l.op(x86.AMOVQ, asm.Reg(RegFuel), asm.Mem(RegCtx, abi.OffFuel))
	l.op0(obj.ARET)
}

// fwd is a label that may be branched to before it is placed.
type fwd struct {
	at   *obj.Prog
	uses []*obj.Prog
}

// jump emits a branch to f.
func (f *fwd) jump(l *lowerer, as obj.As) {
	p := l.jump(as, f.at)
	if f.at == nil {
		f.uses = append(f.uses, p)
	}
}

// place puts f here and resolves the branches emitted so far.
func (f *fwd) place(l *lowerer) *obj.Prog {
	f.at = l.label()
	for _, p := range f.uses {
		p.To.SetTarget(f.at)
	}
	f.uses = nil
	return f.at
}
