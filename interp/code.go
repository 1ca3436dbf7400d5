package interp

import (
	"fmt"

	"github.com/tracejit/tracejit/runtime"
)

// Code is a compiled function or module body.
type Code struct {
	Name      string
	QualName  string
	Filename  string
	FirstLine int

	Instrs []Instr
	Lines  []int32 // source line of each instruction
	Consts []runtime.Value
	Names  []string // attribute, method and module names

	// VarNames are the fast locals: parameters first, in order
	// (positional, keyword-only, *args, **kwargs), then other locals and
	// compiler temporaries (comprehension variables, whose names start
	// with a '.' or are shadowed copies).
	VarNames     []string
	ArgCount     int // positional parameters, including positional-only
	PosOnlyCount int
	KwOnlyCount  int
	VarArgs      bool
	VarKwargs    bool

	StackSize int
	Handlers  []Handler

	// Globals is the module namespace LOAD_GLOBAL/STORE_GLOBAL slots index.
	Globals *runtime.Globals
	// builtinFor caches, per global slot, the builtin of that name (used
	// while the global itself is unbound). It is filled at compile time.
	builtinFor []runtime.Value
	// loopCount holds the hot-loop counter of each JUMP_BACKWARD, indexed
	// by instruction (see hooks.go).
	loopCount []int32
}

// Handler is an exception table entry: an exception raised by an
// instruction in [Start, End) truncates the stack to Depth, pushes the
// exception and jumps to Target. Entries for nested blocks come first.
type Handler struct {
	Start, End, Target, Depth int32
}

// Type implements runtime.Object.
func (c *Code) Type() *runtime.Type { return runtime.CodeType }

// Repr implements runtime.Reprer.
func (c *Code) Repr(*runtime.Thread) (string, error) {
	return fmt.Sprintf("<code object %s, file \"%s\", line %d>", c.Name, c.Filename, c.FirstLine), nil
}

// LineAt returns the source line of instruction pc.
func (c *Code) LineAt(pc int) int {
	if pc < 0 {
		pc = 0
	}
	if pc >= len(c.Lines) {
		if len(c.Lines) == 0 {
			return c.FirstLine
		}
		pc = len(c.Lines) - 1
	}
	return int(c.Lines[pc])
}

// handlerFor returns the innermost handler covering pc.
func (c *Code) handlerFor(pc int) (Handler, bool) {
	for _, h := range c.Handlers {
		if int(h.Start) <= pc && pc < int(h.End) {
			return h, true
		}
	}
	return Handler{}, false
}

// Function is a Python function object.
type Function struct {
	Code       *Code
	Name       string
	QualName   string
	Defaults   []runtime.Value
	KwDefaults *runtime.Dict
	Globals    *runtime.Globals
	Module     string
}

// Type implements runtime.Object.
func (f *Function) Type() *runtime.Type { return runtime.FunctionType }

// Repr implements runtime.Reprer.
func (f *Function) Repr(*runtime.Thread) (string, error) {
	return fmt.Sprintf("<function %s at %#x>", f.QualName, runtime.IdentityHash(runtime.FromObject(f))), nil
}

// GetAttr implements runtime.Attributer for the few function attributes programs read.
func (f *Function) GetAttr(_ *runtime.Thread, name string) (runtime.Value, bool, error) {
	switch name {
	case "__name__":
		return runtime.NewStr(f.Name), true, nil
	case "__qualname__":
		return runtime.NewStr(f.QualName), true, nil
	case "__module__":
		return runtime.NewStr(f.Module), true, nil
	case "__code__":
		return runtime.FromObject(f.Code), true, nil
	case "__defaults__":
		if len(f.Defaults) == 0 {
			return runtime.None, true, nil
		}
		return runtime.TupleValue(f.Defaults...), true, nil
	}
	return runtime.Value{}, false, nil
}
