package arm64

// Instruction selection for trace IR on AArch64 (backend.go: driver and
// code layout; operands.go: reading and writing allocated values; exits.go:
// guards, exit stubs, the back-edge; lower_int.go, lower_float.go,
// lower_divmod.go, lower_mem.go: the ops). It mirrors jit/amd64; see that
// package for the code layout and the requirements every lowering keeps.
// What differs:
//
//  1. Three-operand instructions: a result may share a register with an
//     operand freely, there are no fixed-register instructions (SDIV, ASR
//     by register), and overflow comes from ADDS/SUBS/NEGS + B.VS, or
//     SMULH compared with the product's sign for multiplication.
//  2. No memory operands: values in spill slots go through the scratch
//     registers. Offsets that do not fit an instruction are added to a
//     scratch register by hand (golang-asm's automatic use of R27 for large
//     offsets is not relied on: it panics for some base registers).
//  3. FCMP sets N, Z, C, V so that every ordered condition (MI, LS, GT, GE,
//     EQ) is false for unordered operands and its inverse is true: NaN
//     handling needs no extra branches, and min/max are FCMP + FCSEL (not
//     FMIN/FMAX, whose NaN rules differ from Python's).
//  4. There is no hardware remainder: float_mod's math.Mod is an integer
//     long division on the significands (exact, like math.Mod).
//  5. Never touched: R18 (platform), R27 (assembler temporary), R28 (g),
//     R29 (frame pointer), R30 (link register, used only by RET), RSP.
//     Go fuses a*b+c on arm64; the JIT never does (no FMADD).

import (
	"fmt"
	"slices"

	"github.com/tracejit/tracejit/jit/abi"
	"github.com/tracejit/tracejit/jit/asm"
	"github.com/tracejit/tracejit/trace"
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/arm64"
)

// Registers the trace backend reserves in addition to those in regs.go.
const (
	// RegScratch3..5 are further general temporaries (division, float
	// remainder, address arithmetic).
	RegScratch3 = arm64.REG_R25
	RegScratch4 = arm64.REG_R24
	RegScratch5 = arm64.REG_R23
	// RegFuel holds the remaining fuel for the whole run.
	RegFuel = arm64.REG_R26
	// FRegScratch2 and FRegScratch3 are further float temporaries.
	FRegScratch2 = arm64.REG_F30
	FRegScratch3 = arm64.REG_F29
)

// LoopAlign is the alignment of the loop head.
const LoopAlign = 32

// TraceGPRs are the general registers the allocator gets, by allocation
// index: AllocatableGPRs without the ones reserved above.
var TraceGPRs = without(AllocatableGPRs, RegScratch3, RegScratch4, RegScratch5, RegFuel)

// TraceFPRs are the float registers the allocator gets.
var TraceFPRs = without(AllocatableFPRs, FRegScratch2, FRegScratch3)

func without(regs []int16, drop ...int16) []int16 {
	var out []int16
	for _, r := range regs {
		if !slices.Contains(drop, r) {
			out = append(out, r)
		}
	}
	return out
}

// Backend is the arm64 code generator. It has no state.
type Backend struct{}

// Arch returns "arm64".
func (Backend) Arch() string { return "arm64" }

// NumGPR is the number of general registers the allocator may use.
func (Backend) NumGPR() int { return len(TraceGPRs) }

// NumFPR is the number of float registers the allocator may use.
func (Backend) NumFPR() int { return len(TraceFPRs) }

// Lower emits machine code for t under allocation a.
func (Backend) Lower(t *trace.Trace, a *abi.Allocation) (*abi.Lowered, error) {
	if a.NumGPR > len(TraceGPRs) || a.NumFPR > len(TraceFPRs) {
		return nil, fmt.Errorf("arm64: allocation uses %d/%d registers, backend has %d/%d",
			a.NumGPR, a.NumFPR, len(TraceGPRs), len(TraceFPRs))
	}
	if len(a.Locs) != len(t.Ins) {
		return nil, fmt.Errorf("arm64: allocation is for another trace")
	}
	b, err := asm.NewBuilder("arm64")
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
		Arch:      "arm64",
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
	b *asm.Builder
	t *trace.Trace
	a *abi.Allocation

	insLabel []*obj.Prog             // by Ref: label in front of its code
	loopHead *obj.Prog               // first instruction of the body
	stubs    map[trace.Ref]*fwd      // exit stub label per guard
	resumes  map[trace.Ref]*obj.Prog // resume entry per call_out
	stubRefs []trace.Ref             // stubs in creation order
	jumpRef  trace.Ref               // the jump_loop, once lowered
	cold     []func()                // out-of-line code, emitted after the loop
	marks    map[*obj.Prog]string    // disassembly notes
	done     []bool                  // by Ref: already lowered (fused into an earlier instruction)
	err      error
	// The jump_loop's exit stubs.
	interruptStub, fuelStub fwd
}

func (l *lowerer) fail(format string, args ...any) {
	if l.err == nil {
		l.err = fmt.Errorf("arm64: "+format, args...)
	}
}

// op appends `as from, to` in Go operand order.
func (l *lowerer) op(as obj.As, from, to obj.Addr) *obj.Prog { return l.b.Op(as, from, to) }

// op3 appends the three-operand form `as from, reg, to` (to = reg op from).
func (l *lowerer) op3(as obj.As, from obj.Addr, reg int16, to obj.Addr) *obj.Prog {
	p := l.b.Op(as, from, to)
	p.Reg = reg
	return p
}

// op4 appends `as from, reg, mid, to` (CSEL cond, Rn, Rm, Rd; MSUB Rm,
// Ra, Rn, Rd).
func (l *lowerer) op4(as obj.As, from obj.Addr, reg int16, mid obj.Addr, to obj.Addr) *obj.Prog {
	p := l.op3(as, from, reg, to)
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
	l.marks[l.label()] = "entry"
	l.op(arm64.AMOVD, asm.Mem(RegCtx, abi.OffFuel), asm.Reg(RegFuel))
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
		if ins.Op >= trace.OpFloatAdd && ins.Op <= trace.OpFloatGe {
			l.lowerFloat(r)
		} else {
			l.lowerInt(r)
		}
	}
}
