package jit

import (
	"math"
	"testing"
	"unsafe"

	"github.com/tracejit/tracejit/runtime"
	"github.com/tracejit/tracejit/trace"
)

// builder is a small DSL for hand-built traces in tests.
type builder struct{ t *trace.Trace }

func newBuilder() *builder { return &builder{t: trace.New()} }

func (b *builder) emit(op trace.Op, typ trace.Type, a, bb, c trace.Ref, aux int32) trace.Ref {
	return b.t.Emit(op, typ, a, bb, c, aux)
}

// snap adds a snapshot whose entries put refs in root slots 0, 1, ...
func (b *builder) snap(refs ...trace.Ref) int {
	s := trace.Snapshot{Frames: []trace.SnapFrame{{}}}
	for i, r := range refs {
		s.Entries = append(s.Entries, trace.SnapEntry{Slot: int32(i), Ref: r})
	}
	b.t.Snaps = append(b.t.Snaps, s)
	return len(b.t.Snaps) - 1
}

func (b *builder) guard(op trace.Op, typ trace.Type, a, bb trace.Ref, snap ...trace.Ref) trace.Ref {
	return b.t.EmitGuard(op, typ, a, bb, 0, b.snap(snap...))
}

func (b *builder) slot(op trace.Op, typ trace.Type, slot int32) trace.Ref {
	return b.emit(op, typ, 0, 0, 0, slot)
}

func (b *builder) raw(typ trace.Type, slot int32) trace.Ref {
	return b.slot(trace.OpSlotRaw, typ, slot)
}

func (b *builder) loop() trace.Ref { return b.emit(trace.OpLoop, trace.TVoid, 0, 0, 0, 0) }

// phi emits a phi whose B is filled in later with setB.
func (b *builder) phi(typ trace.Type, a trace.Ref) trace.Ref {
	return b.emit(trace.OpPhi, typ, a, 0, 0, 0)
}

func (b *builder) setB(phi, v trace.Ref) { b.t.Ins[phi].B = v }

func (b *builder) jumpLoop(snap ...trace.Ref) trace.Ref {
	return b.t.EmitGuard(trace.OpJumpLoop, trace.TVoid, 0, 0, 0, b.snap(snap...))
}

// failAlways ends a straight-line test: a guard that always fails with
// refs in its snapshot, then a trivial loop so that the trace is complete.
func (b *builder) failAlways(refs ...trace.Ref) trace.Ref {
	g := b.guard(trace.OpGuardTrue, trace.TVoid, b.t.ConstBool(false), 0, refs...)
	b.loop()
	b.jumpLoop()
	return g
}

// machine runs compiled traces.
type machine struct {
	tb    testing.TB
	c     *Compiled
	ctx   *Context
	slots []runtime.Value
	intr  *int32
	// g and end are landmarks some tests keep with the machine.
	g, end trace.Ref
}

// budget is a register budget: all the backend has, or a forced limit.
type budget struct{ gpr, fpr int }

var (
	allRegs = budget{99, 99}
	noRegs  = budget{0, 0}
	twoRegs = budget{2, 2}
)

func mustCompile(tb testing.TB, t *trace.Trace, bud budget) *Compiled {
	tb.Helper()
	b := Native()
	if b == nil {
		tb.Skip("no native backend")
	}
	c, err := compileWith(t, b, bud.gpr, bud.fpr)
	if err != nil {
		tb.Fatalf("compile: %v\n%s", err, dumpTrace(t))
	}
	tb.Cleanup(func() { c.Free() })
	return c
}

func newMachine(tb testing.TB, t *trace.Trace, bud budget, slots ...runtime.Value) *machine {
	tb.Helper()
	m := &machine{tb: tb, c: mustCompile(tb, t, bud), ctx: new(Context), intr: new(int32)}
	m.setSlots(slots...)
	return m
}

func (m *machine) setSlots(slots ...runtime.Value) {
	m.slots = append([]runtime.Value{}, slots...)
	if len(m.slots) == 0 {
		m.slots = make([]runtime.Value, 1)
	}
	m.ctx.Slots = uintptr(unsafe.Pointer(&m.slots[0]))
}

// run enters the code with fuel and returns the exit.
func (m *machine) run(fuel int64) (ExitKind, trace.Ref) {
	m.ctx.Interrupt = uintptr(unsafe.Pointer(m.intr))
	m.ctx.Fuel = fuel
	m.ctx.ExitKind, m.ctx.ExitRef = ExitNone, 0
	m.c.Run(m.ctx)
	return m.ctx.ExitKind, trace.Ref(m.ctx.ExitRef)
}

func (m *machine) value(r trace.Ref) uint64 { return m.c.Value(m.ctx, r) }

func dumpTrace(t *trace.Trace) string {
	s := ""
	for r := 1; r < len(t.Ins); r++ {
		s += FormatIns(t, nil, trace.Ref(r)) + "\n"
	}
	return s
}

func f64(v float64) uint64   { return math.Float64bits(v) }
func bitsf(b uint64) float64 { return math.Float64frombits(b) }
