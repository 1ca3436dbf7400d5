package jit_test

import (
	"testing"

	"github.com/tracejit/tracejit/internal/corpus"
	"github.com/tracejit/tracejit/interp"
	"github.com/tracejit/tracejit/jit"
)

// The CPython-checked corpus with the JIT on: at the default threshold,
// and forced hot (every loop recorded at its first back-edge). Output must
// be identical to the interpreter's, which the goldens pin.

func jitOptions(threshold int) func() interp.Options {
	return func() interp.Options {
		j := jit.New(jit.Options{Threshold: threshold})
		return interp.Options{JIT: j, Threshold: j.Threshold()}
	}
}

func TestCorpusJITDefault(t *testing.T) {
	if !jit.Supported() {
		t.Skip("no JIT backend on this architecture")
	}
	corpus.RunAll(t, jitOptions(jit.DefaultThreshold))
}

func TestCorpusJITHot(t *testing.T) {
	if !jit.Supported() {
		t.Skip("no JIT backend on this architecture")
	}
	corpus.RunAll(t, jitOptions(1))
}
