package libm

import (
	"math"
	"math/big"
)

var epsPow = 0x1p-82

// isOddInt reports whether y is an odd integer.
func isOddInt(y float64) bool {
	if math.Abs(y) >= 0x1p53 {
		return false
	}
	return y == math.Trunc(y) && int64(y)&1 == 1
}

// Pow returns x**y, correctly rounded, with the special cases of C99
// Annex F (as glibc's pow).
func Pow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case x != x || y != y:
		return math.NaN()
	case math.IsInf(y, 0):
		ax := math.Abs(x)
		switch {
		case ax == 1:
			return 1
		case (ax < 1) == (y > 0):
			return 0
		}
		return math.Inf(1)
	case x == 0 || math.IsInf(x, 0):
		neg := math.Signbit(x) && isOddInt(y)
		big := x != 0
		if y < 0 {
			big = !big
		}
		v := 0.0
		if big {
			v = math.Inf(1)
		}
		if neg {
			v = -v
		}
		return v
	}
	neg := false
	if x < 0 {
		if y != math.Trunc(y) {
			return math.NaN()
		}
		neg = isOddInt(y)
		x = -x
	}
	v := powPos(x, y)
	if neg {
		v = -v
	}
	return v
}

// powPos returns x**y for finite x > 0 and finite nonzero y.
func powPos(x, y float64) float64 {
	switch y {
	case 1:
		return x
	case 2:
		return float64(x * x)
	case -1:
		return 1 / x
	case 0.5:
		return math.Sqrt(x)
	}
	if x >= 0x1p-1022 {
		// Quick phase: log to 2^-70, exp to 2^-63.5.
		lh, ll := logFastFull(x)
		t := float64(lh * y)
		if t < 709.7 && t > -745.1 {
			th, tl := ddMulD(lh, ll, y)
			eh, el, k := expFast(th, tl)
			if v, ok := finish(eh, el, k, float64((0x1p-61+float64(math.Abs(t)*0x1p-66))*quickScale)); ok {
				return v
			}
		}
	}
	E, h, l := logCore(x)
	if E != 0 {
		eh, el := ddMulD(ln2h, ln2l, float64(E))
		h, l = ddAdd(eh, el, h, l)
	}
	if t := float64(h * y); t > 1e4 || t < -1e4 {
		if t > 0 {
			return math.Inf(1)
		}
		return 0
	}
	th, tl := ddMulD(h, l, y)
	switch {
	case th > 709.8:
		return math.Inf(1)
	case th < -745.2:
		return 0
	}
	eh, el, k := expCore(th, tl)
	if v, ok := finish(eh, el, k, epsPow); ok {
		return v
	}
	return powSlow(x, y)
}

// powSlow computes x**y (x > 0) when the fast path cannot decide the
// rounding. It first handles the cases where x**y is exactly representable
// or exactly halfway between two floats (Ziv's iteration would not
// terminate there), then runs Ziv's iteration.
func powSlow(x, y float64) float64 {
	frac, e := math.Frexp(x)
	if frac == 0.5 { // x = 2^(e-1): x**y = 2^((e-1)*y)
		t := new(big.Float).SetPrec(200).SetFloat64(y)
		t.Mul(t, bfi(int64(e-1), 64))
		if t.IsInt() {
			n, _ := t.Int64()
			v, _ := new(big.Float).SetMantExp(bfi(1, 2), int(n)).Float64()
			return v
		}
	} else if v, ok := powExact(x, y); ok {
		return v
	}
	return slow(func(p uint) *bigFloat {
		w := p + 16
		lg := bigLog(bfv(x), w)
		lg.Mul(lg, bfv(y))
		return bigExp(lg, p+4)
	})
}

// powExact returns x**y when it has at most 54 significant bits (a float64
// or a rounding midpoint). Writing x = a*2^e (a odd, a > 1) and
// y = m/2^k (m odd), this requires y > 0, a = c^(2^k) and c^m < 2^54, so
// k <= 5 and m <= 34.
func powExact(x, y float64) (float64, bool) {
	if y <= 0 || y > 34 || y*32 != math.Trunc(float64(y*32)) {
		return 0, false
	}
	k := 0
	m := y
	for m != math.Trunc(m) {
		m *= 2
		k++
	}
	mi := int(m)
	for mi%2 == 0 && k > 0 {
		mi /= 2
		k--
	}
	if mi > 34 {
		return 0, false
	}
	// z = x^mi exactly
	prec := uint(53*mi + 64)
	z := bf(prec).SetFloat64(x)
	xb := bf(prec).SetFloat64(x)
	for i := 1; i < mi; i++ {
		z.Mul(z, xb)
	}
	s := bf(prec).Set(z)
	for i := 0; i < k; i++ {
		s.Sqrt(s)
	}
	// s must have at most 54 significant bits and s^(2^k) == z.
	s54 := bf(54).Set(s)
	if s54.Cmp(s) != 0 {
		return 0, false
	}
	c := bf(54 << uint(k)).Set(s54)
	for i := 0; i < k; i++ {
		c.Mul(c, c)
	}
	if c.Cmp(z) != 0 {
		return 0, false
	}
	v, _ := s54.Float64()
	return v, true
}
