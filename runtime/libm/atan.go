package libm

import (
	"math"
	"math/big"
)

var epsAtan = 0x1p-88

// atanDD returns atan(xh+xl) with relative error < 2^-98 for finite x.
func atanDD(xh, xl float64) (float64, float64) {
	ah, al := math.Abs(xh), xl
	if xh < 0 {
		al = -al
	}
	var h, l float64
	if ah > 0x1p60 {
		h, l = ddAddD(pio2h, pio2l, -1/ah)
	} else {
		inv := ah > 1
		if inv {
			ah, al = ddDiv(1, 0, ah, al)
		}
		jf := math.Round(float64(ah * 64))
		th, tl := ah, al
		if jf != 0 {
			c := jf / 64
			nh, nl := twoSum(ah, -c)
			nh, nl = fastTwoSum(nh, nl+al)
			dh, dl := ddMulD(ah, al, c)
			dh, dl = ddAddD(dh, dl, 1)
			th, tl = ddDiv(nh, nl, dh, dl)
		}
		uh, ul := ddSqr(th, tl)
		ph, pl := polyDD(uh, ul, atanHi, atanLo)
		h, l = ddMul(ph, pl, th, tl)
		if jf != 0 {
			j := int(jf)
			h, l = ddAdd(atanT[j][0], atanT[j][1], h, l)
		}
		if inv {
			h, l = ddAdd(pio2h, pio2l, -h, -l)
		}
	}
	if xh < 0 {
		h, l = -h, -l
	}
	return h, l
}

// Atan returns the arctangent of x, correctly rounded.
func Atan(x float64) float64 {
	ax := math.Abs(x)
	switch {
	case ax < 0x1p-27 || x != x:
		return x
	case ax > math.MaxFloat64:
		return math.Copysign(pio2h, x)
	}
	if ax <= 0x1p60 {
		if h, l := atanFast(x, 0); roundOK(h, l, epsAtanFast) {
			return h + l
		}
	}
	h, l := atanDD(x, 0)
	if roundOK(h, l, epsAtan) {
		return h + l
	}
	return slow(func(p uint) *bigFloat { return bigAtan(bfv(x), p) })
}

// sqrt1mx2 returns sqrt(1-x^2) as a double-double, |x| < 1.
func sqrt1mx2(ax float64) (float64, float64) {
	ah, al := twoSum(1, -ax)
	bh, bl := twoSum(1, ax)
	h, l := ddMul(ah, al, bh, bl)
	return ddSqrt(h, l)
}

// bigSqrt1mx2 returns sqrt(1-x^2).
func bigSqrt1mx2(x float64, w uint) *big.Float {
	a := bf(w).Sub(bfi(1, 2), bfv(x))
	b := bf(w).Add(bfi(1, 2), bfv(x))
	a.Mul(a, b)
	return a.Sqrt(a)
}

// Asin returns the arcsine of x, correctly rounded.
func Asin(x float64) float64 {
	ax := math.Abs(x)
	switch {
	case ax < 0x1p-26 || x != x:
		return x
	case ax > 1:
		return math.NaN()
	case ax == 1:
		return math.Copysign(pio2h, x)
	}
	sh, sl := sqrt1mx2(ax)
	th, tl := ddDiv(x, 0, sh, sl)
	if math.Abs(th) <= 0x1p60 {
		if h, l := atanFast(th, tl); roundOK(h, l, epsAtanFast) {
			return h + l
		}
	}
	h, l := atanDD(th, tl)
	if roundOK(h, l, epsAtan) {
		return h + l
	}
	return slow(func(p uint) *bigFloat {
		w := p + 8
		s := bigSqrt1mx2(x, w)
		return bigAtan(s.Quo(bfv(x), s), p+4)
	})
}

// Acos returns the arccosine of x, correctly rounded.
func Acos(x float64) float64 {
	ax := math.Abs(x)
	switch {
	case x != x:
		return x
	case ax > 1:
		return math.NaN()
	case x == 1:
		return 0
	case x == -1:
		return pih
	case ax < 0x1p-60:
		return pio2h
	}
	sh, sl := sqrt1mx2(ax)
	th, tl := ddDiv(sh, sl, ax, 0)
	if th >= 0x1p-30 && th <= 0x1p60 {
		h, l := atanFast(th, tl)
		if x < 0 {
			h, l = ddAdd(pih, pil, -h, -l)
		}
		if roundOK(h, l, epsAtanFast) {
			return h + l
		}
	}
	h, l := atanDD(th, tl)
	if x < 0 {
		h, l = ddAdd(pih, pil, -h, -l)
	}
	if roundOK(h, l, epsAtan) {
		return h + l
	}
	return slow(func(p uint) *bigFloat {
		w := p + 8
		s := bigSqrt1mx2(x, w)
		r := bigAtan(s.Quo(s, bfv(ax)), p+4)
		if x < 0 {
			r.Sub(bigPi(p+4), r)
		}
		return r
	})
}

// Atan2 returns the angle of the point (x, y), correctly rounded, with
// the special cases of C99 Annex F.
func Atan2(y, x float64) float64 {
	switch {
	case x != x || y != y:
		return math.NaN()
	case y == 0:
		if x > 0 || (x == 0 && !math.Signbit(x)) {
			return y
		}
		return math.Copysign(pih, y)
	case x == 0:
		return math.Copysign(pio2h, y)
	case math.IsInf(x, 0):
		if math.IsInf(y, 0) {
			if x > 0 {
				return math.Copysign(0x1.921fb54442d18p-1, y) // pi/4
			}
			return math.Copysign(0x1.2d97c7f3321d2p+1, y) // 3pi/4
		}
		if x > 0 {
			return math.Copysign(0, y)
		}
		return math.Copysign(pih, y)
	case math.IsInf(y, 0):
		return math.Copysign(pio2h, y)
	}
	my, ey := math.Frexp(y)
	mx, ex := math.Frexp(x)
	d := ey - ex
	var h, l float64
	if d > 60 {
		h, l = ddAddD(pio2h, pio2l, float64(-math.Abs(x/y)*math.Copysign(1, x)))
		if y < 0 {
			h, l = -h, -l
		}
	} else {
		if d < -960 {
			goto slowPath
		}
		// t = y/x = (my/mx) 2^d
		th, tl := ddDiv(my, 0, mx, 0)
		th, tl = math.Ldexp(th, d), math.Ldexp(tl, d)
		if d < -60 {
			h, l = th, tl // atan(t) = t(1 - t^2/3 ...), within the error bound
		} else {
			if a := math.Abs(th); a >= 0x1p-30 && a <= 0x1p60 {
				fh, fl := atanFast(th, tl)
				if x < 0 {
					ph, pl := pih, pil
					if y < 0 {
						ph, pl = -ph, -pl
					}
					fh, fl = ddAdd(ph, pl, fh, fl)
				}
				if roundOK(fh, fl, epsAtanFast) {
					return fh + fl
				}
			}
			h, l = atanDD(th, tl)
		}
		if x < 0 {
			ph, pl := pih, pil
			if y < 0 {
				ph, pl = -ph, -pl
			}
			h, l = ddAdd(ph, pl, h, l)
		}
	}
	if roundOK(h, l, epsAtan) {
		return h + l
	}
slowPath:
	return slow(func(p uint) *bigFloat {
		w := p + 8
		t := bf(w).Quo(bfv(y), bfv(x))
		r := bigAtan(t, p+4)
		if x < 0 {
			pi := bigPi(p + 4)
			if y < 0 {
				pi.Neg(pi)
			}
			r.Add(r, pi)
		}
		return r
	})
}
