package amd64

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"unsafe"

	"github.com/tracejit/tracejit/jit/asm"
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// moveFrame is the memory the parallel-move test code works on: the
// registers' values before and after, and memory slots (addressed off
// RegCtx like spill slots).
type moveFrame struct {
	GPR [16]uint64
	FPR [16]uint64
	Mem [16]uint64
}

const (
	offFrameGPR = 0
	offFrameFPR = 8 * 16
	offFrameMem = 16 * 16
)

// TestParallelMove runs random parallel moves (permutations with cycles,
// fan-out, constants, registers of both classes and memory) and checks that
// every destination receives its source's old value and nothing else
// changes.
func TestParallelMove(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	locs := func() []mloc {
		var out []mloc
		for _, r := range TraceGPRs {
			out = append(out, mloc{kind: mGPR, reg: r})
		}
		for _, r := range TraceFPRs {
			out = append(out, mloc{kind: mFPR, reg: r})
		}
		for i := range 16 {
			out = append(out, mloc{kind: mMem, off: offFrameMem + 8*int64(i)})
		}
		return out
	}()
	for iter := range 2000 {
		// Destinations are distinct; sources are any location or a constant.
		perm := rng.Perm(len(locs))
		n := 1 + rng.IntN(min(12, len(locs)))
		var moves []pmove
		for k := range n {
			dst := locs[perm[k]]
			var src mloc
			switch rng.IntN(6) {
			case 0:
				src = mloc{kind: mImm, bits: rng.Uint64() >> uint(rng.IntN(64))}
			case 1, 2:
				src = locs[perm[(k+1)%n]] // a cycle through the destinations
			default:
				src = locs[rng.IntN(len(locs))]
			}
			moves = append(moves, pmove{Dst: dst, Src: src})
		}
		runMoves(t, fmt.Sprint(iter), moves, rng)
	}
}

func runMoves(t *testing.T, name string, moves []pmove, rng *rand.Rand) {
	b, err := asm.NewBuilder("amd64")
	if err != nil {
		t.Fatal(err)
	}
	l := &lowerer{b: b}
	for i, r := range TraceGPRs {
		l.op(x86.AMOVQ, asm.Mem(RegCtx, offFrameGPR+8*int64(i)), asm.Reg(r))
	}
	for i, r := range TraceFPRs {
		l.op(x86.AMOVSD, asm.Mem(RegCtx, offFrameFPR+8*int64(i)), asm.Reg(r))
	}
	l.parallelMove(moves)
	for i, r := range TraceGPRs {
		l.op(x86.AMOVQ, asm.Reg(r), asm.Mem(RegCtx, offFrameGPR+8*int64(i)))
	}
	for i, r := range TraceFPRs {
		l.op(x86.AMOVSD, asm.Reg(r), asm.Mem(RegCtx, offFrameFPR+8*int64(i)))
	}
	l.op(obj.ARET, obj.Addr{}, obj.Addr{})
	if l.err != nil {
		t.Fatal(l.err)
	}
	code, err := b.Assemble()
	if err != nil {
		t.Fatal(err)
	}
	blk := load(t, code)
	var before moveFrame
	for i := range before.GPR {
		before.GPR[i], before.FPR[i], before.Mem[i] = rng.Uint64(), rng.Uint64(), rng.Uint64()
	}
	read := func(f *moveFrame, m mloc) uint64 {
		switch m.kind {
		case mGPR:
			for i, r := range TraceGPRs {
				if r == m.reg {
					return f.GPR[i]
				}
			}
		case mFPR:
			for i, r := range TraceFPRs {
				if r == m.reg {
					return f.FPR[i]
				}
			}
		case mMem:
			return f.Mem[(m.off-offFrameMem)/8]
		}
		return m.bits
	}
	after := before
	Enter(blk.Addr(), unsafe.Pointer(&after))
	want := before
	for _, m := range moves {
		v := read(&before, m.Src)
		switch m.Dst.kind {
		case mGPR:
			for i, r := range TraceGPRs {
				if r == m.Dst.reg {
					want.GPR[i] = v
				}
			}
		case mFPR:
			for i, r := range TraceFPRs {
				if r == m.Dst.reg {
					want.FPR[i] = v
				}
			}
		case mMem:
			want.Mem[(m.Dst.off-offFrameMem)/8] = v
		}
	}
	if after != want {
		t.Fatalf("%s: moves %+v\ngot  %x\nwant %x\n%s", name, moves, after, want, asm.Disassemble("amd64", code, 0, nil))
	}
}
