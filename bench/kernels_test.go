package bench_test

import (
	"bytes"
	"io"
	"strconv"
	"testing"

	"github.com/tracejit/tracejit/interp"
	"github.com/tracejit/tracejit/jit"
)

// Go benchmarks of small kernels run in-process, with the JIT and with the
// interpreter alone:
//
//	go test -run NONE -bench . -count 10 ./bench > new.txt
//	benchstat old.txt new.txt
//
// Each op is a whole program run (compile, warm-up and N loop iterations);
// ns/iter divides by the kernel's iteration count. The counts are those of
// the "x += 1 ten million times" scale (a few tenths of a second
// in the interpreter), so that warm-up does not decide the ratio.

type kernel struct {
	name  string
	iters int // loop iterations per run
	src   string
}

var kernels = []kernel{
	{"loop_add", 10000000, `
import sys
def run(n):
    x = 0
    for i in range(n):
        x += 1
    return x
print(run(int(sys.argv[1])))
`},
	{"float_calls", 2000000, `
import sys
import math
def step(x, y):
    return x * 0.5 + y * 1.5 - math.sqrt(x * x + 1.0)
def run(n):
    acc = 0.0
    x = 0.25
    for i in range(n):
        acc += step(x, acc * 1e-9)
        x += 0.001
    return acc
print("%.6f" % run(int(sys.argv[1])))
`},
	{"list_index", 2000000, `
import sys
def run(n):
    xs = list(range(100))
    s = 0
    for k in range(n // 100):
        for i in range(100):
            s += xs[i]
            xs[i] = (xs[i] * 7 + k) % 101
    return s
print(run(int(sys.argv[1])))
`},
	{"nested_float_lists", 2500000, `
import sys
def run(n):
    size = 50
    grid = [[float(i * size + j) / size for j in range(size)] for i in range(size)]
    total = 0.0
    for _ in range(n // (size * size)):
        for i in range(1, size - 1):
            row = grid[i]
            up = grid[i - 1]
            down = grid[i + 1]
            for j in range(1, size - 1):
                row[j] = (up[j] + down[j] + row[j - 1] + row[j + 1]) * 0.25
        total += grid[size // 2][size // 2]
    return total
print("%.6f" % run(int(sys.argv[1])))
`},
}

func runKernel(tb testing.TB, k kernel, withJIT bool, out io.Writer) {
	opts := interp.Options{Stdout: out, Stderr: out, Args: []string{k.name + ".py", strconv.Itoa(k.iters)}}
	if withJIT {
		j := jit.New(jit.Options{})
		defer j.Free()
		opts.JIT, opts.Threshold = j, j.Threshold()
	}
	if status := interp.RunSource(k.name+".py", []byte(k.src), opts); status != 0 {
		tb.Fatalf("%s: exit status %d", k.name, status)
	}
}

func BenchmarkKernels(b *testing.B) {
	for _, k := range kernels {
		b.Run(k.name, func(b *testing.B) {
			var want bytes.Buffer
			runKernel(b, k, false, &want)
			for _, m := range []struct {
				name string
				jit  bool
			}{{"jit", true}, {"interp", false}} {
				b.Run(m.name, func(b *testing.B) {
					if m.jit && !jit.Supported() {
						b.Skip("no JIT backend on this architecture")
					}
					var got bytes.Buffer
					runKernel(b, k, m.jit, &got)
					if got.String() != want.String() {
						b.Fatalf("output %q, interpreter printed %q", got.String(), want.String())
					}
					b.ResetTimer()
					for b.Loop() {
						runKernel(b, k, m.jit, io.Discard)
					}
					b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(k.iters), "ns/iter")
				})
			}
		})
	}
}

// The kernels print the same with the JIT as without (a quick check that
// runs with go test, without -bench).
func TestKernels(t *testing.T) {
	for _, k := range kernels {
		t.Run(k.name, func(t *testing.T) {
			k.iters /= 100
			var want, got bytes.Buffer
			runKernel(t, k, false, &want)
			if !jit.Supported() {
				return
			}
			runKernel(t, k, true, &got)
			if got.String() != want.String() {
				t.Errorf("with the JIT %q, interpreter %q", got.String(), want.String())
			}
		})
	}
}
