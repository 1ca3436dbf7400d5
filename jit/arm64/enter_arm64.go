package arm64

import "unsafe"

// Enter calls the machine code at code with ctx in R0 (RegCtx) and returns
// when the code executes RET. code must be the address of code from
// runtime/execmem that follows the conventions in regs.go. ctx must stay
// valid for the duration of the call only; generated code must not keep it.
//
// Enter is ABI0 and NOSPLIT. Its CALL makes the assembler give it a frame
// that saves R30 and R29, so the generated code may return with a plain RET
// and gets no stack of its own.
//
//go:noescape
func Enter(code uintptr, ctx unsafe.Pointer)
