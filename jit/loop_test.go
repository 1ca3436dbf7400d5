package jit

import (
	"fmt"
	"math"
	"testing"

	"github.com/tracejit/tracejit/runtime"
	"github.com/tracejit/tracejit/trace"
)

// Loop tests: traces with phis, run natively, compared with the same loop
// written in Go. A fuel exit is resumed the way the deoptimizer does it:
// the jump_loop's snapshot entries are written back into the slots (they
// describe the next loop header) and the trace is entered again.

var budgets = []budget{allRegs, {2, 2}, {1, 1}, noRegs}

// resume writes snapshot snap's scalar entries back into the slots. (The
// tests never change a pointer slot, so those are left as they are.)
func (m *machine) resume(snap int32) {
	for _, e := range m.c.Trace.Snaps[snap].Entries {
		if m.c.Trace.Ins[e.Ref].Type == trace.TPtr {
			continue
		}
		m.slots[e.Slot] = valueOf(m.c.Trace.Ins[e.Ref].Type, m.value(e.Ref))
	}
}

// runToGuard runs with the given fuel, resuming after fuel exits, until a
// guard exits; it returns the guard and the number of entries.
func (m *machine) runToGuard(fuel int64) (trace.Ref, int) {
	for n := 1; ; n++ {
		kind, ref := m.run(fuel)
		switch kind {
		case ExitGuard:
			return ref, n
		case ExitFuel:
			if m.ctx.Fuel != 0 {
				m.tb.Fatalf("fuel exit leaves Fuel = %d", m.ctx.Fuel)
			}
			m.resume(m.c.Trace.Ins[ref].Snap)
		default:
			m.tb.Fatalf("unexpected exit %v at %d", kind, ref)
		}
	}
}

// sumSquares builds
//
//	while i < n: s += i*i; i += 1
//
// with slots i=0, n=1, s=2. It returns the phis and the exits.
type sumSquaresTrace struct {
	t                  *trace.Trace
	i, s, i1, s1       trace.Ref
	loopGuard, sqGuard trace.Ref // i < n; s + i*i overflows
	mulGuard, incGuard trace.Ref
}

func sumSquares() sumSquaresTrace {
	b := newBuilder()
	i0 := b.raw(trace.TInt, 0)
	n := b.raw(trace.TInt, 1)
	s0 := b.raw(trace.TInt, 2)
	one := b.t.ConstInt(1)
	b.loop()
	var x sumSquaresTrace
	x.i = b.phi(trace.TInt, i0)
	x.s = b.phi(trace.TInt, s0)
	lt := b.emit(trace.OpIntLt, trace.TBool, x.i, n, 0, 0)
	x.loopGuard = b.guard(trace.OpGuardTrue, trace.TVoid, lt, 0, x.i, n, x.s)
	sq := b.guard(trace.OpIntMulOvf, trace.TInt, x.i, x.i, x.i, n, x.s)
	x.mulGuard = sq
	x.s1 = b.guard(trace.OpIntAddOvf, trace.TInt, x.s, sq, x.i, n, x.s)
	x.sqGuard = x.s1
	x.i1 = b.guard(trace.OpIntAddOvf, trace.TInt, x.i, one, x.i, n, x.s1)
	x.incGuard = x.i1
	b.jumpLoop(x.i1, n, x.s1)
	b.setB(x.i, x.i1)
	b.setB(x.s, x.s1)
	x.t = b.t
	return x
}

// sumSquaresGo is the reference: the final i and s and whether the sum
// overflowed (at that i, with s the sum before it).
func sumSquaresGo(i, n, s int64) (int64, int64, bool) {
	for ; i < n; i++ {
		sq, o1 := runtime.MulInt64(i, i)
		s2, o2 := runtime.AddInt64(s, sq)
		if o1 || o2 {
			return i, s, true
		}
		s = s2
	}
	return i, s, false
}

func TestSumSquares(t *testing.T) {
	x := sumSquares()
	cases := []struct{ i, n, s int64 }{
		{0, 0, 0}, {5, 3, 9}, {0, 1, 0}, {0, 1000, 0}, {-1000, 1000, 7},
		{0, 10_000_000, 0},                    // overflows at i = 3024617
		{0, 10, math.MaxInt64 - 5},            // overflows at once
		{3037000499, 3037000500, 0},           // the largest square
		{3037000499, 3037000510, 0},           // i*i overflows
		{-3037000500, 0, 0},                   // i*i overflows at once
		{math.MaxInt64 - 1, math.MaxInt64, 0}, // i*i overflows
	}
	for _, bud := range budgets {
		m := newMachine(t, x.t, bud)
		for _, tc := range cases {
			name := fmt.Sprintf("%+v/%v", tc, bud)
			m.setSlots(runtime.Int(tc.i), runtime.Int(tc.n), runtime.Int(tc.s))
			wi, ws, overflow := sumSquaresGo(tc.i, tc.n, tc.s)
			ref, _ := m.runToGuard(math.MaxInt64)
			switch {
			case !overflow && ref != x.loopGuard:
				t.Errorf("%s: exit at %d, want the loop guard %d", name, ref, x.loopGuard)
			case overflow && ref != x.sqGuard && ref != x.mulGuard:
				t.Errorf("%s: exit at %d, want an overflow exit", name, ref)
			}
			if gi, gs := int64(m.value(x.i)), int64(m.value(x.s)); gi != wi || gs != ws {
				t.Errorf("%s: i=%d s=%d, want %d %d", name, gi, gs, wi, ws)
			}
		}
	}
}

// TestFuel checks that fuel counts back-edges exactly, that a fuel exit
// leaves the state of the next loop header, and that resuming after fuel
// exits ends in the same state as one run.
func TestFuel(t *testing.T) {
	x := sumSquares()
	m := newMachine(t, x.t, allRegs)
	for _, fuel := range []int64{0, 1, 2, 10} {
		m.setSlots(runtime.Int(0), runtime.Int(1000), runtime.Int(0))
		kind, ref := m.run(fuel)
		_, ws, _ := sumSquaresGo(0, fuel+1, 0)
		if kind != ExitFuel || ref != trace.Ref(len(x.t.Ins)-1) {
			t.Fatalf("fuel %d: exit %v at %d, want a fuel exit at the jump_loop", fuel, kind, ref)
		}
		if i1, s1 := int64(m.value(x.i1)), int64(m.value(x.s1)); i1 != fuel+1 || s1 != ws {
			t.Errorf("fuel %d: next header i=%d s=%d, want %d %d", fuel, i1, s1, fuel+1, ws)
		}
	}
	for _, bud := range budgets {
		for _, tc := range []struct{ i, n, s int64 }{{-50, 100_000, 0}, {0, 10_000_000, 0}} {
			m := newMachine(t, x.t, bud)
			wi, ws, _ := sumSquaresGo(tc.i, tc.n, tc.s)
			for _, fuel := range []int64{0, 1, 7, 1000, 1 << 20} {
				if tc.n > 1_000_000 && fuel < 1000 {
					continue
				}
				m.setSlots(runtime.Int(tc.i), runtime.Int(tc.n), runtime.Int(tc.s))
				ref, entries := m.runToGuard(fuel)
				gi, gs := int64(m.value(x.i)), int64(m.value(x.s))
				if gi != wi || gs != ws {
					t.Errorf("%+v fuel %d %v: exit %d: i=%d s=%d, want %d %d", tc, fuel, bud, ref, gi, gs, wi, ws)
				}
				if want := (wi - tc.i) / (fuel + 1); int64(entries) < want {
					t.Errorf("%+v fuel %d: %d entries, want >= %d", tc, fuel, entries, want)
				}
			}
		}
	}
}

// TestFib checks phis whose B is another phi: a, b = b, a+b, exiting when
// the sum overflows int64 (after fib(92)).
func TestFib(t *testing.T) {
	b := newBuilder()
	a0, b0 := b.raw(trace.TInt, 0), b.raw(trace.TInt, 1)
	k0, n := b.raw(trace.TInt, 2), b.raw(trace.TInt, 3)
	one := b.t.ConstInt(1)
	b.loop()
	pa, pb, pk := b.phi(trace.TInt, a0), b.phi(trace.TInt, b0), b.phi(trace.TInt, k0)
	lt := b.emit(trace.OpIntLt, trace.TBool, pk, n, 0, 0)
	done := b.guard(trace.OpGuardTrue, trace.TVoid, lt, 0, pa, pb, pk, n)
	sum := b.guard(trace.OpIntAddOvf, trace.TInt, pa, pb, pa, pb, pk, n)
	k1 := b.emit(trace.OpIntAdd, trace.TInt, pk, one, 0, 0)
	b.jumpLoop(pb, sum, k1, n)
	b.setB(pa, pb)
	b.setB(pb, sum)
	b.setB(pk, k1)
	fib := func(n int64) (a, b, k int64, overflow bool) {
		a, b = 0, 1
		for ; k < n; k++ {
			s, o := runtime.AddInt64(a, b)
			if o {
				return a, b, k, true
			}
			a, b = b, s
		}
		return a, b, k, false
	}
	for _, bud := range budgets {
		m := newMachine(t, b.t, bud)
		for _, iters := range []int64{0, 1, 2, 10, 50, 91, 92, 93, 1000} {
			for _, fuel := range []int64{math.MaxInt64, 3} {
				m.setSlots(runtime.Int(0), runtime.Int(1), runtime.Int(0), runtime.Int(iters))
				ref, _ := m.runToGuard(fuel)
				wa, wb, wk, overflow := fib(iters)
				if want := map[bool]trace.Ref{false: done, true: sum}[overflow]; ref != want {
					t.Errorf("%d iterations %v: exit at %d, want %d", iters, bud, ref, want)
				}
				if ga, gb, gk := int64(m.value(pa)), int64(m.value(pb)), int64(m.value(pk)); ga != wa || gb != wb || gk != wk {
					t.Errorf("%d iterations %v fuel %d: a=%d b=%d k=%d, want %d %d %d\n%s", iters, bud, fuel, ga, gb, gk, wa, wb, wk, m.c.Disassemble())
				}
			}
		}
	}
}

// TestPhiCycles rotates k values through k phis (a cycle of moves on every
// back-edge) for both register classes and every register budget, with
// constants among the entry values.
func TestPhiCycles(t *testing.T) {
	for _, typ := range []trace.Type{trace.TInt, trace.TFloat} {
		for k := 1; k <= 5; k++ {
			for _, bud := range budgets {
				b := newBuilder()
				var init []trace.Ref
				for j := range k {
					if j == 1 {
						init = append(init, constOf(b.t, typ, valueBits(typ, 100)))
					} else {
						init = append(init, b.raw(typ, int32(j)))
					}
				}
				cnt0 := b.raw(trace.TInt, int32(k))
				n := b.raw(trace.TInt, int32(k+1))
				b.loop()
				var phis []trace.Ref
				for j := range k {
					phis = append(phis, b.phi(typ, init[j]))
				}
				cnt := b.phi(trace.TInt, cnt0)
				lt := b.emit(trace.OpIntLt, trace.TBool, cnt, n, 0, 0)
				snap := append(append([]trace.Ref{}, phis...), cnt, n)
				done := b.guard(trace.OpGuardTrue, trace.TVoid, lt, 0, snap...)
				cnt1 := b.emit(trace.OpIntAdd, trace.TInt, cnt, b.t.ConstInt(1), 0, 0)
				var next []trace.Ref
				for j := range k {
					next = append(next, phis[(j+1)%k])
				}
				b.jumpLoop(append(next, cnt1, n)...)
				for j := range k {
					b.setB(phis[j], next[j])
				}
				b.setB(cnt, cnt1)
				m := newMachine(t, b.t, bud)
				for _, iters := range []int64{0, 1, 2, 3, 7, 100} {
					slots := make([]runtime.Value, k+2)
					for j := range k {
						slots[j] = valueOf(typ, valueBits(typ, int64(j)))
					}
					slots[k], slots[k+1] = runtime.Int(0), runtime.Int(iters)
					m.setSlots(slots...)
					if ref, _ := m.runToGuard(math.MaxInt64); ref != done {
						t.Fatalf("exit at %d", ref)
					}
					for j := range k {
						src := (j + int(iters)) % k
						want := valueBits(typ, int64(src))
						if src == 1 {
							want = valueBits(typ, 100)
						}
						if got := m.value(phis[j]); got != want {
							t.Errorf("%v k=%d %v after %d: phi %d = %#x, want %#x\n%s", typ, k, bud, iters, j, got, want, m.c.Disassemble())
						}
					}
				}
			}
		}
	}
}

func valueBits(typ trace.Type, v int64) uint64 {
	if typ == trace.TFloat {
		return f64(float64(v) + 0.25)
	}
	return uint64(v)
}

// TestFloatAccumulate: f += float64(i) * 0.5; g = g*1.0000001 + f, bit for
// bit against the same Go loop (no fused multiply-add).
func TestFloatAccumulate(t *testing.T) {
	b := newBuilder()
	i0, n := b.raw(trace.TInt, 0), b.raw(trace.TInt, 1)
	f0, g0 := b.raw(trace.TFloat, 2), b.raw(trace.TFloat, 3)
	half, scale := b.t.ConstFloat(0.5), b.t.ConstFloat(1.0000001)
	b.loop()
	i, f, g := b.phi(trace.TInt, i0), b.phi(trace.TFloat, f0), b.phi(trace.TFloat, g0)
	lt := b.emit(trace.OpIntLt, trace.TBool, i, n, 0, 0)
	done := b.guard(trace.OpGuardTrue, trace.TVoid, lt, 0, i, n, f, g)
	fi := b.emit(trace.OpIntToFloat, trace.TFloat, i, 0, 0, 0)
	prod := b.emit(trace.OpFloatMul, trace.TFloat, fi, half, 0, 0)
	f1 := b.emit(trace.OpFloatAdd, trace.TFloat, f, prod, 0, 0)
	gs := b.emit(trace.OpFloatMul, trace.TFloat, g, scale, 0, 0)
	g1 := b.emit(trace.OpFloatAdd, trace.TFloat, gs, f1, 0, 0)
	i1 := b.emit(trace.OpIntAdd, trace.TInt, i, b.t.ConstInt(1), 0, 0)
	b.jumpLoop(i1, n, f1, g1)
	b.setB(i, i1)
	b.setB(f, f1)
	b.setB(g, g1)
	goLoop := func(n int64) (float64, float64) {
		var f, g float64 = 0.125, -3
		for i := int64(0); i < n; i++ {
			// float64(x*y) rounds the product: no fused multiply-add,
			// which gc would otherwise emit on arm64.
			f += float64(float64(i) * 0.5)
			g = float64(g*1.0000001) + f
		}
		return f, g
	}
	for _, bud := range budgets {
		m := newMachine(t, b.t, bud)
		for _, iters := range []int64{0, 1, 1000, 100_000} {
			m.setSlots(runtime.Int(0), runtime.Int(iters), runtime.Float(0.125), runtime.Float(-3))
			if ref, _ := m.runToGuard(1 << 10); ref != done {
				t.Fatalf("exit at %d", ref)
			}
			wf, wg := goLoop(iters)
			if gf, gg := m.value(f), m.value(g); gf != f64(wf) || gg != f64(wg) {
				t.Errorf("%d iterations %v: f=%v g=%v, want %v %v", iters, bud, bitsf(gf), bitsf(gg), wf, wg)
			}
		}
	}
}

// listSum builds
//
//	while True: x = lst[i] (an int, else exit); s += x; i += 1
//
// exiting at the bounds guard at the end of the list.
func listSum() (t *trace.Trace, i, s, bounds, isInt trace.Ref) {
	b := newBuilder()
	p := b.slot(trace.OpSlotPtr, trace.TPtr, 0)
	i0, s0 := b.raw(trace.TInt, 1), b.raw(trace.TInt, 2)
	intType := b.t.ConstWord(uint64(runtime.ValueLayout.IntTypeWord))
	b.loop()
	i, s = b.phi(trace.TInt, i0), b.phi(trace.TInt, s0)
	n := b.emit(trace.OpSeqLen, trace.TInt, p, 0, 0, 0)
	bounds = b.guard(trace.OpGuardIndex, trace.TVoid, i, n, p, i, s)
	data := b.emit(trace.OpSeqItems, trace.TPtr, p, 0, 0, 0)
	ty := b.emit(trace.OpSeqItemType, trace.TWord, data, i, 0, 0)
	isInt = b.guard(trace.OpGuardWordEq, trace.TVoid, ty, intType, p, i, s)
	x := b.emit(trace.OpSeqItemRaw, trace.TInt, data, i, 0, 0)
	s1 := b.guard(trace.OpIntAddOvf, trace.TInt, s, x, p, i, s)
	i1 := b.emit(trace.OpIntAdd, trace.TInt, i, b.t.ConstInt(1), 0, 0)
	b.jumpLoop(p, i1, s1)
	b.setB(i, i1)
	b.setB(s, s1)
	return b.t, i, s, bounds, isInt
}

func TestListSum(t *testing.T) {
	tr, i, s, bounds, isInt := listSum()
	var items []runtime.Value
	var want int64
	for k := range 1000 {
		items = append(items, runtime.Int(int64(k*k-500)))
		want += int64(k*k - 500)
	}
	for _, bud := range budgets {
		m := newMachine(t, tr, bud)
		m.setSlots(runtime.NewList(items), runtime.Int(0), runtime.Int(0))
		if ref, _ := m.runToGuard(100); ref != bounds {
			t.Fatalf("%v: exit at %d, want the bounds guard", bud, ref)
		}
		if gi, gs := int64(m.value(i)), int64(m.value(s)); gi != int64(len(items)) || gs != want {
			t.Errorf("%v: i=%d s=%d, want %d %d", bud, gi, gs, len(items), want)
		}
		mixed := append(append([]runtime.Value{}, items[:10]...), runtime.Float(1))
		m.setSlots(runtime.NewList(mixed), runtime.Int(0), runtime.Int(0))
		if ref, _ := m.runToGuard(100); ref != isInt || m.value(i) != 10 {
			t.Errorf("%v: float item: exit at %d with i=%d, want %d with 10", bud, ref, m.value(i), isInt)
		}
	}
}

// TestSpill keeps more values alive than there are registers, in both
// classes, across a loop whose phis also outnumber the registers.
func TestSpill(t *testing.T) {
	const nInt, nFloat = 30, 24
	b := newBuilder()
	var ints, floats []trace.Ref
	for k := range nInt {
		ints = append(ints, b.raw(trace.TInt, int32(k)))
	}
	for k := range nFloat {
		floats = append(floats, b.raw(trace.TFloat, int32(nInt+k)))
	}
	cnt0 := b.raw(trace.TInt, nInt+nFloat)
	n := b.raw(trace.TInt, nInt+nFloat+1)
	b.loop()
	var phis, next []trace.Ref
	for _, v := range ints {
		phis = append(phis, b.phi(trace.TInt, v))
	}
	for _, v := range floats {
		phis = append(phis, b.phi(trace.TFloat, v))
	}
	cnt := b.phi(trace.TInt, cnt0)
	lt := b.emit(trace.OpIntLt, trace.TBool, cnt, n, 0, 0)
	snap := append(append([]trace.Ref{}, phis...), cnt, n)
	done := b.guard(trace.OpGuardTrue, trace.TVoid, lt, 0, snap...)
	// Each int phi becomes phi*3 + next phi (wrapping); each float phi
	// phi*0.5 + next phi: all phis stay live until all new values exist.
	for k, p := range phis {
		q := phis[(k+1)%len(phis)]
		if b.t.Ins[p].Type == trace.TFloat {
			if b.t.Ins[q].Type != trace.TFloat {
				q = phis[nInt]
			}
			h := b.emit(trace.OpFloatMul, trace.TFloat, p, b.t.ConstFloat(0.5), 0, 0)
			next = append(next, b.emit(trace.OpFloatAdd, trace.TFloat, h, q, 0, 0))
		} else {
			if b.t.Ins[q].Type != trace.TInt {
				q = phis[0]
			}
			h := b.emit(trace.OpIntMul, trace.TInt, p, b.t.ConstInt(3), 0, 0)
			next = append(next, b.emit(trace.OpIntAdd, trace.TInt, h, q, 0, 0))
		}
	}
	cnt1 := b.emit(trace.OpIntAdd, trace.TInt, cnt, b.t.ConstInt(1), 0, 0)
	b.jumpLoop(append(append([]trace.Ref{}, next...), cnt1, n)...)
	for k, p := range phis {
		b.setB(p, next[k])
	}
	b.setB(cnt, cnt1)

	goLoop := func(iters int64) ([]int64, []float64) {
		iv := make([]int64, nInt)
		fv := make([]float64, nFloat)
		for k := range iv {
			iv[k] = int64(k*7 - 40)
		}
		for k := range fv {
			fv[k] = float64(k) - 0.75
		}
		for range iters {
			ni := make([]int64, nInt)
			nf := make([]float64, nFloat)
			for k := range iv {
				q := iv[0]
				if k+1 < nInt {
					q = iv[k+1]
				}
				ni[k] = iv[k]*3 + q
			}
			for k := range fv {
				q := fv[0]
				if k+1 < nFloat {
					q = fv[k+1]
				}
				nf[k] = float64(fv[k]*0.5) + q
			}
			iv, fv = ni, nf
		}
		return iv, fv
	}
	for _, bud := range budgets {
		m := newMachine(t, b.t, bud)
		if bud == allRegs && m.c.Allocation().NumSpill == 0 {
			t.Errorf("nothing spilled")
		}
		for _, iters := range []int64{0, 1, 5, 50} {
			slots := make([]runtime.Value, nInt+nFloat+2)
			for k := range nInt {
				slots[k] = runtime.Int(int64(k*7 - 40))
			}
			for k := range nFloat {
				slots[nInt+k] = runtime.Float(float64(k) - 0.75)
			}
			slots[nInt+nFloat], slots[nInt+nFloat+1] = runtime.Int(0), runtime.Int(iters)
			m.setSlots(slots...)
			if ref, _ := m.runToGuard(3); ref != done {
				t.Fatalf("exit at %d", ref)
			}
			wi, wf := goLoop(iters)
			for k := range nInt {
				if got := int64(m.value(phis[k])); got != wi[k] {
					t.Errorf("%v %d iterations: int %d = %d, want %d", bud, iters, k, got, wi[k])
				}
			}
			for k := range nFloat {
				if got := m.value(phis[nInt+k]); got != f64(wf[k]) {
					t.Errorf("%v %d iterations: float %d = %v, want %v", bud, iters, k, bitsf(got), wf[k])
				}
			}
		}
	}
}
