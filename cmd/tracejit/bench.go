package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/tracejit/tracejit/bench"
)

const benchUsage = `usage: tracejit bench [flags]
       tracejit bench --compare OLD.json NEW.json

Runs the benchmark programs in the repository's bench/ directory with each
engine, interleaved run by run, checks every engine's output against
CPython's and prints a Markdown table of median times, ratios (>1 means
tracejit is faster), peak memory and JIT statistics.

Engines: jit (this tracejit), interp (this tracejit --jit=off),
cpython (python3), pypy (pypy3); missing ones are skipped with a note.

Flags:
`

func benchCmd(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("tracejit bench", flag.ContinueOnError)
	fl.SetOutput(stderr)
	fl.Usage = func() {
		fmt.Fprint(fl.Output(), benchUsage)
		fl.PrintDefaults()
	}
	engines := fl.String("engines", strings.Join(bench.EngineNames, ","), "comma-separated engines to run")
	runs := fl.Int("runs", 5, "timed runs per engine and program")
	warmup := fl.Int("warmup", 1, "untimed warm-up runs per engine and program")
	filter := fl.String("filter", "", "run only programs whose name matches this regular expression")
	size := fl.String("size", "default", "problem size: small, default or large")
	jsonPath := fl.String("json", "", "write all timings to this JSON file")
	svgPath := fl.String("svg", "", "write a bar chart of speedups over CPython to this SVG file")
	dir := fl.String("dir", "", "directory with the benchmark programs (default: the repository's bench/)")
	timeout := fl.Duration("timeout", 10*time.Minute, "time limit of one run")
	compare := fl.Bool("compare", false, "compare two JSON reports: --compare OLD.json NEW.json")
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}

	if *compare {
		if fl.NArg() != 2 {
			fmt.Fprintln(stderr, "usage: tracejit bench --compare OLD.json NEW.json")
			return 2
		}
		old, err := bench.ReadJSONFile(fl.Arg(0))
		if err != nil {
			fmt.Fprintf(stderr, "tracejit bench: %v\n", err)
			return 1
		}
		cur, err := bench.ReadJSONFile(fl.Arg(1))
		if err != nil {
			fmt.Fprintf(stderr, "tracejit bench: %v\n", err)
			return 1
		}
		bench.Compare(stdout, old, cur)
		return 0
	}
	if fl.NArg() > 0 {
		fmt.Fprintf(stderr, "tracejit bench: unexpected argument %q\n", fl.Arg(0))
		fl.Usage()
		return 2
	}
	if *runs < 1 || *warmup < 0 {
		fmt.Fprintln(stderr, "tracejit bench: --runs must be at least 1 and --warmup at least 0")
		return 2
	}
	if _, err := (bench.Size{}).Arg(*size); err != nil || *size == "" {
		fmt.Fprintf(stderr, "tracejit bench: unknown size %q (want %s)\n", *size, strings.Join(bench.SizeNames, ", "))
		return 2
	}
	var re *regexp.Regexp
	if *filter != "" {
		var err error
		if re, err = regexp.Compile(*filter); err != nil {
			fmt.Fprintf(stderr, "tracejit bench: --filter: %v\n", err)
			return 2
		}
	}

	self, err := os.Executable()
	if err == nil {
		self, err = filepath.EvalSymlinks(self)
	}
	if err != nil {
		fmt.Fprintf(stderr, "tracejit bench: cannot find the tracejit executable: %v\n", err)
		return 1
	}
	engs, notes, err := bench.ResolveEngines(strings.Split(*engines, ","), self)
	if err != nil {
		fmt.Fprintf(stderr, "tracejit bench: %v\n", err)
		return 2
	}
	for _, n := range notes {
		fmt.Fprintf(stderr, "tracejit bench: %s\n", n)
	}
	if len(engs) == 0 {
		fmt.Fprintln(stderr, "tracejit bench: no engine to run")
		return 1
	}

	benchDir, cleanup, note, err := findBenchDir(*dir, self)
	if err != nil {
		fmt.Fprintf(stderr, "tracejit bench: %v\n", err)
		return 1
	}
	defer cleanup()
	if note != "" {
		notes = append(notes, note)
		fmt.Fprintf(stderr, "tracejit bench: %s\n", note)
	}

	var reference []string
	if py, err := exec.LookPath("python3"); err == nil {
		reference = []string{py}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	cfg := bench.Config{
		Dir:       benchDir,
		Engines:   engs,
		Runs:      *runs,
		Warmup:    *warmup,
		Filter:    re,
		Size:      *size,
		Reference: reference,
		Timeout:   *timeout,
		Progress:  stderr,
		Terminal:  isTerminal(stderr),
		Command:   os.Args,
		Notes:     notes,
	}
	rep, err := bench.Run(ctx, cfg)
	if rep == nil {
		fmt.Fprintf(stderr, "tracejit bench: %v\n", err)
		return 1
	}
	status := 0
	if err != nil {
		fmt.Fprintf(stderr, "tracejit bench: %v (partial results follow)\n", err)
		rep.Notes = append(rep.Notes, "interrupted: "+err.Error())
		status = 1
	}
	rep.WriteMarkdown(stdout)
	if *jsonPath != "" {
		if err := writeFile(*jsonPath, rep.WriteJSON); err != nil {
			fmt.Fprintf(stderr, "tracejit bench: %v\n", err)
			status = 1
		}
	}
	if *svgPath != "" {
		if err := writeFile(*svgPath, rep.WriteSVG); err != nil {
			fmt.Fprintf(stderr, "tracejit bench: %v\n", err)
			status = 1
		}
	}
	for _, p := range rep.Programs {
		for _, r := range p.Results {
			if r.Status != bench.StatusOK {
				status = 1
			}
		}
	}
	return status
}

func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		os.Remove(path)
		return fmt.Errorf("%s: %v", path, err)
	}
	return f.Close()
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// findBenchDir locates the benchmark programs: --dir, else a bench/
// directory of this module above the working directory or the executable,
// else the copy embedded in the binary, unpacked into a temporary
// directory.
func findBenchDir(flagDir, self string) (dir string, cleanup func(), note string, err error) {
	cleanup = func() {}
	if flagDir != "" {
		if !isBenchDir(flagDir) {
			return "", cleanup, "", fmt.Errorf("%s does not hold the benchmark programs", flagDir)
		}
		return flagDir, cleanup, "", nil
	}
	var starts []string
	if wd, err := os.Getwd(); err == nil {
		starts = append(starts, wd)
	}
	starts = append(starts, filepath.Dir(self))
	for _, start := range starts {
		for d := start; ; d = filepath.Dir(d) {
			if isBenchDir(d) && isModuleRoot(filepath.Dir(d)) {
				return d, cleanup, "", nil
			}
			if b := filepath.Join(d, "bench"); isModuleRoot(d) && isBenchDir(b) {
				return b, cleanup, "", nil
			}
			if filepath.Dir(d) == d {
				break
			}
		}
	}
	tmp, err := os.MkdirTemp("", "tracejit-bench-")
	if err != nil {
		return "", cleanup, "", err
	}
	cleanup = func() { os.RemoveAll(tmp) }
	if err := os.CopyFS(tmp, bench.Embedded); err != nil {
		cleanup()
		return "", func() {}, "", err
	}
	return tmp, cleanup, "bench/ directory not found; using the programs embedded in this tracejit binary", nil
}

func isBenchDir(d string) bool {
	for _, name := range bench.Programs() {
		if _, err := os.Stat(filepath.Join(d, name+".py")); err != nil {
			return false
		}
	}
	return true
}

func isModuleRoot(d string) bool {
	data, err := os.ReadFile(filepath.Join(d, "go.mod"))
	return err == nil && strings.Contains(string(data), "module github.com/tracejit/tracejit\n")
}
