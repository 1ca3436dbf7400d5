package interp

import (
	"github.com/tracejit/tracejit/runtime"
)

// Frame is one activation of a Code: its fast locals followed by its
// value stack in one slice, the instruction pointer and the stack pointer.
// The interpreter keeps pc and sp in Go locals while it runs and writes
// them back here whenever it leaves the loop (call-outs that may raise,
// exceptions), so a frame can always be resumed or inspected.
type Frame struct {
	code    *Code
	fn      *Function
	globals *runtime.Globals
	regs    []runtime.Value
	pc      int
	sp      int // absolute index into regs of the next free stack slot
	back    *Frame
	// saved restores the VM's value stack when the frame is released.
	saved stackMark
	// cells holds the frame's cell variables then its free variables
	// (Code.CellVars, Code.FreeVars); nil when the code has neither.
	cells []*runtime.Cell
	// locals is the namespace of a class body (LOAD_NAME, STORE_NAME).
	locals *runtime.Dict
	// yielded is set when a generator frame suspends at a yield; its
	// registers are then heap-allocated and outlive the call.
	yielded bool
}

// makeCells creates the cells of a new frame of fn: fresh cells for the
// code's cell variables (a captured parameter's cell starts with the
// argument) followed by the function's closure.
func makeCells(code *Code, fn *Function, regs []runtime.Value) []*runtime.Cell {
	ncell := len(code.CellVars)
	if ncell == 0 && fn != nil {
		return fn.Closure // free variables only: the closure is the cell list
	}
	cells := make([]*runtime.Cell, ncell+len(code.FreeVars))
	if ncell > 0 {
		block := make([]runtime.Cell, ncell)
		for i := range block {
			if a := code.Cell2Arg[i]; a >= 0 {
				block[i].V = regs[a]
				regs[a] = runtime.Value{}
			}
			cells[i] = &block[i]
		}
	}
	if fn != nil {
		copy(cells[ncell:], fn.Closure)
	}
	return cells
}

// valueStack hands out frame register windows in LIFO order from large
// chunks, so a Python call allocates nothing in the common case. A chunk
// is never moved: windows stay valid while a deeper call uses a new chunk.
type valueStack struct {
	chunks [][]runtime.Value
	cur    int
	top    int
}

type stackMark struct{ cur, top int }

const stackChunk = 16 << 10

func (s *valueStack) alloc(n int) ([]runtime.Value, stackMark) {
	mark := stackMark{s.cur, s.top}
	if len(s.chunks) == 0 {
		s.chunks = append(s.chunks, make([]runtime.Value, stackChunk))
	}
	if s.top+n > len(s.chunks[s.cur]) {
		s.cur++
		if s.cur == len(s.chunks) {
			size := stackChunk
			if n > size {
				size = n
			}
			s.chunks = append(s.chunks, make([]runtime.Value, size))
		} else if len(s.chunks[s.cur]) < n {
			s.chunks[s.cur] = make([]runtime.Value, n)
		}
		s.top = 0
	}
	w := s.chunks[s.cur][s.top : s.top+n : s.top+n]
	s.top += n
	return w, mark
}

// release clears a window (so the GC does not see dead values) and
// returns the stack to where it was before the matching alloc.
func (s *valueStack) release(w []runtime.Value, mark stackMark) {
	clear(w)
	s.cur, s.top = mark.cur, mark.top
}
