// Package amd64 is tracejit's x86-64 backend: instruction selection for
// every trace IR op (backend.go, lower_*.go), exit stubs (exits.go), the
// register conventions generated code follows (this file) and the entry
// trampoline. Everything but Enter is plain Go with no build tags, so it is
// assembled and tested on every host. Only Enter (enter_amd64.go,
// enter_amd64.s) needs an amd64 host.
//
// Execution model: Go calls Enter(code, ctx). Generated code is a frameless
// leaf running on the goroutine stack: it reads its inputs from the context
// block ctx points to (DI), keeps everything else in registers, and leaves
// with RET after storing an exit number and the live state into the
// context. Guards jump to exit stubs that do the same. The context is
// Go-allocated and holds only integers and floats, never Go pointers: the
// code stores with plain MOVs, outside the write barrier.
//
// Because the Go runtime cannot preempt or scan a goroutine while it runs
// JIT code (a PC outside Go text is never an async safe point), every loop
// must exit to Go regularly (a fuel counter on back-edges), so that the
// caller can pass through a synchronous safepoint such as runtime.Gosched.
package amd64

import "github.com/twitchyliquid64/golang-asm/obj/x86"

// Register conventions for generated code.
//
// Enter is an ABI0 function, so the code it calls may clobber every
// register except SP and BP; the compiler's ABIInternal wrapper around the
// call re-establishes R14 (g) and X15 (zero) afterwards, and the signal
// handler reloads g from TLS. Still, R14 and X15 are left alone for now so
// that a later switch to calling Go helpers does not have to revisit this.
const (
	// RegCtx holds the context pointer for the whole trace; Enter loads it.
	RegCtx = x86.REG_DI

	// RegScratch is the code generator's own temporary: materialising
	// 64-bit and float constants, exit-code values in stubs. Never
	// allocated, never live across an instruction sequence.
	RegScratch = x86.REG_R11

	// FRegScratch is the float temporary, e.g. a constant on its way from
	// RegScratch into an operation.
	FRegScratch = x86.REG_X14
)

// Reserved registers, never allocated:
//   - SP: the goroutine stack; the code runs on it with only the nosplit
//     red zone available, and unwinding (SIGPROF, panics from faults)
//     expects the return address at 0(SP).
//   - BP: Go's frame pointer, callee-saved; frame-pointer unwinders walk it.
//   - DI (RegCtx), R11 (RegScratch), X14 (FRegScratch).
//   - R14 (g in ABIInternal) and X15 (the fixed zero register): clobbering is
//     allowed by ABI0 but avoided for now.

// AllocatableGPRs are the general registers the register allocator may use,
// in preference order (legacy registers first: shorter encodings).
var AllocatableGPRs = []int16{
	x86.REG_AX, x86.REG_CX, x86.REG_DX, x86.REG_BX, x86.REG_SI,
	x86.REG_R8, x86.REG_R9, x86.REG_R10, x86.REG_R12, x86.REG_R13, x86.REG_R15,
}

// AllocatableFPRs are the SSE registers the register allocator may use.
var AllocatableFPRs = []int16{
	x86.REG_X0, x86.REG_X1, x86.REG_X2, x86.REG_X3, x86.REG_X4, x86.REG_X5, x86.REG_X6,
	x86.REG_X7, x86.REG_X8, x86.REG_X9, x86.REG_X10, x86.REG_X11, x86.REG_X12, x86.REG_X13,
}
