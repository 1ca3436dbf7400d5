package amd64

import (
	"strings"
	"testing"
	"unsafe"

	"github.com/tracejit/tracejit/jit/asm"
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// kernelCtx is the context block of the proof kernel. Only int64/float64
// fields: generated code never stores Go pointers.
type kernelCtx struct {
	I    int64   // in: first index; out: index at exit (where to resume)
	N    int64   // in: loop end, exclusive
	Sum  int64   // in/out: sum of i*i
	FSum float64 // in/out: sum of float64(i)*0.5
	Fuel int64   // in: back-edges allowed before a yield exit (>= 1); out: remaining
	Exit int64   // out: exit code
}

// Offsets of kernelCtx fields used by the generated code.
const (
	offI    = 0
	offN    = 8
	offSum  = 16
	offFSum = 24
	offFuel = 32
	offExit = 40
)

// Exit codes.
const (
	exitDone     = 0 // I reached N
	exitOverflow = 1 // i*i or the sum overflowed at index I; state is from before iteration I
	exitYield    = 2 // fuel ran out; re-enter to continue
)

func TestKernelCtxLayout(t *testing.T) {
	var c kernelCtx
	for _, f := range []struct {
		name      string
		got, want uintptr
	}{
		{"I", unsafe.Offsetof(c.I), offI},
		{"N", unsafe.Offsetof(c.N), offN},
		{"Sum", unsafe.Offsetof(c.Sum), offSum},
		{"FSum", unsafe.Offsetof(c.FSum), offFSum},
		{"Fuel", unsafe.Offsetof(c.Fuel), offFuel},
		{"Exit", unsafe.Offsetof(c.Exit), offExit},
	} {
		if f.got != f.want || f.got%8 != 0 {
			t.Errorf("offset of %s = %d, want %d (8-aligned)", f.name, f.got, f.want)
		}
	}
}

// kernel is an assembled proof kernel with the offsets of its landmarks.
type kernel struct {
	code  []byte
	marks map[int]string
	loop  int64 // offset of the loop head
}

// buildKernel assembles
//
//	for ; i < n; i++ {
//		sum += i*i        // overflow -> exit 1
//		f += float64(i) * 0.5
//		if --fuel <= 0 { exit 2 }   // on the back-edge
//	}
//
// Registers: CX=i DX=n AX=sum R8=fuel R10=i*i X0=f X1=tmp X2=0.5.
func buildKernel(tb testing.TB) kernel {
	b, err := asm.NewBuilder("amd64")
	if err != nil {
		tb.Fatal(err)
	}
	R, M, I := asm.Reg, asm.Mem, asm.Imm
	none := obj.Addr{}
	op := func(as obj.As, from, to obj.Addr) { b.Op(as, from, to) }

	op(x86.AMOVQ, M(RegCtx, offI), R(x86.REG_CX))
	op(x86.AMOVQ, M(RegCtx, offN), R(x86.REG_DX))
	op(x86.AMOVQ, M(RegCtx, offSum), R(x86.REG_AX))
	op(x86.AMOVSD, M(RegCtx, offFSum), R(x86.REG_X0))
	op(x86.AMOVQ, M(RegCtx, offFuel), R(x86.REG_R8))
	// 0.5 through a GPR: golang-asm cannot place float constants.
	op(x86.AMOVQ, I(0x3FE0000000000000), R(RegScratch))
	op(x86.AMOVQ, R(RegScratch), R(x86.REG_X2))
	op(x86.ACMPQ, R(x86.REG_CX), R(x86.REG_DX))
	toDone0 := b.Branch(x86.AJGE, nil)

	loop := b.Label()
	b.Align(loop, 64)
	op(x86.AMOVQ, R(x86.REG_CX), R(x86.REG_R10))
	op(x86.AIMULQ, R(x86.REG_CX), R(x86.REG_R10))
	toOvfMul := b.Branch(x86.AJOS, nil)
	op(x86.AADDQ, R(x86.REG_R10), R(x86.REG_AX))
	toOvfAdd := b.Branch(x86.AJOS, nil)
	op(x86.AXORPS, R(x86.REG_X1), R(x86.REG_X1)) // break CVTSQ2SD's false dependency
	op(x86.ACVTSQ2SD, R(x86.REG_CX), R(x86.REG_X1))
	op(x86.AMULSD, R(x86.REG_X2), R(x86.REG_X1))
	op(x86.AADDSD, R(x86.REG_X1), R(x86.REG_X0))
	op(x86.AINCQ, none, R(x86.REG_CX))
	op(x86.ACMPQ, R(x86.REG_CX), R(x86.REG_DX))
	toDone := b.Branch(x86.AJGE, nil)
	op(x86.ADECQ, none, R(x86.REG_R8))
	b.Branch(x86.AJGT, loop)

	// Exit stubs, out of the loop's way.
	yield := b.Label()
	op(x86.AMOVQ, I(exitYield), R(RegScratch))
	toWB1 := b.Branch(obj.AJMP, nil)
	ovfAdd := b.Label()
	op(x86.ASUBQ, R(x86.REG_R10), R(x86.REG_AX)) // undo the wrapped add
	ovfMul := b.Label()
	op(x86.AMOVQ, I(exitOverflow), R(RegScratch))
	toWB2 := b.Branch(obj.AJMP, nil)
	done := b.Label()
	op(x86.AMOVQ, I(exitDone), R(RegScratch))
	writeback := b.Label()
	op(x86.AMOVQ, R(x86.REG_CX), M(RegCtx, offI))
	op(x86.AMOVQ, R(x86.REG_AX), M(RegCtx, offSum))
	op(x86.AMOVSD, R(x86.REG_X0), M(RegCtx, offFSum))
	op(x86.AMOVQ, R(x86.REG_R8), M(RegCtx, offFuel))
	op(x86.AMOVQ, R(RegScratch), M(RegCtx, offExit))
	op(obj.ARET, none, none)

	toDone0.To.SetTarget(done)
	toDone.To.SetTarget(done)
	toOvfMul.To.SetTarget(ovfMul)
	toOvfAdd.To.SetTarget(ovfAdd)
	toWB1.To.SetTarget(writeback)
	toWB2.To.SetTarget(writeback)

	code, err := b.Assemble()
	if err != nil {
		tb.Fatal(err)
	}
	return kernel{
		code: code,
		loop: loop.Pc,
		marks: map[int]string{
			int(loop.Pc):      "loop head",
			int(yield.Pc):     "exit 2: out of fuel",
			int(ovfAdd.Pc):    "exit 1: sum overflow",
			int(ovfMul.Pc):    "exit 1: i*i overflow",
			int(done.Pc):      "exit 0: done",
			int(writeback.Pc): "write state back",
		},
	}
}

// buildReturn assembles a function that only returns.
func buildReturn(tb testing.TB) []byte {
	b, err := asm.NewBuilder("amd64")
	if err != nil {
		tb.Fatal(err)
	}
	b.Op(obj.ARET, obj.Addr{}, obj.Addr{})
	code, err := b.Assemble()
	if err != nil {
		tb.Fatal(err)
	}
	return code
}

// TestKernelAssembles runs on every host.
func TestKernelAssembles(t *testing.T) {
	k := buildKernel(t)
	dis := asm.Disassemble("amd64", k.code, 0, k.marks)
	t.Logf("%d bytes:\n%s", len(k.code), dis)
	if k.loop%64 != 0 {
		t.Errorf("loop head at %#x, not 64-byte aligned", k.loop)
	}
	for _, want := range []string{"IMULQ CX, R10", "JO ", "CVTSI2SDQ CX, X1", "DECQ R8", "RET"} {
		if !strings.Contains(dis, want) {
			t.Errorf("listing lacks %q", want)
		}
	}
	if got := buildReturn(t); len(got) != 1 || got[0] != 0xC3 {
		t.Errorf("return stub = % x", got)
	}
}
