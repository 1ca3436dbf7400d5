package jit

import (
	"unsafe"

	"github.com/tracejit/tracejit/jit/amd64"
)

const nativeArch = "amd64"

// enter runs native code with ctx in the backend's context register.
func enter(code uintptr, ctx unsafe.Pointer) { amd64.Enter(code, ctx) }
