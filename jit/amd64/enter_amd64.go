package amd64

import "unsafe"

// Enter calls the machine code at code with ctx in DI (RegCtx) and returns
// when the code executes RET. code must be the address of code from
// runtime/execmem that follows the conventions in regs.go. ctx must stay
// valid for the duration of the call only; generated code must not keep it.
//
// Enter is ABI0 and NOSPLIT; the generated code gets no stack beyond the
// return address Enter's CALL pushes.
//
//go:noescape
func Enter(code uintptr, ctx unsafe.Pointer)
