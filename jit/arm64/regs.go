// Package arm64 is tracejit's AArch64 backend: instruction selection for
// every trace IR op (backend.go, lower_*.go), exit stubs (exits.go), the
// register conventions generated code follows (this file) and the entry
// trampoline. Everything but Enter is plain Go with no build tags, so it is
// assembled and tested on every host. Only Enter (enter_arm64.go,
// enter_arm64.s) needs an arm64 host (or qemu-aarch64).
//
// Execution model: Go calls Enter(code, ctx). Generated code is a frameless
// leaf running on the goroutine stack: it reads its inputs from the context
// block ctx points to (R0), keeps everything else in registers, and leaves
// with RET (to R30, set by Enter's call) after storing an exit number and the
// live state into the context. Guards branch to exit stubs that do the same.
// The context is Go-allocated and holds only integers and floats, never Go
// pointers: the code stores with plain STRs, outside the write barrier.
//
// Because the Go runtime cannot preempt or scan a goroutine while it runs
// JIT code (a PC outside Go text is never an async safe point), every loop
// must exit to Go regularly (a fuel counter on back-edges), so that the
// caller can pass through a synchronous safepoint such as runtime.Gosched.
package arm64

import "github.com/twitchyliquid64/golang-asm/obj/arm64"

// Register conventions for generated code.
//
// Enter is an ABI0 function: Go keeps no values in registers across the
// call except the ones reserved below, so everything else may be clobbered.
const (
	// RegCtx holds the context pointer for the whole trace; Enter loads it.
	RegCtx = arm64.REG_R0

	// RegScratch and RegScratch2 are the code generator's own temporaries
	// (constants, exit codes in stubs, address arithmetic). They are IP0/IP1,
	// which only a linker's veneers would use, and there is no linker here.
	RegScratch  = arm64.REG_R16
	RegScratch2 = arm64.REG_R17

	// FRegScratch is the float temporary.
	FRegScratch = arm64.REG_F31
)

// Reserved registers, never allocated or written:
//   - R18: the platform register; the OS may use it (and does on some).
//   - R27 (REGTMP): golang-asm clobbers it to materialise large immediates
//     and offsets, so it can change under any instruction the backend emits.
//   - R28 (g): with cgo off the signal handler trusts R28 to be g; JIT code
//     that overwrote it crashed on the first signal (preemption SIGURG).
//   - R29: Go's frame pointer; unwinders walk it.
//   - R30 (LR): holds the return address into Enter. Code that uses BL must
//     save and restore it itself (keeping RSP 16-byte aligned).
//   - RSP: the goroutine stack; the code runs on it with only the nosplit
//     red zone available.
//   - R0 (RegCtx), R16/R17 (scratch), F31 (FRegScratch).

// AllocatableGPRs are the general registers the register allocator may use,
// in preference order. R26 is Go's closure-context register, which means
// nothing inside JIT code.
var AllocatableGPRs = []int16{
	arm64.REG_R1, arm64.REG_R2, arm64.REG_R3, arm64.REG_R4, arm64.REG_R5,
	arm64.REG_R6, arm64.REG_R7, arm64.REG_R8, arm64.REG_R9, arm64.REG_R10,
	arm64.REG_R11, arm64.REG_R12, arm64.REG_R13, arm64.REG_R14, arm64.REG_R15,
	arm64.REG_R19, arm64.REG_R20, arm64.REG_R21, arm64.REG_R22, arm64.REG_R23,
	arm64.REG_R24, arm64.REG_R25, arm64.REG_R26,
}

// AllocatableFPRs are the SIMD&FP registers the register allocator may use.
// Go saves none of them across calls, so all but the scratch are free.
var AllocatableFPRs = func() []int16 {
	var rs []int16
	for r := int16(arm64.REG_F0); r < arm64.REG_F31; r++ {
		rs = append(rs, r)
	}
	return rs
}()
