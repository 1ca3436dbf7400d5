package jit

import (
	"unsafe"

	"github.com/tracejit/tracejit/jit/arm64"
)

const nativeArch = "arm64"

// enter runs native code with ctx in the backend's context register.
func enter(code uintptr, ctx unsafe.Pointer) { arm64.Enter(code, ctx) }
