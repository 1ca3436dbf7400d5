package arm64

import (
	"encoding/binary"
	"fmt"
	"strings"
	"testing"

	"github.com/tracejit/tracejit/jit/abi"
	"github.com/tracejit/tracejit/trace"
	"golang.org/x/arch/arm64/arm64asm"
)

// Encoding tests: the code for one IR instruction under a hand-made
// allocation, pinned as assembly text and hex (runs on every host). They
// document the instruction selection; the behaviour is tested by running
// code in package jit (natively or under qemu-aarch64).

// snippet is a straight-line trace ending in an always-failing guard and
// an empty loop, with a hand-made allocation.
type snippet struct {
	t    *trace.Trace
	locs map[trace.Ref]abi.Location
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

// listing disassembles code[from:to] as "text ; hex" lines; branch
// targets are shown only as their direction.
func listing(code []byte, from, to int) string {
	var sb strings.Builder
	for off := from; off < to; off += 4 {
		word := binary.LittleEndian.Uint32(code[off:])
		inst, err := arm64asm.Decode(code[off : off+4])
		if err != nil {
			fmt.Fprintf(&sb, "WORD ; %08x\n", word)
			continue
		}
		text := arm64asm.GoSyntax(inst, 0, nil, nil)
		for _, arg := range inst.Args {
			if rel, ok := arg.(arm64asm.PCRel); ok {
				f := strings.Fields(text)
				dir := "+1"
				if rel < 0 {
					dir = "-1"
				}
				text = strings.Join(f[:len(f)-1], " ") + " " + dir
				word &^= 0x00ffffe0 // the offset bits of B.cond/CBZ; B's too
				if inst.Op == arm64asm.B && strings.HasPrefix(text, "JMP") {
					word &^= 0x03ffffff
				}
			}
		}
		fmt.Fprintf(&sb, "%-32s; %08x\n", text, word)
	}
	return sb.String()
}

func TestEncodings(t *testing.T) {
	const r1, r2, r3 = 0, 1, 2 // TraceGPRs indices: R1, R2, R3
	const f0, f1, f2 = 0, 1, 2 // TraceFPRs indices: F0, F1, F2
	cases := []struct {
		name  string
		build func(s *snippet) (from, to trace.Ref)
		want  string
	}{
		{"int_add_ovf", func(s *snippet) (trace.Ref, trace.Ref) {
			a, b := s.slot(reg(r1), trace.TInt, 0), s.slot(reg(r2), trace.TInt, 1)
			r := s.val(reg(r3), trace.OpIntAddOvf, trace.TInt, a, b, 0)
			return r, r
		}, `
ADDS R2, R1, R3                 ; ab020023
BVS +1                          ; 54000006
`},
		{"int_add_ovf with an immediate", func(s *snippet) (trace.Ref, trace.Ref) {
			a := s.slot(reg(r1), trace.TInt, 0)
			r := s.val(reg(r1), trace.OpIntAddOvf, trace.TInt, a, s.t.ConstInt(1), 0)
			return r, r
		}, `
ADDS $1, R1, R1                 ; b1000421
BVS +1                          ; 54000006
`},
		{"int_mul_ovf", func(s *snippet) (trace.Ref, trace.Ref) {
			a, b := s.slot(reg(r1), trace.TInt, 0), s.slot(reg(r2), trace.TInt, 1)
			r := s.val(reg(r1), trace.OpIntMulOvf, trace.TInt, a, b, 0)
			return r, r
		}, `
SMULH R2, R1, R25               ; 9b427c39
MUL R2, R1, R1                  ; 9b027c21
CMP R1->63, R25                 ; eb81ff3f
BNE +1                          ; 54000001
`},
		{"int_floordiv", func(s *snippet) (trace.Ref, trace.Ref) {
			a, b := s.slot(reg(r1), trace.TInt, 0), s.slot(reg(r2), trace.TInt, 1)
			r := s.val(reg(r3), trace.OpIntFloorDiv, trace.TInt, a, b, 0)
			return r, r
		}, `
CMP ZR, R2                      ; eb1f005f
BEQ +1                          ; 54000000
CMN $1, R2                      ; b100045f
BNE +1                          ; 54000001
NEGS R1, R3                     ; eb0103e3
BVS +1                          ; 54000006
JMP +1                          ; 14000000
SDIV R2, R1, R25                ; 9ac20c39
MSUB R2, R1, R25, R24           ; 9b028738
CMP ZR, R24                     ; eb1f031f
BEQ +1                          ; 54000000
EOR R2, R24, R23                ; ca020317
CMP ZR, R23                     ; eb1f02ff
BGE +1                          ; 5400000a
SUB $1, R25, R25                ; d1000739
MOVD R25, R3                    ; aa1903e3
`},
		{"int_mod by a constant: magic multiplication", func(s *snippet) (trace.Ref, trace.Ref) {
			a := s.slot(reg(r1), trace.TInt, 0)
			r := s.val(reg(r3), trace.OpIntMod, trace.TInt, a, s.t.ConstInt(101), 0)
			return r, r
		}, `
ASR $63, R1, R24                ; 937ffc38
EOR R24, R1, R23                ; ca180037
MOVD $55155, R25                ; d29aee79
MOVK $(5839<<16), R25           ; f2a2d9f9
MOVK $(49963<<32), R25          ; f2d86579
MOVK $(41527<<48), R25          ; f2f446f9
UMULH R25, R23, R25             ; 9bd97ef9
EOR R25>>6, R24, R23            ; ca591b17
MOVD $101, R24                  ; d2800cb8
MSUB R24, R1, R23, R3           ; 9b1886e3
`},
		{"int_floordiv by a constant, result in the dividend's register", func(s *snippet) (trace.Ref, trace.Ref) {
			a := s.slot(reg(r1), trace.TInt, 0)
			r := s.val(reg(r1), trace.OpIntFloorDiv, trace.TInt, a, s.t.ConstInt(101), 0)
			return r, r
		}, `
ASR $63, R1, R24                ; 937ffc38
EOR R24, R1, R23                ; ca180037
MOVD $55155, R25                ; d29aee79
MOVK $(5839<<16), R25           ; f2a2d9f9
MOVK $(49963<<32), R25          ; f2d86579
MOVK $(41527<<48), R25          ; f2f446f9
UMULH R25, R23, R25             ; 9bd97ef9
EOR R25>>6, R24, R1             ; ca591b01
`},
		{"int_floordiv by a negative constant", func(s *snippet) (trace.Ref, trace.Ref) {
			a := s.slot(reg(r1), trace.TInt, 0)
			r := s.val(reg(r3), trace.OpIntFloorDiv, trace.TInt, a, s.t.ConstInt(-7), 0)
			return r, r
		}, `
MOVD $46811, R25                ; d296db79
MOVK $(56173<<16), R25          ; f2bb6db9
MOVK $(28086<<32), R25          ; f2cdb6d9
MOVK $(46811<<48), R25          ; f2f6db79
SMULH R25, R1, R25              ; 9b597c39
ASR $1, R25, R25                ; 9341ff39
ADD R25>>63, R25, R25           ; 8b59ff39
MOVD $-7, R24                   ; 928000d8
MSUB R24, R1, R25, R23          ; 9b188737
CMP ZR, R23                     ; eb1f02ff
SUB $1, R25, R24                ; d1000738
CSEL GT, R24, R25, R3           ; 9a99c303
`},
		{"int_mod by a negative constant", func(s *snippet) (trace.Ref, trace.Ref) {
			a := s.slot(reg(r1), trace.TInt, 0)
			r := s.val(reg(r3), trace.OpIntMod, trace.TInt, a, s.t.ConstInt(-10), 0)
			return r, r
		}, `
MOVD $-7378697629483820647, R25 ; b201e7f9
SMULH R25, R1, R25              ; 9b597c39
ASR $2, R25, R25                ; 9342ff39
ADD R25>>63, R25, R25           ; 8b59ff39
MOVD $-10, R24                  ; 92800138
MSUB R24, R1, R25, R23          ; 9b188737
CMP ZR, R23                     ; eb1f02ff
ADD R24, R23, R24               ; 8b1802f8
CSEL GT, R24, R23, R3           ; 9a97c303
`},
		{"int_floordiv by a power of two", func(s *snippet) (trace.Ref, trace.Ref) {
			a := s.slot(reg(r1), trace.TInt, 0)
			r := s.val(reg(r3), trace.OpIntFloorDiv, trace.TInt, a, s.t.ConstInt(8), 0)
			return r, r
		}, `
ASR $3, R1, R3                  ; 9343fc23
`},
		{"int_mod by a power of two", func(s *snippet) (trace.Ref, trace.Ref) {
			a := s.slot(reg(r1), trace.TInt, 0)
			r := s.val(reg(r3), trace.OpIntMod, trace.TInt, a, s.t.ConstInt(1<<40), 0)
			return r, r
		}, `
AND $1099511627775, R1, R3      ; 92409c23
`},
		{"int_floordiv by a negative power of two", func(s *snippet) (trace.Ref, trace.Ref) {
			a := s.slot(reg(r1), trace.TInt, 0)
			r := s.val(reg(r3), trace.OpIntFloorDiv, trace.TInt, a, s.t.ConstInt(-16), 0)
			return r, r
		}, `
ASR $4, R1, R24                 ; 9344fc38
NEG R24, R23                    ; cb1803f7
TST $15, R1                     ; f2400c3f
CSINV EQ, R23, R24, R3          ; da9802e3
`},
		{"int_mod by a negative power of two", func(s *snippet) (trace.Ref, trace.Ref) {
			a := s.slot(reg(r1), trace.TInt, 0)
			r := s.val(reg(r3), trace.OpIntMod, trace.TInt, a, s.t.ConstInt(-16), 0)
			return r, r
		}, `
ANDS $15, R1, R24               ; f2400c38
ORR $-16, R24, R23              ; b27cef17
CSEL NE, R23, R24, R3           ; 9a9812e3
`},
		{"int_shr", func(s *snippet) (trace.Ref, trace.Ref) {
			a, b := s.slot(reg(r1), trace.TInt, 0), s.slot(reg(r2), trace.TInt, 1)
			r := s.val(reg(r3), trace.OpIntShr, trace.TInt, a, b, 0)
			return r, r
		}, `
CMP ZR, R2                      ; eb1f005f
BLT +1                          ; 5400000b
ORR $63, ZR, R25                ; b24017f9
CMP $63, R2                     ; f100fc5f
CSEL GT, R25, R2, R25           ; 9a82c339
ASR R25, R1, R3                 ; 9ad92823
`},
		{"int_lt fused with guard_true", func(s *snippet) (trace.Ref, trace.Ref) {
			a, b := s.slot(reg(r1), trace.TInt, 0), s.slot(reg(r2), trace.TInt, 1)
			c := s.val(reg(r3), trace.OpIntLt, trace.TBool, a, b, 0)
			g := s.val(abi.Location{}, trace.OpGuardTrue, trace.TVoid, c, 0, 0)
			return c, g
		}, `
CMP R2, R1                      ; eb02003f
BGE +1                          ; 5400000a
`},
		{"float_min", func(s *snippet) (trace.Ref, trace.Ref) {
			a, b := s.slot(reg(f0), trace.TFloat, 0), s.slot(reg(f1), trace.TFloat, 1)
			r := s.val(reg(f2), trace.OpFloatMin, trace.TFloat, a, b, 0)
			return r, r
		}, `
FCMPD F0, F1                    ; 1e602020
FCSELD MI, F1, F0, F2           ; 1e604c22
`},
		{"float_le as a bool", func(s *snippet) (trace.Ref, trace.Ref) {
			a, b := s.slot(reg(f0), trace.TFloat, 0), s.slot(reg(f1), trace.TFloat, 1)
			c := s.val(reg(r1), trace.OpFloatLe, trace.TBool, a, b, 0)
			return c, c
		}, `
FCMPD F1, F0                    ; 1e612000
CSET LS, R1                     ; 9a9f87e1
`},
		{"float_to_int", func(s *snippet) (trace.Ref, trace.Ref) {
			a := s.slot(reg(f0), trace.TFloat, 0)
			r := s.val(reg(r1), trace.OpFloatToInt, trace.TInt, a, 0, 0)
			return r, r
		}, `
MOVD $-4332462841530417152, R16 ; d2f87c10
FMOVD R16, F30                  ; 9e67021e
FCMPD F30, F0                   ; 1e7e2000
BLT +1                          ; 5400000b
MOVD $4890909195324358656, R16  ; d2e87c10
FMOVD R16, F30                  ; 9e67021e
FCMPD F30, F0                   ; 1e7e2000
BGE +1                          ; 5400000a
FCVTZSD F0, R1                  ; 9e780001
`},
		{"seq_item_raw", func(s *snippet) (trace.Ref, trace.Ref) {
			p := s.val(reg(r1), trace.OpSlotPtr, trace.TPtr, 0, 0, 0)
			i := s.slot(reg(r2), trace.TInt, 1)
			d := s.val(reg(r3), trace.OpSeqItems, trace.TPtr, p, 0, 0)
			r := s.val(reg(f0), trace.OpSeqItemRaw, trace.TFloat, d, i, 0)
			return d, r
		}, `
MOVD (R1), R3                   ; f9400023
ADD R2<<1, R2, R17              ; 8b020451
ADD R17<<3, R3, R16             ; 8b110c70
FMOVD 16(R16), F0               ; fd400a00
`},
	}
	for _, tc := range cases {
		s := newSnippet()
		from, to := tc.build(s)
		got := s.lower(t, from, to)
		if norm(got) != norm(tc.want) {
			t.Errorf("%s:\ngot\n%s\nwant%s", tc.name, got, tc.want)
		}
	}
}

func norm(s string) string {
	var out []string
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		text, hex, _ := strings.Cut(line, ";")
		out = append(out, strings.Join(strings.Fields(text), " ")+" ; "+strings.TrimSpace(hex))
	}
	return strings.Join(out, "\n")
}
