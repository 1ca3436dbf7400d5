package libm

// Slow path: arbitrary-precision evaluation with math/big.Float.
//
// Every big* function below takes a target precision p and returns a value
// whose relative error is below 2^-p (internally it works with 30 or more
// guard bits, far more than the few bits the evaluation can lose). slow runs
// Ziv's strategy on top: it evaluates at increasing precision until the
// error interval lies within one rounding interval of float64.

import (
	"math"
	"math/big"
	"sync"
	"sync/atomic"
)

type bigFloat = big.Float

func bf(prec uint) *big.Float { return new(big.Float).SetPrec(prec) }

func bfv(x float64) *big.Float { return new(big.Float).SetPrec(53).SetFloat64(x) }

func bfi(n int64, prec uint) *big.Float { return bf(prec).SetInt64(n) }

// expOf returns the binary exponent e of x (x = m*2^e, 0.5 <= |m| < 1).
func expOf(x *big.Float) int {
	if x.Sign() == 0 {
		return math.MinInt32
	}
	return x.MantExp(nil)
}

// tiny reports whether |t| < 2^-p * |ref|.
func tiny(t, ref *big.Float, p uint) bool {
	return t.Sign() == 0 || expOf(t) < expOf(ref)-int(p)
}

var (
	constMu           sync.Mutex
	piCache, ln2Cache *big.Float
	ln10Cache         *big.Float
	zivMaxPrec        = uint(1 << 14)
	zivStartPrec      = uint(128)
	slowCalls         atomic.Int64 // statistics for tests
)

func cached(c **big.Float, p uint, compute func(uint) *big.Float) *big.Float {
	constMu.Lock()
	v := *c
	constMu.Unlock()
	if v == nil || v.Prec() < p+8 {
		v = compute(p + 64)
		constMu.Lock()
		if *c == nil || (*c).Prec() < v.Prec() {
			*c = v
		}
		constMu.Unlock()
	}
	return bf(p + 8).Set(v)
}

// atanInv returns atan(1/n) (hyperbolic: atanh(1/n)) to precision p.
func atanInv(n int64, p uint, hyperbolic bool) *big.Float {
	w := p + 20
	x := bfi(1, w)
	x.Quo(x, bfi(n, w))
	n2 := bfi(n*n, w)
	sum := bf(w).Set(x)
	pw := bf(w).Set(x)
	t := bf(w)
	for k := int64(1); ; k++ {
		pw.Quo(pw, n2)
		t.Quo(pw, bfi(2*k+1, w))
		if k&1 == 1 && !hyperbolic {
			sum.Sub(sum, t)
		} else {
			sum.Add(sum, t)
		}
		if tiny(t, sum, w) {
			return sum
		}
	}
}

func bigPi(p uint) *big.Float {
	return cached(&piCache, p, func(p uint) *big.Float {
		a := atanInv(5, p, false)
		a.Mul(a, bfi(16, p+20))
		b := atanInv(239, p, false)
		b.Mul(b, bfi(4, p+20))
		return a.Sub(a, b)
	})
}

func bigLn2(p uint) *big.Float {
	return cached(&ln2Cache, p, func(p uint) *big.Float {
		a := atanInv(3, p, true)
		return a.Mul(a, bfi(2, p+20))
	})
}

// ln10 = 3 ln2 + ln(5/4) = 3 ln2 + 2 atanh(1/9)
func bigLn10(p uint) *big.Float {
	return cached(&ln10Cache, p, func(p uint) *big.Float {
		a := atanInv(9, p, true)
		a.Mul(a, bfi(2, p+20))
		b := bigLn2(p + 20)
		b.Mul(b, bfi(3, p+20))
		return a.Add(a, b)
	})
}

// bigExp returns e^x; |x| must be below about 2^20.
func bigExp(x *big.Float, p uint) *big.Float {
	if x.Sign() == 0 {
		return bfi(1, p)
	}
	extra := expOf(x)
	if extra < 0 {
		extra = 0
	}
	s := int(math.Sqrt(float64(p)) / 2)
	w := p + 30 + uint(extra) + uint(s)
	ln2 := bigLn2(w)
	q := bf(w).Quo(x, ln2)
	qf, _ := q.Float64()
	k := math.Round(qf)
	r := bf(w).Mul(ln2, bf(w).SetFloat64(k))
	r.Sub(x, r)
	r.SetMantExp(r, -s)
	sum := bfi(1, w)
	sum.Add(sum, r)
	term := bf(w).Set(r)
	for n := int64(2); ; n++ {
		term.Mul(term, r)
		term.Quo(term, bfi(n, w))
		sum.Add(sum, term)
		if tiny(term, sum, w) {
			break
		}
	}
	for i := 0; i < s; i++ {
		sum.Mul(sum, sum)
	}
	return sum.SetMantExp(sum, int(k))
}

// bigAtanhSeries returns atanh(t) = t + t^3/3 + ... for |t| < 1/2.
func bigAtanhSeries(t *big.Float, w uint) *big.Float {
	t2 := bf(w).Mul(t, t)
	pw := bf(w).Set(t)
	sum := bf(w).Set(t)
	term := bf(w)
	for k := int64(1); ; k++ {
		pw.Mul(pw, t2)
		term.Quo(pw, bfi(2*k+1, w))
		sum.Add(sum, term)
		if tiny(term, sum, w) {
			return sum
		}
	}
}

// bigLog returns ln(x) for x > 0. x may carry more precision than p; it is
// used exactly.
func bigLog(x *big.Float, p uint) *big.Float {
	w := p + 30
	m := new(big.Float)
	e := x.MantExp(m) // x = m*2^e, m in [0.5, 1)
	if m.Cmp(bfv(0.7071067811865476)) < 0 {
		m.SetMantExp(m, 1)
		e--
	}
	xp := x.Prec() + 4
	if xp < w {
		xp = w
	}
	num := bf(xp).Sub(m, bfi(1, 2))
	den := bf(xp).Add(m, bfi(1, 2))
	t := bf(w).Quo(num, den)
	res := bigAtanhSeries(t, w)
	res.Mul(res, bfi(2, w))
	if e != 0 {
		l := bigLn2(w + 16)
		l.Mul(l, bfi(int64(e), w+16))
		res.Add(res, l)
	}
	return res
}

// bigLog1p returns ln(1+u) for u > -1.
func bigLog1p(u *big.Float, p uint) *big.Float {
	w := p + 30
	if u.Sign() == 0 {
		return bf(w)
	}
	if expOf(u) <= -1 { // |u| < 1/2
		d := bf(w).Add(u, bfi(2, 2))
		t := bf(w).Quo(u, d)
		res := bigAtanhSeries(t, w)
		return res.Mul(res, bfi(2, w))
	}
	s := bf(u.Prec()+64).Add(u, bfi(1, 2))
	return bigLog(s, p)
}

// bigExpm1 returns e^x - 1.
func bigExpm1(x *big.Float, p uint) *big.Float {
	if x.Sign() == 0 {
		return bf(p)
	}
	extra := 0
	if e := expOf(x); e < 0 {
		extra = -e
	}
	w := p + 8 + uint(extra)
	r := bigExp(x, w)
	return r.Sub(r, bfi(1, 2))
}

// bigAtan returns atan(x).
func bigAtan(x *big.Float, p uint) *big.Float {
	w := p + 40
	a := bf(w).Abs(x)
	if a.Sign() == 0 {
		return a
	}
	inv := a.Cmp(bfi(1, 2)) > 0
	if inv {
		a.Quo(bfi(1, 2), a)
	}
	const halvings = 8
	t := bf(w)
	for i := 0; i < halvings; i++ {
		t.Mul(a, a)
		t.Add(t, bfi(1, 2))
		t.Sqrt(t)
		t.Add(t, bfi(1, 2))
		a.Quo(a, t)
	}
	a2 := bf(w).Mul(a, a)
	pw := bf(w).Set(a)
	sum := bf(w).Set(a)
	for k := int64(1); ; k++ {
		pw.Mul(pw, a2)
		t.Quo(pw, bfi(2*k+1, w))
		if k&1 == 1 {
			sum.Sub(sum, t)
		} else {
			sum.Add(sum, t)
		}
		if tiny(t, sum, w) {
			break
		}
	}
	sum.SetMantExp(sum, halvings)
	if inv {
		h := bigPi(w)
		h.SetMantExp(h, -1)
		sum.Sub(h, sum)
	}
	if x.Sign() < 0 {
		sum.Neg(sum)
	}
	return sum
}

// bigReduce returns r and q with x = q*pi/2 + r, |r| <= pi/4 (about).
func bigReduce(x *big.Float, p uint) (*big.Float, int) {
	extra := expOf(x)
	if extra < 0 {
		extra = 0
	}
	w := p + uint(extra) + 160
	h := bigPi(w)
	h.SetMantExp(h, -1)
	q := bf(w).Quo(x, h)
	q.Add(q, bf(w).SetFloat64(0.5))
	n, acc := q.Int(nil)
	if q.Sign() < 0 && acc != big.Exact {
		n.Sub(n, big.NewInt(1))
	}
	r := bf(w).Mul(h, bf(w).SetInt(n))
	r.Sub(x, r)
	quad := int(new(big.Int).And(n, big.NewInt(3)).Int64())
	return r, quad
}

// bigSinCosReduced returns sin(r), cos(r) for |r| <= 1.
func bigSinCosReduced(r *big.Float, p uint) (s, c *big.Float) {
	w := p + 30
	s = bf(w).Set(r)
	c = bfi(1, w)
	term := bf(w).Set(r)
	for n := int64(2); ; n += 2 {
		// term = r^(n-1)/(n-1)!
		ct := bf(w).Mul(term, r)
		ct.Quo(ct, bfi(n, w)) // r^n/n!
		term.Mul(ct, r)
		term.Quo(term, bfi(n+1, w)) // r^(n+1)/(n+1)!
		if (n/2)&1 == 1 {
			c.Sub(c, ct)
			s.Sub(s, term)
		} else {
			c.Add(c, ct)
			s.Add(s, term)
		}
		if tiny(term, s, w) && tiny(ct, c, w) {
			break
		}
	}
	return s, c
}

func bigSin(x *big.Float, p uint) *big.Float {
	r, q := bigReduce(x, p)
	s, c := bigSinCosReduced(r, p)
	switch q {
	case 0:
		return s
	case 1:
		return c
	case 2:
		return s.Neg(s)
	}
	return c.Neg(c)
}

func bigCos(x *big.Float, p uint) *big.Float {
	r, q := bigReduce(x, p)
	s, c := bigSinCosReduced(r, p)
	switch q {
	case 0:
		return c
	case 1:
		return s.Neg(s)
	case 2:
		return c.Neg(c)
	}
	return s
}

func bigTan(x *big.Float, p uint) *big.Float {
	r, q := bigReduce(x, p)
	s, c := bigSinCosReduced(r, p+4)
	if q&1 == 0 {
		return s.Quo(s, c)
	}
	c.Quo(c, s)
	return c.Neg(c)
}

// bigCbrt returns the real cube root of a nonzero x.
func bigCbrt(x *big.Float, p uint) *big.Float {
	w := p + 30
	m := new(big.Float)
	e := x.MantExp(m)
	for e%3 != 0 {
		m.SetMantExp(m, 1)
		e--
	}
	mf, _ := m.Float64()
	y := bf(w).SetFloat64(math.Cbrt(mf))
	three := bfi(3, 2)
	t := bf(w)
	d := bf(w)
	for bits := 40; bits < int(w)*2; bits *= 2 {
		// y -= (y^3 - m) / (3 y^2)
		t.Mul(y, y)
		d.Mul(t, y)
		d.Sub(d, m)
		t.Mul(t, three)
		d.Quo(d, t)
		y.Sub(y, d)
	}
	return y.SetMantExp(y, e/3)
}

// slow returns f rounded correctly to float64, where f(p) is the exact
// value with relative error below 2^-p. The result must be nonzero.
func slow(f func(p uint) *big.Float) float64 {
	slowCalls.Add(1)
	for p := zivStartPrec; ; p *= 2 {
		r := f(p)
		v, _ := r.Float64()
		if r.Sign() == 0 || p >= zivMaxPrec {
			return v
		}
		d := new(big.Float).SetMantExp(r, -int(p))
		lo := bf(r.Prec()+p+8).Sub(r, d)
		hi := bf(r.Prec()+p+8).Add(r, d)
		a, _ := lo.Float64()
		b, _ := hi.Float64()
		if a == b {
			return v
		}
	}
}
