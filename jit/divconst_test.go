package jit

import (
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/tracejit/tracejit/runtime"
	"github.com/tracejit/tracejit/trace"
)

// Division by a constant: int_floordiv and int_mod with a constant B are
// lowered without a divide instruction (shifts and masks for powers of
// two, a magic multiplication otherwise; see jit/amd64 and jit/arm64
// lower_divmod.go). These tests run many constant divisors against Python's
// semantics as package runtime computes them (the opSpecs' eval).

// constDivisors are the divisors compiled in: the special cases, small
// values, powers of two and their neighbours of both signs, the extremes,
// primes and seeded random words.
func constDivisors() []int64 {
	ds := []int64{0, 1, -1, 101, -101, 1000000007, -1000000007, 998244353, 4294967291, 4294967311,
		3037000499, -3037000499, 6700417, 274177, 2305843009213693951, -2305843009213693951,
		9223372036854775783, -9223372036854775783,
		math.MinInt64, math.MinInt64 + 1, math.MinInt64 + 2, math.MaxInt64, math.MaxInt64 - 1,
		math.MaxInt64 / 3, math.MinInt64 / 3, math.MaxInt32, math.MinInt32, math.MaxInt32 + 2,
		math.MinInt32 - 1, math.MaxUint32, -math.MaxUint32}
	for d := int64(2); d <= 12; d++ {
		ds = append(ds, d, -d)
	}
	for _, d := range []int64{25, 60, 100, 125, 641, 1000, 1 << 20 * 3} {
		ds = append(ds, d, -d)
	}
	for k := 1; k < 63; k++ {
		p := int64(1) << k
		ds = append(ds, p, -p)
		if k >= 2 && (k <= 8 || k%8 == 7 || k%8 == 0 || k%8 == 1 || k >= 60) {
			ds = append(ds, p-1, p+1, -(p - 1), -(p + 1))
		}
	}
	rng := rand.New(rand.NewPCG(11, 12))
	for range 40 {
		ds = append(ds, int64(rng.Uint64())>>rng.IntN(63))
	}
	return ds
}

// constDividends are the dividends run for divisor d: the usual edge cases,
// d's neighbourhood, multiples of d next to the extremes with their
// neighbours, and seeded random values.
func constDividends(d int64, rng *rand.Rand) []int64 {
	ns := append([]int64{}, intEdges...)
	ns = append(ns, d, d+1, d-1, -d, -d+1, -d-1, 2*d, 2*d+1, 2*d-1, -2*d, -2*d+1, -2*d-1)
	if d != 0 {
		for _, q := range []int64{math.MaxInt64 / d, math.MinInt64 / d, math.MaxInt64/d - 1, math.MinInt64/d + 1, 3, -3, 100, -100} {
			if p := new(big.Int).Mul(big.NewInt(q), big.NewInt(d)); p.IsInt64() {
				m := p.Int64()
				ns = append(ns, m, m+1, m-1)
			}
		}
	}
	for range 60 {
		ns = append(ns, randInt(rng))
	}
	return ns
}

// TestDivModConst compiles int_floordiv and int_mod by each constant
// divisor under several register budgets and runs each on the dividends.
func TestDivModConst(t *testing.T) {
	modes := []opMode{
		{name: "B constant", bud: allRegs, fixed: []bool{false, true}, keep: true},
		{name: "B constant, A dies", bud: allRegs, fixed: []bool{false, true}},
		{name: "B constant, no registers", bud: noRegs, fixed: []bool{false, true}, keep: true},
		{name: "B constant, one register", bud: budget{1, 1}, fixed: []bool{false, true}},
	}
	divisors := constDivisors()
	for _, op := range []trace.Op{trace.OpIntFloorDiv, trace.OpIntMod} {
		spec := specOf[op]
		t.Run(op.String(), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(uint64(op), 99))
			failures := 0
			for _, d := range divisors {
				dividends := constDividends(d, rng)
				for _, mode := range modes {
					tr, r, g, args := opTrace(spec, mode, []uint64{0, uint64(d)})
					m := newMachine(t, tr, mode.bud)
					for _, n := range dividends {
						if !checkOp(t, m, spec, mode, []uint64{uint64(n), uint64(d)}, r, g, args) {
							if failures++; failures >= 20 {
								t.FailNow()
							}
						}
					}
				}
			}
		})
	}
}

// TestDivModConstLiveRegisters runs the constant divisions with a value
// live in every allocatable register (the multiplications borrow fixed
// registers on amd64), the dividend in each of them in turn: every live
// value must survive, and the result must be right wherever it lands. The
// dividend is kept after the op, or dies at it; when the op's own
// snapshot leaves it out too, the result may take its register.
func TestDivModConstLiveRegisters(t *testing.T) {
	b := Native()
	if b == nil {
		t.Skip("no native backend")
	}
	nLive := b.NumGPR() + 1 // one more than fits: something is spilled too
	rng := rand.New(rand.NewPCG(21, 22))
	for _, op := range []trace.Op{trace.OpIntFloorDiv, trace.OpIntMod} {
		spec := specOf[op]
		for _, d := range []int64{7, -7, 101, -101, 1 << 40, -(1 << 40), 16, -16, math.MinInt64, 10, -3, math.MaxInt64, -1, 1} {
			for which := range nLive {
				for _, c := range []struct {
					name           string
					keep, snapshot bool
					consume        int
				}{
					{"kept", true, true, -1},
					{"dies", false, true, -1},
					{"dies, not in the op's snapshot", false, false, -1},
					{"kept, values used from 0 on next", true, true, 0},
					{"kept, values used from 1 on next", true, true, 1},
					{"kept, values used from 2 on next", true, true, 2},
				} {
					name := fmt.Sprintf("%v by %d, dividend %d of %d %s", op, d, which, nLive, c.name)
					checkLiveDivision(t, name, spec, d, nLive, which, c.keep, c.snapshot, c.consume, rng)
				}
			}
		}
	}
}

// checkLiveDivision builds
//
//	v0..vn-1 = slot loads; r = v[which] op d
//	[x = v[c] ^ v[c+1] ^ ... (all of them, from c = consume on, wrapping)]
//	guard that fails, keeping r, x and the v (all, or all but the
//	dividend unless keep)
//
// and checks r, x and the kept values. The xor chain makes values die
// right after the division, in registers it may have borrowed.
func checkLiveDivision(t *testing.T, name string, spec opSpec, d int64, nLive, which int, keep, inSnapshot bool, consume int, rng *rand.Rand) {
	t.Helper()
	bl := newBuilder()
	var vals, snap, after []trace.Ref
	for k := range nLive {
		v := bl.raw(trace.TInt, int32(k))
		vals = append(vals, v)
		if k != which || inSnapshot {
			snap = append(snap, v)
		}
		if (k != which || keep) && consume < 0 {
			after = append(after, v)
		}
	}
	r := bl.t.EmitGuard(spec.op, spec.res, vals[which], bl.t.ConstInt(d), 0, bl.snap(snap...))
	var x trace.Ref
	if consume >= 0 {
		x = vals[consume]
		for k := 1; k < nLive; k++ {
			x = bl.emit(trace.OpIntXor, trace.TInt, x, vals[(consume+k)%nLive], 0, 0)
		}
		after = append(after, x)
	}
	g := bl.failAlways(append([]trace.Ref{r}, after...)...)
	m := newMachine(t, bl.t, allRegs)
	for i := range 24 {
		slots := make([]runtime.Value, nLive)
		raw := make([]int64, nLive)
		for k := range slots {
			raw[k] = randInt(rng)
			slots[k] = runtime.Int(raw[k])
		}
		if i == 0 {
			raw[which] = math.MinInt64 // the one exit for d = -1
			slots[which] = runtime.Int(raw[which])
		}
		m.setSlots(slots...)
		want, wantExit := spec.eval([]uint64{uint64(raw[which]), uint64(d)})
		kind, ref := m.run(math.MaxInt64)
		if kind != ExitGuard {
			t.Fatalf("%s: exit kind %v", name, kind)
		}
		check := after
		if wantExit {
			if ref != r {
				t.Fatalf("%s (%d): exited at %d, want %d", name, raw[which], ref, r)
			}
			check = snap
		} else {
			if ref != g {
				t.Fatalf("%s (%d): exited at %d, want %d", name, raw[which], ref, g)
			}
			if got := m.value(r); got != want {
				t.Fatalf("%s: %d -> %d, want %d", name, raw[which], int64(got), int64(want))
			}
			if consume >= 0 {
				var wantX int64
				for _, v := range raw {
					wantX ^= v
				}
				if got := m.value(x); got != uint64(wantX) {
					t.Fatalf("%s (%d): xor of the values = %d, want %d", name, raw[which], int64(got), wantX)
				}
			}
		}
		for k, v := range vals {
			if !slices.Contains(check, v) {
				continue
			}
			if got := m.value(v); got != uint64(raw[k]) {
				t.Fatalf("%s (%d): value %d clobbered: %d, want %d", name, raw[which], k, int64(got), raw[k])
			}
		}
	}
}

// BenchmarkDivModLoop times the loop `x = (x*7 + i) op d` in native code
// with d a constant (no divide instruction) and with d loaded from a slot
// (IDIV/SDIV), for comparison; ns/iter is per loop iteration.
func BenchmarkDivModLoop(b *testing.B) {
	const iters = 1 << 20
	for _, op := range []trace.Op{trace.OpIntMod, trace.OpIntFloorDiv} {
		for _, d := range []int64{101, -101, 1 << 10} {
			for _, constant := range []bool{true, false} {
				name := fmt.Sprintf("%v/%d/variable", op, d)
				if constant {
					name = fmt.Sprintf("%v/%d/constant", op, d)
				}
				b.Run(name, func(b *testing.B) {
					bl := newBuilder()
					i0, n, x0 := bl.raw(trace.TInt, 0), bl.raw(trace.TInt, 1), bl.raw(trace.TInt, 2)
					div := bl.raw(trace.TInt, 3)
					if constant {
						div = bl.t.ConstInt(d)
					}
					bl.loop()
					i, x := bl.phi(trace.TInt, i0), bl.phi(trace.TInt, x0)
					lt := bl.emit(trace.OpIntLt, trace.TBool, i, n, 0, 0)
					loopGuard := bl.guard(trace.OpGuardTrue, trace.TVoid, lt, 0, i, n, x, div)
					x1 := bl.emit(trace.OpIntMul, trace.TInt, x, bl.t.ConstInt(7), 0, 0)
					x2 := bl.emit(trace.OpIntAdd, trace.TInt, x1, i, 0, 0)
					x3 := bl.guard(op, trace.TInt, x2, div, i, n, x, div)
					i1 := bl.emit(trace.OpIntAdd, trace.TInt, i, bl.t.ConstInt(1), 0, 0)
					bl.jumpLoop(i1, n, x3, div)
					bl.setB(i, i1)
					bl.setB(x, x3)
					m := newMachine(b, bl.t, allRegs)
					for b.Loop() {
						m.setSlots(runtime.Int(0), runtime.Int(iters), runtime.Int(1), runtime.Int(d))
						if ref, _ := m.runToGuard(math.MaxInt64); ref != loopGuard {
							b.Fatalf("exit at %d, want the loop guard", ref)
						}
					}
					b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/iters, "ns/iter")
				})
			}
		}
	}
}
