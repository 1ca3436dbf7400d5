package arm64

import (
	"fmt"
	"math/bits"

	"github.com/tracejit/tracejit/jit/abi"
	"github.com/tracejit/tracejit/jit/asm"
	"github.com/tracejit/tracejit/trace"
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/arm64"
)

// Exits work as in jit/amd64: a failing guard branches (B.cond or CBZ/CBNZ,
// both reaching ±1 MB) to its own stub, which loads the guard's Ref into
// RegScratch and branches to the shared tail; the tail stores the exit
// kind and Ref, saves the allocation's registers and the fuel, and returns
// through LR, which the code never touches.

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

// exitIf branches to r's exit stub when condition c holds (after a compare).
func (l *lowerer) exitIf(c int16, r trace.Ref) { l.exit(r).jump(l, branchOn[c]) }

// exitAlways branches to r's exit stub.
func (l *lowerer) exitAlways(r trace.Ref) { l.exit(r).jump(l, arm64.AB) }

// lowerGuard emits a pure guard.
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
		a := l.greg(ins.A, s1)
		as := obj.As(arm64.ACBNZ)
		if exitWhenZero {
			as = arm64.ACBZ
		}
		l.exit(r).jumpReg(l, as, a)
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
		l.exitIf(arm64.COND_NE, r)
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
		l.exitIf(arm64.COND_HS, r)
	default:
		l.fail("%d: %v is not a guard", r, ins.Op)
	}
}

// compare sets the flags from A - B.
func (l *lowerer) compare(a, b trace.Ref) {
	ra := l.greg(a, s1)
	l.op3(arm64.ACMP, l.gsrc(b, s2), ra, obj.Addr{})
}

// fusedGuard returns the guard_true/guard_false that immediately follows
// comparison r and is its only use; exitWhenTrue says whether the guard
// exits when the comparison holds.
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

// setOrBranch finishes comparison r whose flags hold condition c: a
// CSET into r's home, or, fused with the next guard, a branch to its exit.
func (l *lowerer) setOrBranch(r trace.Ref, c int16) {
	if g, exitWhenTrue, ok := l.fusedGuard(r); ok {
		if !exitWhenTrue {
			c = invert(c)
		}
		l.exitIf(c, g)
		l.done[g] = true
		return
	}
	d := l.gdst(r, s1)
	l.op(arm64.ACSET, cond(c), asm.Reg(d))
	l.gput(r, d)
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
	l.op(arm64.AMOVD, asm.Mem(RegCtx, abi.OffInterrupt), asm.Reg(s1))
	l.op(arm64.AMOVWU, asm.Mem(s1, 0), asm.Reg(s1))
	l.interruptStub.jumpReg(l, arm64.ACBNZ, s1)
	l.op3(arm64.ASUBS, asm.Imm(1), RegFuel, asm.Reg(RegFuel))
	l.fuelStub.jump(l, arm64.ABLT)
	l.parallelMove(l.phiMoves(func(ins *trace.Ins) trace.Ref { return ins.B }))
	if l.loopHead == nil {
		l.fail("jump_loop without loop")
		return
	}
	l.jump(arm64.AB, l.loopHead)
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
		l.op(arm64.AMOVD, asm.Mem(RegCtx, abi.OffGPR+8*int64(i)), asm.Reg(TraceGPRs[i]))
	}
	for m := l.a.UsedFPR; m != 0; m &= m - 1 {
		i := bits.TrailingZeros64(m)
		l.op(arm64.AFMOVD, asm.Mem(RegCtx, abi.OffFPR+8*int64(i)), asm.Reg(TraceFPRs[i]))
	}
	l.op(arm64.AMOVD, asm.Mem(RegCtx, abi.OffFuel), asm.Reg(RegFuel))
}

// emitStubs emits the exit stubs and the tail.
func (l *lowerer) emitStubs() {
	var tailGuard, tail fwd
	for _, r := range l.stubRefs {
		l.marks[l.stubs[r].place(l)] = fmt.Sprintf("exit stub: %d %v", r, l.t.Ins[r].Op)
		l.loadConst(uint64(r), s1)
		tailGuard.jump(l, arm64.AB)
	}
	kind := func(k uint64) {
		l.loadConst(k, s2)
		l.op(arm64.AMOVD, asm.Reg(s2), asm.Mem(RegCtx, abi.OffExitKind))
	}
	if l.jumpRef != 0 {
		l.marks[l.interruptStub.place(l)] = "exit stub: interrupt"
		kind(abi.ExitInterrupt)
		l.loadConst(uint64(l.jumpRef), s1)
		tail.jump(l, arm64.AB)

		l.marks[l.fuelStub.place(l)] = "exit stub: fuel"
		kind(abi.ExitFuel)
		l.loadConst(0, RegFuel) // SUBS took it to -1
		l.loadConst(uint64(l.jumpRef), s1)
		tail.jump(l, arm64.AB)
	}
	l.marks[tailGuard.place(l)] = "exit tail"
	kind(abi.ExitGuard)
	tail.place(l)
	l.op(arm64.AMOVD, asm.Reg(s1), asm.Mem(RegCtx, abi.OffExitRef))
	for m := l.a.UsedGPR; m != 0; m &= m - 1 {
		i := bits.TrailingZeros64(m)
		l.op(arm64.AMOVD, asm.Reg(TraceGPRs[i]), asm.Mem(RegCtx, abi.OffGPR+8*int64(i)))
	}
	for m := l.a.UsedFPR; m != 0; m &= m - 1 {
		i := bits.TrailingZeros64(m)
		l.op(arm64.AFMOVD, asm.Reg(TraceFPRs[i]), asm.Mem(RegCtx, abi.OffFPR+8*int64(i)))
	}
	l.op(arm64.AMOVD, asm.Reg(RegFuel), asm.Mem(RegCtx, abi.OffFuel))
	l.op(obj.ARET, obj.Addr{}, obj.Addr{})
}

// fwd is a label that may be branched to before it is placed.
type fwd struct {
	at   *obj.Prog
	uses []*obj.Prog
}

// jump emits a branch to f.
func (f *fwd) jump(l *lowerer, as obj.As) *obj.Prog {
	p := l.jump(as, f.at)
	if f.at == nil {
		f.uses = append(f.uses, p)
	}
	return p
}

// jumpReg emits CBZ/CBNZ reg to f.
func (f *fwd) jumpReg(l *lowerer, as obj.As, reg int16) {
	f.jump(l, as).From = asm.Reg(reg)
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
