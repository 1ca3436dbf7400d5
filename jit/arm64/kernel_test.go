package arm64

import (
	"strings"
	"testing"
	"unsafe"

	"github.com/tracejit/tracejit/jit/asm"
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/arm64"
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

// asr is the shifted-register operand "r->n" (r arithmetic-shifted right by
// n). golang-asm takes the instruction's shift field bits verbatim:
// type<<22 | Rm<<16 | amount<<10, with type 2 = ASR.
func asr(r int16, n int64) obj.Addr {
	return obj.Addr{Type: obj.TYPE_SHIFT, Offset: 2<<22 | int64(r&31)<<16 | n<<10}
}

// buildKernel assembles
//
//	for ; i < n; i++ {
//		sum += i*i        // overflow -> exit 1
//		f += float64(i) * 0.5
//		if --fuel <= 0 { exit 2 }   // on the back-edge
//	}
//
// Registers: R1=i R2=n R3=sum R4=fuel R5=i*i R6=high half of i*i
// F0=f F1=tmp F2=0.5, R16 (RegScratch) exit code and constants.
func buildKernel(tb testing.TB) kernel {
	b, err := asm.NewBuilder("arm64")
	if err != nil {
		tb.Fatal(err)
	}
	R, M, I := asm.Reg, asm.Mem, asm.Imm
	none := obj.Addr{}
	op := func(as obj.As, from, to obj.Addr) { b.Op(as, from, to) }
	op3 := func(as obj.As, from obj.Addr, reg int16, to obj.Addr) {
		b.Op(as, from, to).Reg = reg
	}
	const (
		i, n, sum, fuel, sq, hi = arm64.REG_R1, arm64.REG_R2, arm64.REG_R3, arm64.REG_R4, arm64.REG_R5, arm64.REG_R6
		f, tmp, half            = arm64.REG_F0, arm64.REG_F1, arm64.REG_F2
	)

	op(arm64.AMOVD, M(RegCtx, offI), R(i))
	op(arm64.AMOVD, M(RegCtx, offN), R(n))
	op(arm64.AMOVD, M(RegCtx, offSum), R(sum))
	op(arm64.AFMOVD, M(RegCtx, offFSum), R(f))
	op(arm64.AMOVD, M(RegCtx, offFuel), R(fuel))
	// 0.5 through a GPR: golang-asm has no literal pool for floats.
	op(arm64.AMOVD, I(0x3FE0000000000000), R(RegScratch))
	op(arm64.AFMOVD, R(RegScratch), R(half))
	op3(arm64.ACMP, R(n), i, none) // flags = i - n
	toDone0 := b.Branch(arm64.ABGE, nil)

	loop := b.Label()
	b.Align(loop, 32)
	op3(arm64.AMUL, R(i), i, R(sq))
	op3(arm64.ASMULH, R(i), i, R(hi))
	op3(arm64.ACMP, asr(sq, 63), hi, none) // i*i fits iff hi is the sign extension of sq
	toOvfMul := b.Branch(arm64.ABNE, nil)
	op3(arm64.AADDS, R(sq), sum, R(sum))
	toOvfAdd := b.Branch(arm64.ABVS, nil)
	op(arm64.ASCVTFD, R(i), R(tmp))
	op3(arm64.AFMULD, R(half), tmp, R(tmp))
	op3(arm64.AFADDD, R(tmp), f, R(f))
	op3(arm64.AADD, I(1), i, R(i))
	op3(arm64.ACMP, R(n), i, none)
	toDone := b.Branch(arm64.ABGE, nil)
	op3(arm64.ASUBS, I(1), fuel, R(fuel))
	b.Branch(arm64.ABGT, loop)

	// Exit stubs, out of the loop's way.
	yield := b.Label()
	op(arm64.AMOVD, I(exitYield), R(RegScratch))
	toWB1 := b.Branch(arm64.AB, nil)
	ovfAdd := b.Label()
	op3(arm64.ASUB, R(sq), sum, R(sum)) // undo the wrapped add
	ovfMul := b.Label()
	op(arm64.AMOVD, I(exitOverflow), R(RegScratch))
	toWB2 := b.Branch(arm64.AB, nil)
	done := b.Label()
	op(arm64.AMOVD, I(exitDone), R(RegScratch)) // $0: the builder makes it ZR
	writeback := b.Label()
	op(arm64.AMOVD, R(i), M(RegCtx, offI))
	op(arm64.AMOVD, R(sum), M(RegCtx, offSum))
	op(arm64.AFMOVD, R(f), M(RegCtx, offFSum))
	op(arm64.AMOVD, R(fuel), M(RegCtx, offFuel))
	op(arm64.AMOVD, R(RegScratch), M(RegCtx, offExit))
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
	b, err := asm.NewBuilder("arm64")
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
	dis := asm.Disassemble("arm64", k.code, 0, k.marks)
	t.Logf("%d bytes:\n%s", len(k.code), dis)
	if k.loop%32 != 0 {
		t.Errorf("loop head at %#x, not 32-byte aligned", k.loop)
	}
	for _, want := range []string{"SMULH R1, R1, R6", "CMP R5->63, R6", "ADDS R5, R3, R3", "BVS", "SCVTFD R1, F1", "SUBS $1, R4, R4", "MOVD $0, R16", "RET"} {
		if !strings.Contains(dis, want) {
			t.Errorf("listing lacks %q", want)
		}
	}
	// No reserved register may appear: R18, R27 (assembler temp), R28, R29, R30 other than via RET.
	for _, bad := range []string{"R18", "R27", "R28", "R29", "R30", "RSP"} {
		if strings.Contains(dis, bad) {
			t.Errorf("listing uses reserved register %s", bad)
		}
	}
	if got := buildReturn(t); string(got[:4]) != "\xc0\x03\x5f\xd6" {
		t.Errorf("return stub = % x", got)
	}
}
