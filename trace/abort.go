package trace

import "fmt"

// AbortReason says why recording a trace stopped without a trace. Like
// LuaJIT's lj_traceerr.h, every reason is a named row; "NYI" marks what is
// not implemented yet (as opposed to what a trace cannot express).
type AbortReason uint8

const (
	AbortNone AbortReason = iota
	AbortNYIBytecode
	AbortNYIOperand
	AbortNYICall
	AbortInnerLoop
	AbortLeaveLoop
	AbortTooLong
	AbortException
	AbortTypeInstability
	AbortRecursion
	AbortInlineDepth
	AbortCompile
	abortCount
)

type abortInfo struct {
	name string
	msg  string
	nyi  bool
	// blacklist reports whether repeated aborts for this reason should
	// eventually stop the loop from being recorded again.
	blacklist bool
}

var abortTable = [abortCount]abortInfo{
	AbortNone:            {name: "none", msg: "no abort"},
	AbortNYIBytecode:     {name: "nyi_bytecode", msg: "NYI: bytecode %s", nyi: true, blacklist: true},
	AbortNYIOperand:      {name: "nyi_operand", msg: "NYI: %s", nyi: true, blacklist: true},
	AbortNYICall:         {name: "nyi_call", msg: "NYI: call to %s", nyi: true, blacklist: true},
	AbortInnerLoop:       {name: "inner_loop", msg: "inner loop in root trace", blacklist: true},
	AbortLeaveLoop:       {name: "leave_loop", msg: "leaving loop in root trace"},
	AbortTooLong:         {name: "too_long", msg: "trace too long", blacklist: true},
	AbortException:       {name: "exception", msg: "exception raised while recording"},
	AbortTypeInstability: {name: "type_instability", msg: "persistent type instability", blacklist: true},
	AbortRecursion:       {name: "recursion", msg: "recursive call", blacklist: true},
	AbortInlineDepth:     {name: "inline_depth", msg: "call nesting too deep", blacklist: true},
	AbortCompile:         {name: "compile", msg: "backend error: %s", blacklist: true},
}

// Name is the reason's identifier, used in stats.
func (r AbortReason) Name() string {
	if r < abortCount {
		return abortTable[r].name
	}
	return "invalid"
}

// NYI reports whether the reason is a not-yet-implemented feature.
func (r AbortReason) NYI() bool { return r < abortCount && abortTable[r].nyi }

// Blacklists reports whether repeated aborts for this reason blacklist the loop.
func (r AbortReason) Blacklists() bool { return r < abortCount && abortTable[r].blacklist }

// AbortReasonCount is the number of reasons.
const AbortReasonCount = int(abortCount)

// Abort is a recording abort with its detail and source position.
type Abort struct {
	Reason AbortReason
	Detail string
	File   string
	Line   int
}

func (a *Abort) Error() string {
	msg := abortTable[a.Reason].msg
	if a.Detail != "" || containsVerb(msg) {
		msg = fmt.Sprintf(msg, a.Detail)
	}
	return fmt.Sprintf("%s:%d: %s", a.File, a.Line, msg)
}

func containsVerb(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '%' && s[i+1] == 's' {
			return true
		}
	}
	return false
}
