package jit

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/tracejit/tracejit/runtime"
	"github.com/tracejit/tracejit/trace"
)

// Random traces: a generator builds loops of random int, float and bool
// ops with random phis (cycles included), guards that may fail and
// constants in the preamble and the body; each runs natively under several
// register budgets and in a reference interpreter of the IR, and the exits
// (kind, Ref, every value in the exit's snapshot) must agree. This tests
// the allocator and the lowering together: register sharing, spills,
// parallel moves, exits.

var specOf = func() map[trace.Op]opSpec {
	m := map[trace.Op]opSpec{}
	for _, s := range opSpecs {
		m[s.op] = s
	}
	return m
}()

// classes are the value types, in a fixed order (map order would make the
// generator depend on more than its seed).
var classes = []trace.Type{trace.TInt, trace.TFloat, trace.TBool}

// genTrace builds a random trace and its initial slots.
func genTrace(rng *rand.Rand) (*trace.Trace, []runtime.Value) {
	b := newBuilder()
	pools := map[trace.Type][]trace.Ref{}
	add := func(r trace.Ref) { pools[b.t.Ins[r].Type] = append(pools[b.t.Ins[r].Type], r) }
	pick := func(typ trace.Type) trace.Ref {
		p := pools[typ]
		return p[rng.IntN(len(p))]
	}
	var slots []runtime.Value
	for range 1 + rng.IntN(5) {
		slots = append(slots, runtime.Int(randInt(rng)))
		add(b.raw(trace.TInt, int32(len(slots)-1)))
	}
	for range 1 + rng.IntN(5) {
		slots = append(slots, runtime.Float(bitsf(randFloat(rng))))
		add(b.raw(trace.TFloat, int32(len(slots)-1)))
	}
	slots = append(slots, runtime.Bool(rng.IntN(2) == 1))
	add(b.raw(trace.TBool, int32(len(slots)-1)))
	constant := func() {
		if rng.IntN(2) == 0 {
			add(b.t.ConstInt(randInt(rng)))
		} else {
			add(b.t.ConstFloat(bitsf(randFloat(rng))))
		}
	}
	// live picks a random subset of the values defined so far.
	live := func() []trace.Ref {
		var out []trace.Ref
		for _, typ := range classes {
			for _, r := range pools[typ] {
				if rng.IntN(3) == 0 {
					out = append(out, r)
				}
			}
		}
		return out
	}
	op := func() {
		spec := opSpecs[rng.IntN(len(opSpecs))]
		var args [2]trace.Ref
		for k, typ := range spec.args {
			args[k] = pick(typ)
		}
		if spec.op.IsGuard() {
			add(b.t.EmitGuard(spec.op, spec.res, args[0], args[1], 0, b.snap(live()...)))
		} else {
			add(b.emit(spec.op, spec.res, args[0], args[1], 0, 0))
		}
		if rng.IntN(8) == 0 {
			g := trace.OpGuardTrue
			if rng.IntN(2) == 0 {
				g = trace.OpGuardFalse
			}
			b.guard(g, trace.TVoid, pick(trace.TBool), 0, live()...)
		}
	}
	for range rng.IntN(3) {
		constant()
	}
	for range rng.IntN(6) {
		op()
	}
	n := b.t.ConstInt(int64(rng.IntN(12)))
	zero := b.t.ConstInt(0)
	b.loop()
	// Phis: the counter and some values of each class.
	cnt := b.phi(trace.TInt, zero)
	var phis []trace.Ref
	for _, typ := range classes {
		for _, r := range pools[typ] {
			if rng.IntN(2) == 0 {
				phis = append(phis, b.phi(typ, r))
			}
		}
	}
	for _, p := range phis {
		add(p)
	}
	lt := b.emit(trace.OpIntLt, trace.TBool, cnt, n, 0, 0)
	b.guard(trace.OpGuardTrue, trace.TVoid, lt, 0, append([]trace.Ref{cnt}, phis...)...)
	for range 3 + rng.IntN(30) {
		if rng.IntN(6) == 0 {
			constant()
		}
		op()
	}
	cnt1 := b.emit(trace.OpIntAdd, trace.TInt, cnt, b.t.ConstInt(1), 0, 0)
	b.setB(cnt, cnt1)
	next := []trace.Ref{cnt1}
	for _, p := range phis {
		v := pick(b.t.Ins[p].Type)
		b.setB(p, v)
		next = append(next, v)
	}
	b.jumpLoop(next...)
	return b.t, slots
}

// interpret runs t in Go and returns how it exits and every value.
func interpret(t *trace.Trace, slots []runtime.Value, fuel int64) (ExitKind, trace.Ref, []uint64) {
	vals := make([]uint64, len(t.Ins))
	loop, jump := t.LoopStart(), trace.Ref(len(t.Ins)-1)
	phis := func(pick func(*trace.Ins) trace.Ref) {
		var next []uint64
		for r := loop + 1; r < jump; r++ {
			if ins := &t.Ins[r]; ins.Op == trace.OpPhi {
				next = append(next, vals[pick(ins)])
			}
		}
		for r := loop + 1; r < jump; r++ {
			if t.Ins[r].Op == trace.OpPhi {
				vals[r], next = next[0], next[1:]
			}
		}
	}
	for r := trace.Ref(1); ; r++ {
		ins := &t.Ins[r]
		switch ins.Op {
		case trace.OpNop, trace.OpPhi:
		case trace.OpLoop:
			phis(func(ins *trace.Ins) trace.Ref { return ins.A })
		case trace.OpJumpLoop:
			fuel--
			if fuel < 0 {
				return ExitFuel, r, vals
			}
			phis(func(ins *trace.Ins) trace.Ref { return ins.B })
			r = loop
		case trace.OpSlotRaw:
			vals[r] = slots[ins.Aux].Raw()
		case trace.OpGuardTrue, trace.OpGuardFalse:
			if (vals[ins.A] != 0) != (ins.Op == trace.OpGuardTrue) {
				return ExitGuard, r, vals
			}
		default:
			if t.IsConst(r) {
				vals[r] = t.ConstValue(r)
				continue
			}
			spec, ok := specOf[ins.Op]
			if !ok {
				panic("interpret: no semantics for " + ins.Op.String())
			}
			x := []uint64{vals[ins.A], vals[ins.B]}[:len(spec.args)]
			v, exit := spec.eval(x)
			if exit {
				return ExitGuard, r, vals
			}
			vals[r] = v
		}
	}
}

func TestRandomTraces(t *testing.T) {
	n := 300
	if testing.Short() {
		n = 50
	}
	for seed := range uint64(n) {
		checkRandomTrace(t, seed)
	}
}

// FuzzRandomTraces explores more seeds with `go test -fuzz`.
func FuzzRandomTraces(f *testing.F) {
	f.Add(uint64(0))
	f.Fuzz(func(t *testing.T, seed uint64) { checkRandomTrace(t, seed) })
}

func checkRandomTrace(t *testing.T, seed uint64) {
	rng := rand.New(rand.NewPCG(seed, 77))
	tr, slots := genTrace(rng)
	for _, bud := range []budget{allRegs, {3, 3}, {1, 2}, noRegs} {
		m := newMachine(t, tr, bud, slots...)
		for _, fuel := range []int64{math.MaxInt64, 0, 1, int64(rng.IntN(8))} {
			wantKind, wantRef, vals := interpret(tr, slots, fuel)
			kind, ref := m.run(fuel)
			where := fmt.Sprintf("seed %d, budget %v, fuel %d", seed, bud, fuel)
			if kind != wantKind || ref != wantRef {
				t.Fatalf("%s: exit %v at %d, want %v at %d\n%s\n%s", where, kind, ref, wantKind, wantRef, dumpTrace(tr), m.c.Disassemble())
			}
			for _, e := range tr.Snaps[tr.Ins[ref].Snap].Entries {
				got, want := m.value(e.Ref), vals[e.Ref]
				if got != want && !(tr.Ins[e.Ref].Type == trace.TFloat && math.IsNaN(bitsf(got)) && math.IsNaN(bitsf(want))) {
					t.Fatalf("%s: exit at %d: value of %d = %#x, want %#x\n%s\n%s\n%s", where, ref, e.Ref, got, want,
						dumpTrace(tr), m.c.Allocation(), m.c.Disassemble())
				}
			}
		}
	}
}
