// Command tracejit runs Python scripts with a tracing JIT.
//
//	tracejit run [flags] FILE.py [args...]   run a script
//	tracejit [flags] FILE.py [args...]       the same
//	tracejit [flags] -c CODE [args...]       run a program given as a string
//	tracejit dis FILE.py                     print the bytecode of every code object
//	tracejit trace [flags] FILE.py [args...] run with the JIT's log, IR/assembly dump and stats on stderr
//	tracejit bench [flags]                   compare engines on the benchmark suite (see bench/README.md)
//	tracejit version                         print the version
//	tracejit help                            print this help
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/tracejit/tracejit/interp"
	"github.com/tracejit/tracejit/interp/syntax"
	"github.com/tracejit/tracejit/jit"
)

// Version is the tracejit release.
const Version = "0.1.0"

const usage = `tracejit runs Python 3.11 scripts with a tracing JIT compiler.

Usage:
  tracejit run [flags] FILE.py [args...]   run a script
  tracejit [flags] FILE.py [args...]       run a script
  tracejit [flags] -c CODE [args...]       run a program passed as a string
  tracejit dis FILE.py                     print the bytecode of every code object
  tracejit trace [flags] FILE.py [args...] run, printing the JIT's events, each trace's IR and
                                           machine code, and a summary on stderr
  tracejit bench [flags]                   run the benchmark suite against the interpreter,
                                           CPython and PyPy (tracejit bench --help)
  tracejit version                         print the version
  tracejit help                            print this help

Flags:
  --jit=on|off          enable or disable the JIT compiler (default on)
  --jit-threshold=N     loop iterations before a loop is compiled (default 56; 1 compiles at once)
  --jit-log=PATH        write one line per JIT event to PATH ('-' for stderr)
  --jit-dump=PATH       write each trace's IR, snapshots and machine code to PATH ('-' for stderr)
  --jit-stats           print a JIT summary on stderr at exit

Modules are imported from the script's directory, then from the directories
listed in TRACEJIT_PATH (separated like PATH), then from tracejit's own
library.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// config holds the parsed command-line flags.
type config struct {
	jit       bool
	threshold int
	jitLog    string
	jitDump   string
	jitStats  bool
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	case "version", "--version":
		fmt.Fprintf(stdout, "tracejit %s (Python 3.11 subset)\n", Version)
		return 0
	case "bench":
		return benchCmd(args[1:], stdout, stderr)
	case "dis":
		if len(args) != 2 {
			fmt.Fprintln(stderr, "usage: tracejit dis FILE.py")
			return 2
		}
		return dis(args[1], stdout, stderr)
	case "run":
		args = args[1:]
	case "trace":
		// Flags given after "trace" still override these defaults.
		args = append([]string{"--jit-log=-", "--jit-dump=-", "--jit-stats"}, args[1:]...)
	}
	cfg, rest, code, ok := parseFlags(args, stderr)
	if !ok {
		return 2
	}
	opts := interp.Options{Stdout: stdout, Stderr: stderr, HandleSIGINT: true,
		Path: interp.PathFromEnv(os.Getenv("TRACEJIT_PATH"))}
	if code == nil && len(rest) == 0 {
		fmt.Fprintln(stderr, "tracejit: no script given")
		fmt.Fprint(stderr, usage)
		return 2
	}
	var j *jit.JIT
	if cfg.jit && jit.Supported() {
		jopts := jit.Options{Threshold: cfg.threshold}
		closeLog, err := openLog(cfg.jitLog, stderr, &jopts.Log)
		if err != nil {
			fmt.Fprintf(stderr, "tracejit: %v\n", err)
			return 2
		}
		defer closeLog()
		closeDump, err := openLog(cfg.jitDump, stderr, &jopts.Dump)
		if err != nil {
			fmt.Fprintf(stderr, "tracejit: %v\n", err)
			return 2
		}
		defer closeDump()
		j = jit.New(jopts)
		defer j.Free()
		opts.JIT, opts.Threshold = j, j.Threshold()
	}
	var status int
	if code != nil {
		opts.Args = append([]string{"-c"}, rest...)
		status = interp.RunSource("<string>", []byte(*code), opts)
	} else {
		opts.Args = rest
		status = interp.RunFile(rest[0], opts)
	}
	if cfg.jitStats {
		if j != nil {
			j.WriteStats(stderr)
		} else {
			fmt.Fprintln(stderr, "jit: off")
		}
	}
	return status
}

// openLog opens a --jit-log/--jit-dump destination: "" is none, "-" is stderr.
func openLog(path string, stderr io.Writer, dst *io.Writer) (func(), error) {
	switch path {
	case "":
		return func() {}, nil
	case "-":
		*dst = stderr
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	*dst = f
	return func() { f.Close() }, nil
}

// parseFlags reads flags up to the script name (or -c CODE); everything
// after belongs to the script.
func parseFlags(args []string, stderr io.Writer) (cfg config, rest []string, code *string, ok bool) {
	fs := flag.NewFlagSet("tracejit", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	jit := fs.String("jit", "on", "")
	fs.IntVar(&cfg.threshold, "jit-threshold", 0, "")
	fs.StringVar(&cfg.jitLog, "jit-log", "", "")
	fs.StringVar(&cfg.jitDump, "jit-dump", "", "")
	fs.BoolVar(&cfg.jitStats, "jit-stats", false, "")
	c := fs.String("c", "", "")
	// Stop at the first non-flag argument: the script and its arguments.
	if err := fs.Parse(args); err != nil {
		fmt.Fprintf(stderr, "tracejit: %v\n", err)
		fmt.Fprint(stderr, usage)
		return cfg, nil, nil, false
	}
	switch strings.ToLower(*jit) {
	case "on", "true", "1":
		cfg.jit = true
	case "off", "false", "0":
		cfg.jit = false
	default:
		fmt.Fprintf(stderr, "tracejit: invalid value %s for --jit (want on or off)\n", strconv.Quote(*jit))
		return cfg, nil, nil, false
	}
	if cfg.threshold < 0 {
		fmt.Fprintln(stderr, "tracejit: --jit-threshold must be at least 1")
		return cfg, nil, nil, false
	}
	set := false
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "c" {
			set = true
		}
	})
	if set {
		return cfg, fs.Args(), c, true
	}
	return cfg, fs.Args(), nil, true
}

func dis(path string, stdout, stderr io.Writer) int {
	src, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(stderr, "tracejit: can't open file '%s': %v\n", path, err)
		return 2
	}
	code, err := interp.CompileSource(path, src)
	if err != nil {
		if se, ok := err.(*syntax.Error); ok {
			fmt.Fprint(stderr, se.Format())
		} else {
			fmt.Fprintln(stderr, err)
		}
		return 1
	}
	interp.Disassemble(stdout, code)
	return 0
}
