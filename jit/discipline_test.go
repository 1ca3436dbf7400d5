package jit

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/tracejit/tracejit/jit/amd64"
	"github.com/tracejit/tracejit/trace"
	"golang.org/x/arch/arm64/arm64asm"
	"golang.org/x/arch/x86/x86asm"
)

// TestAMD64Discipline decodes the code generated for the random traces
// (on any host) and checks the rules generated code must keep:
//
//  1. SP and BP are never operands (the code is a frameless leaf on the
//     goroutine stack); R14 and X15 (g and the zero register of Go's
//     internal ABI) are left alone.
//  2. Memory is written only through DI (the context) or, for
//     seq_store_raw, through R11 (the item's payload word).
//  3. No calls, no fused multiply-add, one RET (the exit tail's, at the end).
func TestAMD64Discipline(t *testing.T) {
	b := BackendFor("amd64")
	for _, sse41 := range []bool{true, false} {
		amd64.UseSSE41 = sse41
		for seed := range uint64(100) {
			tr, _ := genTrace(rand.New(rand.NewPCG(seed, 77)))
			for _, bud := range []budget{allRegs, noRegs} {
				_, low, err := generate(tr, b, bud.gpr, bud.fpr)
				if err != nil {
					t.Fatal(err)
				}
				checkDiscipline(t, low.Code)
			}
		}
	}
	amd64.UseSSE41 = true
	for _, build := range []func() *builder{listStore, callOuts} {
		_, low, err := Generate(build().t, b)
		if err != nil {
			t.Fatal(err)
		}
		checkDiscipline(t, low.Code)
	}
}

// listStore is a trace with every memory op.
func listStore() *builder {
	b := newBuilder()
	p := b.slot(trace.OpSlotPtr, trace.TPtr, 0)
	ty := b.slot(trace.OpSlotType, trace.TWord, 0)
	i := b.raw(trace.TInt, 1)
	f := b.raw(trace.TFloat, 2)
	n := b.emit(trace.OpSeqLen, trace.TInt, p, 0, 0, 0)
	data := b.emit(trace.OpSeqItems, trace.TPtr, p, 0, 0, 0)
	it := b.emit(trace.OpSeqItemType, trace.TWord, data, i, 0, 0)
	ip := b.emit(trace.OpSeqItemPtr, trace.TPtr, data, i, 0, 0)
	ir := b.emit(trace.OpSeqItemRaw, trace.TFloat, data, i, 0, 0)
	b.emit(trace.OpSeqStoreRaw, trace.TVoid, data, i, f, 0)
	b.emit(trace.OpSeqStoreRaw, trace.TVoid, data, i, n, 0)
	b.emit(trace.OpSeqStoreRaw, trace.TVoid, data, b.t.ConstInt(2), b.t.ConstInt(1<<40), 0)
	fw := b.emit(trace.OpFieldWord, trace.TInt, p, 0, 0, 8)
	gt := b.emit(trace.OpGlobalType, trace.TWord, p, 0, 0, 3)
	gr := b.emit(trace.OpGlobalRaw, trace.TFloat, p, 0, 0, 3)
	gp := b.emit(trace.OpGlobalPtr, trace.TPtr, p, 0, 0, 3)
	b.failAlways(ty, it, ip, ir, fw, gt, gr, gp)
	return b
}

// callOuts is a trace with call_outs (exits with resume entries) and
// values of both classes live across them.
func callOuts() *builder {
	b := newBuilder()
	i := b.raw(trace.TInt, 1)
	f := b.raw(trace.TFloat, 2)
	b.t.CallOuts = append(b.t.CallOuts, nil, nil)
	c1 := b.guard(trace.OpCallOut, trace.TFloat, f, f, i, f)
	b.t.Ins[c1].Aux = trace.CallOutAux(0, 1)
	c2 := b.guard(trace.OpCallOut, trace.TFloat, c1, i, i, f, c1)
	b.t.Ins[c2].Aux = trace.CallOutAux(1, 2)
	sum := b.emit(trace.OpFloatAdd, trace.TFloat, c2, f, 0, 0)
	n := b.emit(trace.OpIntAdd, trace.TInt, i, i, 0, 0)
	b.failAlways(sum, n)
	return b
}

func checkDiscipline(t *testing.T, code []byte) {
	t.Helper()
	rets := 0
	for off := 0; off < len(code); {
		inst, err := x86asm.Decode(code[off:], 64)
		if err != nil {
			t.Fatalf("undecodable code at %#x: %v", off, err)
		}
		text := x86asm.GoSyntax(inst, uint64(off), nil)
		bad := func(why string) { t.Errorf("%#x: %s: %s", off, text, why) }
		for i, a := range inst.Args {
			switch a := a.(type) {
			case x86asm.Reg:
				switch a {
				case x86asm.RSP, x86asm.ESP, x86asm.SP, x86asm.RBP, x86asm.EBP, x86asm.BP,
					x86asm.R14, x86asm.R14L, x86asm.R14W, x86asm.R14B, x86asm.X15:
					bad("reserved register")
				}
			case x86asm.Mem:
				if a.Base == x86asm.RSP || a.Base == x86asm.RBP || a.Index == x86asm.RSP || a.Index == x86asm.RBP {
					bad("stack memory")
				}
				// Intel order: the destination is the first argument.
				if i == 0 && writesFirst(inst.Op) && a.Base != x86asm.RDI && a.Base != x86asm.R11 {
					bad("stores outside the context")
				}
			}
		}
		switch {
		case inst.Op == x86asm.CALL || inst.Op == x86asm.LCALL || inst.Op == x86asm.SYSCALL:
			bad("call")
		case strings.HasPrefix(inst.Op.String(), "VFMADD") || strings.HasPrefix(inst.Op.String(), "VFMSUB") || strings.HasPrefix(inst.Op.String(), "VFNM"):
			bad("fused multiply-add")
		case inst.Op == x86asm.PUSH || inst.Op == x86asm.POP:
			bad("stack")
		case inst.Op == x86asm.RET:
			rets++
			if off+inst.Len != len(code) {
				bad("RET before the end")
			}
		}
		off += inst.Len
	}
	if rets != 1 {
		t.Errorf("%d RETs", rets)
	}
}

// writesFirst reports whether op writes its first (Intel-order) operand.
func writesFirst(op x86asm.Op) bool {
	switch op {
	case x86asm.CMP, x86asm.TEST, x86asm.UCOMISD, x86asm.COMISD, x86asm.FLD, x86asm.JMP, x86asm.NOP:
		return false
	}
	return true
}

// TestARM64Discipline is TestAMD64Discipline for the arm64 code: never
// R18 (platform), R28 (g), R29 (frame pointer), R30 (link register, but
// for the final RET) or SP; stores only through R0 (the context), R16 (an
// item's payload word) or R25 (the same, after a large offset); no calls,
// no fused multiply-add.
func TestARM64Discipline(t *testing.T) {
	b := BackendFor("arm64")
	check := func(code []byte) {
		t.Helper()
		rets := 0
		for off := 0; off+4 <= len(code); off += 4 {
			word := code[off : off+4]
			inst, err := arm64asm.Decode(word)
			if err != nil {
				if rets == 1 && word[0]|word[1]|word[2]|word[3] == 0 {
					continue // golang-asm pads the function to 16 bytes
				}
				t.Fatalf("undecodable word at %#x: %v", off, err)
			}
			text := arm64asm.GoSyntax(inst, uint64(off), nil, nil)
			bad := func(why string) { t.Errorf("%#x: %s: %s", off, text, why) }
			reserved := func(r arm64asm.Reg) bool {
				switch r {
				case arm64asm.X18, arm64asm.W18, arm64asm.X28, arm64asm.W28, arm64asm.X29, arm64asm.W29, arm64asm.X30, arm64asm.W30:
					return true
				}
				return false
			}
			store := strings.HasPrefix(inst.Op.String(), "ST")
			for _, a := range inst.Args {
				switch a := a.(type) {
				case arm64asm.Reg:
					if reserved(a) && inst.Op != arm64asm.RET {
						bad("reserved register")
					}
				case arm64asm.RegSP:
					if arm64asm.Reg(a) == arm64asm.SP || reserved(arm64asm.Reg(a)) {
						bad("reserved register")
					}
				case arm64asm.MemImmediate:
					base := arm64asm.Reg(a.Base)
					if base == arm64asm.SP || reserved(base) {
						bad("stack memory")
					}
					if store && base != arm64asm.X0 && base != arm64asm.X16 && base != arm64asm.X25 {
						bad("stores outside the context")
					}
				case arm64asm.MemExtend:
					bad("unexpected addressing mode")
				}
			}
			switch name := inst.Op.String(); {
			case inst.Op == arm64asm.BL || inst.Op == arm64asm.BLR || inst.Op == arm64asm.SVC:
				bad("call")
			case strings.HasPrefix(name, "FMADD") || strings.HasPrefix(name, "FMSUB") || strings.HasPrefix(name, "FNM"):
				bad("fused multiply-add")
			case inst.Op == arm64asm.RET:
				rets++
			}
		}
		if rets != 1 {
			t.Errorf("%d RETs", rets)
		}
	}
	for seed := range uint64(100) {
		tr, _ := genTrace(rand.New(rand.NewPCG(seed, 77)))
		for _, bud := range []budget{allRegs, noRegs} {
			_, low, err := generate(tr, b, bud.gpr, bud.fpr)
			if err != nil {
				t.Fatal(err)
			}
			check(low.Code)
		}
	}
	for _, build := range []func() *builder{listStore, callOuts} {
		_, low, err := Generate(build().t, b)
		if err != nil {
			t.Fatal(err)
		}
		check(low.Code)
	}
}
