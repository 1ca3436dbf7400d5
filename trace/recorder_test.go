package trace

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tracejit/tracejit/interp"
)

var update = flag.Bool("update", false, "rewrite testdata/*.trace")

// recordingJIT records each hot loop once and keeps the traces; it never
// runs compiled code, so the program runs in the interpreter throughout.
type recordingJIT struct {
	traces []*Trace
	aborts []*Abort
	seen   map[*interp.Code]map[int]bool
}

func (j *recordingJIT) BackEdge(vm *interp.VM, f *interp.Frame, jumpPC int) error {
	code := f.Code()
	code.SetLoopCounter(jumpPC, -1<<30)
	if j.seen[code][jumpPC] || vm.Recording() {
		return nil
	}
	if j.seen[code] == nil {
		j.seen[code] = map[int]bool{}
	}
	j.seen[code][jumpPC] = true
	vm.SetRecorder(NewRecorder(f, f.PC(), jumpPC, func(r *Recorder, a *Abort) {
		if a != nil {
			j.aborts = append(j.aborts, a)
			return
		}
		j.traces = append(j.traces, r.Trace())
	}))
	return nil
}

func record(t *testing.T, src string) *recordingJIT {
	t.Helper()
	j := &recordingJIT{seen: map[*interp.Code]map[int]bool{}}
	var out bytes.Buffer
	status := interp.RunSource("t.py", []byte(src), interp.Options{Stdout: &out, Stderr: &out, JIT: j, Threshold: 2})
	if status != 0 {
		t.Fatalf("program failed: %s", out.String())
	}
	return j
}

func TestRecordedTracesVerify(t *testing.T) {
	VerifyPasses = true
	defer func() { VerifyPasses = false }()
	files, _ := filepath.Glob("testdata/*.py")
	if len(files) == 0 {
		t.Fatal("no testdata programs")
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".py")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			j := record(t, string(src))
			var b strings.Builder
			for _, a := range j.aborts {
				b.WriteString("abort: " + a.Error() + "\n")
			}
			for i, tr := range j.traces {
				if err := Verify(tr); err != nil {
					t.Errorf("trace %d after recording: %v", i, err)
				}
				if err := Optimize(tr, nil); err != nil {
					t.Errorf("trace %d: %v", i, err)
				}
				b.WriteString("---- trace\n")
				Print(&b, tr)
			}
			golden := strings.TrimSuffix(path, ".py") + ".trace"
			if *update {
				os.WriteFile(golden, []byte(b.String()), 0o644)
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./trace -update)", err)
			}
			if b.String() != string(want) {
				t.Errorf("IR differs from %s (go test ./trace -update to accept):\n%s", golden, b.String())
			}
		})
	}
}

func TestOpTableComplete(t *testing.T) {
	for op := Op(0); op < opCount; op++ {
		if opTable[op].name == "" || opTable[op].note == "" {
			t.Errorf("op %d has an incomplete table row", op)
		}
	}
	for r := AbortReason(0); r < abortCount; r++ {
		if abortTable[r].name == "" || abortTable[r].msg == "" {
			t.Errorf("abort reason %d has an incomplete table row", r)
		}
	}
}

func TestPassOrder(t *testing.T) {
	seen := map[string]bool{}
	for _, p := range Passes {
		for _, before := range p.After {
			if !seen[before] {
				t.Errorf("pass %s must run after %s", p.Name, before)
			}
		}
		seen[p.Name] = true
	}
}
