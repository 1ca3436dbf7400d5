package interp_test

import (
	"testing"

	"github.com/tracejit/tracejit/internal/corpus"
	"github.com/tracejit/tracejit/interp"
)

//go:generate go run ./internal/goldens

// TestCorpus runs every testdata program in the interpreter alone and
// compares its output with what CPython 3.11 printed (see
// testdata/README.md). The JIT's tests run the same corpus compiled.
func TestCorpus(t *testing.T) {
	corpus.RunAll(t, func() interp.Options { return interp.Options{} })
}
