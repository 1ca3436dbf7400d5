package runtime

import (
	"fmt"
	"strings"
)

// Exception is a Python exception object. It is also the Go error that
// carries the exception up through Go frames.
type Exception struct {
	typ  *Type
	Args []Value
	// Traceback lists the frames the exception passed through, innermost
	// first as it unwinds (the printer reverses it).
	Traceback []TraceEntry
	// Context is the exception being handled when this one was raised;
	// Cause is the "raise ... from" cause.
	Context         *Exception
	Cause           *Exception
	SuppressContext bool
	// Attrs holds attributes set on the instance (user exception classes).
	Attrs map[string]Value
}

// TraceEntry is one line of a traceback.
type TraceEntry struct {
	File string
	Line int
	Func string
}

// Type returns the exception's class.
func (e *Exception) Type() *Type { return e.typ }

// Error renders "TypeName: message" for Go callers.
func (e *Exception) Error() string {
	msg := e.Message()
	if msg == "" {
		return e.typ.Name
	}
	return e.typ.Name + ": " + msg
}

// Message is str(exception): the text after "TypeName: " in a traceback.
func (e *Exception) Message() string {
	if s, ok := syntaxErrorStr(e); ok {
		return s
	}
	if s, ok := builtinExcStr(e); ok {
		return s
	}
	switch len(e.Args) {
	case 0:
		return ""
	case 1:
		if e.typ.IsSubtype(KeyErrorType) {
			return ReprOrPlaceholder(e.Args[0])
		}
		return StrOrPlaceholder(e.Args[0])
	}
	return ReprOrPlaceholder(FromObject(NewTuple(e.Args)))
}

// IsInstance reports whether the exception is of class t or a subclass.
func (e *Exception) IsInstance(t *Type) bool { return e.typ.IsSubtype(t) }

// AddTraceback records that the exception passed through a frame.
func (e *Exception) AddTraceback(file string, line int, fn string) {
	e.Traceback = append(e.Traceback, TraceEntry{file, line, fn})
}

// NewException creates an exception of class t with the given args
// (copied: callers may pass a window of the interpreter's stack).
func NewException(t *Type, args ...Value) *Exception {
	return &Exception{typ: t, Args: append([]Value(nil), args...)}
}

// Errorf creates an exception of class t whose single argument is a formatted message.
func Errorf(t *Type, format string, a ...any) *Exception {
	return &Exception{typ: t, Args: []Value{NewStr(fmt.Sprintf(format, a...))}}
}

// Exception classes, in CPython's hierarchy.
var (
	BaseExceptionType       = newExcType("BaseException", ObjectType)
	SystemExitType          = newExcType("SystemExit", BaseExceptionType)
	KeyboardInterruptType   = newExcType("KeyboardInterrupt", BaseExceptionType)
	GeneratorExitType       = newExcType("GeneratorExit", BaseExceptionType)
	ExceptionType           = newExcType("Exception", BaseExceptionType)
	StopIterationType       = newExcType("StopIteration", ExceptionType)
	ArithmeticErrorType     = newExcType("ArithmeticError", ExceptionType)
	FloatingPointErrorType  = newExcType("FloatingPointError", ArithmeticErrorType)
	OverflowErrorType       = newExcType("OverflowError", ArithmeticErrorType)
	ZeroDivisionErrorType   = newExcType("ZeroDivisionError", ArithmeticErrorType)
	AssertionErrorType      = newExcType("AssertionError", ExceptionType)
	AttributeErrorType      = newExcType("AttributeError", ExceptionType)
	EOFErrorType            = newExcType("EOFError", ExceptionType)
	ImportErrorType         = newExcType("ImportError", ExceptionType)
	ModuleNotFoundErrorType = newExcType("ModuleNotFoundError", ImportErrorType)
	LookupErrorType         = newExcType("LookupError", ExceptionType)
	IndexErrorType          = newExcType("IndexError", LookupErrorType)
	KeyErrorType            = newExcType("KeyError", LookupErrorType)
	MemoryErrorType         = newExcType("MemoryError", ExceptionType)
	NameErrorType           = newExcType("NameError", ExceptionType)
	UnboundLocalErrorType   = newExcType("UnboundLocalError", NameErrorType)
	OSErrorType             = newExcType("OSError", ExceptionType)
	FileNotFoundErrorType   = newExcType("FileNotFoundError", OSErrorType)
	RuntimeErrorType        = newExcType("RuntimeError", ExceptionType)
	NotImplementedErrorType = newExcType("NotImplementedError", RuntimeErrorType)
	RecursionErrorType      = newExcType("RecursionError", RuntimeErrorType)
	SyntaxErrorType         = newExcType("SyntaxError", ExceptionType)
	IndentationErrorType    = newExcType("IndentationError", SyntaxErrorType)
	TabErrorType            = newExcType("TabError", IndentationErrorType)
	SystemErrorType         = newExcType("SystemError", ExceptionType)
	TypeErrorType           = newExcType("TypeError", ExceptionType)
	ValueErrorType          = newExcType("ValueError", ExceptionType)
	UnicodeErrorType        = newExcType("UnicodeError", ValueErrorType)
)

// ExceptionTypes lists the builtin exception classes (for the builtins module).
var ExceptionTypes []*Type

func newExcType(name string, base *Type) *Type {
	t := NewType(name, base)
	ExceptionTypes = append(ExceptionTypes, t)
	return t
}

func init() {
	for _, t := range ExceptionTypes {
		t.New = newExceptionInstance
	}
}

func newExceptionInstance(_ *Thread, typ *Type, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return Value{}, Errorf(TypeErrorType, "%s() takes no keyword arguments", typ.Name)
	}
	return FromObject(&Exception{typ: typ, Args: append([]Value(nil), args...)}), nil
}

// AsException returns the *Exception inside err, wrapping a non-Python Go
// error as a SystemError so that nothing escapes as a Go panic.
func AsException(err error) *Exception {
	if e, ok := err.(*Exception); ok {
		return e
	}
	return Errorf(SystemErrorType, "%v", err)
}

// FormatException renders an exception the way CPython prints an uncaught
// one: chained contexts first, then "Traceback (most recent call last):",
// one entry per frame with its source line, and "Type: message".
// source returns the text of a line of a file ("" if unknown).
func FormatException(e *Exception, source func(file string, line int) string) string {
	return FormatExceptionThread(nil, e, source)
}

// FormatExceptionThread is FormatException with a thread for calling the
// __str__ methods of exception classes defined in Python.
func FormatExceptionThread(t *Thread, e *Exception, source func(file string, line int) string) string {
	var b strings.Builder
	formatChain(t, &b, e, source, map[*Exception]bool{})
	return b.String()
}

func formatChain(t *Thread, b *strings.Builder, e *Exception, source func(string, int) string, seen map[*Exception]bool) {
	seen[e] = true
	if e.Cause != nil && !seen[e.Cause] {
		formatChain(t, b, e.Cause, source, seen)
		b.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
	} else if e.Context != nil && !e.SuppressContext && !seen[e.Context] {
		formatChain(t, b, e.Context, source, seen)
		b.WriteString("\nDuring handling of the above exception, another exception occurred:\n\n")
	}
	if len(e.Traceback) > 0 {
		b.WriteString("Traceback (most recent call last):\n")
		writeTraceback(b, e.Traceback, source)
	}
	msg, located := writeSyntaxErrorLocation(b, e)
	if !located {
		msg = ExceptionStr(t, e)
	}
	b.WriteString(e.typ.tracebackName())
	if msg != "" {
		b.WriteString(": ")
		b.WriteString(msg)
	}
	b.WriteString("\n")
}

// writeTraceback prints entries outermost first, collapsing runs of more
// than three identical entries as CPython does.
func writeTraceback(b *strings.Builder, tb []TraceEntry, source func(string, int) string) {
	var last TraceEntry
	repeat := 0
	flush := func() {
		if repeat > 3 {
			n := repeat - 3
			s := "s"
			if n == 1 {
				s = ""
			}
			fmt.Fprintf(b, "  [Previous line repeated %d more time%s]\n", n, s)
		}
	}
	for i := len(tb) - 1; i >= 0; i-- {
		t := tb[i]
		if i < len(tb)-1 && t == last {
			repeat++
			if repeat > 3 {
				continue
			}
		} else {
			flush()
			repeat = 1
		}
		last = t
		fmt.Fprintf(b, "  File \"%s\", line %d, in %s\n", t.File, t.Line, t.Func)
		if src := strings.TrimSpace(source(t.File, t.Line)); src != "" {
			b.WriteString("    ")
			b.WriteString(src)
			b.WriteString("\n")
		}
	}
	flush()
}

// attr returns the attributes every exception has (args, __cause__, ...).
func (e *Exception) attr(name string) (Value, bool) {
	orNone := func(x *Exception) Value {
		if x == nil {
			return None
		}
		return FromObject(x)
	}
	if v, ok := importErrorAttr(e, name); ok {
		return v, true
	}
	if v, ok := builtinExcAttr(e, name); ok {
		return v, true
	}
	switch name {
	case "args":
		return TupleValue(append([]Value(nil), e.Args...)...), true
	case "__cause__":
		return orNone(e.Cause), true
	case "__context__":
		return orNone(e.Context), true
	case "__suppress_context__":
		return Bool(e.SuppressContext), true
	case "__traceback__":
		return TracebackOf(e), true
	case "value":
		if e.typ.IsSubtype(StopIterationType) {
			if len(e.Args) > 0 {
				return e.Args[0], true
			}
			return None, true
		}
	}
	return Value{}, false
}

// setAttr sets the attributes every exception has; ok is false for others.
func (e *Exception) setAttr(name string, v Value) bool {
	switch name {
	case "args":
		items, err := Collect(nil, v)
		if err == nil {
			e.Args = items
		}
		return true
	case "__cause__":
		e.Cause, _ = v.ref.(*Exception)
		e.SuppressContext = true
		return true
	case "__context__":
		e.Context, _ = v.ref.(*Exception)
		return true
	case "__suppress_context__":
		e.SuppressContext = v.IsBool() && v.AsBool()
		return true
	}
	return false
}

func (e *Exception) getOwn(name string) (Value, bool) {
	v, ok := e.Attrs[name]
	return v, ok
}

func (e *Exception) setOwn(name string, v Value) {
	if e.Attrs == nil {
		e.Attrs = map[string]Value{}
	}
	e.Attrs[name] = v
}

func (e *Exception) delOwn(name string) bool {
	if _, ok := e.Attrs[name]; ok {
		delete(e.Attrs, name)
		return true
	}
	return false
}
