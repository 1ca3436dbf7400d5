package libm

import "math"

// Double-double ("dd") helpers. A dd value is an unevaluated sum hi+lo of
// two float64s with |lo| <= ulp(hi)/2, giving about 106 bits of precision.

// twoSum returns s, e with s = RN(a+b) and s+e = a+b exactly.
func twoSum(a, b float64) (s, e float64) {
	s = a + b
	bb := s - a
	e = (a - (s - bb)) + (b - bb)
	return
}

// fastTwoSum is twoSum for |a| >= |b| (or a == 0).
func fastTwoSum(a, b float64) (s, e float64) {
	s = a + b
	e = b - (s - a)
	return
}

// twoProd returns p, e with p = RN(a*b) and p+e = a*b exactly.
func twoProd(a, b float64) (p, e float64) {
	p = float64(a * b)
	e = math.FMA(a, b, -p)
	return
}

// ddAdd returns (ah+al)+(bh+bl) accurately, also under cancellation.
func ddAdd(ah, al, bh, bl float64) (float64, float64) {
	s, e := twoSum(ah, bh)
	t, f := twoSum(al, bl)
	e += t
	s, e = fastTwoSum(s, e)
	e += f
	return fastTwoSum(s, e)
}

// ddAddD returns (ah+al)+b.
func ddAddD(ah, al, b float64) (float64, float64) {
	s, e := twoSum(ah, b)
	e += al
	return fastTwoSum(s, e)
}

// ddMul returns (ah+al)*(bh+bl).
func ddMul(ah, al, bh, bl float64) (float64, float64) {
	p, e := twoProd(ah, bh)
	e += float64(ah*bl) + float64(al*bh)
	return fastTwoSum(p, e)
}

// ddMulD returns (ah+al)*b.
func ddMulD(ah, al, b float64) (float64, float64) {
	p, e := twoProd(ah, b)
	e += float64(al * b)
	return fastTwoSum(p, e)
}

// ddSqr returns (ah+al)^2.
func ddSqr(ah, al float64) (float64, float64) {
	p, e := twoProd(ah, ah)
	e += float64(2 * ah * al)
	return fastTwoSum(p, e)
}

// ddDiv returns (ah+al)/(bh+bl).
func ddDiv(ah, al, bh, bl float64) (float64, float64) {
	q1 := ah / bh
	ph, pl := ddMulD(bh, bl, q1)
	rh, rl := ddAdd(ah, al, -ph, -pl)
	q2 := (rh + rl) / bh
	return fastTwoSum(q1, q2)
}

// ddSqrt returns sqrt(ah+al) for ah > 0.
func ddSqrt(ah, al float64) (float64, float64) {
	s := math.Sqrt(ah)
	ph, pl := twoProd(s, s)
	rh, rl := ddAdd(ah, al, -ph, -pl)
	c := (rh + rl) / (2 * s)
	return fastTwoSum(s, c)
}

// errHook, when set (by tests), sees every fast-path result before its
// rounding test, so that tests can measure the actual error.
var errHook func(h, l float64, k int, eps float64)

// roundOK is Ziv's rounding test: it reports whether every value within
// relative distance eps of h+l rounds to the same float64 as h+l.
func roundOK(h, l, eps float64) bool {
	if errHook != nil {
		errHook(h, l, 0, eps)
	}
	e := float64(eps * math.Abs(h))
	return h+(l-e) == h+(l+e)
}

// finish returns the correctly rounded value of 2^k*(h+l) when the relative
// error bound eps allows it to be determined, handling overflow and
// subnormal results; ok is false when the slow path must decide.
func finish(h, l float64, k int, eps float64) (v float64, ok bool) {
	if errHook != nil {
		errHook(h, l, k, eps)
	}
	if h == 0 {
		return 0, false
	}
	_, eh := math.Frexp(h)
	if k+eh > -1022 {
		e := float64(eps * math.Abs(h))
		a := h + (l - e)
		if a != h+(l+e) {
			return 0, false
		}
		return scale(h+l, k), true
	}
	// Subnormal (or zero) result: round to an integer multiple of 2^-1074.
	s := k + 1074
	if s < -60 {
		// |value| < 2^-1100: rounds to zero.
		if h < 0 {
			return math.Copysign(0, -1), true
		}
		return 0, true
	}
	mh, ml := scale(math.Abs(h), s), scale(math.Copysign(l, float64(l*h)), s)
	e := float64(eps*mh) + 0x1p-50 // covers the rounding errors below
	fl := math.Floor(mh)
	fr := (mh - fl) + ml
	n1 := math.Floor(fr - e + 0.5)
	if n1 != math.Floor(fr+e+0.5) {
		return 0, false
	}
	v = math.Float64frombits(uint64(fl + n1))
	if h < 0 {
		v = -v
	}
	return v, true
}

// scale returns x*2^k for normal results (exact) and overflow.
func scale(x float64, k int) float64 {
	for k > 1000 {
		x *= 0x1p1000
		k -= 1000
	}
	for k < -1000 {
		x *= 0x1p-1000
		k += 1000
	}
	return float64(x * math.Float64frombits(uint64(k+1023)<<52))
}
