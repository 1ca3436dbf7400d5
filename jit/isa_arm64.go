package jit

import "unsafe"

// There is no arm64 trace backend yet: BackendFor("arm64") is nil, so
// Native is nil and Compile fails cleanly.
const nativeArch = "arm64"

func enter(code uintptr, ctx unsafe.Pointer) { panic("jit: no native backend") }
