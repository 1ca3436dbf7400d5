package libm

import (
	"testing"
)

// TestPhaseStats logs how often each evaluation phase decides the result
// on the benchmark inputs (run with -v).
func TestPhaseStats(t *testing.T) {
	calls := 0
	errHook = func(h, l float64, k int, eps float64) { calls++ }
	defer func() { errHook = nil }()
	xs, ys := benchArgs("log"), benchArgs("pow")
	hist := map[int]int{}
	s0 := slowCalls.Load()
	for i := 0; i < 100000; i++ {
		calls = 0
		Pow(xs[i&1023], ys[(i*7)&1023])
		hist[calls]++
	}
	t.Logf("pow: rounding tests run per call: %v, math/big calls: %d", hist, slowCalls.Load()-s0)
	for _, fn := range unary {
		xs := benchArgs(fn.name)
		hist := map[int]int{}
		s0 := slowCalls.Load()
		for i := 0; i < 20000; i++ {
			calls = 0
			fn.f(xs[i&1023])
			hist[calls]++
		}
		t.Logf("%s: rounding tests run per call: %v, math/big calls: %d", fn.name, hist, slowCalls.Load()-s0)
	}
}
