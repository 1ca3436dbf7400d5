// Package libm provides correctly rounded double-precision elementary
// functions: every function returns the float64 nearest (ties to even) to
// the exact mathematical value of its result, for every input.
//
// # Why not Go's math package
//
// tracejit must print exactly what CPython prints. CPython's float **,
// math.exp, math.log, math.sin, ... call the platform C library; on the
// reference platform (glibc 2.36, x86-64) exp, log, log2, pow, sin, cos,
// tan, asin, acos, atan and atan2 are correct to within about 0.52 ULP, so
// they return the correctly rounded result except in rare hard cases. Go's
// math package is not that accurate (errors up to 1-2 ULP): for example
// math.Pow(1.1, 10) = 2.593742460100002 where CPython prints
// 2.5937424601000023, math.Pow(8, 1.0/3) = 1.9999999999999998 (CPython:
// 2.0), math.Exp(1.5) = 4.481689070338065 (CPython: 4.4816890703380645).
// On the test set in testdata/, Go's math disagrees with glibc on 4% to 66%
// of the inputs of these functions; this package disagrees with glibc only
// where glibc itself is not correctly rounded (0.02% to 0.25% of them).
//
// Not every glibc function is that accurate: glibc's expm1, log1p, log10,
// sinh, cosh, tanh, asinh, acosh, atanh and cbrt are older algorithms with
// errors of 1-2 ULP, so a correctly rounded implementation differs from
// them on 3% to 48% of the inputs (see TestGlibc -v for the counts).
//
// # Method
//
// Each function is evaluated in up to three phases, each followed by
// Ziv's rounding test: the result is returned as soon as the error bound
// of the phase proves that the float64 it rounds to is the correctly
// rounded one.
//
//  1. A quick phase in double arithmetic with a few error-free
//     transformations (FMA-based products, two-sums) and table-driven
//     argument reduction, accurate to about 2^-60..2^-70. It decides all
//     but a fraction of a percent of the inputs.
//  2. A double-double phase (about 106-bit arithmetic, errors below
//     2^-80..2^-100) with the same reductions (cbrt starts here).
//  3. An arbitrary-precision phase with math/big.Float (series for exp,
//     log, atan, sin and cos with exact argument reduction by a
//     high-precision pi), run at 128, 256, 512, ... bits until the rounding
//     is decided (Ziv's iteration). It is reached only for inputs whose
//     results lie extremely close to a rounding boundary (on random inputs,
//     far less than once per million calls) and in a few corner cases:
//     pow results exactly halfway between two floats, atan2 with
//     |y/x| < 2^-960, sin/cos/tan arguments within 2^-40 of a multiple of
//     pi/2.
//
// Argument reduction for the trigonometric functions is Cody-Waite with a
// four-part pi/2 below 2^20 and Payne-Hanek (a table of 2/pi bits) above;
// exp uses 2^(j/32)*2^(i/1024) tables, log a 256-entry table of 1/m. All
// tables are generated from the math/big routines of this package (go test
// -run TestGenerateTables -gen rewrites tables.go).
//
// pow has results that are exactly representable or exactly halfway
// between two floats (where Ziv's iteration would not terminate); the slow
// path detects them (x a power of two, or y = m/2^k with m <= 34, k <= 5)
// and computes them exactly.
//
// # Guarantees
//
// The results are correctly rounded, and the special values (±0, ±Inf,
// NaN, overflow to ±Inf, underflow to subnormals or ±0, and pow's cases of
// C99 Annex F) are those glibc returns. The error bounds of phases 1 and 2
// come from an error analysis and are checked by TestErrorBound, which
// measures the actual error of every phase result against math/big on
// random and hand-picked inputs and requires it to be at least 4 times
// smaller than the bound the rounding test assumes. TestGlibc compares
// bit for bit with glibc results recorded through CPython
// (testdata/gen.py) and judges every difference with the math/big
// reference; TestReference compares with the math/big reference on
// random inputs.
//
// Fused multiply-add: Go may fuse x*y + z into one FMA on architectures
// that have it (arm64, not amd64). The error-free transformations and error
// bounds here assume separately rounded operations, so every float product
// that can feed an addition or subtraction is written float64(x*y), which
// forces the rounding; FMAs the code wants are explicit math.FMA calls.
// This keeps the results identical on all architectures.
//
// The functions are safe for concurrent use. They never report errors:
// domain errors give NaN, poles ±Inf; the caller maps those to Python
// exceptions.
package libm
