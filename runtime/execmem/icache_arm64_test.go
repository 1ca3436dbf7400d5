package execmem

import (
	"testing"
	"unsafe"
)

func TestCacheType(t *testing.T) {
	ctr := cacheType()
	t.Logf("CTR_EL0=%#x D-line=%d I-line=%d IDC=%d DIC=%d",
		ctr, 4<<(ctr>>16&15), 4<<(ctr&15), ctr>>28&1, ctr>>29&1)
	// Flushing a Go-owned range must be harmless too.
	buf := make([]byte, 1000)
	flushICache(uintptrOf(buf), uintptrOf(buf)+1000)
}

func uintptrOf(b []byte) uintptr { return uintptr(unsafe.Pointer(&b[0])) }
