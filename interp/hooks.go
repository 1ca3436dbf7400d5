package interp

import (
	"github.com/tracejit/tracejit/runtime"
)

// The interpreter's side of the JIT interface. The interpreter does not
// import the JIT (the JIT imports the interpreter, to read bytecode and
// rebuild frames); it calls it through these two interfaces.
//
// Hot loops: every JUMP_BACKWARD bumps a counter that lives in the Code
// (one per back-edge instruction). Counters start at -threshold; when one
// reaches zero the interpreter calls JIT.BackEdge, which may start
// recording, run compiled code, or decide to wait longer (it resets the
// counter). A loop with compiled code keeps its counter at -1 so that
// every back-edge enters the code.

// JIT is what the interpreter calls at hot loop back-edges.
type JIT interface {
	// BackEdge is called with f stopped at the loop header (f.PC() is the
	// JUMP_BACKWARD's target, f.SP() the stack pointer) when the counter
	// of the back-edge at jumpPC reaches zero. It may run compiled code,
	// which leaves f at a new pc and stack; the interpreter continues at
	// f.PC(). An error is an exception raised at f.PC()-1.
	BackEdge(vm *VM, f *Frame, jumpPC int) error
}

// Recorder observes execution while a trace is recorded.
type Recorder interface {
	// Before is called before the instruction at pc of frame f runs,
	// with sp its stack pointer.
	Before(vm *VM, f *Frame, pc, sp int)
	// Unwinding is called when an exception propagates in frame f.
	Unwinding(vm *VM, f *Frame)
}

// SetJIT installs the JIT with a hotness threshold (iterations before
// BackEdge is first called). A nil JIT disables it.
func (vm *VM) SetJIT(j JIT, threshold int) {
	vm.jit = j
	if threshold < 1 {
		threshold = 1
	}
	vm.threshold = int32(threshold)
}

// SetRecorder starts (r != nil) or stops recording.
func (vm *VM) SetRecorder(r Recorder) { vm.rec = r }

// Recording reports whether a recorder is installed.
func (vm *VM) Recording() bool { return vm.rec != nil }

// SetLoopCounter sets the counter of the back-edge at jumpPC: negative
// values count up to the next BackEdge call.
func (c *Code) SetLoopCounter(jumpPC int, v int32) { c.loopCount[jumpPC] = v }

// Code returns the frame's code.
func (f *Frame) Code() *Code { return f.code }

// Func returns the frame's function (nil for module code).
func (f *Frame) Func() *Function { return f.fn }

// Globals returns the frame's module namespace.
func (f *Frame) Globals() *runtime.Globals { return f.globals }

// Regs returns the frame's register file: locals, then the value stack.
func (f *Frame) Regs() []runtime.Value { return f.regs }

// PC returns the index of the next instruction.
func (f *Frame) PC() int { return f.pc }

// SP returns the stack pointer (an index into Regs).
func (f *Frame) SP() int { return f.sp }

// SetState moves the frame to pc with stack pointer sp (after deoptimization).
func (f *Frame) SetState(pc, sp int) { f.pc, f.sp = pc, sp }

// Back returns the calling frame.
func (f *Frame) Back() *Frame { return f.back }

// NumLocals is the number of fast locals at the start of Regs.
func (c *Code) NumLocals() int { return len(c.VarNames) }

// NewInlinedFrame creates the frame of a call the JIT had inlined, for
// deoptimization: its registers are allocated like a real call's. The
// caller fills Regs, sets the state and runs it with ResumeCall.
func (vm *VM) NewInlinedFrame(fn *Function) *Frame {
	code := fn.Code
	regs, mark := vm.stack.alloc(len(code.VarNames) + code.StackSize)
	return &Frame{code: code, fn: fn, globals: fn.Globals, regs: regs, sp: len(code.VarNames), saved: mark}
}

// ResumeCall runs a deoptimized callee frame to completion, as if the
// caller's CALL instruction had called it, and releases it. A non-nil
// raise is an exception raised by the instruction before f's pc (the
// frame's own call of a deeper inlined frame that raised).
func (vm *VM) ResumeCall(f *Frame, raise error) (runtime.Value, error) {
	vm.t.Depth++
	r, err := vm.runFrom(f, raise)
	vm.t.Depth--
	vm.stack.release(f.regs, f.saved)
	return r, err
}

// ReleaseFrame frees a frame made by NewInlinedFrame that will not run.
func (vm *VM) ReleaseFrame(f *Frame) { vm.stack.release(f.regs, f.saved) }

// BuiltinFor returns the builtin that global slot i names (unbound if none).
func (c *Code) BuiltinFor(i int) runtime.Value {
	if i < len(c.builtinFor) {
		return c.builtinFor[i]
	}
	return runtime.Value{}
}
