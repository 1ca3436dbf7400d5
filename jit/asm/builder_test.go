package asm

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/arm64"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

func mustBuilder(t testing.TB, arch string) *Builder {
	t.Helper()
	b, err := NewBuilder(arch)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func mustAssemble(t testing.TB, b *Builder) []byte {
	t.Helper()
	code, err := b.Assemble()
	if err != nil {
		t.Fatal(err)
	}
	return code
}

func ret(b *Builder) { b.Op(obj.ARET, obj.Addr{}, obj.Addr{}) }

// op3 appends an arm64 three-operand instruction: as from, reg, to.
func op3(b *Builder, as obj.As, from obj.Addr, reg int16, to obj.Addr) *obj.Prog {
	p := b.Op(as, from, to)
	p.Reg = reg
	return p
}

func TestUnknownArch(t *testing.T) {
	if _, err := NewBuilder("riscv64"); err == nil {
		t.Fatal("riscv64 accepted")
	}
}

// Each case pins the exact bytes of a short function; several are the
// rewrites this package adds on top of golang-asm.
func TestEncoding(t *testing.T) {
	cases := []struct {
		name, arch string
		emit       func(b *Builder)
		want       string // hex
	}{
		{"amd64 ret", "amd64", ret, "c3"},
		{"amd64 store", "amd64", func(b *Builder) {
			b.Op(x86.AMOVQ, Reg(x86.REG_R8), Mem(x86.REG_DI, 40))
			ret(b)
		}, "4c894728" + "c3"},
		{"amd64 movabs", "amd64", func(b *Builder) {
			b.Op(x86.AMOVQ, Imm(0x3FE0000000000000), Reg(x86.REG_R9))
			b.Op(x86.AMOVQ, Reg(x86.REG_R9), Reg(x86.REG_X2))
			ret(b)
		}, "49b9000000000000e03f" + "66490f6ed1" + "c3"},
		// The first instruction must not be dropped and RET gets R30.
		{"arm64 first prog and ret", "arm64", func(b *Builder) {
			b.Op(arm64.AMOVD, Reg(arm64.REG_R1), Reg(arm64.REG_R2))
			ret(b)
		}, "e20301aa" + "c0035fd6" + "0000000000000000"},
		// $0 would otherwise assemble as R0: str x0,[x0,#32].
		{"arm64 store $0", "arm64", func(b *Builder) {
			b.Op(arm64.AMOVD, Imm(0), Mem(arm64.REG_R0, 32))
			ret(b)
		}, "1f1000f9" + "c0035fd6" + "0000000000000000"},
		// ADD $-1 would otherwise go through R27.
		{"arm64 add -1", "arm64", func(b *Builder) {
			op3(b, arm64.AADD, Imm(-1), arm64.REG_R3, Reg(arm64.REG_R3))
			ret(b)
		}, "630400d1" + "c0035fd6" + "0000000000000000"},
		// Only FMOV-immediate values are allowed as float constants.
		{"arm64 fmov 0.5", "arm64", func(b *Builder) {
			b.Op(arm64.AFMOVD, obj.Addr{Type: obj.TYPE_FCONST, Val: 0.5}, Reg(arm64.REG_F1))
			ret(b)
		}, "01106c1e" + "c0035fd6" + "0000000000000000"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := mustBuilder(t, c.arch)
			c.emit(b)
			code := mustAssemble(t, b)
			if got := hex.EncodeToString(code); got != c.want {
				t.Errorf("got  %s\nwant %s\n%s", got, c.want, Disassemble(c.arch, code, 0, nil))
			}
		})
	}
}

func TestErrors(t *testing.T) {
	cases := []struct {
		name, arch string
		emit       func(b *Builder)
		want       string
	}{
		{"amd64 branch without target", "amd64", func(b *Builder) {
			b.Branch(x86.AJEQ, nil)
			ret(b)
		}, "without a target"},
		{"arm64 branch without target", "arm64", func(b *Builder) {
			b.Branch(arm64.ABEQ, nil)
			ret(b)
		}, "without a target"},
		{"branch into another builder", "amd64", func(b *Builder) {
			other := mustBuilder(t, "amd64")
			b.Branch(obj.AJMP, other.Label())
		}, "outside this builder"},
		{"amd64 float constant", "amd64", func(b *Builder) {
			b.Op(x86.AMOVSD, obj.Addr{Type: obj.TYPE_FCONST, Val: 0.5}, Reg(x86.REG_X1))
		}, "constant pool"},
		{"arm64 float constant", "arm64", func(b *Builder) {
			b.Op(arm64.AFMOVD, obj.Addr{Type: obj.TYPE_FCONST, Val: 1.1}, Reg(arm64.REG_F1))
		}, "constant pool"},
		{"amd64 illegal operands", "amd64", func(b *Builder) {
			b.Op(x86.AMOVQ, Mem(x86.REG_DI, 0), Mem(x86.REG_SI, 0))
		}, "asm: amd64:"},
		{"arm64 illegal operands", "arm64", func(b *Builder) {
			op3(b, arm64.AADD, Mem(arm64.REG_R1, 0), arm64.REG_R2, Reg(arm64.REG_R3))
		}, "asm: arm64:"},
		{"bad alignment", "amd64", func(b *Builder) {
			b.Align(b.Label(), 24)
		}, "power of two"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := mustBuilder(t, c.arch)
			c.emit(b)
			code, err := b.Assemble()
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("err = %v, want %q (code % x)", err, c.want, code)
			}
			t.Log(err)
		})
	}

	b := mustBuilder(t, "amd64")
	ret(b)
	mustAssemble(t, b)
	if _, err := b.Assemble(); err == nil {
		t.Error("second Assemble succeeded")
	}
}

// jccAcross32 builds a loop whose CMPQ+JLT pair straddles offset 32, the
// case golang-asm pads for the JCC erratum unless ctxt.IsAsm is set.
func jccAcross32(b *Builder) (top, jcc *obj.Prog) {
	top = b.Label()
	for i := 0; i < 7; i++ { // 7 * 4 bytes
		b.Op(x86.AADDQ, Imm(1), Reg(x86.REG_AX))
	}
	b.Op(x86.ACMPQ, Reg(x86.REG_CX), Reg(x86.REG_DX)) // 3 bytes: 28..31
	jcc = b.Branch(x86.AJLT, top)                     // 2 bytes: 31..33
	ret(b)
	return top, jcc
}

func TestNoJCCPadding(t *testing.T) {
	b := mustBuilder(t, "amd64")
	_, jcc := jccAcross32(b)
	code := mustAssemble(t, b)
	if jcc.Pc != 31 || len(code) != 34 {
		t.Errorf("jcc at %d, len %d: want 31, 34 (no padding)\n%s", jcc.Pc, len(code), Disassemble("amd64", code, 0, nil))
	}

	// Control: the same code with IsAsm off gets padded, so the flag is
	// what removes it.
	b = mustBuilder(t, "amd64")
	b.ctxt.IsAsm = false
	_, jcc = jccAcross32(b)
	code = mustAssemble(t, b)
	if jcc.Pc == 31 {
		t.Errorf("control: no padding without IsAsm\n%s", Disassemble("amd64", code, 0, nil))
	}
}

func TestAlign(t *testing.T) {
	for _, arch := range []string{"amd64", "arm64"} {
		for _, boundary := range []int{32, 64} {
			for pre := 0; pre < 24; pre++ {
				b := mustBuilder(t, arch)
				// pre filler instructions, then a loop whose head is aligned,
				// with a forward branch over the padding and a backward one.
				// The first branch jumps forward over the padding, so it
				// must follow the label when padding is inserted.
				skip := b.Branch(jmp(arch), nil)
				for i := 0; i < pre; i++ {
					filler(b, arch)
				}
				entry := b.Label()
				top := b.Label()
				b.Align(top, boundary)
				filler(b, arch)
				back := b.Branch(jmp(arch), top)
				end := b.Label()
				skip.To.SetTarget(end)
				ret(b)
				code := mustAssemble(t, b)
				if l := lineAt(Disassemble(arch, code, 0, nil), 0); !strings.Contains(l, fmt.Sprintf("-> 0x%04x", end.Pc)) {
					t.Fatalf("%s/%d/pre=%d: forward branch misses %#x: %s", arch, boundary, pre, end.Pc, l)
				}
				if top.Pc%int64(boundary) != 0 {
					t.Fatalf("%s/%d/pre=%d: loop head at %#x", arch, boundary, pre, top.Pc)
				}
				if top.Pc-entry.Pc >= int64(boundary) {
					t.Fatalf("%s/%d/pre=%d: %d bytes of padding", arch, boundary, pre, top.Pc-entry.Pc)
				}
				// Padding decodes as NOPs, and the branches land on the head.
				dis := Disassemble(arch, code[entry.Pc:top.Pc], uint64(entry.Pc), nil)
				for _, l := range strings.Split(strings.TrimSpace(dis), "\n") {
					if l != "" && !strings.Contains(l, "NOP") && !strings.Contains(l, "NOOP") {
						t.Fatalf("%s/%d/pre=%d: padding is not a NOP: %s", arch, boundary, pre, l)
					}
				}
				if l := lineAt(Disassemble(arch, code, 0, nil), back.Pc); !strings.Contains(l, fmt.Sprintf("-> 0x%04x", top.Pc)) {
					t.Fatalf("%s: back-edge does not target %#x\n%s", arch, top.Pc, Disassemble(arch, code, 0, nil))
				}
			}
		}
	}
}

// lineAt returns the disassembly line for offset off.
func lineAt(dis string, off int64) string {
	for _, l := range strings.Split(dis, "\n") {
		if strings.HasPrefix(l, fmt.Sprintf("0x%04x ", off)) {
			return l
		}
	}
	return ""
}

func jmp(arch string) obj.As {
	if arch == "arm64" {
		return arm64.AB
	}
	return obj.AJMP
}

func filler(b *Builder, arch string) {
	if arch == "arm64" {
		op3(b, arm64.AADD, Imm(1), arm64.REG_R1, Reg(arm64.REG_R1))
		return
	}
	b.Op(x86.AADDQ, Imm(1), Reg(x86.REG_AX)) // 4 bytes
}

// TestConcurrent assembles on both arches from many goroutines; the output
// must be deterministic (run with -race to check the locking).
func TestConcurrent(t *testing.T) {
	gen := func(arch string) []byte {
		b := mustBuilder(t, arch)
		top := b.Label()
		b.Align(top, 32)
		for i := 0; i < 20; i++ {
			filler(b, arch)
		}
		if arch == "arm64" {
			b.Branch(arm64.ABNE, top)
		} else {
			b.Branch(x86.AJNE, top)
		}
		ret(b)
		return mustAssemble(t, b)
	}
	want := map[string][]byte{"amd64": gen("amd64"), "arm64": gen("arm64")}
	var wg sync.WaitGroup
	for g := 0; g < 16; g++ {
		wg.Go(func() {
			for i := 0; i < 20; i++ {
				arch := []string{"amd64", "arm64"}[(g+i)%2]
				if got := gen(arch); !bytes.Equal(got, want[arch]) {
					t.Errorf("%s: nondeterministic output", arch)
				}
			}
		})
	}
	wg.Wait()
}

func BenchmarkAssembleSmall(b *testing.B) {
	for _, arch := range []string{"amd64", "arm64"} {
		b.Run(arch, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				bl := mustBuilder(b, arch)
				top := bl.Label()
				for i := 0; i < 30; i++ {
					filler(bl, arch)
				}
				bl.Branch(jmp(arch), top)
				mustAssemble(b, bl)
			}
		})
	}
}
