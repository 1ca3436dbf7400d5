package bench

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Run with fake engines (shell one-liners standing in for interpreters):
// outputs are checked, failures reported, engines interleaved. No timing
// is asserted.
func TestRunFakeEngines(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "testdata"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "fib.py"), []byte("# stand-in\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "testdata", "fib.small.out"), []byte("ok\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	log := filepath.Join(dir, "log")
	fake := func(name, script string) Engine {
		return Engine{Name: name, Command: []string{"sh", "-c", "echo " + name + " >> " + log + "; " + script, "sh"}}
	}
	small := Sizes["fib"].Small
	cfg := Config{
		Dir: dir,
		Engines: []Engine{
			fake("jit", `test "$1" = fib.py && test "$2" = `+small+` && echo ok; echo 'jit: 2 traces started, 1 loops compiled, 0 blacklisted' >&2; echo 'jit: no aborts' >&2`),
			fake("wrong", "echo nope"),
			fake("fails", "echo boom >&2; exit 3"),
			fake("cpython", "echo ok"),
		},
		Runs:   2,
		Warmup: 1,
		Filter: regexp.MustCompile("^fib$"),
		Size:   "small",
	}
	rep, err := Run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Programs) != 1 || rep.Programs[0].Reference != "golden" {
		t.Fatalf("programs %+v", rep.Programs)
	}
	p := &rep.Programs[0]
	if r := p.Result("jit"); r.Status != StatusOK || len(r.Times) != 2 || len(r.Warmup) != 1 || len(r.MaxRSS) != 2 || r.JIT == nil || r.JIT.LoopsCompiled != 1 {
		t.Errorf("jit: %+v", r)
	}
	if r := p.Result("wrong"); r.Status != StatusWrong || len(r.Times) != 0 || !strings.Contains(r.Detail, `"nope\n"`) {
		t.Errorf("wrong: %+v", r)
	}
	if r := p.Result("fails"); r.Status != StatusError || len(r.Times) != 0 || !strings.Contains(r.Detail, "boom") {
		t.Errorf("fails: %+v", r)
	}
	data, err := os.ReadFile(log)
	if err != nil {
		t.Fatal(err)
	}
	// The failing engines drop out after their first run; the others
	// alternate for the warm-up and both timed runs.
	if got, want := strings.Fields(string(data)), "jit wrong fails cpython jit cpython jit cpython"; strings.Join(got, " ") != want {
		t.Errorf("run order %v, want %s", got, want)
	}
	if len(rep.Notes) != 2 {
		t.Errorf("notes %q", rep.Notes)
	}

	// Without a golden for the size, the reference command's output is
	// the expected one.
	cfg.Size = "default"
	cfg.Warmup = 0
	cfg.Runs = 1
	cfg.Engines = cfg.Engines[:2]
	cfg.Reference = []string{"sh", "-c", "echo nope", "sh"}
	rep, err = Run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	p = &rep.Programs[0]
	if p.Reference != "cpython" || p.Result("jit").Status != StatusWrong || p.Result("wrong").Status != StatusOK {
		t.Errorf("with a reference run: %+v", p)
	}
	cfg.Reference = nil
	rep, err = Run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if p := rep.Programs[0]; p.Reference != "none" || p.Results[0].Checked || p.Result("wrong").Status != StatusOK {
		t.Errorf("without a reference: %+v", p)
	}
}

func TestResolveEngines(t *testing.T) {
	engs, notes, err := ResolveEngines([]string{"jit", "interp", "jit"}, "/path/to/tracejit")
	if err != nil {
		t.Fatal(err)
	}
	if len(engs) != 2 || len(notes) != 0 {
		t.Fatalf("engines %+v, notes %q", engs, notes)
	}
	if got := strings.Join(engs[1].Command, " "); got != "/path/to/tracejit run --jit=off" {
		t.Errorf("interp command %q", got)
	}
	if _, _, err := ResolveEngines([]string{"jython"}, "x"); err == nil {
		t.Error("unknown engine accepted")
	}
}

func TestFirstDifference(t *testing.T) {
	if got := FirstDifference("a\nb\n", "a\nc\n"); got != `stdout line 2: got "b\n", want "c\n"` {
		t.Errorf("got %s", got)
	}
	if got := FirstDifference("a\n", "a\nb\n"); got != `stdout line 2: got "", want "b\n"` {
		t.Errorf("got %s", got)
	}
}

func TestShortVersion(t *testing.T) {
	pypy := "Python 3.9.16 (7.3.11+dfsg-2+deb12u3, Dec 30 2024, 22:36:23)\n[PyPy 7.3.11 with GCC 12.2.0]\n"
	if got := shortVersion(pypy); got != "PyPy 7.3.11 (Python 3.9.16)" {
		t.Errorf("pypy: %q", got)
	}
	if got := shortVersion("Python 3.11.7\n"); got != "Python 3.11.7" {
		t.Errorf("cpython: %q", got)
	}
}
