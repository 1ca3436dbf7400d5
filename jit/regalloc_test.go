package jit

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/tracejit/tracejit/jit/abi"
	"github.com/tracejit/tracejit/trace"
)

func TestLiveness(t *testing.T) {
	x := sumSquares()
	a, err := Allocate(x.t, 8, 8)
	if err != nil {
		t.Fatal(err)
	}
	// 1 i0, 2 n, 3 s0, 4 const 1, 5 loop, 6 i, 7 s, 8 lt, 9 guard_true,
	// 10 sq, 11 s1, 12 i1, 13 jump_loop.
	def, use := func(r int) int32 { return abi.Def(trace.Ref(r)) }, func(r int) int32 { return abi.Use(trace.Ref(r)) }
	want := map[int][2]int32{
		1:  {def(1), use(5)},  // only the phi's entry copy reads it
		2:  {def(2), def(13)}, // a loop invariant: live through the back-edge
		3:  {def(3), use(5)},
		4:  {-1, -1},          // constant
		6:  {def(5), def(12)}, // phi i: last read by guard 12's snapshot
		7:  {def(5), def(11)}, // phi s: last read by guard 11's snapshot
		8:  {def(8), use(9)},
		10: {def(10), use(11)},
		11: {def(11), use(13)}, // the phi's B and the jump_loop snapshot
		12: {def(12), use(13)},
	}
	for r, w := range want {
		if a.Start[r] != w[0] || a.End[r] != w[1] {
			t.Errorf("%d: live %d..%d, want %d..%d", r, a.Start[r], a.End[r], w[0], w[1])
		}
	}
	if a.Locs[4].Kind != IsConst || a.Locs[5].Kind != NoLoc || a.Locs[9].Kind != NoLoc {
		t.Errorf("kinds: %v %v %v", a.Locs[4], a.Locs[5], a.Locs[9])
	}
	if a.Uses[6] != 8 || a.Uses[4] != 1 {
		t.Errorf("uses of i = %d, of const 1 = %d", a.Uses[6], a.Uses[4])
	}
	checkAllocation(t, x.t, a)
}

// TestHints: a phi's A and B share its register when their lives allow,
// so the loop moves are no-ops; a result takes its dying operand's register.
func TestHints(t *testing.T) {
	b := newBuilder()
	i0, n := b.raw(trace.TInt, 0), b.raw(trace.TInt, 1)
	b.loop()
	i := b.phi(trace.TInt, i0)
	lt := b.emit(trace.OpIntLt, trace.TBool, i, n, 0, 0)
	b.guard(trace.OpGuardTrue, trace.TVoid, lt, 0, i, n)
	i1 := b.emit(trace.OpIntAdd, trace.TInt, i, b.t.ConstInt(1), 0, 0)
	i2 := b.emit(trace.OpIntMul, trace.TInt, i1, n, 0, 0)
	b.jumpLoop(i2, n)
	b.setB(i, i2)
	a, err := Allocate(b.t, 8, 8)
	if err != nil {
		t.Fatal(err)
	}
	if a.Locs[i0] != a.Locs[i] || a.Locs[i] != a.Locs[i1] || a.Locs[i1] != a.Locs[i2] {
		t.Errorf("i0 %v, i %v, i1 %v, i2 %v: want one register", a.Locs[i0], a.Locs[i], a.Locs[i1], a.Locs[i2])
	}
}

// TestSpillFurthest: with two registers for three overlapping values, the
// one whose life ends last is spilled, for its whole life.
func TestSpillFurthest(t *testing.T) {
	b := newBuilder()
	x := b.raw(trace.TInt, 0)
	y := b.raw(trace.TInt, 1)
	z := b.raw(trace.TInt, 2)
	s1 := b.emit(trace.OpIntAdd, trace.TInt, y, z, 0, 0)
	s2 := b.emit(trace.OpIntAdd, trace.TInt, s1, x, 0, 0) // x ends last
	b.failAlways(s2)
	a, err := Allocate(b.t, 2, 2)
	if err != nil {
		t.Fatal(err)
	}
	if a.Locs[x].Kind != InSpill || a.Locs[y].Kind != InReg || a.Locs[z].Kind != InReg || a.NumSpill != 1 {
		t.Errorf("x %v y %v z %v, %d slots", a.Locs[x], a.Locs[y], a.Locs[z], a.NumSpill)
	}
	checkAllocation(t, b.t, a)
}

func TestHoistedConstants(t *testing.T) {
	x, _ := floatLoop()
	a, err := Allocate(x, 8, 8)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Hoisted) != 2 {
		t.Fatalf("hoisted %v, want the two float constants", a.Hoisted)
	}
	for _, c := range a.Hoisted {
		if !x.IsConst(c) || a.Locs[c].Kind != InReg || a.Start[c] != abi.Def(a.Loop) || a.End[c] != abi.Def(a.JumpLoop) {
			t.Errorf("hoisted %d: %v live %d..%d", c, a.Locs[c], a.Start[c], a.End[c])
		}
	}
	for r := range x.Ins {
		if x.IsConst(trace.Ref(r)) && !x.Ins[r].Type.IsFloat() && a.Locs[r].Kind != IsConst {
			t.Errorf("int constant %d: %v", r, a.Locs[r])
		}
	}
	checkAllocation(t, x, a)
}

// checkAllocation verifies the allocator's contract: every value has a
// location of its class within the budget, and values whose lives overlap
// never share a register or a spill slot.
func checkAllocation(t *testing.T, tr *trace.Trace, a *Allocation) {
	t.Helper()
	var live []trace.Ref
	for r := 1; r < len(tr.Ins); r++ {
		ref := trace.Ref(r)
		l := a.Locs[r]
		switch {
		case !producesValue(tr, ref):
			if l.Kind != NoLoc {
				t.Errorf("%d (%v) has location %v", r, tr.Ins[r].Op, l)
			}
		case l.Kind == IsConst:
			if !tr.IsConst(ref) {
				t.Errorf("%d is not a constant", r)
			}
		case l.Kind == InReg:
			n := a.NumGPR
			if tr.Ins[r].Type.IsFloat() {
				n = a.NumFPR
			}
			if l.Index < 0 || l.Index >= n {
				t.Errorf("%d in register %d of %d", r, l.Index, n)
			}
			live = append(live, ref)
		case l.Kind == InSpill:
			if l.Index < 0 || l.Index >= a.NumSpill {
				t.Errorf("%d in slot %d of %d", r, l.Index, a.NumSpill)
			}
			live = append(live, ref)
		default:
			t.Errorf("%d (%v) has no location", r, tr.Ins[r].Op)
		}
	}
	for i, x := range live {
		for _, y := range live[i+1:] {
			lx, ly := a.Locs[x], a.Locs[y]
			if a.End[x] < a.Start[y] || a.End[y] < a.Start[x] || lx != ly {
				continue
			}
			if lx.Kind == InReg && class(tr, x) != class(tr, y) {
				continue
			}
			t.Errorf("%d (%d..%d) and %d (%d..%d) overlap in %v", x, a.Start[x], a.End[x], y, a.Start[y], a.End[y], lx)
		}
	}
}

// TestAllocationRandom checks the contract on the random traces of the
// end-to-end tests, for every register budget from 0 up.
func TestAllocationRandom(t *testing.T) {
	for seed := range uint64(200) {
		tr, _ := genTrace(rand.New(rand.NewPCG(seed, 77)))
		for n := range 6 {
			a, err := Allocate(tr, n, n)
			if err != nil {
				t.Fatalf("seed %d: %v", seed, err)
			}
			checkAllocation(t, tr, a)
			if t.Failed() {
				t.Fatalf("seed %d, %d registers\n%s%s", seed, n, dumpTrace(tr), a)
			}
		}
	}
}

func TestAllocateErrors(t *testing.T) {
	valid := func() *builder {
		b := newBuilder()
		x := b.raw(trace.TInt, 0)
		b.loop()
		p := b.phi(trace.TInt, x)
		b.jumpLoop(p)
		b.setB(p, p)
		return b
	}
	if _, err := Allocate(valid().t, 4, 4); err != nil {
		t.Fatalf("valid trace: %v", err)
	}
	cases := []struct {
		name  string
		edit  func(b *builder)
		error string
	}{
		{"no loop", func(b *builder) { b.t.Ins[2].Op = trace.OpNop }, "phi before loop"},
		{"second loop", func(b *builder) { b.t.Ins[1] = trace.Ins{Op: trace.OpLoop, Snap: -1} }, "second loop"},
		{"phi's A in the loop", func(b *builder) {
			b.t.Ins = b.t.Ins[:len(b.t.Ins)-1]
			q := b.phi(trace.TInt, 3)
			b.jumpLoop(q)
			b.setB(q, q)
		}, "phi's A"},
		{"not ending in jump_loop", func(b *builder) { b.emit(trace.OpNop, trace.TVoid, 0, 0, 0, 0) }, "does not end"},
		{"jump_loop twice", func(b *builder) { b.jumpLoop() }, "before the end"},
		{"forward operand", func(b *builder) { b.t.Ins[3].A = 3 }, "not an earlier value"},
		{"operand without value", func(b *builder) { b.t.Ins[3].A = 2 }, "not an earlier value"},
		{"float operand", func(b *builder) {
			b.t.Ins[1].Type = trace.TFloat
		}, "has type float"},
		{"guard without snapshot", func(b *builder) {
			b.t.Ins = b.t.Ins[:len(b.t.Ins)-1]
			b.t.Emit(trace.OpGuardTrue, trace.TVoid, b.t.ConstBool(true), 0, 0, 0)
			b.jumpLoop()
		}, "no snapshot"},
		{"snapshot of a later value", func(b *builder) {
			b.t.Snaps[0].Entries[0].Ref = 4
		}, "snapshot entry"},
		{"missing result type", func(b *builder) { b.t.Ins[1].Type = trace.TVoid }, "no result type"},
	}
	for _, tc := range cases {
		b := valid()
		tc.edit(b)
		_, err := Allocate(b.t, 4, 4)
		if err == nil || !strings.Contains(err.Error(), tc.error) {
			t.Errorf("%s: error %v, want %q", tc.name, err, tc.error)
		}
	}
	// Too many spill slots.
	b := newBuilder()
	var vals []trace.Ref
	for k := range abi.MaxSpill + 1 {
		vals = append(vals, b.raw(trace.TInt, int32(k)))
	}
	b.failAlways(vals...)
	if _, err := Allocate(b.t, 0, 0); err == nil || !strings.Contains(err.Error(), "spill slots") {
		t.Errorf("too many spills: %v", err)
	}
	if _, err := Allocate(valid().t, abi.NumSavedGPR+1, 0); err == nil {
		t.Errorf("too many registers accepted")
	}
}
