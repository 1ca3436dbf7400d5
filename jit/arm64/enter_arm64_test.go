package arm64

import (
	"math"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unsafe"

	"github.com/tracejit/tracejit/runtime/execmem"
)

// reference is the kernel's semantics in Go: the same exits, the same state.
func reference(c kernelCtx) kernelCtx {
	for c.I < c.N {
		if c.I > 3037000499 || c.I < -3037000499 { // i*i overflows int64
			c.Exit = exitOverflow
			return c
		}
		s := c.Sum + c.I*c.I
		if s < c.Sum { // i*i >= 0, so overflow is exactly a decrease
			c.Exit = exitOverflow
			return c
		}
		c.Sum = s
		c.FSum += float64(c.I) * 0.5
		c.I++
		if c.I >= c.N {
			break
		}
		c.Fuel--
		if c.Fuel <= 0 {
			c.Exit = exitYield
			return c
		}
	}
	c.Exit = exitDone
	return c
}

// load assembles the kernel into executable memory.
func load(tb testing.TB, code []byte) *execmem.Block {
	tb.Helper()
	blk, err := execmem.New(code)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { blk.Free() })
	return blk
}

// run drives the kernel the way the JIT will: enter with fuel, and after a
// yield exit pass a synchronous safepoint and re-enter from the state the
// code left in the context. It returns the number of entries.
func run(code uintptr, c *kernelCtx, fuel int64) int {
	for n := 1; ; n++ {
		c.Fuel = fuel
		Enter(code, unsafe.Pointer(c))
		if c.Exit != exitYield {
			return n
		}
		runtime.Gosched()
	}
}

func runReference(c kernelCtx, fuel int64) kernelCtx {
	for {
		c.Fuel = fuel
		c = reference(c)
		if c.Exit != exitYield {
			return c
		}
	}
}

func same(a, b kernelCtx) bool {
	return a.I == b.I && a.N == b.N && a.Sum == b.Sum && a.Exit == b.Exit &&
		a.Fuel == b.Fuel && math.Float64bits(a.FSum) == math.Float64bits(b.FSum)
}

func TestEnterReturn(t *testing.T) {
	blk := load(t, buildReturn(t))
	c := kernelCtx{I: 1, N: 2, Sum: 3, FSum: 4, Fuel: 5, Exit: 6}
	want := c
	for i := 0; i < 1000; i++ {
		Enter(blk.Addr(), unsafe.Pointer(&c))
	}
	if c != want {
		t.Errorf("ctx changed: %+v", c)
	}
}

func TestKernel(t *testing.T) {
	blk := load(t, buildKernel(t).code)
	const bigFuel = math.MaxInt64
	cases := []struct {
		name string
		in   kernelCtx
		exit int64
		at   int64 // expected I at the exit
	}{
		{"empty", kernelCtx{I: 0, N: 0}, exitDone, 0},
		{"reversed", kernelCtx{I: 5, N: 3}, exitDone, 5},
		{"one", kernelCtx{I: 0, N: 1}, exitDone, 1},
		{"1000", kernelCtx{I: 0, N: 1000}, exitDone, 1000},
		{"negative", kernelCtx{I: -1000, N: 1000, Sum: 7, FSum: 0.25}, exitDone, 1000},
		{"sum overflow", kernelCtx{I: 0, N: 10_000_000}, exitOverflow, 3024617},
		{"sum overflow at once", kernelCtx{I: 0, N: 10, Sum: math.MaxInt64 - 5}, exitOverflow, 3},
		{"square fits", kernelCtx{I: 3037000499, N: 3037000500}, exitDone, 3037000500},
		{"square overflow", kernelCtx{I: 3037000499, N: 3037000510}, exitOverflow, 3037000500},
		{"negative square overflow", kernelCtx{I: -3037000500, N: 0}, exitOverflow, -3037000500},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := tc.in
			c.Fuel = bigFuel
			want := reference(c)
			if want.Exit != tc.exit || want.I != tc.at {
				t.Fatalf("reference: exit %d at %d, want %d at %d", want.Exit, want.I, tc.exit, tc.at)
			}
			Enter(blk.Addr(), unsafe.Pointer(&c))
			if !same(c, want) {
				t.Errorf("got  %+v\nwant %+v", c, want)
			}
		})
	}
}

// TestFuelReentry checks that exiting on fuel exhaustion and re-entering
// from the context gives the same result as one long run, including an
// overflow exit at the same index.
func TestFuelReentry(t *testing.T) {
	blk := load(t, buildKernel(t).code)
	for _, n := range []int64{100_000, 10_000_000} {
		one := kernelCtx{I: -50, N: n, Fuel: math.MaxInt64}
		Enter(blk.Addr(), unsafe.Pointer(&one))
		if one.Exit == exitYield {
			t.Fatal("yield with unlimited fuel")
		}
		for _, fuel := range []int64{1, 2, 7, 1000, 1 << 20} {
			if n > 1_000_000 && fuel < 100 {
				continue // too many entries for nothing new
			}
			c := kernelCtx{I: -50, N: n}
			entries := run(blk.Addr(), &c, fuel)
			want := runReference(kernelCtx{I: -50, N: n}, fuel)
			one.Fuel = c.Fuel // the only field that depends on the chunking
			if !same(c, want) || !same(c, one) {
				t.Errorf("n=%d fuel=%d: got %+v\nreference %+v\none run %+v", n, fuel, c, want, one)
			}
			if min := (c.I + 50) / fuel; int64(entries) < min {
				t.Errorf("n=%d fuel=%d: %d entries, want >= %d", n, fuel, entries, min)
			}
		}
	}
}

// TestGCProgress runs the kernel for a long time in fuel-sized chunks with
// runtime.Gosched between entries, while one goroutine ticks and another
// calls runtime.GC in a loop. Both must keep making progress: without the
// exits, a GC would wait for the whole run (the runtime cannot preempt
// machine code it does not know), and with GOMAXPROCS=1 nothing else would
// run at all.
func TestGCProgress(t *testing.T) {
	for _, procs := range []int{1, runtime.GOMAXPROCS(0)} {
		t.Run("GOMAXPROCS="+strconv.Itoa(procs), func(t *testing.T) {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
			gcProgress(t)
		})
	}
}

func gcProgress(t *testing.T) {
	blk := load(t, buildKernel(t).code)
	const n, fuel = 3_000_000, 20_000 // sum of i*i below 3e6 fits in int64
	want := reference(kernelCtx{N: n, Fuel: math.MaxInt64})

	var stop atomic.Bool
	var ticks, gcs atomic.Int64
	var maxGC atomic.Int64
	var wg sync.WaitGroup
	wg.Go(func() {
		for !stop.Load() {
			ticks.Add(1)
			time.Sleep(100 * time.Microsecond)
		}
	})
	wg.Go(func() {
		for !stop.Load() {
			t0 := time.Now()
			runtime.GC()
			if d := int64(time.Since(t0)); d > maxGC.Load() {
				maxGC.Store(d)
			}
			gcs.Add(1)
		}
	})

	t0 := time.Now()
	runs, entries := 0, 0
	// Run for 300ms, longer (up to 20s, qemu on a loaded machine) until
	// the other goroutines have had their chance: the test is that they
	// get one, not how fast.
	progress := func() bool { return gcs.Load() >= 1 && ticks.Load() >= 2 }
	for time.Since(t0) < 300*time.Millisecond || runs < 2 || (!progress() && time.Since(t0) < 20*time.Second) {
		c := kernelCtx{N: n}
		entries += run(blk.Addr(), &c, fuel)
		c.Fuel = want.Fuel
		if !same(c, want) {
			t.Fatalf("run %d: got %+v, want %+v", runs, c, want)
		}
		runs++
	}
	elapsed := time.Since(t0)
	stop.Store(true)
	wg.Wait()
	t.Logf("%d runs, %d entries in %v; %d ticks, %d GCs (slowest %v)",
		runs, entries, elapsed, ticks.Load(), gcs.Load(), time.Duration(maxGC.Load()))
	// Starvation means no progress at all; under qemu on a loaded machine
	// a few ticks and one GC per 300 ms is all emulation allows.
	if !progress() {
		t.Errorf("no progress beside the kernel: %d GCs, %d ticks", gcs.Load(), ticks.Load())
	}
}

func BenchmarkEnterReturn(b *testing.B) {
	code := load(b, buildReturn(b)).Addr()
	var c kernelCtx
	for b.Loop() {
		Enter(code, unsafe.Pointer(&c))
	}
}

// BenchmarkGoCall is an ordinary call of an empty Go function with the same
// signature, the baseline for BenchmarkEnterReturn.
func BenchmarkGoCall(b *testing.B) {
	var c kernelCtx
	for b.Loop() {
		goEmpty(0, unsafe.Pointer(&c))
	}
}

//go:noinline
func goEmpty(code uintptr, ctx unsafe.Pointer) {}

// chunk is the number of iterations per kernel run in the loop benchmarks;
// the sum of i*i overflows int64 past about 3e6.
const chunk = 1 << 20

// BenchmarkLoop reports the time per loop iteration of the kernel.
func BenchmarkLoop(b *testing.B) {
	blk := load(b, buildKernel(b).code)
	var c kernelCtx
	for left := int64(b.N); left > 0; left -= chunk {
		c = kernelCtx{N: min(left, chunk), Fuel: math.MaxInt64}
		Enter(blk.Addr(), unsafe.Pointer(&c))
	}
	if c.Exit != exitDone {
		b.Fatalf("exit %d", c.Exit)
	}
}

// BenchmarkLoopFuel is BenchmarkLoop with a yield and Gosched every 10000
// iterations, the cost of staying preemptible.
func BenchmarkLoopFuel(b *testing.B) {
	blk := load(b, buildKernel(b).code)
	for left := int64(b.N); left > 0; left -= chunk {
		c := kernelCtx{N: min(left, chunk)}
		run(blk.Addr(), &c, 10_000)
	}
}

// BenchmarkLoopGo is the same loop compiled by gc, for comparison.
func BenchmarkLoopGo(b *testing.B) {
	var sink kernelCtx
	for left := int64(b.N); left > 0; left -= chunk {
		sink = goLoop(min(left, chunk))
	}
	if sink.Exit != exitDone {
		b.Fatal(sink.Exit)
	}
}

//go:noinline
func goLoop(n int64) kernelCtx {
	var s int64
	var f float64
	for i := int64(0); i < n; i++ {
		sq := i * i
		if i > 3037000499 || s+sq < s {
			return kernelCtx{I: i, Exit: exitOverflow}
		}
		s += sq
		f += float64(i) * 0.5
	}
	return kernelCtx{I: n, Sum: s, FSum: f}
}
