#include "textflag.h"

// func Enter(code uintptr, ctx unsafe.Pointer)
TEXT ·Enter(SB), NOSPLIT, $0-16
	MOVD	code+0(FP), R1
	MOVD	ctx+8(FP), R0   // RegCtx
	CALL	(R1)
	RET
