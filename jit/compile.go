package jit

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"unsafe"

	"github.com/tracejit/tracejit/jit/asm"
	"github.com/tracejit/tracejit/runtime/execmem"
	"github.com/tracejit/tracejit/trace"
)

// ErrNoBackend is returned by Compile on architectures without a backend.
var ErrNoBackend = errors.New("jit: no native backend for " + runtime.GOARCH)

// Compiled is a trace compiled to machine code in executable memory.
type Compiled struct {
	// Trace is the compiled trace; it must not change.
	Trace   *trace.Trace
	alloc   *Allocation
	lowered *Lowered
	block   *execmem.Block
}

// Compile allocates registers for t, lowers it with the native backend and
// loads the code into executable memory. t must not change afterwards.
func Compile(t *trace.Trace) (*Compiled, error) {
	b := Native()
	if b == nil {
		return nil, ErrNoBackend
	}
	return compileWith(t, b, b.NumGPR(), b.NumFPR())
}

// Generate allocates and lowers t for backend b without loading the code:
// it works for any architecture on any host (for tests and dumps).
func Generate(t *trace.Trace, b Backend) (*Allocation, *Lowered, error) {
	return generate(t, b, b.NumGPR(), b.NumFPR())
}

func generate(t *trace.Trace, b Backend, numGPR, numFPR int) (*Allocation, *Lowered, error) {
	a, err := Allocate(t, min(numGPR, b.NumGPR()), min(numFPR, b.NumFPR()))
	if err != nil {
		return nil, nil, err
	}
	low, err := b.Lower(t, a)
	if err != nil {
		return nil, nil, err
	}
	return a, low, nil
}

// compileWith is Compile with a given backend and register budget (tests
// shrink the budget to force spilling).
func compileWith(t *trace.Trace, b Backend, numGPR, numFPR int) (*Compiled, error) {
	if b.Arch() != nativeArch {
		return nil, fmt.Errorf("jit: cannot run %s code on %s", b.Arch(), nativeArch)
	}
	a, low, err := generate(t, b, numGPR, numFPR)
	if err != nil {
		return nil, err
	}
	blk, err := execmem.New(low.Code)
	if err != nil {
		return nil, err
	}
	return &Compiled{Trace: t, alloc: a, lowered: low, block: blk}, nil
}

// Run executes the code until it exits, then returns with the exit state in
// ctx (ExitKind, ExitRef, registers, spill slots, Fuel). ctx.Slots must
// address the root frame's slots (if the trace reads them) and
// ctx.Interrupt a live int32. Run panics after Free.
func (c *Compiled) Run(ctx *Context) {
	addr := c.block.Addr()
	if addr == 0 {
		panic("jit: Run after Free")
	}
	if ctx.Interrupt == 0 {
		panic("jit: Context.Interrupt is not set")
	}
	enter(addr, unsafe.Pointer(ctx))
	// The trace holds the objects whose addresses the code embeds.
	runtime.KeepAlive(c)
}

// Resume continues the code after call_out r exited, once Go has stored
// r's result with SetValue.
func (c *Compiled) Resume(ctx *Context, r trace.Ref) {
	off, ok := c.lowered.Resume[r]
	if !ok {
		panic(fmt.Sprintf("jit: Ref %d has no resume entry", r))
	}
	enter(c.block.Addr()+uintptr(off), unsafe.Pointer(ctx))
	runtime.KeepAlive(c)
}

// SetValue stores bits as Ref r's value in its location in ctx (a saved
// register or a spill slot), for a resume.
func (c *Compiled) SetValue(ctx *Context, r trace.Ref, bits uint64) {
	loc := c.alloc.Locs[r]
	switch loc.Kind {
	case InReg:
		if c.Trace.Ins[r].Type.IsFloat() {
			ctx.FPR[loc.Index] = bits
		} else {
			ctx.GPR[loc.Index] = bits
		}
	case InSpill:
		ctx.Spill[loc.Index] = bits
	}
}

// Value returns the bits of Ref r's value after an exit (a float's IEEE
// bits, a bool as 0 or 1, an address as an integer). It is meaningful for
// the values the exiting guard's snapshot lists (and constants); other
// values may have been overwritten.
func (c *Compiled) Value(ctx *Context, r trace.Ref) uint64 {
	if r <= 0 || int(r) >= len(c.alloc.Locs) {
		panic(fmt.Sprintf("jit: Value of invalid Ref %d", r))
	}
	if c.Trace.IsConst(r) {
		return c.Trace.ConstValue(r)
	}
	loc := c.alloc.Locs[r]
	switch loc.Kind {
	case InReg:
		if c.Trace.Ins[r].Type.IsFloat() {
			return ctx.FPR[loc.Index]
		}
		return ctx.GPR[loc.Index]
	case InSpill:
		return ctx.Spill[loc.Index]
	case IsConst:
		return c.Trace.ConstValue(r)
	}
	panic(fmt.Sprintf("jit: Ref %d (%v) has no value", r, c.Trace.Ins[r].Op))
}

// Free releases the code. The Compiled must not be run afterwards.
func (c *Compiled) Free() error { return c.block.Free() }

// CodeSize is the machine code's length in bytes.
func (c *Compiled) CodeSize() int { return len(c.lowered.Code) }

// Allocation returns the register allocation (for --jit-dump).
func (c *Compiled) Allocation() *Allocation { return c.alloc }

// Lowered returns the backend's output.
func (c *Compiled) Lowered() *Lowered { return c.lowered }

// Disassemble lists the machine code with each IR instruction marked where
// its code starts, plus the loop head, exit stubs and out-of-line paths.
func (c *Compiled) Disassemble() string {
	return Disassemble(c.Trace, c.alloc, c.lowered, uint64(c.block.Addr()))
}

// Disassemble lists low (generated from t under a) with IR marks; pc is
// the address of the first byte (0 if not loaded).
func Disassemble(t *trace.Trace, a *Allocation, low *Lowered, pc uint64) string {
	marks := make(map[int]string)
	add := func(off int, s string) {
		if old, ok := marks[off]; ok {
			s = old + "; " + s
		}
		marks[off] = s
	}
	for r, off := range low.InsOffset {
		if off < 0 || r == 0 || t.Ins[r].Op == trace.OpNop {
			continue
		}
		add(int(off), FormatIns(t, a, trace.Ref(r)))
	}
	for off, m := range low.Marks {
		add(off, m)
	}
	return asm.Disassemble(low.Arch, low.Code, pc, marks)
}

// FormatIns prints one IR instruction with its operands and, given an
// allocation, its location: "12 int_add_ovf 10 11 -> r3".
func FormatIns(t *trace.Trace, a *Allocation, r trace.Ref) string {
	ins := &t.Ins[r]
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d %v", r, ins.Op)
	ops := [3]trace.Ref{ins.A, ins.B, ins.C}
	for k := 0; k < ins.Op.Arity(); k++ {
		fmt.Fprintf(&sb, " %d", ops[k])
	}
	switch {
	case t.IsConst(r):
		fmt.Fprintf(&sb, " %#x", t.ConstValue(r))
	case ins.Aux != 0:
		fmt.Fprintf(&sb, " aux=%d", ins.Aux)
	}
	if a != nil && int(r) < len(a.Locs) && a.Locs[r].Kind != NoLoc {
		fmt.Fprintf(&sb, " -> %v", a.Locs[r])
	}
	return sb.String()
}
