package amd64

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/tracejit/tracejit/jit/abi"
	"github.com/tracejit/tracejit/trace"
	"golang.org/x/arch/x86/x86asm"
)

// Encoding tests: the code for one IR instruction under a hand-made
// allocation, pinned as assembly text and hex (runs on every host). They
// document the instruction selection; the behaviour is tested by running
// code in package jit.

// snippet is a straight-line trace ending in an always-failing guard and
// an empty loop, with a hand-made allocation.
type snippet struct {
	t    *trace.Trace
	locs map[trace.Ref]abi.Location
	// live are values live to the end of the trace (in the hand-made
	// allocation every other live range is empty).
	live []trace.Ref
}

func newSnippet() *snippet {
	return &snippet{t: trace.New(), locs: map[trace.Ref]abi.Location{}}
}

func reg(i int) abi.Location   { return abi.Location{Kind: abi.InReg, Index: i} }
func spill(i int) abi.Location { return abi.Location{Kind: abi.InSpill, Index: i} }

// val emits op with the given location for its result.
func (s *snippet) val(loc abi.Location, op trace.Op, typ trace.Type, a, b trace.Ref, aux int32) trace.Ref {
	var r trace.Ref
	if op.IsGuard() {
		s.t.Snaps = append(s.t.Snaps, trace.Snapshot{})
		r = s.t.EmitGuard(op, typ, a, b, aux, len(s.t.Snaps)-1)
	} else {
		r = s.t.Emit(op, typ, a, b, 0, aux)
	}
	s.locs[r] = loc
	return r
}

func (s *snippet) slot(loc abi.Location, typ trace.Type, slot int32) trace.Ref {
	return s.val(loc, trace.OpSlotRaw, typ, 0, 0, slot)
}

// lower finishes the trace and lowers it; it returns the listing of the
// code of instructions from..to (inclusive).
func (s *snippet) lower(t *testing.T, from, to trace.Ref) string {
	t.Helper()
	tr := s.t
	tr.Snaps = append(tr.Snaps, trace.Snapshot{})
	tr.EmitGuard(trace.OpGuardTrue, trace.TVoid, tr.ConstBool(false), 0, 0, len(tr.Snaps)-1)
	loop := tr.Emit(trace.OpLoop, trace.TVoid, 0, 0, 0, 0)
	jump := tr.EmitGuard(trace.OpJumpLoop, trace.TVoid, 0, 0, 0, len(tr.Snaps)-1)
	a := handAllocation(tr, s.locs, loop, jump)
	for _, r := range s.live {
		a.Start[r], a.End[r] = abi.Def(r), abi.Def(jump)
	}
	low, err := Backend{}.Lower(tr, a)
	if err != nil {
		t.Fatal(err)
	}
	return listing(low.Code, int(low.InsOffset[from]), int(low.InsOffset[to+1]))
}

func handAllocation(tr *trace.Trace, locs map[trace.Ref]abi.Location, loop, jump trace.Ref) *abi.Allocation {
	n := len(tr.Ins)
	a := &abi.Allocation{
		Locs: make([]abi.Location, n), Start: make([]int32, n), End: make([]int32, n), Uses: make([]int32, n),
		NumGPR: len(TraceGPRs), NumFPR: len(TraceFPRs), Loop: loop, JumpLoop: jump,
	}
	for r := range tr.Ins {
		if tr.IsConst(trace.Ref(r)) {
			a.Locs[r].Kind = abi.IsConst
		}
		if l, ok := locs[trace.Ref(r)]; ok {
			a.Locs[r] = l
			if l.Kind == abi.InSpill {
				a.NumSpill = max(a.NumSpill, l.Index+1)
			}
		}
		ins := &tr.Ins[r]
		ops := [3]trace.Ref{ins.A, ins.B, ins.C}
		for _, x := range ops[:ins.Op.Arity()] {
			a.Uses[x]++
		}
	}
	return a
}

// listing disassembles code[from:to] as "text  ; hex" lines.
func listing(code []byte, from, to int) string {
	var sb strings.Builder
	for off := from; off < to; {
		inst, err := x86asm.Decode(code[off:], 64)
		if err != nil {
			fmt.Fprintf(&sb, "?? %x\n", code[off])
			off++
			continue
		}
		text := x86asm.GoSyntax(inst, 0, nil)
		for _, arg := range inst.Args {
			if rel, ok := arg.(x86asm.Rel); ok { // branch targets vary: show the kind only
				text = strings.Fields(text)[0] + fmt.Sprintf(" %+d", int(rel)/int(math.Abs(float64(rel))+1e-9))
			}
		}
		fmt.Fprintf(&sb, "%-28s; % x\n", text, code[off:off+inst.Len])
		off += inst.Len
	}
	return sb.String()
}

func TestEncodings(t *testing.T) {
	const ax, cx, dx = 0, 1, 2 // TraceGPRs indices
	const x0, x1, x2 = 0, 1, 2 // TraceFPRs indices
	cases := []struct {
		name  string
		build func(s *snippet) (from, to trace.Ref)
		sse41 bool
		want  string
	}{
		{"int_add_ovf into A's register", func(s *snippet) (trace.Ref, trace.Ref) {
			a, b := s.slot(reg(ax), trace.TInt, 0), s.slot(reg(cx), trace.TInt, 1)
			r := s.val(reg(ax), trace.OpIntAddOvf, trace.TInt, a, b, 0)
			return r, r
		}, true, `
ADDQ CX, AX                 ; 48 01 c8
JO +1                       ; 70 xx
`},
		{"int_sub_ovf into B's register", func(s *snippet) (trace.Ref, trace.Ref) {
			a, b := s.slot(reg(ax), trace.TInt, 0), s.slot(reg(cx), trace.TInt, 1)
			r := s.val(reg(cx), trace.OpIntSubOvf, trace.TInt, a, b, 0)
			return r, r
		}, true, `
MOVQ AX, R11                ; 49 89 c3
SUBQ CX, R11                ; 49 29 cb
JO +1                       ; 70 xx
MOVQ R11, CX                ; 4c 89 d9
`},
		{"int_mul_ovf with a constant, spilled result", func(s *snippet) (trace.Ref, trace.Ref) {
			a := s.slot(reg(ax), trace.TInt, 0)
			r := s.val(spill(0), trace.OpIntMulOvf, trace.TInt, a, s.t.ConstInt(10), 0)
			return r, r
		}, true, `
MOVQ AX, R11                ; 49 89 c3
IMULQ $0xa, R11, R11        ; 4d 6b db 0a
JO +1                       ; 70 xx
MOVQ R11, 0x268(DI)         ; 4c 89 9f 68 02 00 00
`},
		{"int_lt fused with guard_true", func(s *snippet) (trace.Ref, trace.Ref) {
			a, b := s.slot(reg(ax), trace.TInt, 0), s.slot(reg(cx), trace.TInt, 1)
			c := s.val(reg(dx), trace.OpIntLt, trace.TBool, a, b, 0)
			g := s.val(abi.Location{}, trace.OpGuardTrue, trace.TVoid, c, 0, 0)
			return c, g
		}, true, `
CMPQ AX, CX                 ; 48 39 c8
JGE +1                      ; 7d xx
`},
		{"int_floordiv", func(s *snippet) (trace.Ref, trace.Ref) {
			a, b := s.slot(reg(ax), trace.TInt, 0), s.slot(reg(cx), trace.TInt, 1)
			r := s.val(reg(dx), trace.OpIntFloorDiv, trace.TInt, a, b, 0)
			return r, r
		}, true, `
MOVQ CX, R11                ; 49 89 cb
TESTQ R11, R11              ; 4d 85 db
JE +1                       ; 74 xx
CMPQ R11, $-0x1             ; 49 83 fb ff
JE +1                       ; 74 xx
MOVQ AX, R13                ; 49 89 c5
MOVQ AX, 0x228(DI)          ; 48 89 87 28 02 00 00
MOVQ DX, 0x230(DI)          ; 48 89 97 30 02 00 00
MOVQ R13, AX                ; 4c 89 e8
CQO                         ; 48 99
IDIVQ R11                   ; 49 f7 fb
TESTQ DX, DX                ; 48 85 d2
JE +1                       ; 74 xx
XORQ R11, DX                ; 4c 31 da
JNS +1                      ; 79 xx
DECQ AX                     ; 48 ff c8
MOVQ AX, R13                ; 49 89 c5
MOVQ 0x228(DI), AX          ; 48 8b 87 28 02 00 00
MOVQ 0x230(DI), DX          ; 48 8b 97 30 02 00 00
JMP +1                      ; eb xx
MOVQ AX, R13                ; 49 89 c5
NEGQ R13                    ; 49 f7 dd
JO +1                       ; 70 xx
MOVQ R13, DX                ; 4c 89 ea
`},
		{"int_mod by a constant: magic multiplication, DX live", func(s *snippet) (trace.Ref, trace.Ref) {
			a := s.slot(reg(ax), trace.TInt, 0)
			s.live = append(s.live, s.slot(reg(dx), trace.TInt, 1))
			r := s.val(reg(cx), trace.OpIntMod, trace.TInt, a, s.t.ConstInt(101), 0)
			return r, r
		}, true, `
MOVQ AX, R13                ; 49 89 c5
MOVQ R13, R11               ; 4d 89 eb
SARQ $0x3f, R11             ; 49 c1 fb 3f
XORQ R11, R13               ; 4d 31 dd
MOVQ DX, 0x230(DI)          ; 48 89 97 30 02 00 00
MOVQ $0xa237c32b16cfd773, AX; 48 b8 73 d7 cf 16 2b c3 37 a2
MULQ R13                    ; 49 f7 e5
SHRQ $0x6, DX               ; 48 c1 ea 06
XORQ R11, DX                ; 4c 31 da
IMULQ $0x65, DX, AX         ; 48 6b c2 65
XORQ R11, R13               ; 4d 31 dd
SUBQ AX, R13                ; 49 29 c5
MOVQ 0x230(DI), DX          ; 48 8b 97 30 02 00 00
MOVQ R13, CX                ; 4c 89 e9
`},
		{"int_floordiv by a negative constant, result in DX", func(s *snippet) (trace.Ref, trace.Ref) {
			a := s.slot(reg(ax), trace.TInt, 0)
			r := s.val(reg(dx), trace.OpIntFloorDiv, trace.TInt, a, s.t.ConstInt(-7), 0)
			return r, r
		}, true, `
MOVQ AX, R13                ; 49 89 c5
MOVQ $0xb6db6db6db6db6db, AX; 48 b8 db b6 6d db b6 6d db b6
IMULQ R13                   ; 49 f7 ed
SARQ $0x1, DX               ; 48 d1 fa
MOVQ DX, AX                 ; 48 89 d0
SHRQ $0x3f, AX              ; 48 c1 e8 3f
ADDQ AX, DX                 ; 48 01 c2
IMULQ $-0x7, DX, AX         ; 48 6b c2 f9
SUBQ AX, R13                ; 49 29 c5
NEGQ R13                    ; 49 f7 dd
SARQ $0x3f, R13             ; 49 c1 fd 3f
ADDQ DX, R13                ; 49 01 d5
MOVQ R13, DX                ; 4c 89 ea
`},
		{"int_mod by a negative constant", func(s *snippet) (trace.Ref, trace.Ref) {
			a := s.slot(reg(cx), trace.TInt, 0)
			r := s.val(reg(cx), trace.OpIntMod, trace.TInt, a, s.t.ConstInt(-10), 0)
			return r, r
		}, true, `
MOVQ CX, R13                ; 49 89 cd
MOVQ $0x9999999999999999, AX; 48 b8 99 99 99 99 99 99 99 99
IMULQ R13                   ; 49 f7 ed
SARQ $0x2, DX               ; 48 c1 fa 02
MOVQ DX, AX                 ; 48 89 d0
SHRQ $0x3f, AX              ; 48 c1 e8 3f
ADDQ AX, DX                 ; 48 01 c2
IMULQ $-0xa, DX, AX         ; 48 6b c2 f6
SUBQ AX, R13                ; 49 29 c5
LEAQ -0xa(R13), AX          ; 49 8d 45 f6
TESTQ R13, R13              ; 4d 85 ed
CMOVG AX, R13               ; 4c 0f 4f e8
MOVQ R13, CX                ; 4c 89 e9
`},
		{"int_floordiv by a power of two", func(s *snippet) (trace.Ref, trace.Ref) {
			a := s.slot(reg(ax), trace.TInt, 0)
			r := s.val(reg(cx), trace.OpIntFloorDiv, trace.TInt, a, s.t.ConstInt(8), 0)
			return r, r
		}, true, `
MOVQ AX, CX                 ; 48 89 c1
SARQ $0x3, CX               ; 48 c1 f9 03
`},
		{"int_mod by a large power of two", func(s *snippet) (trace.Ref, trace.Ref) {
			a := s.slot(reg(ax), trace.TInt, 0)
			r := s.val(reg(cx), trace.OpIntMod, trace.TInt, a, s.t.ConstInt(1<<40), 0)
			return r, r
		}, true, `
MOVQ AX, CX                 ; 48 89 c1
SHLQ $0x18, CX              ; 48 c1 e1 18
SHRQ $0x18, CX              ; 48 c1 e9 18
`},
		{"int_floordiv by a negative power of two", func(s *snippet) (trace.Ref, trace.Ref) {
			a := s.slot(reg(ax), trace.TInt, 0)
			r := s.val(reg(cx), trace.OpIntFloorDiv, trace.TInt, a, s.t.ConstInt(-16), 0)
			return r, r
		}, true, `
MOVQ AX, CX                 ; 48 89 c1
MOVQ CX, R11                ; 49 89 cb
SARQ $0x4, CX               ; 48 c1 f9 04
NEGQ CX                     ; 48 f7 d9
SHLQ $0x3c, R11             ; 49 c1 e3 3c
NEGQ R11                    ; 49 f7 db
SBBQ $0x0, CX               ; 48 83 d9 00
`},
		{"int_mod by a negative power of two", func(s *snippet) (trace.Ref, trace.Ref) {
			a := s.slot(reg(ax), trace.TInt, 0)
			r := s.val(spill(0), trace.OpIntMod, trace.TInt, a, s.t.ConstInt(-16), 0)
			return r, r
		}, true, `
MOVQ AX, R13                ; 49 89 c5
ANDQ $0xf, R13              ; 49 83 e5 0f
MOVQ $-0x10, R11            ; 49 c7 c3 f0 ff ff ff
ORQ R13, R11                ; 4d 09 eb
TESTQ R13, R13              ; 4d 85 ed
CMOVNE R11, R13             ; 4d 0f 45 eb
MOVQ R13, 0x268(DI)         ; 4c 89 af 68 02 00 00
`},
		{"int_shr by a variable", func(s *snippet) (trace.Ref, trace.Ref) {
			a, b := s.slot(reg(ax), trace.TInt, 0), s.slot(reg(dx), trace.TInt, 1)
			r := s.val(reg(ax), trace.OpIntShr, trace.TInt, a, b, 0)
			return r, r
		}, true, `
MOVQ DX, R11                ; 49 89 d3
TESTQ R11, R11              ; 4d 85 db
JS +1                       ; 78 xx
CMPQ R11, $0x3f             ; 49 83 fb 3f
JLE +1                      ; 7e xx
MOVQ $0x3f, R11             ; 49 c7 c3 3f 00 00 00
MOVQ AX, R13                ; 49 89 c5
XCHGQ CX, R11               ; 49 87 cb
SARQ CL, R13                ; 49 d3 fd
MOVQ R11, CX                ; 4c 89 d9
MOVQ R13, AX                ; 4c 89 e8
`},
		{"float_min", func(s *snippet) (trace.Ref, trace.Ref) {
			a, b := s.slot(reg(x0), trace.TFloat, 0), s.slot(reg(x1), trace.TFloat, 1)
			r := s.val(reg(x2), trace.OpFloatMin, trace.TFloat, a, b, 0)
			return r, r
		}, true, `
MOVAPS X1, X2               ; 0f 28 d1
MINSD X0, X2                ; f2 0f 5d d0
`},
		{"float_lt fused with guard_false", func(s *snippet) (trace.Ref, trace.Ref) {
			a, b := s.slot(reg(x0), trace.TFloat, 0), s.slot(reg(x1), trace.TFloat, 1)
			c := s.val(reg(ax), trace.OpFloatLt, trace.TBool, a, b, 0)
			g := s.val(abi.Location{}, trace.OpGuardFalse, trace.TVoid, c, 0, 0)
			return c, g
		}, true, `
UCOMISD X0, X1              ; 66 0f 2e c8
JA +1                       ; 77 xx
`},
		{"float_eq as a bool", func(s *snippet) (trace.Ref, trace.Ref) {
			a, b := s.slot(reg(x0), trace.TFloat, 0), s.slot(reg(x1), trace.TFloat, 1)
			c := s.val(reg(ax), trace.OpFloatEq, trace.TBool, a, b, 0)
			return c, c
		}, true, `
UCOMISD X1, X0              ; 66 0f 2e c1
SETE AL                     ; 0f 94 c0
SETNP R11                   ; 41 0f 9b c3
ANDL R11, AX                ; 44 21 d8
MOVZX AL, AX                ; 48 0f b6 c0
`},
		{"float_floor with SSE4.1", func(s *snippet) (trace.Ref, trace.Ref) {
			a := s.slot(reg(x0), trace.TFloat, 0)
			r := s.val(reg(x1), trace.OpFloatFloor, trace.TFloat, a, 0, 0)
			return r, r
		}, true, `
ROUNDSD $0x1, X0, X1        ; 66 0f 3a 0b c8 01
`},
		{"float_ceil without SSE4.1", func(s *snippet) (trace.Ref, trace.Ref) {
			a := s.slot(reg(x0), trace.TFloat, 0)
			r := s.val(reg(x1), trace.OpFloatCeil, trace.TFloat, a, 0, 0)
			return r, r
		}, false, `
MOVAPS X0, X1               ; 0f 28 c8
MOVQ X1, R11                ; 66 49 0f 7e cb
SHLQ $0x1, R11              ; 49 d1 e3
MOVQ $0x8660000000000000, R13; 49 bd 00 00 00 00 00 00 60 86
CMPQ R11, R13               ; 4d 39 eb
JAE +1                      ; 73 xx
MOVSD_XMM X1, 0x228(DI)     ; f2 0f 11 8f 28 02 00 00
CVTTSD2SIQ X1, R11          ; f2 4c 0f 2c d9
CVTSI2SDQ R11, X1           ; f2 49 0f 2a cb
UCOMISD 0x228(DI), X1       ; 66 0f 2e 8f 28 02 00 00
JAE +1                      ; 73 xx
INCQ R11                    ; 49 ff c3
CVTSI2SDQ R11, X1           ; f2 49 0f 2a cb
MOVQ 0x228(DI), R13         ; 4c 8b af 28 02 00 00
SHRQ $0x3f, R13             ; 49 c1 ed 3f
SHLQ $0x3f, R13             ; 49 c1 e5 3f
MOVQ X1, R11                ; 66 49 0f 7e cb
ORQ R13, R11                ; 4d 09 eb
MOVQ R11, X1                ; 66 49 0f 6e cb
`},
		{"float_to_int", func(s *snippet) (trace.Ref, trace.Ref) {
			a := s.slot(reg(x0), trace.TFloat, 0)
			r := s.val(reg(ax), trace.OpFloatToInt, trace.TInt, a, 0, 0)
			return r, r
		}, true, `
CVTTSD2SIQ X0, AX           ; f2 48 0f 2c c0
CMPQ AX, $0x1               ; 48 83 f8 01
JO +1                       ; 70 xx
`},
		{"seq_item_raw", func(s *snippet) (trace.Ref, trace.Ref) {
			p := s.val(reg(ax), trace.OpSlotPtr, trace.TPtr, 0, 0, 0)
			i := s.slot(reg(cx), trace.TInt, 1)
			d := s.val(reg(dx), trace.OpSeqItems, trace.TPtr, p, 0, 0)
			r := s.val(reg(x0), trace.OpSeqItemRaw, trace.TFloat, d, i, 0)
			return d, r
		}, true, `
MOVQ 0(AX), DX              ; 48 8b 10
LEAQ 0(CX)(CX*2), R13       ; 4c 8d 2c 49
MOVSD_XMM 0x10(DX)(R13*8), X0; f2 42 0f 10 44 ea 10
`},
	}
	defer func(v bool) { UseSSE41 = v }(UseSSE41)
	for _, tc := range cases {
		UseSSE41 = tc.sse41
		s := newSnippet()
		from, to := tc.build(s)
		got := s.lower(t, from, to)
		if norm(got) != norm(tc.want) {
			t.Errorf("%s:\ngot\n%s\nwant%s", tc.name, got, tc.want)
		}
	}
}

// norm drops branch displacements (they depend on the layout) and spacing.
func norm(s string) string {
	var out []string
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		text, hex, _ := strings.Cut(line, ";")
		f := strings.Fields(hex)
		if len(f) == 2 && (strings.HasPrefix(text, "J")) {
			f[1] = "xx"
		}
		out = append(out, strings.Join(strings.Fields(text), " ")+" ; "+strings.Join(f, " "))
	}
	return strings.Join(out, "\n")
}
