package runtime

import (
	"bufio"
	"io"
	"sync/atomic"
)

// Thread is the state of one running Python program: its output streams,
// recursion accounting, interrupt flag and the hook through which runtime
// code (sorted's key=, min's key=) calls functions defined by the interpreter.
type Thread struct {
	Stdout *bufio.Writer
	Stderr io.Writer
	Argv   []string

	// Depth is the current Python call depth; RecursionLimit is
	// sys.getrecursionlimit().
	Depth          int
	RecursionLimit int

	// CallHook calls a callable that this package does not implement
	// (Python functions); ok is false when fn is not callable.
	CallHook func(t *Thread, fn Value, args []Value, kw []string) (Value, bool, error)

	// Interrupt is set asynchronously (SIGINT) and polled by the
	// interpreter on backward jumps and by compiled code on loop back-edges.
	Interrupt atomic.Int32

	// Modules maps names to the modules created for them, for the
	// runtime's own lookups (sys, __main__). Like CPython's interpreter
	// state it is not affected by a program editing sys.modules.
	Modules map[string]*Module
	// SysModules is sys.modules, the import system's cache: a module is
	// imported again once a program deletes its entry.
	SysModules *Dict
	// SysPath is sys.path, the directories searched for modules.
	SysPath *List

	// reprActive guards against infinite recursion in repr of self-containing lists.
	reprActive map[Object]bool

	// maxStrDigits is sys.set_int_max_str_digits's limit, encoded so that
	// the zero value is CPython's default: see intdigits.go.
	maxStrDigits int
}

// MaxRecursionLimit bounds sys.setrecursionlimit so that deep Python
// recursion can never exhaust the Go stack.
const MaxRecursionLimit = 200000

// NewThread creates a thread writing to the given streams.
func NewThread(stdout, stderr io.Writer, argv []string) *Thread {
	return &Thread{
		Stdout:         bufio.NewWriterSize(stdout, 64<<10),
		Stderr:         stderr,
		Argv:           argv,
		RecursionLimit: 1000,
		Modules:        map[string]*Module{},
		SysModules:     NewDict(),
		SysPath:        &List{},
	}
}

// WriteStderr writes to stderr after flushing stdout, so that output
// interleaves as it would on a terminal.
func (t *Thread) WriteStderr(s string) {
	t.Stdout.Flush()
	io.WriteString(t.Stderr, s)
}
