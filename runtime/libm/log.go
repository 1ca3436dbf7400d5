package libm

import "math"

var (
	epsLog   = 0x1p-90
	epsLog1p = 0x1p-88
)

// logCore splits log(x) for finite x > 0 as E*ln2 + (h+l), with |h+l| < 0.36
// and a relative error below 2^-98 for h+l (absolute 2^-104 in E*ln2+h+l).
func logCore(x float64) (E int, h, l float64) {
	b := math.Float64bits(x)
	e := int(b>>52) - 1023
	if e == -1023 { // subnormal
		b = math.Float64bits(float64(x * 0x1p54))
		e = int(b>>52) - 1023 - 54
	}
	i := int(b>>44) & 255
	m := math.Float64frombits(b&(1<<52-1) | 1023<<52)
	if i >= logSplit {
		e++
	}
	r := math.FMA(m, logC[i], -1) // exact
	ph, pl := polyDD(r, 0, log1pHi, log1pLo)
	ph, pl = ddMulD(ph, pl, r)
	h, l = ddAdd(logL[i][0], logL[i][1], ph, pl)
	return e, h, l
}

// logDD returns log(xh+xl) for xh > 0 normal, |xl| <= ulp(xh).
func logDD(xh, xl float64) (float64, float64) {
	E, h, l := logCore(xh)
	if xl != 0 {
		h, l = ddAddD(h, l, xl/xh)
	}
	if E != 0 {
		eh, el := ddMulD(ln2h, ln2l, float64(E))
		h, l = ddAdd(eh, el, h, l)
	}
	return h, l
}

// log1pDD returns log(1+u), u = uh+ul > -1, relative error < 2^-96.
func log1pDD(uh, ul float64) (float64, float64) {
	if math.Abs(uh) < 0x1p-8 {
		h, l := polyDD(uh, ul, log1pHi, log1pLo)
		return ddMul(h, l, uh, ul)
	}
	if uh > 0x1p100 {
		return logDD(uh, ul)
	}
	sh, sl := twoSum(1, uh)
	sl += ul
	sh, sl = fastTwoSum(sh, sl)
	return logDD(sh, sl)
}

func logSpecial(x float64) (float64, bool) {
	switch {
	case x != x || math.IsInf(x, 1):
		return x, true
	case x < 0:
		return math.NaN(), true
	case x == 0:
		return math.Inf(-1), true
	}
	return 0, false
}

// Log returns the natural logarithm of x, correctly rounded.
func Log(x float64) float64 {
	if v, ok := logSpecial(x); ok {
		return v
	}
	if x >= 0x1p-1022 {
		if h, l := logFastFull(x); roundOK(h, l, epsLogFast) {
			return h + l
		}
	}
	h, l := logDD(x, 0)
	if roundOK(h, l, epsLog) {
		return h + l
	}
	return slow(func(p uint) *bigFloat { return bigLog(bfv(x), p) })
}

// Log2 returns the binary logarithm of x, correctly rounded.
func Log2(x float64) float64 {
	if v, ok := logSpecial(x); ok {
		return v
	}
	if x >= 0x1p-1022 {
		E, h, l := logFast(x)
		h, l = ddMul(h, l, invLn2h, invLn2l)
		h, l = ddAddD(h, l, float64(E))
		if roundOK(h, l, epsLogFast) {
			return h + l
		}
	}
	E, h, l := logCore(x)
	h, l = ddMul(h, l, invLn2h, invLn2l)
	h, l = ddAddD(h, l, float64(E))
	if roundOK(h, l, epsLog) {
		return h + l
	}
	return slow(func(p uint) *bigFloat {
		r := bigLog(bfv(x), p+4)
		return r.Quo(r, bigLn2(p+4))
	})
}

// pow10 holds the exactly representable powers of ten.
var pow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// Log10 returns the decimal logarithm of x, correctly rounded.
func Log10(x float64) float64 {
	if v, ok := logSpecial(x); ok {
		return v
	}
	if x >= 0x1p-1022 {
		h, l := logFastFull(x)
		h, l = ddMul(h, l, invLn10h, invLn10l)
		if roundOK(h, l, epsLogFast) {
			return h + l
		}
	}
	h, l := logDD(x, 0)
	h, l = ddMul(h, l, invLn10h, invLn10l)
	if roundOK(h, l, epsLog) {
		return h + l
	}
	for n, p := range pow10 {
		if x == p {
			return float64(n)
		}
	}
	return slow(func(p uint) *bigFloat {
		r := bigLog(bfv(x), p+4)
		return r.Quo(r, bigLn10(p+4))
	})
}

// Log1p returns log(1+x), correctly rounded.
func Log1p(x float64) float64 {
	switch {
	case x != x || math.IsInf(x, 1):
		return x
	case x < -1:
		return math.NaN()
	case x == -1:
		return math.Inf(-1)
	case math.Abs(x) < 0x1p-54:
		return x
	}
	if h, l := log1pFast(x, 0); roundOK(h, l, epsLog1pFast) {
		return h + l
	}
	h, l := log1pDD(x, 0)
	if roundOK(h, l, epsLog1p) {
		return h + l
	}
	return slow(func(p uint) *bigFloat { return bigLog1p(bfv(x), p) })
}
