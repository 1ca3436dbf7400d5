package execmem

// flushICache makes instructions written to [start, end) visible to
// instruction fetch on this core: DC CVAU over the D-cache lines, DSB ISH,
// IC IVAU over the I-cache lines, DSB ISH, ISB. Line sizes come from
// CTR_EL0; the clean is skipped when CTR_EL0.IDC is set and the invalidate
// when CTR_EL0.DIC is set.
//
//go:noescape
func flushICache(start, end uintptr)

// cacheType returns CTR_EL0 (readable from EL0 on Linux).
func cacheType() uint64
