#include "textflag.h"

// func flushICache(start, end uintptr)
//
// The Linux caches_clean_inval_pou sequence. Clobbers R0-R6 only.
TEXT ·flushICache(SB), NOSPLIT|NOFRAME, $0-16
	MOVD	start+0(FP), R0
	MOVD	end+8(FP), R1
	MRS	CTR_EL0, R2
	TBNZ	$28, R2, dsync      // IDC: no D-cache clean needed for I/D coherence
	UBFX	$16, R2, $4, R3     // DminLine: log2 of the line size in words
	MOVD	$4, R4
	LSL	R3, R4, R4          // D-line bytes
	SUB	$1, R4, R5
	BIC	R5, R0, R6          // first line
dloop:
	DC	CVAU, R6
	ADD	R4, R6, R6
	CMP	R1, R6
	BLO	dloop
dsync:
	DSB	$11                 // DSB ISH: cleans (or plain stores) complete
	TBNZ	$29, R2, isync      // DIC: no I-cache invalidation needed
	AND	$15, R2, R3         // IminLine
	MOVD	$4, R4
	LSL	R3, R4, R4          // I-line bytes
	SUB	$1, R4, R5
	BIC	R5, R0, R6
iloop:
	// IC IVAU, X6. Go's assembler has no IC mnemonic; this is
	// SYS #3, C7, C5, #1, X6 = 0xd50b7520 | Rt.
	WORD	$0xd50b7526
	ADD	R4, R6, R6
	CMP	R1, R6
	BLO	iloop
	DSB	$11                 // DSB ISH: invalidations complete
isync:
	ISB	$15                 // discard instructions fetched before the flush
	RET

// func cacheType() uint64
TEXT ·cacheType(SB), NOSPLIT|NOFRAME, $0-8
	MRS	CTR_EL0, R0
	MOVD	R0, ret+0(FP)
	RET
