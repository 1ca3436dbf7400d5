package abi

// Division by a constant without a divide instruction, shared by the
// backends' int_floordiv and int_mod lowerings (jit/amd64 and jit/arm64
// lower_divmod.go).
//
// For a divisor d with |d| >= 2, C's truncated quotient n / d (Go's `/`)
// is, for every int64 n (Granlund and Montgomery, "Division by invariant
// integers using multiplication", 1994; Hacker's Delight, 2nd ed.,
// section 10-3 and 10-4):
//
//	h := mulhs(M, n)              // high 64 bits of the signed 128-bit product
//	if d > 0 && M < 0 { h += n }
//	if d < 0 && M > 0 { h -= n }
//	h >>= Shift                   // arithmetic
//	q := h + int64(uint64(h)>>63) // add 1 if h is negative
//
// MagicFor computes M and Shift at lowering time; Magic.Quo is this
// sequence in Go, the reference the backends' code follows step by step
// (magic_test.go checks it against `/`). For d > 0 and a dividend known to
// be >= 0 the backends use the shorter unsigned form, the high half of
// uint64(M) * n shifted right by Shift (also checked there).

import "math/bits"

// Magic is the multiplier and shift for signed division by one constant.
type Magic struct {
	M     int64 // the multiplier
	Shift uint  // the arithmetic right shift of the high product, 0..63
	// Add is +1 when n is added to the high product (d > 0, M < 0), -1
	// when it is subtracted (d < 0, M > 0), else 0.
	Add int
}

// MagicFor returns the magic number for divisor d, |d| >= 2 (MinInt64
// included). It panics for -1, 0 and 1, which have no magic number.
//
// This is Hacker's Delight's magic (figure 10-1) for 64-bit words: with
// nc the largest dividend for which nc mod |d| = |d| - 1 (for negative d,
// the most negative one with remainder 1 - |d|), p is the smallest
// exponent >= 64 with 2**p > |nc| * (|d| - 2**p mod |d|), and
// M = (2**p + |d| - 2**p mod |d|) / |d| with d's sign, Shift = p - 64.
// The loop keeps 2**p's quotients and remainders by |nc| and by |d|
// up to date as p grows.
func MagicFor(d int64) Magic {
	if d >= -1 && d <= 1 {
		panic("abi: no magic number for -1, 0 or 1")
	}
	const two63 = uint64(1) << 63
	ad := uint64(d)
	if d < 0 {
		ad = -ad // |MinInt64| = 2**63 as a uint64
	}
	t := two63 + uint64(d)>>63
	anc := t - 1 - t%ad // |nc|
	p := uint(63)
	q1, r1 := two63/anc, two63%anc // 2**p / |nc|
	q2, r2 := two63/ad, two63%ad   // 2**p / |d|
	for {
		p++
		q1, r1 = 2*q1, 2*r1
		if r1 >= anc {
			q1++
			r1 -= anc
		}
		q2, r2 = 2*q2, 2*r2
		if r2 >= ad {
			q2++
			r2 -= ad
		}
		delta := ad - r2
		if q1 >= delta && (q1 != delta || r1 != 0) {
			break
		}
	}
	m := int64(q2 + 1)
	if d < 0 {
		m = -m
	}
	g := Magic{M: m, Shift: p - 64}
	switch {
	case d > 0 && m < 0:
		g.Add = 1
	case d < 0 && m > 0:
		g.Add = -1
	}
	return g
}

// Quo returns n / d (truncated) the way the generated code computes it.
func (g Magic) Quo(n int64) int64 {
	h := MulHigh(g.M, n)
	switch g.Add {
	case 1:
		h += n
	case -1:
		h -= n
	}
	h >>= g.Shift
	return h + int64(uint64(h)>>63)
}

// MulHigh returns the high 64 bits of the signed 128-bit product a*b
// (x86 IMUL's RDX, arm64 SMULH).
func MulHigh(a, b int64) int64 {
	hi, _ := bits.Mul64(uint64(a), uint64(b))
	// The unsigned product counts a negative factor as itself + 2**64.
	if a < 0 {
		hi -= uint64(b)
	}
	if b < 0 {
		hi -= uint64(a)
	}
	return int64(hi)
}

// Log2Abs reports whether |d| is a power of two 2**k (k = 0..63, d = MinInt64
// giving 63) and returns k.
func Log2Abs(d int64) (k uint, ok bool) {
	ad := uint64(d)
	if d < 0 {
		ad = -ad
	}
	if ad == 0 || ad&(ad-1) != 0 {
		return 0, false
	}
	return uint(bits.TrailingZeros64(ad)), true
}
