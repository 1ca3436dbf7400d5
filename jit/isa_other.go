//go:build !amd64 && !arm64

package jit

import (
	"runtime"
	"unsafe"
)

// No backend for this architecture: Native is nil and Compile fails.
const nativeArch = runtime.GOARCH

func enter(code uintptr, ctx unsafe.Pointer) { panic("jit: no native backend") }
