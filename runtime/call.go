package runtime

// BuiltinFunc is the Go signature of builtin functions and methods. The last
// len(kw) entries of args are keyword argument values named by kw. args is
// often a window of the interpreter's value stack: a builtin that keeps
// arguments (in a tuple, a list, an exception) must copy them.
type BuiltinFunc func(t *Thread, args []Value, kw []string) (Value, error)

// Builtin is a function implemented in Go. Methods of builtin types are
// Builtins taking the receiver as args[0].
type Builtin struct {
	Name string
	Fn   BuiltinFunc
	// Self is the bound receiver for methods read as attributes (xs.append).
	Self    Value
	HasSelf bool
}

// Type returns builtin_function_or_method.
func (*Builtin) Type() *Type { return BuiltinType }

// NewBuiltin wraps a Go function as a Python value.
func NewBuiltin(name string, fn BuiltinFunc) Value {
	return FromObject(&Builtin{Name: name, Fn: fn})
}

// BoundMethod is a Python function bound to an instance (obj.method).
type BoundMethod struct {
	Self Value
	Fn   Value
}

// Type returns method.
func (*BoundMethod) Type() *Type { return MethodType }

// Call calls fn with positional args followed by keyword values named by kw.
func Call(t *Thread, fn Value, args []Value, kw []string) (Value, error) {
	switch f := fn.ref.(type) {
	case *Builtin:
		if f.HasSelf {
			return f.Fn(t, prepend(f.Self, args), kw)
		}
		return f.Fn(t, args, kw)
	case *BoundMethod:
		return Call(t, f.Fn, prepend(f.Self, args), kw)
	case *Type:
		if f.New == nil {
			return Value{}, Errorf(TypeErrorType, "cannot create '%s' instances", f.Name)
		}
		return f.New(t, f, args, kw)
	case *Instance:
		return callInstance(t, f, args, kw)
	case *StaticMethod:
		return Call(t, f.Fn, args, kw)
	case goCaller:
		return f.Call(t, args, kw)
	}
	if t != nil && t.CallHook != nil {
		r, ok, err := t.CallHook(t, fn, args, kw)
		if ok {
			return r, err
		}
	}
	return Value{}, Errorf(TypeErrorType, "'%s' object is not callable", fn.TypeName())
}

func prepend(v Value, args []Value) []Value {
	out := make([]Value, len(args)+1)
	out[0] = v
	copy(out[1:], args)
	return out
}

// Call1 calls fn with one positional argument.
func Call1(t *Thread, fn, arg Value) (Value, error) {
	return Call(t, fn, []Value{arg}, nil)
}

// ArgError helpers keep CPython's wording for builtin argument checks.

// NoKwargs reports a TypeError if a builtin that takes no keyword arguments got some.
func NoKwargs(name string, kw []string) error {
	if len(kw) > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
	}
	return nil
}

// ArgCount checks min <= len(args) <= max for a builtin without keywords.
func ArgCount(name string, args []Value, min, max int) error {
	n := len(args)
	if n >= min && n <= max {
		return nil
	}
	switch {
	case min == max && min == 0:
		return Errorf(TypeErrorType, "%s() takes no arguments (%d given)", name, n)
	case min == max && min == 1:
		return Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", name, n)
	case min == max:
		return Errorf(TypeErrorType, "%s expected %d arguments, got %d", name, min, n)
	case n < min:
		return Errorf(TypeErrorType, "%s expected at least %d argument%s, got %d", name, min, plural(min), n)
	}
	return Errorf(TypeErrorType, "%s expected at most %d argument%s, got %d", name, max, plural(max), n)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// SplitKwargs separates positional arguments from keyword values.
func SplitKwargs(args []Value, kw []string) (pos []Value, kwvals []Value) {
	n := len(args) - len(kw)
	return args[:n], args[n:]
}
