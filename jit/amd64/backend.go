package amd64

// Instruction selection for trace IR (backend.go: driver and code layout;
// operands.go: reading and writing allocated values; moves.go: parallel
// moves; lower_int.go, lower_float.go, lower_divmod.go, lower_mem.go: the
// ops; exits.go: guards, exit stubs, the back-edge).
//
// Code layout of a lowered trace:
//
//	entry:     MOVQ Fuel(ctx), RegFuel
//	           preamble instructions
//	           parallel move: each phi's A into the phi's location
//	loop:      (aligned to 64 bytes) body instructions
//	           back-edge: interrupt check, fuel check, parallel move of
//	           each phi's B into the phi, JMP loop
//	cold:      out-of-line slow paths, each jumping back
//	stubs:     one per guard: MOVL $ref, RegScratch; JMP tail
//	tail:      store exit kind and ref, save the allocation's registers
//	           into Context.GPR/FPR and the fuel into Context.Fuel; RET
//
// A trace without a loop (a bridge, or a trace that links to another
// loop) has no loop, phis or back-edge and ends with its link: a jump to
// that op's exit stub. A call_out is a jump to its exit stub followed by
// its resume entry, which Go enters after computing the call: it reloads
// the allocation's registers and the fuel from the context and falls
// through to the next instruction.
//
// Requirements every lowering keeps (and tests check):
//
//  1. Generated code stores only into the context (scalars) and, for
//     seq_store_raw, a Value's payload word; it never calls anything and
//     never touches SP or BP.
//  2. An exit leaves every value a snapshot needs in its Location: guards
//     check before they clobber anything but their own result, and
//     instructions that borrow fixed registers (IDIV, one-operand MUL and
//     IMUL, shifts by CL) save them in Context.Temp and restore them
//     before falling through (division by a constant skips a register
//     whose value is dead after the instruction).
//  3. Scratch registers (RegScratch, RegScratch2, FRegScratch,
//     FRegScratch2) hold nothing across IR instructions.
//  4. Float results are those of Go's own SSE2 code: one IEEE operation per
//     IR operation, no fused multiply-add, operands in the order Go's
//     compiler uses so that NaN payloads propagate the same way.

import (
	"fmt"
	"slices"

	"github.com/klauspost/cpuid/v2"
	"github.com/tracejit/tracejit/jit/abi"
	"github.com/tracejit/tracejit/jit/asm"
	"github.com/tracejit/tracejit/trace"
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// Registers the trace backend reserves in addition to those in regs.go.
const (
	// RegScratch2 is a second general temporary (address arithmetic,
	// breaking cycles in parallel moves).
	RegScratch2 = x86.REG_R13
	// RegFuel holds the remaining fuel for the whole run.
	RegFuel = x86.REG_R15
	// FRegScratch2 is a second float temporary.
	FRegScratch2 = x86.REG_X13
)

// UseSSE41 selects ROUNDSD for float_floor and float_ceil; without it the
// backend emits a truncate-and-adjust sequence. Tests flip it.
var UseSSE41 = cpuid.CPU.Supports(cpuid.SSE4)

// LoopAlign is the alignment of the loop head: a loop that straddles a
// 64-byte line can run at half speed.
const LoopAlign = 64

// TraceGPRs are the general registers the allocator gets, by allocation
// index: AllocatableGPRs without the ones reserved above.
var TraceGPRs = without(AllocatableGPRs, RegScratch2, RegFuel)

// TraceFPRs are the float registers the allocator gets.
var TraceFPRs = without(AllocatableFPRs, FRegScratch2)

func without(regs []int16, drop ...int16) []int16 {
	var out []int16
next:
	for _, r := range regs {
		for _, d := range drop {
			if r == d {
				continue next
			}
		}
		out = append(out, r)
	}
	return out
}

// Backend is the amd64 code generator. It has no state.
type Backend struct{}

// Arch returns "amd64".
func (Backend) Arch() string { return "amd64" }

// NumGPR is the number of general registers the allocator may use.
func (Backend) NumGPR() int { return len(TraceGPRs) }

// NumFPR is the number of float registers the allocator may use.
func (Backend) NumFPR() int { return len(TraceFPRs) }

// Lower emits machine code for t under allocation a.
func (Backend) Lower(t *trace.Trace, a *abi.Allocation) (*abi.Lowered, error) {
	if a.NumGPR > len(TraceGPRs) || a.NumFPR > len(TraceFPRs) {
		return nil, fmt.Errorf("amd64: allocation uses %d/%d registers, backend has %d/%d",
			a.NumGPR, a.NumFPR, len(TraceGPRs), len(TraceFPRs))
	}
	if len(a.Locs) != len(t.Ins) {
		return nil, fmt.Errorf("amd64: allocation is for another trace")
	}
	b, err := asm.NewBuilder("amd64")
	if err != nil {
		return nil, err
	}
	l := &lowerer{
		b:        b,
		t:        t,
		a:        a,
		insLabel: make([]*obj.Prog, len(t.Ins)),
		stubs:    make(map[trace.Ref]*fwd),
		resumes:  make(map[trace.Ref]*obj.Prog),
		marks:    make(map[*obj.Prog]string),
		sse41:    UseSSE41,
	}
	l.lower()
	if l.err != nil {
		return nil, l.err
	}
	code, err := b.Assemble()
	if err != nil {
		return nil, err
	}
	out := &abi.Lowered{
		Arch:      "amd64",
		Code:      code,
		InsOffset: make([]int32, len(t.Ins)),
		Marks:     make(map[int]string),
	}
	for r, p := range l.insLabel {
		out.InsOffset[r] = -1
		if p != nil {
			out.InsOffset[r] = int32(p.Pc)
		}
	}
	out.Resume = make(map[trace.Ref]int32, len(l.resumes))
	for r, p := range l.resumes {
		out.Resume[r] = int32(p.Pc)
	}
	for p, m := range l.marks {
		if old, ok := out.Marks[int(p.Pc)]; ok {
			m = old + "; " + m
		}
		out.Marks[int(p.Pc)] = m
	}
	return out, nil
}

// lowerer is the state of one Lower call.
type lowerer struct {
	b     *asm.Builder
	t     *trace.Trace
	a     *abi.Allocation
	sse41 bool

	insLabel []*obj.Prog             // by Ref: label in front of its code
	loopHead *obj.Prog               // first instruction of the body
	stubs    map[trace.Ref]*fwd      // exit stub label per guard
	resumes  map[trace.Ref]*obj.Prog // resume entry per call_out
	stubRefs []trace.Ref             // stubs in creation order
	jumpRef  trace.Ref               // the jump_loop, once lowered
	// The jump_loop's exit stubs.
	interruptStub, fuelStub fwd
	cold                    []func()             // out-of-line code, emitted after the loop
	marks                   map[*obj.Prog]string // disassembly notes
	done                    []bool               // by Ref: already lowered (fused into an earlier instruction)
	err                     error
}

func (l *lowerer) fail(format string, args ...any) {
	if l.err == nil {
		l.err = fmt.Errorf("amd64: "+format, args...)
	}
}

// op appends `as from, to` in Go operand order.
func (l *lowerer) op(as obj.As, from, to obj.Addr) *obj.Prog { return l.b.Op(as, from, to) }

// op0 appends an instruction without operands, op1 one with only a
// destination operand.
func (l *lowerer) op0(as obj.As) *obj.Prog              { return l.b.Op(as, obj.Addr{}, obj.Addr{}) }
func (l *lowerer) op1(as obj.As, to obj.Addr) *obj.Prog { return l.b.Op(as, obj.Addr{}, to) }

// op3 appends a three-operand instruction (`as from, mid, to`, e.g.
// ROUNDSD $mode, src, dst or IMUL3Q $imm, src, dst).
func (l *lowerer) op3(as obj.As, from, mid, to obj.Addr) *obj.Prog {
	p := l.b.Op(as, from, to)
	p.SetFrom3(mid)
	return p
}

// jump appends a branch to target (which may be nil and set later).
func (l *lowerer) jump(as obj.As, target *obj.Prog) *obj.Prog { return l.b.Branch(as, target) }

// label appends a zero-width label.
func (l *lowerer) label() *obj.Prog { return l.b.Label() }

// lower emits the whole trace.
func (l *lowerer) lower() {
	t := l.t
	l.done = make([]bool, len(t.Ins))
	entry := l.label()
	l.marks[entry] = "entry"
	l.op(x86.AMOVQ, asm.Mem(RegCtx, abi.OffFuel), asm.Reg(RegFuel))
	for i := 1; i < len(t.Ins) && l.err == nil; i++ {
		r := trace.Ref(i)
		l.insLabel[r] = l.label()
		if l.done[r] {
			continue
		}
		l.lowerIns(r)
	}
	for _, f := range l.cold {
		f()
	}
	l.emitStubs()
}

// lowerIns dispatches one instruction.
func (l *lowerer) lowerIns(r trace.Ref) {
	ins := &l.t.Ins[r]
	switch ins.Op {
	case trace.OpNop, trace.OpPhi:
		// Phis are written by the moves at loop and jump_loop.
	case trace.OpConstInt, trace.OpConstFloat, trace.OpConstBool, trace.OpConstWord, trace.OpConstPtr:
		// Rematerialised at each use; materialise only if given a home
		// (hoisted ones at the loop entry).
		if k := l.a.Locs[r].Kind; (k == abi.InReg || k == abi.InSpill) && !slices.Contains(l.a.Hoisted, r) {
			l.move(l.home(r), l.constLoc(r))
		}
	case trace.OpLoop:
		l.lowerLoop(r)
	case trace.OpJumpLoop:
		l.lowerJumpLoop(r)
	case trace.OpCallOut:
		l.lowerCallOut(r)
	case trace.OpLink:
		// The end of a trace without a loop: leave through the exit
		// path with the link's snapshot; Go enters the next trace.
		l.exitAlways(r)
	case trace.OpGuardWordEq, trace.OpGuardPtrEq, trace.OpGuardTrue, trace.OpGuardFalse, trace.OpGuardIndex:
		l.lowerGuard(r)
	case trace.OpSlotType, trace.OpSlotRaw, trace.OpSlotPtr, trace.OpParentValue,
		trace.OpSeqLen, trace.OpSeqItems, trace.OpSeqItemType, trace.OpSeqItemRaw, trace.OpSeqItemPtr,
		trace.OpSeqStoreRaw, trace.OpFieldWord,
		trace.OpGlobalType, trace.OpGlobalRaw, trace.OpGlobalPtr:
		l.lowerMem(r)
	case trace.OpIntToFloat, trace.OpFloatToInt:
		l.lowerConvert(r)
	default:
		if isFloatOp(ins.Op) {
			l.lowerFloat(r)
		} else {
			l.lowerInt(r)
		}
	}
}

func isFloatOp(op trace.Op) bool {
	return op >= trace.OpFloatAdd && op <= trace.OpFloatGe
}
