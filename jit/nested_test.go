package jit_test

import (
	"bytes"
	"testing"

	"github.com/tracejit/tracejit/interp"
	"github.com/tracejit/tracejit/jit"
)

// Nested loops run from trace to trace: the inner loop is a loop trace,
// its exit at the end of each inner loop gets a bridge that inherits the
// exit's state, and the bridge links back to the inner loop after making
// its range. The test checks the result against the interpreter and that
// the machinery engaged: most outer iterations must not reach the
// interpreter at all.
func TestNestedLoopsLinkAndBridge(t *testing.T) {
	if !jit.Supported() {
		t.Skip("no JIT backend on this architecture")
	}
	const src = `
def run(n):
    grid = [[float(i + j) for j in range(30)] for i in range(30)]
    total = 0.0
    for k in range(n):
        for i in range(1, 29):
            row = grid[i]
            up = grid[i - 1]
            for j in range(1, 29):
                row[j] = (up[j] + row[j - 1] + row[j + 1]) * 0.3
        total += grid[15][15]
    return total
print(run(200))
`
	run := func(j *jit.JIT) string {
		var out bytes.Buffer
		opts := interp.Options{Stdout: &out, Stderr: &out}
		if j != nil {
			opts.JIT, opts.Threshold = j, j.Threshold()
		}
		if status := interp.RunSource("nested.py", []byte(src), opts); status != 0 {
			t.Fatalf("exit status %d: %s", status, out.String())
		}
		return out.String()
	}
	want := run(nil)
	j := jit.New(jit.Options{})
	defer j.Free()
	if got := run(j); got != want {
		t.Fatalf("with the JIT %q, interpreter %q", got, want)
	}
	s := &j.Stats
	const outer = 200 * 28 // middle-loop iterations
	if s.Bridges == 0 || s.Links < outer/2 {
		t.Errorf("%d bridges, %d links for %d middle-loop iterations: nested loops are not running from trace to trace", s.Bridges, s.Links, outer)
	}
	// Each inner loop is entered from compiled code, not through a
	// back-edge of the interpreter: far fewer interpreter entries than
	// middle-loop iterations.
	if s.Entries > 3*outer {
		t.Errorf("%d entries into compiled code for %d middle-loop iterations", s.Entries, outer)
	}
}
