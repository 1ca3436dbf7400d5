//go:build !arm64

package execmem

// flushICache is a no-op: amd64 keeps instruction fetch coherent with data
// writes in hardware.
func flushICache(start, end uintptr) {}
