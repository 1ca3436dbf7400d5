// Package bench is tracejit's benchmark suite and harness.
//
// The suite is the Python programs in this directory (bench/*.py). Each
// takes one optional size argument (sys.argv[1]) and prints a checkable
// result, never a timing. Sizes maps every program to three named sizes:
//
//	small    about 0.05-0.2 s on CPython 3.11; used by the tests, whose
//	         expected outputs are checked in as testdata/NAME.small.out
//	default  about 1-2 s on CPython
//	large    about 5-10 s on CPython
//
// The harness (Run) times the programs with several engines - tracejit
// with and without its JIT, CPython, PyPy - interleaved run by run,
// checks every engine's output against CPython's, and reports medians,
// ratios, peak memory and JIT statistics (Markdown, JSON and SVG). The
// command line is `tracejit bench`.
package bench

import (
	"embed"
	"fmt"
	"sort"
)

// Size is the argument a program gets at each named size.
type Size struct {
	Small, Default, Large string
}

// Arg returns the argument for the named size ("small", "default" or
// "large").
func (s Size) Arg(name string) (string, error) {
	switch name {
	case "small":
		return s.Small, nil
	case "default", "":
		return s.Default, nil
	case "large":
		return s.Large, nil
	}
	return "", fmt.Errorf("unknown size %q (want small, default or large)", name)
}

// SizeNames are the valid size names, smallest first.
var SizeNames = []string{"small", "default", "large"}

// Sizes maps each program (file name without .py) to its arguments. The
// CPython 3.11 timings in the comments were measured as CPU time on the
// machine the suite was calibrated on (AMD EPYC, 2 cores); they are only
// a guide.
var Sizes = map[string]Size{
	"binary_trees":       {"12", "16", "18"},                  // max tree depth: 0.1 / 1.5 / 6 s
	"crc32":              {"128", "8000", "36000"},            // kilobytes checksummed: 0.06 / 1.2 / 5.3 s
	"fannkuch":           {"8", "9", "10"},                    // permutation length: 0.07 / 0.4 / 4.3 s (x11 per step)
	"fib":                {"27", "34", "37"},                  // n of the largest fib(n): 0.08 / 1.4 / 6 s
	"float_calls":        {"500000", "10000000", "40000000"},  // iterations: 0.08 / 1.4 / 5.5 s
	"float_points":       {"40000", "400000", "1600000"},      // points: 0.1 / 1.3 / 5.2 s
	"list_index":         {"1000000", "15000000", "60000000"}, // iterations: 0.1 / 1.4 / 5.5 s
	"loop_add":           {"1000000", "10000000", "50000000"}, // iterations: 0.15 / 1.2 / 5.9 s
	"mandelbrot":         {"160", "800", "1600"},              // image side: 0.09 / 1.4 / 5.5 s
	"matmul":             {"120", "300", "550"},               // matrix side: 0.07 / 1.1 / 6.5 s
	"nbody":              {"40000", "400000", "2000000"},      // time steps: 0.15 / 1.3 / 6.5 s
	"nested_float_lists": {"1000000", "15000000", "60000000"}, // inner iterations: 0.1 / 1.4 / 5.5 s
	"oo_bank":            {"30000", "1000000", "4000000"},     // transactions (classes): 0.15 / 1.3 / 5.5 s
	"oo_linked":          {"5000", "50000", "100000"},         // nodes (classes): 0.08 / 1.5 / 5.5 s
	"oo_nbody":           {"20000", "400000", "2000000"},      // time steps (Body class): 0.13 / 1.2 / 6 s
	"oo_nqueens":         {"8", "11", "12"},                   // board side (generators): 0.09 / 1.6 / 8.3 s
	"oo_raytrace":        {"64", "400", "800"},                // image width (classes): 0.11 / 1.6 / 6.2 s
	"oo_richards":        {"2", "50", "200"},                  // iterations (classes): 0.11 / 1.35 / 5.5 s
	"nqueens":            {"10", "12", "13"},                  // board size: 0.07 / 0.8 / 4.5 s (x6 per step)
	"nsieve":             {"4", "9", "11"},                    // largest sieve 10000 * 2^N: 0.06 / 1.8 / 7 s
	"pidigits":           {"1500", "7000", "15000"},           // digits: 0.08 / 1.2 / 5.7 s
	"raytrace":           {"100", "500", "1000"},              // image width: 0.08 / 1.3 / 5.2 s
	"sorting":            {"20000", "350000", "1800000"},      // list length: 0.08 / 1.0 / 5.5 s
	"spectral_norm":      {"120", "500", "1100"},              // matrix side: 0.08 / 1.2 / 5.5 s
	"wordcount":          {"30000", "700000", "3500000"},      // words: 0.08 / 1.1 / 5.6 s
}

// Planned lists programs that need language features tracejit does not
// have yet (classes, closures, generators); they join the suite when the
// features land.
var Planned = map[string]string{
	"deltablue":  "DeltaBlue incremental constraint solver",
	"chaos":      "chaos game fractal with spline classes",
	"generators": "generator pipelines and genexps",
	"closures":   "callbacks and decorators",
}

// Programs returns the names of the suite's programs, sorted.
func Programs() []string {
	names := make([]string, 0, len(Sizes))
	for n := range Sizes {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Embedded holds the programs and the small-size goldens, so a tracejit
// binary can run the suite even when it cannot find the repository.
//
//go:embed *.py testdata/*.small.out
var Embedded embed.FS
