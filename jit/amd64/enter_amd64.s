#include "textflag.h"

// func Enter(code uintptr, ctx unsafe.Pointer)
TEXT ·Enter(SB), NOSPLIT, $0-16
	MOVQ	code+0(FP), AX
	MOVQ	ctx+8(FP), DI   // RegCtx
	CALL	AX
	RET
