package bench_test

import (
	"bytes"
	"io"
	"strconv"
	"testing"

	"github.com/tracejit/tracejit/bench"
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
	name  string // a program of the suite, bench/NAME.py
	iters int    // its argument: loop iterations per run
}

// kernels are the four numeric loops; their sources are the suite
// programs of the same names, so `tracejit bench` compares them with
// CPython and PyPy.
var kernels = []kernel{
	{"loop_add", 10000000},
	{"float_calls", 2000000},
	{"list_index", 2000000},
	{"nested_float_lists", 2500000},
}

func runKernel(tb testing.TB, k kernel, withJIT bool, out io.Writer) {
	src, err := bench.Embedded.ReadFile(k.name + ".py")
	if err != nil {
		tb.Fatal(err)
	}
	opts := interp.Options{Stdout: out, Stderr: out, Args: []string{k.name + ".py", strconv.Itoa(k.iters)}}
	if withJIT {
		j := jit.New(jit.Options{})
		defer j.Free()
		opts.JIT, opts.Threshold = j, j.Threshold()
	}
	if status := interp.RunSource(k.name+".py", src, opts); status != 0 {
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
