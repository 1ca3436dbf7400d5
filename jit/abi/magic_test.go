package abi

import (
	"math"
	"math/big"
	"math/bits"
	"math/rand/v2"
	"testing"
)

// magicDivisors are the divisors the magic tests cover: small ones, powers
// of two and their neighbours of both signs, primes, the extremes, and
// seeded random words.
func magicDivisors() []int64 {
	var ds []int64
	for d := int64(2); d <= 1000; d++ {
		ds = append(ds, d, -d)
	}
	for k := 2; k < 63; k++ {
		p := int64(1) << k
		ds = append(ds, p, -p, p-1, -(p - 1), p+1, -(p + 1))
	}
	ds = append(ds,
		math.MinInt64, math.MinInt64+1, math.MinInt64+2, math.MaxInt64, math.MaxInt64-1,
		math.MaxInt64/2, math.MinInt64/2+1, math.MaxInt64/3, math.MinInt64/3,
		3037000499, 3037000493, -3037000493, 4294967291, 4294967311, 1000000007, -1000000007,
		998244353, 2305843009213693951, -2305843009213693951, 9223372036854775783,
		-9223372036854775783, 6700417, 641, 274177, 67280421310721,
	)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		d := int64(rng.Uint64()) >> rng.IntN(63)
		if d >= -1 && d <= 1 {
			continue
		}
		ds = append(ds, d)
	}
	return ds
}

// magicDividends returns the dividends checked for divisor d: the
// extremes, small values, multiples of d and their neighbours, and random
// words.
func magicDividends(d int64, rng *rand.Rand) []int64 {
	ns := []int64{
		0, 1, -1, 2, -2, 3, -3, math.MinInt64, math.MaxInt64, math.MinInt64 + 1, math.MaxInt64 - 1,
		d, -d, d + 1, d - 1, -d + 1, -d - 1, math.MaxInt64 / 2, math.MinInt64 / 2,
	}
	for _, q := range []int64{math.MaxInt64 / d, math.MinInt64 / d, math.MaxInt64/d - 1, math.MinInt64/d + 1, 2, -2, 3, -3, 1000} {
		m := q * d
		if big.NewInt(0).Mul(big.NewInt(q), big.NewInt(d)).IsInt64() {
			ns = append(ns, m, m+1, m-1)
		}
	}
	for range 200 {
		ns = append(ns, int64(rng.Uint64())>>rng.IntN(64))
	}
	return ns
}

// TestMagicQuo checks Magic.Quo, the sequence the backends emit, against
// Go's truncated division for every divisor and dividend above.
func TestMagicQuo(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	failures := 0
	for _, d := range magicDivisors() {
		g := MagicFor(d)
		if g.Shift > 63 {
			t.Fatalf("MagicFor(%d).Shift = %d", d, g.Shift)
		}
		if (d > 0) != (g.M > 0) && g.Add == 0 || (d > 0) == (g.M > 0) && g.Add != 0 {
			t.Fatalf("MagicFor(%d) = %+v: Add does not match the signs", d, g)
		}
		for _, n := range magicDividends(d, rng) {
			if got, want := g.Quo(n), n/d; got != want {
				t.Errorf("MagicFor(%d) = %+v: Quo(%d) = %d, want %d", d, g, n, got, want)
				if failures++; failures > 20 {
					t.FailNow()
				}
			}
		}
	}
}

// TestMagicKnown pins a few values from Hacker's Delight's table 10-2 (64
// bits).
func TestMagicKnown(t *testing.T) {
	for _, c := range []struct {
		d     int64
		m     uint64
		shift uint
	}{
		{-5, 0x9999999999999999, 1},
		{-3, 0x5555555555555555, 1},
		{3, 0x5555555555555556, 0},
		{5, 0x6666666666666667, 1},
		{6, 0x2AAAAAAAAAAAAAAB, 0},
		{7, 0x4924924924924925, 1},
	} {
		g := MagicFor(c.d)
		if uint64(g.M) != c.m || g.Shift != c.shift {
			t.Errorf("MagicFor(%d) = %#x, %d; want %#x, %d", c.d, uint64(g.M), g.Shift, c.m, c.shift)
		}
	}
}

func TestMagicForPanics(t *testing.T) {
	for _, d := range []int64{-1, 0, 1} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("MagicFor(%d) did not panic", d)
				}
			}()
			MagicFor(d)
		}()
	}
}

func TestMulHigh(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	vals := []int64{0, 1, -1, 2, -2, math.MinInt64, math.MaxInt64, math.MinInt64 + 1, 1 << 32, -(1 << 32)}
	for range 300 {
		vals = append(vals, int64(rng.Uint64())>>rng.IntN(64))
	}
	for _, a := range vals {
		for _, b := range vals {
			p := new(big.Int).Mul(big.NewInt(a), big.NewInt(b))
			want := p.Rsh(p, 64).Int64() // Rsh floors, like an arithmetic shift
			if got := MulHigh(a, b); got != want {
				t.Fatalf("MulHigh(%d, %d) = %d, want %d", a, b, got, want)
			}
		}
	}
}

func TestLog2Abs(t *testing.T) {
	for k := uint(0); k < 63; k++ {
		p := int64(1) << k
		for _, d := range []int64{p, -p} {
			if got, ok := Log2Abs(d); !ok || got != k {
				t.Errorf("Log2Abs(%d) = %d, %v; want %d, true", d, got, ok, k)
			}
		}
		if k >= 2 {
			for _, d := range []int64{p + 1, p - 1, -p - 1, -p + 1} {
				if _, ok := Log2Abs(d); ok {
					t.Errorf("Log2Abs(%d) says power of two", d)
				}
			}
		}
	}
	if k, ok := Log2Abs(math.MinInt64); !ok || k != 63 {
		t.Errorf("Log2Abs(MinInt64) = %d, %v", k, ok)
	}
	for _, d := range []int64{0, 3, math.MaxInt64, math.MinInt64 + 1} {
		if _, ok := Log2Abs(d); ok {
			t.Errorf("Log2Abs(%d) says power of two", d)
		}
	}
}

// TestMagicUnsigned checks the form the backends use for a positive
// divisor on a dividend folded to x >= 0: the high half of the unsigned
// product uint64(M) * x, shifted, is x / d with no correction steps.
func TestMagicUnsigned(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for _, d := range magicDivisors() {
		if d <= 0 {
			continue
		}
		g := MagicFor(d)
		for _, n := range magicDividends(d, rng) {
			x := uint64(n ^ n>>63) // n, or -n - 1 for negative n
			hi, _ := bits.Mul64(uint64(g.M), x)
			if got, want := hi>>g.Shift, x/uint64(d); got != want {
				t.Fatalf("MagicFor(%d) = %+v: unsigned high product of %d = %d, want %d", d, g, x, got, want)
			}
		}
	}
}
