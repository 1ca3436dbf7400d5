package interp

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"

	"github.com/tracejit/tracejit/interp/syntax"
	"github.com/tracejit/tracejit/runtime"
)

// Options configure a program run.
type Options struct {
	Stdout io.Writer
	Stderr io.Writer
	// Args is sys.argv (Args[0] is the script path as given).
	Args []string
	// HandleSIGINT turns Ctrl-C into KeyboardInterrupt while the program runs.
	HandleSIGINT bool
	// JIT, when set, compiles loops that run more than Threshold iterations.
	JIT       JIT
	Threshold int
	// Dir is the directory relative file names (the script's, sys.path
	// entries) are resolved against when modules are imported; "" is the
	// working directory. Tracebacks show the names as given.
	Dir string
	// Path lists directories searched for modules after the script's
	// (the command sets it from TRACEJIT_PATH).
	Path []string
}

// RunFile runs a Python script and returns the process exit status,
// printing uncaught exceptions and syntax errors on Stderr as CPython does.
func RunFile(path string, opts Options) int {
	src, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(opts.Stderr, "%s: can't open file '%s': [Errno 2] No such file or directory\n", progName(), path)
		return 2
	}
	return RunSource(path, src, opts)
}

func progName() string { return "tracejit" }

// RunSource runs source text as the __main__ module; filename is what
// tracebacks show.
func RunSource(filename string, src []byte, opts Options) (status int) {
	t := runtime.NewThread(opts.Stdout, opts.Stderr, opts.Args)
	vm := NewVM(t)
	if opts.JIT != nil {
		vm.SetJIT(opts.JIT, opts.Threshold)
	}
	defer t.Stdout.Flush()
	if opts.HandleSIGINT {
		stop := vm.catchSIGINT()
		defer stop()
	}
	vm.setSearchPath(filename, opts.Dir, opts.Path)
	mod, err := vm.compileModule(filename, src, "__main__")
	if err != nil {
		t.WriteStderr(formatCompileError(err))
		return 1
	}
	_, rerr := vm.execModule(mod)
	if rerr != nil {
		return vm.reportUncaught(rerr)
	}
	return 0
}

// catchSIGINT sets the thread's interrupt flag on Ctrl-C; the interpreter
// polls it on loop back-edges and raises KeyboardInterrupt.
func (vm *VM) catchSIGINT() func() {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-ch:
				vm.t.Interrupt.Store(1)
			case <-done:
				return
			}
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}

// loadedModule is a compiled module ready to execute.
type loadedModule struct {
	mod  *runtime.Module
	code *Code
}

func (vm *VM) compileModule(filename string, src []byte, name string) (*loadedModule, error) {
	vm.sources[filename] = strings.Split(string(src), "\n")
	tree, err := syntax.Parse(filename, src)
	if err != nil {
		return nil, err
	}
	m := runtime.NewModule(name)
	m.File = filename
	m.Globals.Set("__file__", runtime.NewStr(filename))
	code, err := Compile(tree, filename, src, m.Globals)
	if err != nil {
		return nil, err
	}
	vm.armLoopCounters(code)
	return &loadedModule{mod: m, code: code}, nil
}

// armLoopCounters starts every back-edge counter of code and its nested
// code objects at -threshold.
func (vm *VM) armLoopCounters(code *Code) {
	for i := range code.loopCount {
		code.loopCount[i] = -vm.threshold
	}
	for _, k := range code.Consts {
		if sub, ok := k.Object().(*Code); ok {
			vm.armLoopCounters(sub)
		}
	}
}

// execModule runs a module body in a new frame, turning a Go panic (an
// interpreter bug) into a SystemError at the current source position.
func (vm *VM) execModule(lm *loadedModule) (v runtime.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			if os.Getenv("TRACEJIT_PANIC") != "" {
				panic(r) // for debugging the interpreter itself: keep the Go stack
			}
			pos := ""
			if f := vm.frame; f != nil {
				pos = fmt.Sprintf(" at %s:%d", f.code.Filename, f.code.LineAt(f.pc-1))
			}
			err = runtime.Errorf(runtime.SystemErrorType, "internal error%s: %v", pos, r)
			vm.frame = nil
		}
	}()
	vm.registerModule(lm.mod.Name, lm.mod)
	return vm.runModuleCode(lm)
}

// reportUncaught prints an exception that reached the top level and
// returns the exit status; SystemExit is handled as CPython does.
func (vm *VM) reportUncaught(err error) int {
	exc := runtime.AsException(err)
	t := vm.t
	if exc.IsInstance(runtime.SystemExitType) {
		t.Stdout.Flush()
		if len(exc.Args) == 0 {
			return 0
		}
		code := exc.Args[0]
		if len(exc.Args) > 1 {
			code = runtime.TupleValue(exc.Args...)
		}
		switch {
		case code.IsUnbound() || code.IsNone():
			return 0
		case code.IsInt() || code.IsBool():
			return int(code.AsInt()) & 0xff
		}
		s, _ := runtime.ToStr(t, code)
		t.WriteStderr(s + "\n")
		return 1
	}
	t.WriteStderr(runtime.FormatExceptionThread(t, exc, vm.sourceLine))
	return 1
}

// formatCompileError renders a syntax or compile error as CPython prints it.
func formatCompileError(err error) string {
	if se, ok := err.(*syntax.Error); ok {
		return se.Format()
	}
	return "SystemError: " + err.Error() + "\n"
}

// CompileSource parses and compiles a module without running it (for dis).
func CompileSource(filename string, src []byte) (*Code, error) {
	tree, err := syntax.Parse(filename, src)
	if err != nil {
		return nil, err
	}
	return Compile(tree, filename, src, runtime.NewModule("__main__").Globals)
}
