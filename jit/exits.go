package jit

import (
	"fmt"

	"github.com/tracejit/tracejit/jit/abi"
)

// ExitKind says why generated code returned to Go.
type ExitKind int64

const (
	// ExitNone is the zero value; generated code never stores it.
	ExitNone ExitKind = abi.ExitNone
	// ExitGuard: a guard failed; Context.ExitRef is the guard's Ref and its
	// snapshot describes the interpreter state to resume in.
	ExitGuard ExitKind = abi.ExitGuard
	// ExitFuel: the fuel ran out at the jump_loop (ExitRef). Its snapshot
	// describes the state at the next loop header; pass a safepoint (e.g.
	// runtime.Gosched) and re-enter.
	ExitFuel ExitKind = abi.ExitFuel
	// ExitInterrupt: the interrupt word was set; ExitRef is the jump_loop,
	// whose snapshot applies as for ExitFuel.
	ExitInterrupt ExitKind = abi.ExitInterrupt

	exitKindCount = iota
)

var exitKindNames = [exitKindCount]string{
	ExitNone:      "none",
	ExitGuard:     "guard",
	ExitFuel:      "fuel",
	ExitInterrupt: "interrupt",
}

// String names the exit kind; unknown values print as ExitKind(n).
func (k ExitKind) String() string {
	if k >= 0 && k < exitKindCount {
		return exitKindNames[k]
	}
	return fmt.Sprintf("ExitKind(%d)", int64(k))
}
