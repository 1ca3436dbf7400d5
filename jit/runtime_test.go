package jit

import (
	"math"
	"runtime"
	"runtime/debug"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	rt "github.com/tracejit/tracejit/runtime"
	"github.com/tracejit/tracejit/trace"
)

// forever builds `while True: x += 1` (wrapping): only the interrupt word
// and the fuel can stop it.
func forever() (t *trace.Trace, x, x1, jump trace.Ref) {
	b := newBuilder()
	x0 := b.raw(trace.TInt, 0)
	b.loop()
	x = b.phi(trace.TInt, x0)
	x1 = b.emit(trace.OpIntAdd, trace.TInt, x, b.t.ConstInt(1), 0, 0)
	jump = b.jumpLoop(x1)
	b.setB(x, x1)
	return b.t, x, x1, jump
}

// TestInterrupt sets the interrupt word from another goroutine while a
// compiled infinite loop runs.
func TestInterrupt(t *testing.T) {
	tr, _, x1, jump := forever()
	m := newMachine(t, tr, allRegs, rt.Int(0))

	// Set before entry: the first back-edge exits.
	atomic.StoreInt32(m.intr, 1)
	if kind, ref := m.run(math.MaxInt64); kind != ExitInterrupt || ref != jump || m.value(x1) != 1 {
		t.Fatalf("exit %v at %d with x=%d, want interrupt at %d with 1", kind, ref, m.value(x1), jump)
	}

	// While machine code runs, a garbage collection cannot finish (the
	// runtime waits for every goroutine to reach a safe point), and while
	// it waits, the goroutine that should set the interrupt word may get
	// no processor: with unlimited fuel that would hang the test. So the
	// GC is off, and the fuel, about a second's worth, is a backstop: if a
	// collection slipped in anyway, the run ends with a fuel exit and the
	// attempt is repeated.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	for attempt := 1; ; attempt++ {
		atomic.StoreInt32(m.intr, 0)
		done := make(chan time.Time)
		go func() {
			m.run(1 << 30)
			done <- time.Now()
		}()
		time.Sleep(20 * time.Millisecond)
		t0 := time.Now()
		atomic.StoreInt32(m.intr, 1)
		t1 := <-done
		if m.ctx.ExitKind == ExitFuel && attempt < 3 {
			t.Logf("attempt %d: the fuel ran out first; retrying", attempt)
			continue
		}
		if m.ctx.ExitKind != ExitInterrupt || trace.Ref(m.ctx.ExitRef) != jump || m.value(x1) < 1000 {
			t.Fatalf("exit %v at %d with x=%d", m.ctx.ExitKind, m.ctx.ExitRef, m.value(x1))
		}
		t.Logf("stopped %v after the interrupt, after %d iterations", t1.Sub(t0), m.value(x1))
		if d := t1.Sub(t0); d > 500*time.Millisecond {
			t.Errorf("interrupt took %v", d)
		}
		return
	}
}

// TestGCProgress runs a compiled infinite loop in fuel-sized chunks,
// passing runtime.Gosched between entries, while other goroutines tick and
// collect garbage; an interrupt from the ticker ends it. Without the fuel
// exits a GC would wait for the loop forever (machine code the runtime does
// not know is never preempted), and with GOMAXPROCS=1 nothing else would
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
	tr, _, x1, _ := forever()
	m := newMachine(t, tr, allRegs, rt.Int(0))
	var stop atomic.Bool
	var ticks, gcs atomic.Int64
	var wg sync.WaitGroup
	wg.Go(func() {
		t0 := time.Now()
		for time.Since(t0) < 300*time.Millisecond {
			ticks.Add(1)
			time.Sleep(100 * time.Microsecond)
		}
		atomic.StoreInt32(m.intr, 1)
	})
	wg.Go(func() {
		for !stop.Load() {
			runtime.GC()
			gcs.Add(1)
		}
	})
	entries := 0
	for {
		entries++
		kind, ref := m.run(1 << 16)
		if kind == ExitInterrupt {
			break
		}
		if kind != ExitFuel {
			t.Fatalf("exit %v at %d", kind, ref)
		}
		m.resume(tr.Ins[ref].Snap)
		runtime.Gosched()
	}
	stop.Store(true)
	wg.Wait()
	t.Logf("%d entries, x = %d; %d ticks, %d GCs", entries, m.value(x1), ticks.Load(), gcs.Load())
	if gcs.Load() < 3 || ticks.Load() < 10 {
		t.Errorf("no progress beside the loop: %d GCs, %d ticks", gcs.Load(), ticks.Load())
	}
	if want := uint64(entries-1) << 16; m.value(x1) < want {
		t.Errorf("x = %d after %d entries, want >= %d", m.value(x1), entries, want)
	}
}

// addOne builds `while i < n: x += 1; i += 1` (both overflow-checked).
func addOne() (*trace.Trace, trace.Ref) {
	b := newBuilder()
	i0, n, x0 := b.raw(trace.TInt, 0), b.raw(trace.TInt, 1), b.raw(trace.TInt, 2)
	one := b.t.ConstInt(1)
	b.loop()
	i, x := b.phi(trace.TInt, i0), b.phi(trace.TInt, x0)
	lt := b.emit(trace.OpIntLt, trace.TBool, i, n, 0, 0)
	b.guard(trace.OpGuardTrue, trace.TVoid, lt, 0, i, n, x)
	x1 := b.guard(trace.OpIntAddOvf, trace.TInt, x, one, i, n, x)
	i1 := b.guard(trace.OpIntAddOvf, trace.TInt, i, one, i, n, x1)
	b.jumpLoop(i1, n, x1)
	b.setB(i, i1)
	b.setB(x, x1)
	return b.t, x
}

// runChunked runs m the way the driver does: fuel-sized runs, resuming
// from the jump_loop's snapshot and passing a safepoint between them.
func runChunked(b *testing.B, m *machine, fuel int64) {
	for {
		kind, ref := m.run(fuel)
		if kind != ExitFuel {
			return
		}
		m.resume(m.c.Trace.Ins[ref].Snap)
		runtime.Gosched()
	}
}

// BenchmarkLoopAddOne is the time per iteration of a compiled `x += 1`
// loop (its loop-condition guard, two overflow checks and the back-edge's
// interrupt and fuel checks), run in 2**20-iteration chunks like the
// driver does.
func BenchmarkLoopAddOne(b *testing.B) {
	tr, x := addOne()
	m := newMachine(b, tr, allRegs, rt.Int(0), rt.Int(int64(b.N)), rt.Int(0))
	b.ResetTimer()
	runChunked(b, m, 1<<20)
	if m.value(x) != uint64(b.N) {
		b.Fatalf("x = %d", m.value(x))
	}
}

// BenchmarkLoopAddOneSmallFuel exits for a safepoint every 1024 iterations.
func BenchmarkLoopAddOneSmallFuel(b *testing.B) {
	tr, x := addOne()
	m := newMachine(b, tr, allRegs, rt.Int(0), rt.Int(int64(b.N)), rt.Int(0))
	b.ResetTimer()
	runChunked(b, m, 1<<10)
	if m.value(x) != uint64(b.N) {
		b.Fatalf("x = %d", m.value(x))
	}
}

// BenchmarkLoopAddOneGo is the same loop compiled by gc, for comparison.
func BenchmarkLoopAddOneGo(b *testing.B) {
	if x := goAddOne(int64(b.N)); x != int64(b.N) {
		b.Fatal(x)
	}
}

//go:noinline
func goAddOne(n int64) int64 {
	var x int64
	for i := int64(0); i < n; i++ {
		s, o := rt.AddInt64(x, 1)
		if o {
			return -1
		}
		x = s
	}
	return x
}

// floatLoop builds `while i < n: f = f*0.999 + float(i)*0.5; i += 1`.
func floatLoop() (*trace.Trace, trace.Ref) {
	b := newBuilder()
	i0, n, f0 := b.raw(trace.TInt, 0), b.raw(trace.TInt, 1), b.raw(trace.TFloat, 2)
	b.loop()
	i, f := b.phi(trace.TInt, i0), b.phi(trace.TFloat, f0)
	lt := b.emit(trace.OpIntLt, trace.TBool, i, n, 0, 0)
	b.guard(trace.OpGuardTrue, trace.TVoid, lt, 0, i, n, f)
	fm := b.emit(trace.OpFloatMul, trace.TFloat, f, b.t.ConstFloat(0.999), 0, 0)
	fi := b.emit(trace.OpIntToFloat, trace.TFloat, i, 0, 0, 0)
	h := b.emit(trace.OpFloatMul, trace.TFloat, fi, b.t.ConstFloat(0.5), 0, 0)
	f1 := b.emit(trace.OpFloatAdd, trace.TFloat, fm, h, 0, 0)
	i1 := b.guard(trace.OpIntAddOvf, trace.TInt, i, b.t.ConstInt(1), i, n, f1)
	b.jumpLoop(i1, n, f1)
	b.setB(i, i1)
	b.setB(f, f1)
	return b.t, f
}

func BenchmarkLoopFloat(b *testing.B) {
	tr, f := floatLoop()
	m := newMachine(b, tr, allRegs, rt.Int(0), rt.Int(int64(b.N)), rt.Float(0))
	b.ResetTimer()
	runChunked(b, m, 1<<20)
	b.StopTimer()
	if got, want := m.value(f), f64(goFloatLoop(int64(b.N))); got != want {
		b.Fatalf("f = %v, want %v", bitsf(got), bitsf(want))
	}
}

func BenchmarkLoopFloatGo(b *testing.B) {
	goFloatLoop(int64(b.N))
}

//go:noinline
func goFloatLoop(n int64) float64 {
	var f float64
	for i := int64(0); i < n; i++ {
		f = float64(f*0.999) + float64(float64(i)*0.5) // no fused multiply-add
	}
	return f
}

// BenchmarkEnterExit is the cost of one Run of a trace whose first guard
// fails: entry, the exit stub and tail, and the return to Go.
func BenchmarkEnterExit(b *testing.B) {
	bb := newBuilder()
	x := bb.raw(trace.TInt, 0)
	bb.failAlways(x)
	m := newMachine(b, bb.t, allRegs, rt.Int(1))
	for b.Loop() {
		m.run(1)
	}
}

// BenchmarkCompile is the cost of compiling a small loop: allocation,
// lowering, assembly and mapping.
func BenchmarkCompile(b *testing.B) {
	x := sumSquares()
	for b.Loop() {
		c, err := Compile(x.t)
		if err != nil {
			b.Fatal(err)
		}
		c.Free()
	}
}
