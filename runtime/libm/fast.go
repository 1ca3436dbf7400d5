package libm

// First phase ("quick path") for the most used functions: plain double
// arithmetic with a few error-free transformations, accurate to about
// 2^-64 (exp, sin, cos) or 2^-70 (log). The rounding test succeeds for all
// but about one call in a few hundred; the rest go on to the double-double
// phase and, rarely, to the math/big phase.

import "math"

// quickScale multiplies the computed error bounds of the quick phase; tests
// set it (and the eps variables) to 1 to force the later phases.
var quickScale = 1.0

var (
	epsExpFast = 0x1p-61
	epsLogFast = 0x1p-64
	epsSinFast = 0x1p-62
)

// expFast returns h, l, k with e^(xh+xl) = 2^k (h+l) (1+δ), |δ| < 2^-63.5,
// for |xh| < 1000, |xl| <= 2^-40.
func expFast(xh, xl float64) (h, l float64, k int) {
	kf := math.Round(float64(xh * invLn2x1024))
	ki := int(kf)
	r1 := math.FMA(-kf, ln2o1024a, xh) // exact: |r1| < 2^-11, a multiple of 2^-63
	rh, rl := fastTwoSum(r1, xl-float64(kf*ln2o1024b))
	t1, t2 := &expT1[(ki>>5)&31], &expT2[ki&31]
	th, tl := twoProd(t1[0], t2[0])
	tl += float64(t1[0]*t2[1]) + float64(t1[1]*t2[0])
	// e^r - 1 = rh + rl + rh^2 (1/2 + rh/6 + ...)
	q := float64(rh * rh * (0.5 + float64(rh*(1.0/6+float64(rh*(1.0/24+float64(rh*(1.0/120+float64(rh*(1.0/720))))))))))
	lo := math.FMA(th, rh, tl+float64(th*(rl+q))+float64(tl*rh))
	h, l = fastTwoSum(th, lo)
	return h, l, ki >> 10
}

// logFast returns E, h, l with log(x) = E ln2 + (h+l), the error in h+l
// being below 2^-78 in absolute value and 2^-70 relative to h+l, for
// normal x > 0.
func logFast(x float64) (E int, h, l float64) {
	b := math.Float64bits(x)
	e := int(b>>52) - 1023
	i := int(b>>44) & 255
	m := math.Float64frombits(b&(1<<52-1) | 1023<<52)
	if i >= logSplit {
		e++
	}
	r := math.FMA(m, logC[i], -1) // exact, |r| < 2^-8
	r2h, r2l := twoProd(r, r)
	p := 1.0/3 + float64(r*(-1.0/4+float64(r*(1.0/5+float64(r*(-1.0/6+float64(r*(1.0/7+float64(r*(-1.0/8+float64(r*(1.0/9))))))))))))
	hi, lo := fastTwoSum(r, float64(-0.5*r2h))
	lo += float64(r2h*r*p) - float64(0.5*r2l)
	s, e1 := twoSum(logL[i][0], hi)
	lo += e1 + logL[i][1]
	return e, s, lo
}

// logFastFull returns log(x) = h+l with relative error < 2^-70.
func logFastFull(x float64) (h, l float64) {
	E, sh, sl := logFast(x)
	fe := float64(E)
	th, te := twoProd(fe, ln2h)
	u, ue := twoSum(th, sh)
	return fastTwoSum(u, te+ue+float64(fe*ln2l)+sl)
}

// sinCosFast returns sin(r) (or cos(r) if wantCos) for r = rh+rl,
// |r| <= 0.8, with relative error below 2^-64.
func sinCosFast(rh, rl float64, wantCos bool) (h, l float64) {
	jf := math.Round(float64(rh * 64))
	th := rh - jf/64 // exact
	j := int(math.Abs(jf))
	sah, sal := sinT[j][0], sinT[j][1]
	if jf < 0 {
		sah, sal = -sah, -sal
	}
	cah, cal := cosT[j][0], cosT[j][1]
	u := float64(th * th)
	cm1 := float64(u * (-0.5 + float64(u*(1.0/24+float64(u*(-1.0/720+float64(u*(1.0/40320)))))))) // cos t - 1
	sm := float64(th * u * (-1.0/6 + float64(u*(1.0/120+float64(u*(-1.0/5040))))))                // sin t - t
	if !wantCos {
		// sin(a+t) = Sa + Ca t + (Sa (cos t - 1) + Ca (sin t - t))
		p, pe := twoProd(cah, th)
		s, e := twoSum(sah, p)
		return fastTwoSum(s, e+pe+sal+float64(cah*rl)+float64(cal*th)+float64(sah*(cm1-float64(th*rl)))+float64(cah*sm))
	}
	// cos(a+t) = Ca - Sa t + (Ca (cos t - 1) - Sa (sin t - t))
	p, pe := twoProd(-sah, th)
	s, e := twoSum(cah, p)
	return fastTwoSum(s, e+pe+cal-float64(sah*rl)-float64(sal*th)+float64(cah*(cm1-float64(th*rl)))-float64(sah*sm))
}

var epsAtanFast = 0x1p-61

// atanFast returns atan(xh+xl) with relative error below 2^-64, for
// 2^-30 <= |xh| <= 2^60, |xl| <= ulp(xh).
func atanFast(xh, xl float64) (float64, float64) {
	ah, al := math.Abs(xh), xl
	if xh < 0 {
		al = -al
	}
	inv := ah > 1
	if inv { // 1/a as a double-double
		q := 1 / ah
		ql := float64((math.FMA(-q, ah, 1) - float64(q*al)) * q)
		ah, al = q, ql
	}
	jf := math.Round(float64(ah * 64))
	c := jf / 64
	// t = (a - c)/(1 + a c)
	nh := ah - c // exact
	ph, pl := twoProd(ah, c)
	dh, dl := fastTwoSum(1, ph)
	dl += pl + float64(al*c)
	th := nh / dh
	tl := (math.FMA(-th, dh, nh) + al - float64(th*dl)) / dh
	u := float64(th * th)
	p := float64(th * u * (-1.0/3 + float64(u*(1.0/5+float64(u*(-1.0/7+float64(u*(1.0/9+float64(u*(-1.0/11))))))))))
	j := int(jf)
	h, e := twoSum(atanT[j][0], th)
	l := e + atanT[j][1] + tl + p
	if inv {
		h, e = twoSum(pio2h, -h)
		l = e + pio2l - l
	}
	h, l = fastTwoSum(h, l)
	if xh < 0 {
		h, l = -h, -l
	}
	return h, l
}

var (
	epsLog1pFast = 0x1p-61
	epsCoshFast  = 0x1p-61 // also sinh for |x| >= 1
)

// expm1Fast returns e^x-1 = h+l and a bound eps for its relative error
// (at most about 2^-57), for |x| <= 64.
func expm1Fast(x float64) (h, l, eps float64) {
	if math.Abs(x) < 0x1p-3 {
		// x + x^2/2 + x^3 (1/6 + x/24 + ...)
		p, pe := twoProd(x, x)
		q := float64(x * p * (1.0/6 + float64(x*(1.0/24+float64(x*(1.0/120+float64(x*(1.0/720+float64(x*(1.0/5040+float64(x*(1.0/40320+
			float64(x*(1.0/362880+float64(x*(1.0/3628800+float64(x*(1.0/39916800+float64(x*(1.0/479001600+float64(x*(1.0/6227020800))))))))))))))))))))))
		h, l = fastTwoSum(x, float64(0.5*p))
		h, l = fastTwoSum(h, l+float64(0.5*pe)+q)
		return h, l, float64(0x1.6a09e667f3bcdp-58 * quickScale) // 2^-57.5
	}
	h, l, k := expFast(x, 0)
	s := math.Float64frombits(uint64(1023+k) << 52) // 2^k, |k| < 100
	h, e := twoSum(float64(h*s), -1)
	h, l = fastTwoSum(h, e+float64(l*s))
	// e^x has relative error < 2^-63.5; subtracting 1 scales it by e^x/|e^x-1|.
	return h, l, float64(0x1.6a09e667f3bcdp-60 * (1 + 1/math.Abs(h)) * quickScale) // 2^-59.5 * ...
}

// log1pFast returns log(1+u), u = uh+ul > -1 (|ul| <= ulp(uh)), with
// relative error below 2^-64, for |uh| < 2^1000.
func log1pFast(uh, ul float64) (float64, float64) {
	if math.Abs(uh) < 0x1p-8 {
		// log1p(uh) + ul/(1+uh)
		p, pe := twoProd(uh, uh)
		q := float64(uh * p * (1.0/3 + float64(uh*(-1.0/4+float64(uh*(1.0/5+float64(uh*(-1.0/6+float64(uh*(1.0/7+float64(uh*(-1.0/8+float64(uh*(1.0/9))))))))))))))
		h, l := fastTwoSum(uh, float64(-0.5*p))
		return fastTwoSum(h, l-float64(0.5*pe)+q+float64(ul*(1-uh)))
	}
	sh, sl := twoSum(1, uh)
	sl += ul
	if sh < 0x1p-1022 {
		return math.NaN(), 0
	}
	E, h, l := logFast(sh)
	l += sl / sh
	fe := float64(E)
	th, te := twoProd(fe, ln2h)
	u, ue := twoSum(th, h)
	return fastTwoSum(u, te+ue+float64(fe*ln2l)+l)
}
