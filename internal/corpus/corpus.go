// Package corpus runs the CPython-checked test programs in
// interp/testdata and compares what they print with the goldens CPython
// produced. The interpreter's tests run it with the JIT off; the JIT's
// tests run it with the JIT at its default threshold and forced hot.
package corpus

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/tracejit/tracejit/interp"
)

// Result is what a program printed and its exit status.
type Result struct {
	Stdout string
	Stderr string
	Exit   int
}

// Dir returns the corpus directory, relative to a package directory of
// this module.
func Dir(t testing.TB) string {
	for _, d := range []string{"testdata", "../interp/testdata", "../../interp/testdata"} {
		if _, err := os.Stat(filepath.Join(d, "README.md")); err == nil {
			return d
		}
	}
	t.Fatal("corpus directory not found")
	return ""
}

// ModulePrefix starts the names of the corpus files that are modules
// imported by the programs, not programs (see testdata/README.md).
const ModulePrefix = "impmod_"

// Files lists the corpus programs.
func Files(t testing.TB, dir string) []string {
	all, err := filepath.Glob(filepath.Join(dir, "*.py"))
	var files []string
	for _, f := range all {
		if !strings.HasPrefix(filepath.Base(f), ModulePrefix) {
			files = append(files, f)
		}
	}
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus programs in %s", dir)
	}
	return files
}

// Golden reads the expected result of a program (NAME.py.out and
// NAME.py.err, whose first line is "exit: N").
func Golden(t testing.TB, path string) Result {
	out, err := os.ReadFile(path + ".out")
	if err != nil {
		t.Fatalf("missing golden: %v (see interp/testdata/README.md)", err)
	}
	g := Result{Stdout: string(out)}
	if e, err := os.ReadFile(path + ".err"); err == nil {
		first, rest, _ := strings.Cut(string(e), "\n")
		n, err := strconv.Atoi(strings.TrimPrefix(first, "exit: "))
		if err != nil {
			t.Fatalf("%s.err: bad first line %q", path, first)
		}
		g.Exit, g.Stderr = n, rest
	}
	return g
}

// Run runs a program the way `tracejit NAME.py` would from inside its
// directory, with the given options (JIT settings); it fails the test after
// a timeout.
func Run(t testing.TB, path string, opts interp.Options) Result {
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Base(path)
	var stdout, stderr bytes.Buffer
	opts.Stdout, opts.Stderr, opts.Args = &stdout, &stderr, []string{name}
	opts.Dir = filepath.Dir(path) // where the program's modules are
	done := make(chan int, 1)
	go func() { done <- interp.RunSource(name, src, opts) }()
	select {
	case code := <-done:
		return Result{Stdout: stdout.String(), Stderr: stderr.String(), Exit: code}
	case <-time.After(120 * time.Second):
		t.Fatalf("%s: timed out", name)
	}
	return Result{}
}

// StripMarkers drops the lines CPython prints under a traceback's source
// line to point at the failing expression (only spaces, '^' and '~'),
// which tracejit does not print.
func StripMarkers(s string) string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if t := strings.TrimSpace(line); t != "" && strings.Trim(t, "^~") == "" {
			continue
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// Compare reports differences between a run and its golden: stdout and
// exit status exactly, stderr line by line without marker lines.
func Compare(t testing.TB, got, want Result) {
	t.Helper()
	if got.Stdout != want.Stdout {
		t.Errorf("stdout differs\n--- got\n%s\n--- want\n%s", got.Stdout, want.Stdout)
	}
	if got.Exit != want.Exit {
		t.Errorf("exit status %d, want %d", got.Exit, want.Exit)
	}
	if g, w := StripMarkers(got.Stderr), StripMarkers(want.Stderr); g != w {
		t.Errorf("stderr differs\n--- got\n%s\n--- want\n%s", g, w)
	}
}

// RunAll runs every corpus program in parallel subtests with opts.
func RunAll(t *testing.T, opts func() interp.Options) {
	dir := Dir(t)
	for _, path := range Files(t, dir) {
		path := path
		t.Run(strings.TrimSuffix(filepath.Base(path), ".py"), func(t *testing.T) {
			t.Parallel()
			want := Golden(t, path)
			got := Run(t, path, opts())
			Compare(t, got, want)
		})
	}
}
