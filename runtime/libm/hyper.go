package libm

import "math"

var epsHyp = 0x1p-75

// Sinh returns the hyperbolic sine of x, correctly rounded.
func Sinh(x float64) float64 {
	ax := math.Abs(x)
	switch {
	case ax < 0x1p-26 || x != x || ax > math.MaxFloat64:
		return x
	case ax > 710.5:
		return math.Copysign(math.Inf(1), x)
	}
	var v float64
	ok := false
	if ax < 1 {
		eh, el, eps := expm1Fast(ax)
		dh, dl := twoSum(1, eh)
		dl += el
		qh := eh / dh
		h, l := twoSum(eh, qh)
		l += el + (math.FMA(-qh, dh, eh)+el-float64(qh*dl))/dh
		if roundOK(h, l, float64(2*eps)) {
			return math.Copysign(float64((h+l)*0.5), x)
		}
	} else if ax < 700 {
		h, l, k := expFast(ax, 0)
		if k < 55 {
			s := math.Float64frombits(uint64(1023-2*k) << 52)
			i := 1 / h
			il := float64((math.FMA(-i, h, 1) - float64(i*l)) * i)
			h, l = ddAdd(h, l, float64(-i*s), float64(-il*s))
		}
		if v, ok := finish(h, l, k-1, epsCoshFast); ok {
			return math.Copysign(v, x)
		}
	}
	if ax < 1 {
		eh, el := expm1DD(ax)
		// sinh = (em + em/(em+1))/2
		dh, dl := ddAddD(eh, el, 1)
		qh, ql := ddDiv(eh, el, dh, dl)
		h, l := ddAdd(eh, el, qh, ql)
		if ok = roundOK(h, l, epsHyp); ok {
			v = float64((h + l) * 0.5)
		}
	} else {
		h, l, k := expCore(ax, 0)
		if k < 55 {
			ih, il := ddDiv(1, 0, h, l)
			h, l = ddAdd(h, l, -math.Ldexp(ih, -2*k), -math.Ldexp(il, -2*k))
		}
		v, ok = finish(h, l, k-1, epsHyp)
	}
	if !ok {
		v = slow(func(p uint) *bigFloat {
			w := p + 8
			if ax < 1 {
				w += uint(-expOf(bfv(ax)))
			}
			e := bigExp(bfv(ax), w)
			i := bf(w).Quo(bfi(1, 2), e)
			e.Sub(e, i)
			return e.SetMantExp(e, -1)
		})
	}
	return math.Copysign(v, x)
}

// Cosh returns the hyperbolic cosine of x, correctly rounded.
func Cosh(x float64) float64 {
	ax := math.Abs(x)
	switch {
	case x != x:
		return x
	case ax < 0x1p-26:
		return 1
	case ax > 710.5:
		return math.Inf(1)
	}
	if ax < 700 {
		h, l, k := expFast(ax, 0)
		if k < 55 {
			s := math.Float64frombits(uint64(1023-2*k) << 52)
			i := 1 / h
			il := float64((math.FMA(-i, h, 1) - float64(i*l)) * i)
			h, l = ddAdd(h, l, float64(i*s), float64(il*s))
		}
		if v, ok := finish(h, l, k-1, epsCoshFast); ok {
			return v
		}
	}
	h, l, k := expCore(ax, 0)
	if k < 55 {
		ih, il := ddDiv(1, 0, h, l)
		h, l = ddAdd(h, l, math.Ldexp(ih, -2*k), math.Ldexp(il, -2*k))
	}
	if v, ok := finish(h, l, k-1, epsHyp); ok {
		return v
	}
	return slow(func(p uint) *bigFloat {
		w := p + 8
		e := bigExp(bfv(ax), w)
		i := bf(w).Quo(bfi(1, 2), e)
		e.Add(e, i)
		return e.SetMantExp(e, -1)
	})
}

// Tanh returns the hyperbolic tangent of x, correctly rounded.
func Tanh(x float64) float64 {
	ax := math.Abs(x)
	switch {
	case ax < 0x1p-27 || x != x:
		return x
	case ax > 22:
		return math.Copysign(1, x)
	}
	if eh, el, eps := expm1Fast(float64(2 * ax)); true {
		dh, dl := twoSum(eh, 2)
		dl += el
		qh := eh / dh
		ql := (math.FMA(-qh, dh, eh) + el - float64(qh*dl)) / dh
		if roundOK(qh, ql, float64(2*eps)) {
			return math.Copysign(qh+ql, x)
		}
	}
	eh, el := expm1DD(float64(2 * ax))
	dh, dl := ddAddD(eh, el, 2)
	h, l := ddDiv(eh, el, dh, dl)
	if !roundOK(h, l, epsHyp) {
		h = slow(func(p uint) *bigFloat {
			w := p + 8 + uint(max(0, -expOf(bfv(ax))))
			e := bigExp(bfv(float64(2*ax)), w)
			d := bf(w).Add(e, bfi(1, 2))
			e.Sub(e, bfi(1, 2))
			return e.Quo(e, d)
		})
		l = 0
	}
	return math.Copysign(h+l, x)
}

// Asinh returns the inverse hyperbolic sine of x, correctly rounded.
func Asinh(x float64) float64 {
	ax := math.Abs(x)
	switch {
	case ax < 0x1p-26 || x != x || ax > math.MaxFloat64:
		return x
	}
	var h, l float64
	if ax > 0x1p28 {
		// log(2|x|) + 1/(4x^2)
		E, lh, ll := logCore(ax)
		eh, el := ddMulD(ln2h, ln2l, float64(E+1))
		h, l = ddAdd(eh, el, lh, ll)
		if ax < 0x1p500 {
			h, l = ddAddD(h, l, 0.25/(ax*ax))
		}
	} else {
		// u = |x| + x^2/(1+sqrt(1+x^2)); asinh = log1p(u)
		sh, sl := twoProd(ax, ax)
		th, tl := ddAddD(sh, sl, 1)
		th, tl = ddSqrt(th, tl)
		th, tl = ddAddD(th, tl, 1)
		uh, ul := ddDiv(sh, sl, th, tl)
		uh, ul = ddAddD(uh, ul, ax)
		if fh, fl := log1pFast(uh, ul); roundOK(fh, fl, epsLog1pFast) {
			return math.Copysign(fh+fl, x)
		}
		h, l = log1pDD(uh, ul)
	}
	if !roundOK(h, l, epsHyp) {
		h = slow(func(p uint) *bigFloat {
			w := p + 8
			s := bf(w).Mul(bfv(ax), bfv(ax))
			t := bf(w).Add(s, bfi(1, 2))
			t.Sqrt(t)
			t.Add(t, bfi(1, 2))
			s.Quo(s, t)
			s.Add(s, bfv(ax))
			return bigLog1p(s, p+4)
		})
		l = 0
	}
	return math.Copysign(h+l, x)
}

// Acosh returns the inverse hyperbolic cosine of x, correctly rounded.
func Acosh(x float64) float64 {
	switch {
	case x != x || x > math.MaxFloat64:
		return x
	case x < 1:
		return math.NaN()
	case x == 1:
		return 0
	}
	var h, l float64
	if x > 0x1p28 {
		E, lh, ll := logCore(x)
		eh, el := ddMulD(ln2h, ln2l, float64(E+1))
		h, l = ddAdd(eh, el, lh, ll)
		if x < 0x1p500 {
			h, l = ddAddD(h, l, -0.25/(x*x))
		}
	} else {
		// u = d + sqrt(d*(x+1)), d = x-1; acosh = log1p(u)
		dh, dl := twoSum(x, -1)
		ph, pl := twoSum(x, 1)
		ph, pl = ddMul(dh, dl, ph, pl)
		ph, pl = ddSqrt(ph, pl)
		uh, ul := ddAdd(dh, dl, ph, pl)
		if fh, fl := log1pFast(uh, ul); roundOK(fh, fl, epsLog1pFast) {
			return fh + fl
		}
		h, l = log1pDD(uh, ul)
	}
	if roundOK(h, l, epsHyp) {
		return h + l
	}
	return slow(func(p uint) *bigFloat {
		w := p + 8
		d := bf(w).Sub(bfv(x), bfi(1, 2))
		s := bf(w).Add(bfv(x), bfi(1, 2))
		s.Mul(s, d)
		s.Sqrt(s)
		s.Add(s, d)
		return bigLog1p(s, p+4)
	})
}

// Atanh returns the inverse hyperbolic tangent of x, correctly rounded.
func Atanh(x float64) float64 {
	ax := math.Abs(x)
	switch {
	case ax < 0x1p-27 || x != x:
		return x
	case ax > 1:
		return math.NaN()
	case ax == 1:
		return math.Copysign(math.Inf(1), x)
	}
	// atanh = log1p(2|x|/(1-|x|))/2
	dh, dl := twoSum(1, -ax)
	uh, ul := ddDiv(float64(2*ax), 0, dh, dl)
	if fh, fl := log1pFast(uh, ul); roundOK(fh, fl, epsLog1pFast) {
		return math.Copysign(float64((fh+fl)*0.5), x)
	}
	h, l := log1pDD(uh, ul)
	if !roundOK(h, l, epsHyp) {
		h = slow(func(p uint) *bigFloat {
			w := p + 8
			d := bf(w).Sub(bfi(1, 2), bfv(ax))
			u := bf(w).Quo(bfv(float64(2*ax)), d)
			r := bigLog1p(u, p+4)
			return r.SetMantExp(r, -1)
		})
		l = 0
	} else {
		h, l = float64(h*0.5), float64(l*0.5)
	}
	return math.Copysign(h+l, x)
}
