package libm

import "math"

var (
	epsExp   = 0x1p-84
	epsExpm1 = 0x1p-75
)

// expCore returns h, l, k with e^(xh+xl) = 2^k (h+l) (1+δ), |δ| < 2^-100,
// h in [1, 2). It requires |xh| < 1000.
func expCore(xh, xl float64) (h, l float64, k int) {
	kf := math.Round(float64(xh * invLn2x1024))
	ki := int(kf)
	ph, pl := twoProd(kf, ln2o1024a)
	t := xh - ph // exact
	qh, ql := twoProd(kf, ln2o1024b)
	s, e1 := twoSum(t, -pl)
	s, e2 := twoSum(s, -qh)
	s, e3 := twoSum(s, xl)
	e := e1 + e2 + e3 - ql - float64(kf*ln2o1024c)
	rh, rl := fastTwoSum(s, e)
	th, tl := ddMul(expT1[(ki>>5)&31][0], expT1[(ki>>5)&31][1], expT2[ki&31][0], expT2[ki&31][1])
	ph, pl = polyDD(rh, rl, expHi, expLo)
	h, l = ddMul(th, tl, ph, pl)
	return h, l, ki >> 10
}

// Exp returns e^x, correctly rounded.
func Exp(x float64) float64 {
	switch {
	case !(x > -745.14): // also NaN
		if x != x {
			return x
		}
		return 0
	case x > 709.79:
		return math.Inf(1)
	case math.Abs(x) < 0x1p-54:
		return 1 + x
	}
	h, l, k := expFast(x, 0)
	if v, ok := finish(h, l, k, epsExpFast); ok {
		return v
	}
	h, l, k = expCore(x, 0)
	if v, ok := finish(h, l, k, epsExp); ok {
		return v
	}
	return slow(func(p uint) *bigFloat { return bigExp(bfv(x), p) })
}

// expm1DD returns e^x-1 as a double-double with relative error < 2^-98,
// for |x| <= 64.
func expm1DD(x float64) (float64, float64) {
	if math.Abs(x) < 0x1p-9 {
		h, l := polyDD(x, 0, expm1Hi, expm1Lo)
		return ddMulD(h, l, x)
	}
	h, l, k := expCore(x, 0)
	h, l = ddAddD(h, l, math.Ldexp(-1, -k))
	return math.Ldexp(h, k), math.Ldexp(l, k)
}

// Expm1 returns e^x-1, correctly rounded.
func Expm1(x float64) float64 {
	ax := math.Abs(x)
	switch {
	case x != x:
		return x
	case x > 709.79:
		return math.Inf(1)
	case x < -38:
		return -1
	case ax < 0x1p-54:
		return x
	}
	if x < 64 {
		if h, l, eps := expm1Fast(x); roundOK(h, l, eps) {
			return h + l
		}
	}
	if ax < 0x1p-9 {
		h, l := polyDD(x, 0, expm1Hi, expm1Lo)
		h, l = ddMulD(h, l, x)
		if roundOK(h, l, epsExpm1) {
			return h + l
		}
	} else {
		h, l, k := expCore(x, 0)
		h, l = ddAddD(h, l, math.Ldexp(-1, -k))
		if v, ok := finish(h, l, k, epsExpm1); ok {
			return v
		}
	}
	return slow(func(p uint) *bigFloat { return bigExpm1(bfv(x), p) })
}
