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

	// CellVars are the locals that nested functions capture, and FreeVars
	// the enclosing functions' variables this code reads; LOAD_DEREF and
	// friends index CellVars then FreeVars. Cell2Arg gives, per cell
	// variable, the parameter slot whose value starts the cell (-1: none).
	CellVars []string
	FreeVars []string
	Cell2Arg []int
	// Generator is set when the body contains yield: calling the function
	// creates a generator instead of running the body.
	Generator bool
	// Doc is the docstring (None if there is none).
	Doc runtime.Value

	StackSize int
	Handlers  []Handler
	// Inlined lists the instruction ranges of comprehensions compiled
	// inline, inner ones first, so that tracebacks show the <listcomp>
	// frames CPython 3.11 has.
	Inlined []InlinedComp

	// Globals is the module namespace LOAD_GLOBAL/STORE_GLOBAL slots index.
	Globals *runtime.Globals
	// builtinFor caches, per global slot, the builtin of that name (used
	// while the global itself is unbound). It is filled at compile time.
	builtinFor []runtime.Value
	// loopCount holds the hot-loop counter of each JUMP_BACKWARD, indexed
	// by instruction (see hooks.go).
	loopCount []int32
	// attrCache holds the inline cache of each attribute instruction,
	// indexed by instruction (nil when the code has none).
	attrCache []runtime.AttrCache
}

// Handler is an exception table entry: an exception raised by an
// instruction in [Start, End) truncates the stack to Depth, pushes the
// exception and jumps to Target. Entries for nested blocks come first.
type Handler struct {
	Start, End, Target, Depth int32
}

// InlinedComp is the code of an inlined comprehension: instructions
// [Start, End), shown in tracebacks as a frame named Name called from Line.
type InlinedComp struct {
	Start, End int32
	Line       int32
	Name       string
}

// addTraceback records in exc that it passed through instruction pc of
// this code, with a frame entry for each inlined comprehension around pc.
func (c *Code) addTraceback(exc *runtime.Exception, pc int) {
	line := c.LineAt(pc)
	for _, r := range c.Inlined {
		if int(r.Start) <= pc && pc < int(r.End) {
			exc.AddTraceback(c.Filename, line, r.Name)
			line = int(r.Line)
		}
	}
	exc.AddTraceback(c.Filename, line, c.Name)
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
	// Closure holds the cells of Code.FreeVars.
	Closure []*runtime.Cell
	// Dict holds attributes set on the function (nil until one is).
	Dict *runtime.Dict
	// Doc is __doc__.
	Doc runtime.Value
}

// NCells returns the number of cell and free variables of the code.
func (c *Code) NCells() int { return len(c.CellVars) + len(c.FreeVars) }

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
	case "__kwdefaults__":
		if f.KwDefaults == nil {
			return runtime.None, true, nil
		}
		return runtime.FromObject(f.KwDefaults), true, nil
	case "__doc__":
		if f.Doc.IsUnbound() {
			return runtime.None, true, nil
		}
		return f.Doc, true, nil
	case "__dict__":
		if f.Dict == nil {
			f.Dict = runtime.NewDict()
		}
		return runtime.FromObject(f.Dict), true, nil
	case "__closure__":
		if len(f.Closure) == 0 {
			return runtime.None, true, nil
		}
		cells := make([]runtime.Value, len(f.Closure))
		for i, c := range f.Closure {
			cells[i] = runtime.FromObject(c)
		}
		return runtime.TupleValue(cells...), true, nil
	case "__globals__":
		return runtime.Value{}, false, nil
	}
	if f.Dict != nil {
		if v, ok := f.Dict.GetStr(name); ok {
			return v, true, nil
		}
	}
	// Methods of function objects (__get__ etc.) come from the type.
	if v, ok := runtime.FunctionType.Lookup(name); ok {
		return runtime.BindBuiltin(v, runtime.FromObject(f)), true, nil
	}
	return runtime.Value{}, false, nil
}

// SetAttr sets a function attribute (decorators often keep state there).
func (f *Function) SetAttr(_ *runtime.Thread, name string, v runtime.Value) error {
	switch name {
	case "__name__":
		s, ok := runtime.AsStr(v)
		if !ok {
			return runtime.Errorf(runtime.TypeErrorType, "__name__ must be set to a string object")
		}
		f.Name = s
		return nil
	case "__qualname__":
		s, ok := runtime.AsStr(v)
		if !ok {
			return runtime.Errorf(runtime.TypeErrorType, "__qualname__ must be set to a string object")
		}
		f.QualName = s
		return nil
	case "__doc__":
		f.Doc = v
		return nil
	case "__module__":
		s, _ := runtime.AsStr(v)
		f.Module = s
		return nil
	case "__defaults__":
		if v.IsNone() {
			f.Defaults = nil
			return nil
		}
		t, ok := v.Object().(*runtime.Tuple)
		if !ok {
			return runtime.Errorf(runtime.TypeErrorType, "__defaults__ must be set to a tuple object")
		}
		f.Defaults = t.Items
		return nil
	case "__code__", "__closure__", "__globals__", "__dict__":
		return runtime.Errorf(runtime.AttributeErrorType, "readonly attribute")
	}
	if f.Dict == nil {
		f.Dict = runtime.NewDict()
	}
	f.Dict.SetStr(name, v)
	return nil
}

// DelAttr deletes a function attribute.
func (f *Function) DelAttr(_ *runtime.Thread, name string) error {
	if f.Dict != nil {
		if _, ok, _ := f.Dict.Delete(nil, runtime.NewStr(name)); ok {
			return nil
		}
	}
	return runtime.Errorf(runtime.AttributeErrorType, "'function' object has no attribute '%s'", name)
}
