package bench_test

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/tracejit/tracejit/bench"
	"github.com/tracejit/tracejit/interp"
	"github.com/tracejit/tracejit/jit"
)

// The suite at the small size, in-process, three ways: interpreter only,
// JIT at its default threshold, and JIT forced hot (every loop recorded
// at its first back-edge). Stdout must equal CPython's byte for byte.

type mode struct {
	name string
	opts func() (interp.Options, func())
}

func modes() []mode {
	ms := []mode{{"interp", func() (interp.Options, func()) { return interp.Options{}, func() {} }}}
	if !jit.Supported() {
		return ms
	}
	withJIT := func(threshold int) func() (interp.Options, func()) {
		return func() (interp.Options, func()) {
			j := jit.New(jit.Options{Threshold: threshold})
			return interp.Options{JIT: j, Threshold: j.Threshold()}, j.Free
		}
	}
	return append(ms, mode{"jit", withJIT(0)}, mode{"jit_hot", withJIT(1)})
}

// runProgram runs a benchmark program with its size argument in-process.
func runProgram(t *testing.T, name, arg string, opts interp.Options) (stdout, stderr string, status int) {
	t.Helper()
	src, err := os.ReadFile(name + ".py")
	if err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	opts.Stdout, opts.Stderr = &out, &errb
	opts.Args = []string{name + ".py", arg}
	done := make(chan int, 1)
	go func() { done <- interp.RunSource(name+".py", src, opts) }()
	select {
	case status = <-done:
	case <-time.After(5 * time.Minute):
		t.Fatalf("%s %s: timed out", name, arg)
	}
	return out.String(), errb.String(), status
}

func TestSuiteSmall(t *testing.T) {
	for _, name := range bench.Programs() {
		arg := bench.Sizes[name].Small
		want, err := os.ReadFile(filepath.Join("testdata", name+".small.out"))
		if err != nil {
			t.Fatalf("missing golden (run go run ./bench/internal/golden): %v", err)
		}
		for _, m := range modes() {
			t.Run(name+"/"+m.name, func(t *testing.T) {
				t.Parallel()
				opts, free := m.opts()
				defer free()
				got, stderr, status := runProgram(t, name, arg, opts)
				if status != 0 || stderr != "" {
					t.Errorf("exit status %d, stderr:\n%s", status, stderr)
				}
				if got != string(want) {
					t.Errorf("%s %s: %s", name, arg, bench.FirstDifference(got, string(want)))
				}
			})
		}
	}
}

// Every program in bench.Sizes has a file, sizes, a golden and an
// embedded copy. Other .py files here (programs waiting for language
// features) are only logged.
func TestSuiteComplete(t *testing.T) {
	files, err := filepath.Glob("*.py")
	if err != nil {
		t.Fatal(err)
	}
	onDisk := map[string]bool{}
	var names []string
	for _, f := range files {
		n := strings.TrimSuffix(f, ".py")
		onDisk[n] = true
		if _, ok := bench.Sizes[n]; ok {
			names = append(names, n)
		} else {
			t.Logf("%s is not in bench.Sizes: not part of the suite", f)
		}
	}
	sort.Strings(names)
	for _, n := range bench.Programs() {
		if !onDisk[n] {
			t.Errorf("%s.py is missing", n)
		}
	}
	if len(names) < 12 {
		t.Errorf("only %d programs", len(names))
	}
	for _, n := range bench.Programs() {
		s := bench.Sizes[n]
		if s.Small == "" || s.Default == "" || s.Large == "" {
			t.Errorf("%s: empty size in %+v", n, s)
		}
		if _, err := os.Stat(filepath.Join("testdata", n+".small.out")); err != nil {
			t.Errorf("%s: %v", n, err)
		}
		if _, err := bench.Embedded.ReadFile(n + ".py"); err != nil {
			t.Errorf("%s not embedded: %v", n, err)
		}
	}
}
