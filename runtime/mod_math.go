package runtime

import (
	"math"
	"math/big"
	"sort"
	"sync"
)

// ---------------------------------------------------------------------------
// Correctly rounded elementary functions.
//
// CPython's math module calls the C library, and glibc's exp, log, pow,
// sin, cos, tan, atan, asin, acos and atan2 are correctly rounded in all but
// rare hard cases, while Go's math package is often one ulp off (e.g. a
// quarter of all sin results differ). Since Python programs print floats
// with repr, we evaluate these functions in double-double arithmetic
// (about 106 bits) and round once; the results then agree with CPython's
// except when the exact value lies within ~2**-100 of a rounding boundary.

// dd is an unevaluated sum hi + lo with |lo| <= ulp(hi)/2.
type dd struct{ hi, lo float64 }

func twoSum(a, b float64) (float64, float64) {
	s := a + b
	bb := s - a
	return s, (a - (s - bb)) + (b - bb)
}

func fastTwoSum(a, b float64) (float64, float64) {
	s := a + b
	return s, b - (s - a)
}

func twoProd(a, b float64) (float64, float64) {
	p := a * b
	return p, math.FMA(a, b, -p)
}

func ddAdd(a, b dd) dd {
	s, e := twoSum(a.hi, b.hi)
	t, f := twoSum(a.lo, b.lo)
	e += t
	s, e = fastTwoSum(s, e)
	e += f
	s, e = fastTwoSum(s, e)
	return dd{s, e}
}

func ddAddF(a dd, b float64) dd {
	s, e := twoSum(a.hi, b)
	e += a.lo
	s, e = fastTwoSum(s, e)
	return dd{s, e}
}

func ddNeg(a dd) dd              { return dd{-a.hi, -a.lo} }
func ddSub(a, b dd) dd           { return ddAdd(a, ddNeg(b)) }
func ddScale(a dd, s float64) dd { return dd{a.hi * s, a.lo * s} } // s a power of two

func ddMul(a, b dd) dd {
	p, e := twoProd(a.hi, b.hi)
	e += a.hi*b.lo + a.lo*b.hi
	p, e = fastTwoSum(p, e)
	return dd{p, e}
}

func ddMulF(a dd, b float64) dd {
	p, e := twoProd(a.hi, b)
	e += a.lo * b
	p, e = fastTwoSum(p, e)
	return dd{p, e}
}

func ddDiv(a, b dd) dd {
	q1 := a.hi / b.hi
	r := ddSub(a, ddMulF(b, q1))
	q2 := r.hi / b.hi
	r = ddSub(r, ddMulF(b, q2))
	q3 := r.hi / b.hi
	q1, q2 = fastTwoSum(q1, q2)
	return ddAddF(dd{q1, q2}, q3)
}

func ddDivF(a dd, b float64) dd { return ddDiv(a, dd{b, 0}) }

func ddSqrt(a dd) dd {
	if a.hi <= 0 {
		return dd{math.Sqrt(a.hi), 0}
	}
	x := math.Sqrt(a.hi)
	p, e := twoProd(x, x)
	r := ddSub(a, dd{p, e})
	s, c := fastTwoSum(x, r.hi/(2*x))
	return dd{s, c}
}

var (
	ddLn2  = dd{0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56}
	ln2c   = 0x1.7b57a079a1934p-111 // third part of ln 2
	ddPio2 = dd{0x1.921fb54442d18p+0, 0x1.1a62633145c07p-54}
	pio2c  = -0x1.f1976b7ed8fbcp-110 // third part of pi/2
)

// ddRound rounds hi + lo times 2**k to the nearest double, correctly even
// when the result is subnormal.
func ddRound(a dd, k int) float64 {
	r := math.Ldexp(a.hi, k)
	if r != 0 && math.Abs(r) >= 0x1p-1022 || math.IsInf(r, 0) || a.lo == 0 {
		return r
	}
	x := new(big.Float).SetPrec(2200).SetFloat64(a.hi)
	x.Add(x, new(big.Float).SetFloat64(a.lo))
	x.SetMantExp(x, k)
	f, _ := x.Float64()
	return f
}

// expDD returns e**a as a dd mantissa m and exponent k: m * 2**k.
func expDD(a dd) (dd, int) {
	k := math.Round(a.hi / ddLn2.hi)
	r := ddSub(a, ddMulF(ddLn2, k))
	r = ddAddF(r, -k*ln2c)
	r = ddScale(r, 0x1p-10)
	// expm1(r) by its Taylor series; |r| <= 3.4e-4.
	s, term := r, r
	for i := 2; i <= 9; i++ {
		term = ddDivF(ddMul(term, r), float64(i))
		s = ddAdd(s, term)
	}
	// Undo the scaling: expm1(2x) = expm1(x) * (expm1(x) + 2).
	for i := 0; i < 10; i++ {
		s = ddMul(s, ddAddF(s, 2))
	}
	return ddAddF(s, 1), int(k)
}

func crExpDD(a dd) float64 {
	switch {
	case math.IsNaN(a.hi):
		return a.hi
	case a.hi > 709.8:
		return math.Inf(1)
	case a.hi < -746:
		return 0
	}
	m, k := expDD(a)
	return ddRound(m, k)
}

func crExp(x float64) float64 {
	if math.IsInf(x, -1) {
		return 0
	}
	if math.Abs(x) < 0x1p-54 {
		return 1 + x
	}
	return crExpDD(dd{x, 0})
}

func crExp2(x float64) float64 {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return math.Exp2(x)
	}
	if x == math.Trunc(x) && math.Abs(x) < 2000 {
		return math.Ldexp(1, int(x))
	}
	return crExpDD(ddMulF(ddLn2, x))
}

// logTable[j] is log(1 + j/32) for j = 0..32, filled on first use.
var (
	logTableOnce sync.Once
	logTable     [33]dd
)

// logSeries is log(1+t) = 2 atanh(t / (2+t)) for small t given in dd.
func logSeries(t dd, terms int) dd {
	s := ddDiv(t, ddAddF(t, 2))
	s2 := ddMul(s, s)
	sum, p := s, s
	for n := 3; n <= 2*terms+1; n += 2 {
		p = ddMul(p, s2)
		sum = ddAdd(sum, ddDivF(p, float64(n)))
	}
	return ddScale(sum, 2)
}

// logDD is the natural logarithm of a positive finite x.
func logDD(x float64) dd {
	logTableOnce.Do(func() {
		for j := 1; j <= 32; j++ {
			logTable[j] = logSeries(dd{float64(j) / 32, 0}, 40)
		}
	})
	m, e := math.Frexp(x) // x = m * 2**e, m in [0.5, 1)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	// m in [0.707, 1.414): write m = c * (1 + t) with c = 1 + j/32.
	var j int
	var t dd
	if m >= 1 {
		j = int((m-1)*32 + 0.5)
		c := 1 + float64(j)/32
		t = ddDivF(dd{m - c, 0}, c) // m - c is exact (Sterbenz)
	} else {
		// log(m) = log(2m) - log 2 keeps the table one-sided.
		m2 := 2 * m
		j = int((m2-1)*32 + 0.5)
		c := 1 + float64(j)/32
		t = ddDivF(dd{m2 - c, 0}, c)
		e--
	}
	r := ddAdd(logTable[j], logSeries(t, 9))
	if e != 0 {
		r = ddAdd(ddAddF(ddMulF(ddLn2, float64(e)), float64(e)*ln2c), r)
	}
	return r
}

func crLog(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x < 0:
		return math.NaN()
	case x == 0:
		return math.Inf(-1)
	case x == 1:
		return 0
	}
	return logDD(x).hi
}

func crLog2(x float64) float64 {
	if !(x > 0) || math.IsInf(x, 1) {
		return crLog(x)
	}
	if m, e := math.Frexp(x); m == 0.5 {
		return float64(e - 1)
	}
	return ddDiv(logDD(x), ddLn2).hi
}

// isOddInt reports whether y is an odd integer.
func isOddInt(y float64) bool {
	if math.Abs(y) >= 1<<53 {
		return false
	}
	return y == math.Trunc(y) && math.Mod(y, 2) != 0
}

// crPow is C99's pow.
func crPow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	case x == 0:
		if y < 0 {
			if isOddInt(y) {
				return math.Copysign(math.Inf(1), x)
			}
			return math.Inf(1)
		}
		if isOddInt(y) {
			return x
		}
		return 0
	case math.IsInf(y, 0):
		ax := math.Abs(x)
		switch {
		case ax == 1:
			return 1
		case (ax < 1) == (y > 0):
			return 0
		}
		return math.Inf(1)
	case math.IsInf(x, 0):
		if x < 0 {
			return crPow(-0.0, -y) // pow(-inf, y) = pow(-0, -y)
		}
		if y < 0 {
			return 0
		}
		return math.Inf(1)
	}
	sign := 1.0
	if x < 0 {
		if y != math.Trunc(y) {
			return math.NaN()
		}
		if isOddInt(y) {
			sign = -1
		}
		x = -x
	}
	if y == 1 {
		return sign * x
	}
	l := logDD(x)
	p := ddMulF(l, y)
	if math.IsInf(p.hi, 0) || math.IsNaN(p.lo) {
		p = dd{p.hi, 0}
	}
	return sign * crExpDD(p)
}

// piBig is pi to 1300 bits, for reducing huge arguments of sin and cos.
var (
	piBigOnce sync.Once
	piBig     *big.Float
)

func bigPi() *big.Float {
	piBigOnce.Do(func() {
		// Machin: pi = 16 atan(1/5) - 4 atan(1/239).
		const prec = 1300
		atanInv := func(n int64) *big.Float {
			x := new(big.Float).SetPrec(prec).Quo(big.NewFloat(1).SetPrec(prec), new(big.Float).SetPrec(prec).SetInt64(n))
			x2 := new(big.Float).SetPrec(prec).Mul(x, x)
			sum := new(big.Float).SetPrec(prec).Set(x)
			p := new(big.Float).SetPrec(prec).Set(x)
			eps := new(big.Float).SetMantExp(big.NewFloat(1), -prec-10)
			for k := int64(3); ; k += 2 {
				p.Mul(p, x2)
				term := new(big.Float).SetPrec(prec).Quo(p, new(big.Float).SetPrec(prec).SetInt64(k))
				if term.Cmp(eps) < 0 {
					break
				}
				if k%4 == 3 {
					sum.Sub(sum, term)
				} else {
					sum.Add(sum, term)
				}
			}
			return sum
		}
		a := atanInv(5)
		a.Mul(a, new(big.Float).SetPrec(prec).SetInt64(16))
		b := atanInv(239)
		b.Mul(b, new(big.Float).SetPrec(prec).SetInt64(4))
		piBig = a.Sub(a, b)
	})
	return piBig
}

// reduceHalfPi returns r and q with x = q*pi/2 + r, |r| <= pi/4 (about).
func reduceHalfPi(x float64) (dd, int) {
	if math.Abs(x) <= math.Pi/4 {
		return dd{x, 0}, 0
	}
	if math.Abs(x) < 0x1p26 {
		k := math.Round(x / ddPio2.hi)
		p1, e1 := twoProd(k, ddPio2.hi)
		p2, e2 := twoProd(k, ddPio2.lo)
		r := ddSub(dd{x, 0}, dd{p1, e1})
		r = ddSub(r, dd{p2, e2})
		r = ddAddF(r, -k*pio2c)
		return r, int(int64(k) & 3)
	}
	const prec = 1300
	pi2 := new(big.Float).SetPrec(prec).Quo(bigPi(), big.NewFloat(2))
	bx := new(big.Float).SetPrec(prec).SetFloat64(x)
	q := new(big.Float).SetPrec(prec).Quo(bx, pi2)
	// Round q to the nearest integer.
	half := big.NewFloat(0.5)
	if q.Sign() < 0 {
		q.Sub(q, half)
	} else {
		q.Add(q, half)
	}
	qi, _ := q.Int(nil)
	qf := new(big.Float).SetPrec(prec).SetInt(qi)
	r := new(big.Float).SetPrec(prec).Sub(bx, qf.Mul(qf, pi2))
	hi, _ := r.Float64()
	r.Sub(r, new(big.Float).SetFloat64(hi))
	lo, _ := r.Float64()
	quad := new(big.Int).And(qi, big.NewInt(3)).Int64()
	return dd{hi, lo}, int(quad)
}

// sinCosTable[j] holds sin and cos of j/64 for j = 0..52, filled on first use.
var (
	sinCosOnce  sync.Once
	sinCosTable [53][2]dd
)

// sinCosSeries evaluates sin and cos of a small dd by their Taylor series.
func sinCosSeries(r dd, terms int) (dd, dd) {
	r2 := ddMul(r, r)
	sin, cos := r, dd{1, 0}
	ps, pc := r, dd{1, 0}
	for n := 1; n <= terms; n++ {
		pc = ddDivF(ddMul(pc, r2), float64((2*n-1)*(2*n)))
		ps = ddDivF(ddMul(ps, r2), float64((2*n)*(2*n+1)))
		if n%2 == 1 {
			cos, sin = ddSub(cos, pc), ddSub(sin, ps)
		} else {
			cos, sin = ddAdd(cos, pc), ddAdd(sin, ps)
		}
	}
	return sin, cos
}

// sinCosReduced returns sin and cos of |r| <= pi/4 (approximately).
func sinCosReduced(r dd) (dd, dd) {
	sinCosOnce.Do(func() {
		for j := range sinCosTable {
			s, c := sinCosSeries(dd{float64(j) / 64, 0}, 20)
			sinCosTable[j] = [2]dd{s, c}
		}
	})
	neg := r.hi < 0
	if neg {
		r = ddNeg(r)
	}
	j := int(r.hi*64 + 0.5)
	if j >= len(sinCosTable) {
		j = len(sinCosTable) - 1
	}
	b := ddAddF(r, -float64(j)/64)
	sb, cb := sinCosSeries(b, 7)
	sa, ca := sinCosTable[j][0], sinCosTable[j][1]
	s := ddAdd(ddMul(sa, cb), ddMul(ca, sb))
	c := ddSub(ddMul(ca, cb), ddMul(sa, sb))
	if neg {
		s = ddNeg(s)
	}
	return s, c
}

// sinCosDD returns sin x and cos x for finite x.
func sinCosDD(x float64) (dd, dd) {
	r, q := reduceHalfPi(x)
	s, c := sinCosReduced(r)
	switch q {
	case 1:
		s, c = c, ddNeg(s)
	case 2:
		s, c = ddNeg(s), ddNeg(c)
	case 3:
		s, c = ddNeg(c), s
	}
	return s, c
}

func crSin(x float64) float64 {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return math.NaN()
	}
	if math.Abs(x) < 0x1p-26 {
		return x
	}
	s, _ := sinCosDD(x)
	return s.hi
}

func crCos(x float64) float64 {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return math.NaN()
	}
	if math.Abs(x) < 0x1p-27 {
		return 1
	}
	_, c := sinCosDD(x)
	return c.hi
}

func crTan(x float64) float64 {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return math.NaN()
	}
	if math.Abs(x) < 0x1p-27 {
		return x
	}
	s, c := sinCosDD(x)
	return ddDiv(s, c).hi
}

// atan2DD is atan2(y, x) for finite dd arguments, not both zero, refined
// from the double approximation by one Newton step.
func atan2DD(y, x dd) dd {
	if x.hi == 0 {
		return dd{math.Copysign(ddPio2.hi, y.hi), math.Copysign(ddPio2.lo, y.hi)}
	}
	if y.hi == 0 {
		if x.hi > 0 {
			return dd{y.hi, 0}
		}
		return dd{math.Copysign(2*ddPio2.hi, y.hi), math.Copysign(2*ddPio2.lo, y.hi)}
	}
	// Scale so that the larger magnitude is near 1 (atan2 is invariant).
	_, ey := math.Frexp(y.hi)
	_, ex := math.Frexp(x.hi)
	e := max(ex, ey)
	y = dd{math.Ldexp(y.hi, -e), math.Ldexp(y.lo, -e)}
	x = dd{math.Ldexp(x.hi, -e), math.Ldexp(x.lo, -e)}
	if y.hi == 0 || x.hi == 0 || math.Abs(y.hi) < 0x1p-900 || math.Abs(x.hi) < 0x1p-900 {
		// One argument is negligible next to the other.
		z := math.Atan2(math.Ldexp(y.hi, e), math.Ldexp(x.hi, e))
		return dd{z, 0}
	}
	r := ddSqrt(ddAdd(ddMul(x, x), ddMul(y, y)))
	xx, yy := ddDiv(x, r), ddDiv(y, r)
	z := math.Atan2(y.hi, x.hi)
	s, c := sinCosDD(z)
	zz := dd{z, 0}
	if math.Abs(xx.hi) > math.Abs(yy.hi) {
		return ddAdd(zz, ddDiv(ddSub(yy, s), c))
	}
	return ddSub(zz, ddDiv(ddSub(xx, c), s))
}

func crAtan(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case math.IsInf(x, 0):
		return math.Copysign(math.Pi/2, x)
	case math.Abs(x) < 0x1p-27:
		return x
	case math.Abs(x) > 0x1p60:
		return math.Copysign(math.Pi/2, x)
	}
	return atan2DD(dd{x, 0}, dd{1, 0}).hi
}

// crAtan2 is C99's atan2 (CPython's m_atan2 handles the special values first).
func crAtan2(y, x float64) float64 {
	if math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) || y == 0 || x == 0 {
		return math.Atan2(y, x)
	}
	return atan2DD(dd{y, 0}, dd{x, 0}).hi
}

// oneMinusSquare returns sqrt(1 - x*x) in dd for |x| <= 1.
func oneMinusSquare(x float64) dd {
	a, ea := twoSum(1, -x)
	b, eb := twoSum(1, x)
	return ddSqrt(ddMul(dd{a, ea}, dd{b, eb}))
}

func crAsin(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case math.Abs(x) > 1:
		return math.NaN()
	case math.Abs(x) == 1:
		return math.Copysign(math.Pi/2, x)
	case math.Abs(x) < 0x1p-26:
		return x
	}
	return atan2DD(dd{x, 0}, oneMinusSquare(x)).hi
}

func crAcos(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case math.Abs(x) > 1:
		return math.NaN()
	case x == 1:
		return 0
	case x == -1:
		return math.Pi
	}
	return atan2DD(oneMinusSquare(x), dd{x, 0}).hi
}

// The hyperbolic functions follow glibc's (fdlibm's) formulas on top of the
// correctly rounded exp and log, which reproduces glibc's results.

func crSinh(x float64) float64 {
	ax := math.Abs(x)
	h := math.Copysign(0.5, x)
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		return x
	case ax < 22:
		if ax < 0x1p-28 {
			return x
		}
		t := math.Expm1(ax)
		if ax < 1 {
			return h * (float64(2*t) - t*t/(t+1))
		}
		return h * (t + t/(t+1))
	case ax < 709.7822265625:
		return h * crExp(ax)
	case ax <= 710.4758600739439:
		w := crExp(0.5 * ax)
		return h * w * w
	}
	return x * math.Inf(1)
}

func crCosh(x float64) float64 {
	ax := math.Abs(x)
	switch {
	case math.IsNaN(x):
		return x
	case math.IsInf(x, 0):
		return math.Inf(1)
	case ax < 22:
		if ax < 0.5*math.Ln2 {
			if ax < 0x1p-55 {
				return 1
			}
			t := math.Expm1(ax)
			w := 1 + t
			return 1 + (t*t)/(w+w)
		}
		t := crExp(ax)
		return float64(0.5*t) + 0.5/t
	case ax < 709.7822265625:
		return 0.5 * crExp(ax)
	case ax <= 710.4758600739439:
		w := crExp(0.5 * ax)
		return 0.5 * w * w
	}
	return math.Inf(1)
}

func crTanh(x float64) float64 {
	ax := math.Abs(x)
	var z float64
	switch {
	case math.IsNaN(x):
		return x
	case ax >= 22:
		z = 1
	case x == 0:
		return x
	case ax < 0x1p-55:
		return x * (1 + x)
	case ax >= 1:
		t := math.Expm1(2 * ax)
		z = 1 - 2/(t+2)
	default:
		t := math.Expm1(-2 * ax)
		z = -t / (t + 2)
	}
	return math.Copysign(z, x)
}

func crAsinh(x float64) float64 {
	ax := math.Abs(x)
	var w float64
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		return x
	case ax < 0x1p-28:
		return x
	case ax > 0x1p28:
		w = crLog(ax) + math.Ln2
	case ax > 2:
		w = crLog(float64(2*ax) + 1/(math.Sqrt(float64(ax*ax)+1)+ax))
	default:
		t := ax * ax
		w = math.Log1p(ax + t/(1+math.Sqrt(1+t)))
	}
	return math.Copysign(w, x)
}

func crAcosh(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x < 1:
		return math.NaN()
	case x >= 0x1p28:
		if math.IsInf(x, 1) {
			return x
		}
		return crLog(x) + math.Ln2
	case x == 1:
		return 0
	case x > 2:
		return crLog(float64(2*x) - 1/(x+math.Sqrt(float64(x*x)-1)))
	}
	t := x - 1
	return math.Log1p(t + math.Sqrt(float64(2*t)+float64(t*t)))
}

// crCbrt is glibc's cbrt. The conversions keep Go from fusing multiplies
// and adds (it does on arm64), which glibc's x86-64 build does not do.
func crCbrt(x float64) float64 {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return x + x
	}
	xm, xe := math.Frexp(math.Abs(x))
	u := 0.784932344976639262 - float64(0.145263899385486377*xm)
	u = -1.83469277483613086 + float64(u*xm)
	u = 2.44693122563534430 + float64(u*xm)
	u = -2.11499494167371287 + float64(u*xm)
	u = 1.50819193781584896 + float64(u*xm)
	u = 0.354895765043919860 + float64(u*xm)
	t2 := u * u * u
	ym := u * (t2 + float64(2*xm)) / (float64(2*t2) + xm) * cbrtFactor[2+xe%3]
	return math.Copysign(math.Ldexp(ym, xe/3), x)
}

// cbrtFactor is 2**(n/3) for n = -2..2, rounded as C computes the quotients.
var cbrtFactor = func() [5]float64 {
	c2, c4 := 1.2599210498948731648, 1.5874010519681994748
	return [5]float64{1 / c4, 1 / c2, 1, c2, c4}
}()

// glibcLog10 is glibc's log10: a split of the exponent around the log.
func glibcLog10(x float64) float64 {
	if !(x > 0) || math.IsInf(x, 1) {
		return crLog(x)
	}
	const (
		ivln10   = 4.34294481903251816668e-01
		log10Hi  = 3.01029995663611771306e-01
		log10Lo  = 3.69423907715893078616e-13
		twoTo54  = 1.80143985094819840000e+16
		mantMask = 1<<52 - 1
	)
	k := int64(0)
	if x < 0x1p-1022 {
		k -= 54
		x *= twoTo54
	}
	hx := int64(math.Float64bits(x))
	k += (hx >> 52) - 1023
	i := int64(uint64(k) >> 63)
	x = math.Float64frombits(uint64((hx & mantMask) | (0x3ff-i)<<52))
	y := float64(k + i)
	z := float64(y*log10Lo) + float64(ivln10*crLog(x))
	return z + float64(y*log10Hi)
}

// Gamma functions: CPython's own Lanczos implementation (m_tgamma,
// m_lgamma), evaluated over the correctly rounded exp, pow, log and sin.

var lanczosNum = [13]float64{
	23531376880.410759688572007674451636754734846804940,
	42919803642.649098768957899047001988850926355848959,
	35711959237.355668049440185451547166705960488635843,
	17921034426.037209699919755754458931112671403265390,
	6039542586.3520280050642916443072979210699388420708,
	1439720407.3117216736632230727949123939715485786772,
	248874557.86205415651146038641322942321632125127801,
	31426415.585400194380614231628318205362874684987640,
	2876370.6289353724412254090516208496135991145378768,
	186056.26539522349504029498971604569928220784236328,
	8071.6720023658162106380029022722506138218516325024,
	210.82427775157934587250973392071336271166969580291,
	2.5066282746310002701649081771338373386264310793408,
}

var lanczosDen = [13]float64{0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
	13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0}

const (
	lanczosG          = 6.024680040776729583740234375
	lanczosGMinusHalf = 5.524680040776729583740234375
	logPi             = 1.144729885849400174143427351353058711647
)

func lanczosSum(x float64) float64 {
	var num, den float64
	if x < 5 {
		for i := len(lanczosNum) - 1; i >= 0; i-- {
			num = float64(num*x) + lanczosNum[i]
			den = float64(den*x) + lanczosDen[i]
		}
	} else {
		for i := range lanczosNum {
			num = num/x + lanczosNum[i]
			den = den/x + lanczosDen[i]
		}
	}
	return num / den
}

// sinPi is sin(pi*x), exact at integers and half-integers.
func sinPi(x float64) float64 {
	y := math.Mod(math.Abs(x), 2)
	var r float64
	switch int(math.Round(2 * y)) {
	case 0:
		r = crSin(math.Pi * y)
	case 1:
		r = crCos(math.Pi * (y - 0.5))
	case 2:
		r = crSin(math.Pi * (1 - y))
	case 3:
		r = -crCos(math.Pi * (y - 1.5))
	default:
		r = crSin(math.Pi * (y - 2))
	}
	return math.Copysign(1, x) * r
}

// mathErr is the errno CPython's gamma functions set.
type mathErr int

const (
	errNone mathErr = iota
	errDomain
	errRange
)

func tgamma(x float64) (float64, mathErr) {
	if math.IsNaN(x) || math.IsInf(x, 1) {
		return x, errNone
	}
	if math.IsInf(x, -1) {
		return math.NaN(), errDomain
	}
	if x == 0 {
		return math.Copysign(math.Inf(1), x), errDomain
	}
	if x == math.Floor(x) {
		if x < 0 {
			return math.NaN(), errDomain
		}
		if x <= 23 {
			f := 1.0
			for i := 2.0; i < x; i++ {
				f *= i
			}
			return f, errNone
		}
	}
	absx := math.Abs(x)
	if absx < 1e-20 {
		r := 1 / x
		if math.IsInf(r, 0) {
			return r, errRange
		}
		return r, errNone
	}
	if absx > 200 {
		if x < 0 {
			return 0 / sinPi(x), errNone
		}
		return math.Inf(1), errRange
	}
	y := absx + lanczosGMinusHalf
	var z float64
	if absx > lanczosGMinusHalf {
		q := y - absx
		z = q - lanczosGMinusHalf
	} else {
		q := y - lanczosGMinusHalf
		z = q - absx
	}
	z = z * lanczosG / y
	var r float64
	if x < 0 {
		r = -math.Pi / sinPi(absx) / absx * crExp(y) / lanczosSum(absx)
		r -= z * r
		if absx < 140 {
			r /= crPow(y, absx-0.5)
		} else {
			sqrtpow := crPow(y, absx/2-0.25)
			r /= sqrtpow
			r /= sqrtpow
		}
	} else {
		r = lanczosSum(absx) / crExp(y)
		r += float64(z * r)
		if absx < 140 {
			r *= crPow(y, absx-0.5)
		} else {
			sqrtpow := crPow(y, absx/2-0.25)
			r *= sqrtpow
			r *= sqrtpow
		}
	}
	if math.IsInf(r, 0) {
		return r, errRange
	}
	return r, errNone
}

func lgamma(x float64) (float64, mathErr) {
	if math.IsNaN(x) {
		return x, errNone
	}
	if math.IsInf(x, 0) {
		return math.Inf(1), errNone
	}
	if x == math.Floor(x) && x <= 2 {
		if x <= 0 {
			return math.Inf(1), errDomain
		}
		return 0, errNone
	}
	absx := math.Abs(x)
	if absx < 1e-20 {
		return -crLog(absx), errNone
	}
	r := crLog(lanczosSum(absx)) - lanczosG
	r += float64((absx - 0.5) * (crLog(absx+lanczosG-0.5) - 1))
	if x < 0 {
		r = logPi - crLog(math.Abs(sinPi(absx))) - crLog(absx) - r
	}
	if math.IsInf(r, 0) {
		return r, errRange
	}
	return r, errNone
}

// vectorNorm is CPython's vector_norm, behind hypot and dist: the squares
// are summed with extra precision and the root corrected once.
func vectorNorm(vec []float64, maxv float64, foundNaN bool) float64 {
	if math.IsInf(maxv, 0) {
		return maxv
	}
	if foundNaN {
		return math.NaN()
	}
	if maxv == 0 || len(vec) <= 1 {
		return maxv
	}
	_, maxE := math.Frexp(maxv)
	if maxE < -1023 {
		const dblMin = 0x1p-1022
		for i := range vec {
			vec[i] /= dblMin
		}
		return dblMin * vectorNorm(vec, maxv/dblMin, foundNaN)
	}
	scale := math.Ldexp(1, -maxE)
	csum, frac1, frac2 := 1.0, 0.0, 0.0
	for _, x := range vec {
		x *= scale
		hi, lo := twoProd(x, x)
		s, e := fastTwoSum(csum, hi)
		csum = s
		frac1 += lo
		frac2 += e
	}
	h := math.Sqrt(csum - 1 + (frac1 + frac2))
	hi, lo := twoProd(-h, h)
	s, e := fastTwoSum(csum, hi)
	csum = s
	frac1 += lo
	frac2 += e
	x := csum - 1 + (frac1 + frac2)
	h += x / (2 * h)
	return h / scale
}

// ---------------------------------------------------------------------------
// The math module.

func init() {
	BuiltinModules["math"] = newMathModule
}

func newMathModule(t *Thread) *Module {
	m := NewModule("math")
	// Names are bound in sorted order so that slot numbers (visible in
	// JIT dumps) do not depend on map iteration order.
	pending := map[string]Value{}
	set := func(name string, v Value) { pending[name] = v }
	set("pi", Float(math.Pi))
	set("e", Float(math.E))
	set("tau", Float(2*math.Pi))
	set("inf", Float(math.Inf(1)))
	set("nan", Float(math.NaN()))
	for name, f := range map[string]struct {
		fn          func(float64) float64
		canOverflow bool
	}{
		"acos": {crAcos, false}, "acosh": {crAcosh, false}, "asin": {crAsin, false},
		"asinh": {crAsinh, false}, "atan": {crAtan, false}, "atanh": {math.Atanh, false},
		"cbrt": {crCbrt, false}, "cos": {crCos, false}, "cosh": {crCosh, true},
		"exp": {crExp, true}, "exp2": {crExp2, true}, "expm1": {math.Expm1, true},
		"fabs": {math.Abs, false}, "log1p": {math.Log1p, false}, "sin": {crSin, false},
		"sinh": {crSinh, true}, "sqrt": {math.Sqrt, false}, "tan": {crTan, false},
		"tanh": {crTanh, false},
	} {
		set(name, math1(name, f.fn, f.canOverflow))
	}
	for name, fn := range map[string]func(float64) (float64, mathErr){
		"gamma":  tgamma,
		"lgamma": lgamma,
		"erf":    func(x float64) (float64, mathErr) { return math.Erf(x), errNone },
		"erfc":   func(x float64) (float64, mathErr) { return math.Erfc(x), errNone },
	} {
		set(name, math1a(name, fn))
	}
	for name, fn := range map[string]func(float64, float64) float64{
		"atan2":     mAtan2,
		"copysign":  math.Copysign,
		"remainder": mRemainder,
		"nextafter": math.Nextafter,
	} {
		set(name, math2(name, fn))
	}
	for name, fn := range map[string]BuiltinFunc{
		"ceil":      mathCeil,
		"floor":     mathFloor,
		"trunc":     mathTrunc,
		"fmod":      mathFmod,
		"pow":       mathPow,
		"log":       mathLog,
		"log2":      mathLog2,
		"log10":     mathLog10,
		"hypot":     mathHypot,
		"dist":      mathDist,
		"isqrt":     mathIsqrt,
		"gcd":       mathGcd,
		"lcm":       mathLcm,
		"factorial": mathFactorial,
		"comb":      mathComb,
		"perm":      mathPerm,
		"prod":      mathProd,
		"fsum":      mathFsum,
		"isnan":     mathPredicate("isnan", math.IsNaN),
		"isinf":     mathPredicate("isinf", func(x float64) bool { return math.IsInf(x, 0) }),
		"isfinite":  mathPredicate("isfinite", func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }),
		"isclose":   mathIsclose,
		"modf":      mathModf,
		"frexp":     mathFrexp,
		"ldexp":     mathLdexp,
		"degrees":   mathScale("degrees", 180/math.Pi),
		"radians":   mathScale("radians", math.Pi/180),
		"ulp":       mathUlp,
	} {
		set(name, NewBuiltin(name, fn))
	}
	names := make([]string, 0, len(pending))
	for name := range pending {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		m.Globals.Set(name, pending[name])
	}
	return m
}

var (
	mathDomainError = func() error { return Errorf(ValueErrorType, "math domain error") }
	mathRangeError  = func() error { return Errorf(OverflowErrorType, "math range error") }
)

// math1 is CPython's math_1: a NaN from a non-NaN argument is a domain
// error; an infinity from a finite argument is a range error for functions
// that can overflow and a domain error (a singularity) otherwise.
func math1(name string, fn func(float64) float64, canOverflow bool) Value {
	return NewBuiltin(name, func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := exactArgs("math."+name, args, kw, 1); err != nil {
			return Value{}, err
		}
		x, err := toFloatArg(t, args[0])
		if err != nil {
			return Value{}, err
		}
		r := fn(x)
		if math.IsNaN(r) && !math.IsNaN(x) {
			return Value{}, mathDomainError()
		}
		if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
			if canOverflow {
				return Value{}, mathRangeError()
			}
			return Value{}, mathDomainError()
		}
		return Float(r), nil
	})
}

// math1a is CPython's math_1a, for functions that report their own errors.
func math1a(name string, fn func(float64) (float64, mathErr)) Value {
	return NewBuiltin(name, func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := exactArgs("math."+name, args, kw, 1); err != nil {
			return Value{}, err
		}
		x, err := toFloatArg(t, args[0])
		if err != nil {
			return Value{}, err
		}
		r, e := fn(x)
		switch {
		case e == errDomain:
			return Value{}, mathDomainError()
		case e == errRange && math.Abs(r) >= 1.5:
			return Value{}, mathRangeError()
		}
		return Float(r), nil
	})
}

// twoFloats parses the two float arguments of a math_2 style function.
func twoFloats(t *Thread, name string, args []Value, kw []string) (float64, float64, error) {
	if err := positional("math."+name, name, args, kw, 2, 2); err != nil {
		return 0, 0, err
	}
	x, err := toFloatArg(t, args[0])
	if err != nil {
		return 0, 0, err
	}
	y, err := toFloatArg(t, args[1])
	return x, y, err
}

// math2 is CPython's math_2.
func math2(name string, fn func(float64, float64) float64) Value {
	return NewBuiltin(name, func(t *Thread, args []Value, kw []string) (Value, error) {
		x, y, err := twoFloats(t, name, args, kw)
		if err != nil {
			return Value{}, err
		}
		r := fn(x, y)
		finite := func(f float64) bool { return !math.IsInf(f, 0) && !math.IsNaN(f) }
		if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
			return Value{}, mathDomainError()
		}
		if math.IsInf(r, 0) && finite(x) && finite(y) {
			return Value{}, mathRangeError()
		}
		return Float(r), nil
	})
}

// mAtan2 is CPython's m_atan2: special values follow C99 Annex F.
func mAtan2(y, x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	case math.IsInf(y, 0):
		if math.IsInf(x, 0) {
			if math.Copysign(1, x) == 1 {
				return math.Copysign(0.25*math.Pi, y)
			}
			return math.Copysign(0.75*math.Pi, y)
		}
		return math.Copysign(0.5*math.Pi, y)
	case math.IsInf(x, 0) || y == 0:
		if math.Copysign(1, x) == 1 {
			return math.Copysign(0, y)
		}
		return math.Copysign(math.Pi, y)
	}
	return crAtan2(y, x)
}

// mRemainder is CPython's m_remainder: IEEE 754 remainder, always exact.
func mRemainder(x, y float64) float64 {
	if !math.IsInf(x, 0) && !math.IsNaN(x) && !math.IsInf(y, 0) && !math.IsNaN(y) {
		if y == 0 {
			return math.NaN()
		}
		absx, absy := math.Abs(x), math.Abs(y)
		m := math.Mod(absx, absy)
		c := absy - m
		var r float64
		switch {
		case m < c:
			r = m
		case m > c:
			r = -c
		default:
			r = m - 2*math.Mod(0.5*(absx-m), absy)
		}
		return math.Copysign(1, x) * r
	}
	switch {
	case math.IsNaN(x):
		return x
	case math.IsNaN(y):
		return y
	case math.IsInf(x, 0):
		return math.NaN()
	}
	return x
}

func mathCeil(t *Thread, args []Value, kw []string) (Value, error) {
	return floorCeil(t, "ceil", args, kw, math.Ceil)
}

func mathFloor(t *Thread, args []Value, kw []string) (Value, error) {
	return floorCeil(t, "floor", args, kw, math.Floor)
}

func floorCeil(t *Thread, name string, args []Value, kw []string, f func(float64) float64) (Value, error) {
	if err := exactArgs("math."+name, args, kw, 1); err != nil {
		return Value{}, err
	}
	v := args[0]
	if v.IsFloat() {
		return floatToInt(f(v.AsFloat()))
	}
	if IsIntLike(v) {
		return intAdd(Int(0), v), nil
	}
	if r, ok, err := callSpecial(t, v, "__"+name+"__"); ok || err != nil {
		return r, err
	}
	x, err := toFloatArg(t, v)
	if err != nil {
		return Value{}, err
	}
	return floatToInt(f(x))
}

func mathTrunc(t *Thread, args []Value, kw []string) (Value, error) {
	if err := exactArgs("math.trunc", args, kw, 1); err != nil {
		return Value{}, err
	}
	v := args[0]
	switch {
	case v.IsFloat():
		return floatToInt(v.AsFloat())
	case IsIntLike(v):
		return intAdd(Int(0), v), nil
	}
	if r, ok, err := callSpecial(t, v, "__trunc__"); ok || err != nil {
		return r, err
	}
	return Value{}, Errorf(TypeErrorType, "type %s doesn't define __trunc__ method", v.TypeName())
}

func mathFmod(t *Thread, args []Value, kw []string) (Value, error) {
	x, y, err := twoFloats(t, "fmod", args, kw)
	if err != nil {
		return Value{}, err
	}
	if math.IsInf(y, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		return Float(x), nil
	}
	r := math.Mod(x, y)
	if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
		return Value{}, mathDomainError()
	}
	return Float(r), nil
}

// mathPow is math.pow: IEEE special values handled directly, then libm's pow
// whose NaN and infinite results become domain and range errors.
func mathPow(t *Thread, args []Value, kw []string) (Value, error) {
	x, y, err := twoFloats(t, "pow", args, kw)
	if err != nil {
		return Value{}, err
	}
	finite := func(f float64) bool { return !math.IsInf(f, 0) && !math.IsNaN(f) }
	if !finite(x) || !finite(y) {
		var r float64
		switch {
		case math.IsNaN(x):
			r = x
			if y == 0 {
				r = 1
			}
		case math.IsNaN(y):
			r = y
			if x == 1 {
				r = 1
			}
		case math.IsInf(x, 0):
			oddY := finite(y) && math.Mod(math.Abs(y), 2) == 1
			switch {
			case y > 0:
				r = math.Abs(x)
				if oddY {
					r = x
				}
			case y == 0:
				r = 1
			default:
				r = 0
				if oddY {
					r = math.Copysign(0, x)
				}
			}
		default: // y infinite
			switch ax := math.Abs(x); {
			case ax == 1:
				r = 1
			case y > 0 && ax > 1:
				r = y
			case y < 0 && ax < 1:
				r = -y
			default:
				r = 0
			}
		}
		return Float(r), nil
	}
	r := crPow(x, y)
	if math.IsNaN(r) {
		return Value{}, mathDomainError()
	}
	if math.IsInf(r, 0) {
		if x == 0 {
			return Value{}, mathDomainError()
		}
		return Value{}, mathRangeError()
	}
	return Float(r), nil
}

// logArg is CPython's loghelper: ints are handled exactly, so that the
// log of an int too large for a float is still computed.
func logArg(t *Thread, v Value, f func(float64) float64) (float64, error) {
	if IsIntLike(v) {
		if intSign(v) <= 0 {
			return 0, mathDomainError()
		}
		if x, err := IntToFloat(v); err == nil {
			return f(x), nil
		}
		// x = m * 2**e with m rounded to 53 bits, as _PyLong_Frexp.
		bf := new(big.Float).SetPrec(53).SetInt(bigOf(v))
		mant := new(big.Float)
		e := bf.MantExp(mant)
		m, _ := mant.Float64()
		return f(m) + float64(f(2)*float64(e)), nil
	}
	x, err := toFloatArg(t, v)
	if err != nil {
		return 0, err
	}
	r := f(x)
	if math.IsNaN(r) && !math.IsNaN(x) || math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		return 0, mathDomainError()
	}
	return r, nil
}

func mathLog(t *Thread, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return Value{}, NoKwargs("math.log", kw)
	}
	if len(args) < 1 || len(args) > 2 {
		return Value{}, Errorf(TypeErrorType, "math.log requires 1 to 2 arguments")
	}
	num, err := logArg(t, args[0], crLog)
	if err != nil {
		return Value{}, err
	}
	if len(args) == 1 {
		return Float(num), nil
	}
	den, err := logArg(t, args[1], crLog)
	if err != nil {
		return Value{}, err
	}
	if den == 0 {
		return Value{}, Errorf(ZeroDivisionErrorType, "float division by zero")
	}
	return Float(num / den), nil
}

func mathLog2(t *Thread, args []Value, kw []string) (Value, error) {
	return mathLogN(t, "log2", args, kw, crLog2)
}

func mathLog10(t *Thread, args []Value, kw []string) (Value, error) {
	return mathLogN(t, "log10", args, kw, glibcLog10)
}

func mathLogN(t *Thread, name string, args []Value, kw []string, f func(float64) float64) (Value, error) {
	if err := exactArgs("math."+name, args, kw, 1); err != nil {
		return Value{}, err
	}
	r, err := logArg(t, args[0], f)
	return Float(r), err
}

func mathHypot(t *Thread, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return Value{}, NoKwargs("math.hypot", kw)
	}
	vec := make([]float64, len(args))
	maxv, foundNaN := 0.0, false
	for i, a := range args {
		x, err := toFloatArg(t, a)
		if err != nil {
			return Value{}, err
		}
		x = math.Abs(x)
		vec[i] = x
		foundNaN = foundNaN || math.IsNaN(x)
		if x > maxv {
			maxv = x
		}
	}
	return Float(vectorNorm(vec, maxv, foundNaN)), nil
}

func mathDist(t *Thread, args []Value, kw []string) (Value, error) {
	if err := positional("math.dist", "dist", args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	var pts [2][]Value
	for i, a := range args {
		if tu, ok := a.ref.(*Tuple); ok {
			pts[i] = tu.Items
			continue
		}
		items, err := collectSpecial(t, a)
		if err != nil {
			return Value{}, err
		}
		pts[i] = items
	}
	if len(pts[0]) != len(pts[1]) {
		return Value{}, Errorf(ValueErrorType, "both points must have the same number of dimensions")
	}
	vec := make([]float64, len(pts[0]))
	maxv, foundNaN := 0.0, false
	for i := range vec {
		p, err := toFloatArg(t, pts[0][i])
		if err != nil {
			return Value{}, err
		}
		q, err := toFloatArg(t, pts[1][i])
		if err != nil {
			return Value{}, err
		}
		x := math.Abs(p - q)
		vec[i] = x
		foundNaN = foundNaN || math.IsNaN(x)
		if x > maxv {
			maxv = x
		}
	}
	return Float(vectorNorm(vec, maxv, foundNaN)), nil
}

// indexArg is an integer argument of an integer math function.
func indexArg(t *Thread, v Value) (*big.Int, error) {
	x, err := Index(t, v)
	if err != nil {
		return nil, err
	}
	return ToBig(x), nil
}

func mathIsqrt(t *Thread, args []Value, kw []string) (Value, error) {
	if err := exactArgs("math.isqrt", args, kw, 1); err != nil {
		return Value{}, err
	}
	n, err := indexArg(t, args[0])
	if err != nil {
		return Value{}, err
	}
	if n.Sign() < 0 {
		return Value{}, Errorf(ValueErrorType, "isqrt() argument must be nonnegative")
	}
	return MakeInt(n.Sqrt(n)), nil
}

func mathGcd(t *Thread, args []Value, kw []string) (Value, error) {
	return gcdLcm(t, "gcd", args, kw)
}

func mathLcm(t *Thread, args []Value, kw []string) (Value, error) {
	return gcdLcm(t, "lcm", args, kw)
}

func gcdLcm(t *Thread, name string, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return Value{}, NoKwargs("math."+name, kw)
	}
	acc := big.NewInt(0)
	if name == "lcm" {
		acc.SetInt64(1)
	}
	for _, a := range args {
		n, err := indexArg(t, a)
		if err != nil {
			return Value{}, err
		}
		n.Abs(n)
		if name == "gcd" {
			acc.GCD(nil, nil, acc, n)
			continue
		}
		if n.Sign() == 0 || acc.Sign() == 0 {
			acc.SetInt64(0)
			continue
		}
		g := new(big.Int).GCD(nil, nil, acc, n)
		acc.Mul(acc, new(big.Int).Quo(n, g))
	}
	return MakeInt(acc), nil
}

func factorial(n *big.Int) (Value, error) {
	if n.Sign() < 0 {
		return Value{}, Errorf(ValueErrorType, "factorial() not defined for negative values")
	}
	if !n.IsInt64() {
		return Value{}, Errorf(OverflowErrorType, "factorial() argument should not exceed %d", int64(math.MaxInt64))
	}
	if n.Int64() < 2 {
		return Int(1), nil
	}
	return MakeInt(new(big.Int).MulRange(1, n.Int64())), nil
}

func mathFactorial(t *Thread, args []Value, kw []string) (Value, error) {
	if err := exactArgs("math.factorial", args, kw, 1); err != nil {
		return Value{}, err
	}
	n, err := indexArg(t, args[0])
	if err != nil {
		return Value{}, err
	}
	return factorial(n)
}

// fallingProduct is n * (n-1) * ... * (n-k+1).
func fallingProduct(n *big.Int, k int64) *big.Int {
	if n.IsInt64() {
		return new(big.Int).MulRange(n.Int64()-k+1, n.Int64())
	}
	r := big.NewInt(1)
	f := new(big.Int).Set(n)
	one := big.NewInt(1)
	for i := int64(0); i < k; i++ {
		r.Mul(r, f)
		f.Sub(f, one)
	}
	return r
}

func combPermArgs(t *Thread, name string, args []Value, kw []string, min int) (*big.Int, *big.Int, error) {
	if err := positional("math."+name, name, args, kw, min, 2); err != nil {
		return nil, nil, err
	}
	n, err := indexArg(t, args[0])
	if err != nil {
		return nil, nil, err
	}
	if len(args) == 1 || args[1].IsNone() {
		return n, nil, nil
	}
	k, err := indexArg(t, args[1])
	if err != nil {
		return nil, nil, err
	}
	if n.Sign() < 0 {
		return nil, nil, Errorf(ValueErrorType, "n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return nil, nil, Errorf(ValueErrorType, "k must be a non-negative integer")
	}
	return n, k, nil
}

func mathComb(t *Thread, args []Value, kw []string) (Value, error) {
	n, k, err := combPermArgs(t, "comb", args, kw, 2)
	if err != nil {
		return Value{}, err
	}
	if k.Cmp(n) > 0 {
		return Int(0), nil
	}
	if nk := new(big.Int).Sub(n, k); nk.Cmp(k) < 0 {
		k = nk
	}
	if !k.IsInt64() {
		return Value{}, Errorf(OverflowErrorType, "min(n - k, k) must not exceed %d", int64(math.MaxInt64))
	}
	kk := k.Int64()
	if n.IsInt64() {
		return MakeInt(new(big.Int).Binomial(n.Int64(), kk)), nil
	}
	r := fallingProduct(n, kk)
	if kk > 1 {
		r.Quo(r, new(big.Int).MulRange(1, kk))
	}
	return MakeInt(r), nil
}

func mathPerm(t *Thread, args []Value, kw []string) (Value, error) {
	n, k, err := combPermArgs(t, "perm", args, kw, 1)
	if err != nil {
		return Value{}, err
	}
	if k == nil {
		return factorial(n)
	}
	if k.Cmp(n) > 0 {
		return Int(0), nil
	}
	if !k.IsInt64() {
		return Value{}, Errorf(OverflowErrorType, "k must not exceed %d", int64(math.MaxInt64))
	}
	if k.Sign() == 0 {
		return Int(1), nil
	}
	return MakeInt(fallingProduct(n, k.Int64())), nil
}

var prodSpec = kwSpec{fname: "prod", names: []string{"iterable", "start"}, posOnly: 1, minPos: 1, maxPos: 1}

func mathProd(t *Thread, args []Value, kw []string) (Value, error) {
	a, err := prodSpec.unpack(args, kw)
	if err != nil {
		return Value{}, err
	}
	acc := Int(1)
	if given(a[1]) {
		acc = a[1]
	}
	it, err := GetIterSpecial(t, a[0])
	if err != nil {
		return Value{}, err
	}
	for {
		v, ok, err := it.Next(t)
		if err != nil {
			return Value{}, err
		}
		if !ok {
			return acc, nil
		}
		if acc, err = Binary(t, OpMul, acc, v, false); err != nil {
			return Value{}, err
		}
	}
}

// mathFsum is Shewchuk's exactly rounded summation, as CPython's math.fsum:
// partial sums without rounding error, then a correctly rounded total.
func mathFsum(t *Thread, args []Value, kw []string) (Value, error) {
	if err := exactArgs("math.fsum", args, kw, 1); err != nil {
		return Value{}, err
	}
	it, err := GetIterSpecial(t, args[0])
	if err != nil {
		return Value{}, err
	}
	var p []float64
	specialSum, infSum := 0.0, 0.0
	for {
		v, ok, err := it.Next(t)
		if err != nil {
			return Value{}, err
		}
		if !ok {
			break
		}
		x, err := toFloatArg(t, v)
		if err != nil {
			return Value{}, err
		}
		xsave := x
		i := 0
		for _, y := range p {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				p[i] = lo
				i++
			}
			x = hi
		}
		p = p[:i]
		if x != 0 {
			if math.IsInf(x, 0) || math.IsNaN(x) {
				// Overflow of the partials, or an inf or nan summand.
				if !math.IsInf(xsave, 0) && !math.IsNaN(xsave) {
					return Value{}, Errorf(OverflowErrorType, "intermediate overflow in fsum")
				}
				if math.IsInf(xsave, 0) {
					infSum += xsave
				}
				specialSum += xsave
				p = p[:0]
			} else {
				p = append(p, x)
			}
		}
	}
	if specialSum != 0 {
		if math.IsNaN(infSum) {
			return Value{}, Errorf(ValueErrorType, "-inf + inf in fsum")
		}
		return Float(specialSum), nil
	}
	hi := 0.0
	if n := len(p); n > 0 {
		n--
		hi = p[n]
		var lo float64
		for n > 0 {
			x := hi
			n--
			y := p[n]
			hi = x + y
			lo = y - (hi - x)
			if lo != 0 {
				break
			}
		}
		// Round half to even across the remaining partials.
		if n > 0 && (lo < 0 && p[n-1] < 0 || lo > 0 && p[n-1] > 0) {
			y := lo * 2
			x := hi + y
			if y == x-hi {
				hi = x
			}
		}
	}
	return Float(hi), nil
}

func mathPredicate(name string, f func(float64) bool) BuiltinFunc {
	return func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := exactArgs("math."+name, args, kw, 1); err != nil {
			return Value{}, err
		}
		x, err := toFloatArg(t, args[0])
		if err != nil {
			return Value{}, err
		}
		return Bool(f(x)), nil
	}
}

var iscloseSpec = kwSpec{fname: "isclose", names: []string{"a", "b", "rel_tol", "abs_tol"}, minPos: 2, maxPos: 2}

func mathIsclose(t *Thread, args []Value, kw []string) (Value, error) {
	v, err := iscloseSpec.unpack(args, kw)
	if err != nil {
		return Value{}, err
	}
	f := [4]float64{0, 0, 1e-09, 0}
	for i, x := range v {
		if given(x) {
			if f[i], err = toFloatArg(t, x); err != nil {
				return Value{}, err
			}
		}
	}
	a, b, rel, abs := f[0], f[1], f[2], f[3]
	if rel < 0 || abs < 0 {
		return Value{}, Errorf(ValueErrorType, "tolerances must be non-negative")
	}
	if a == b {
		return True, nil
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return False, nil
	}
	diff := math.Abs(b - a)
	return Bool(diff <= math.Abs(rel*b) || diff <= math.Abs(rel*a) || diff <= abs), nil
}

func mathModf(t *Thread, args []Value, kw []string) (Value, error) {
	if err := exactArgs("math.modf", args, kw, 1); err != nil {
		return Value{}, err
	}
	x, err := toFloatArg(t, args[0])
	if err != nil {
		return Value{}, err
	}
	switch {
	case math.IsInf(x, 0):
		return TupleValue(Float(math.Copysign(0, x)), Float(x)), nil
	case math.IsNaN(x):
		return TupleValue(Float(x), Float(x)), nil
	}
	ip, frac := math.Modf(x)
	return TupleValue(Float(frac), Float(ip)), nil
}

func mathFrexp(t *Thread, args []Value, kw []string) (Value, error) {
	if err := exactArgs("math.frexp", args, kw, 1); err != nil {
		return Value{}, err
	}
	x, err := toFloatArg(t, args[0])
	if err != nil {
		return Value{}, err
	}
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return TupleValue(Float(x), Int(0)), nil
	}
	m, e := math.Frexp(x)
	return TupleValue(Float(m), Int(int64(e))), nil
}

func mathLdexp(t *Thread, args []Value, kw []string) (Value, error) {
	if err := positional("math.ldexp", "ldexp", args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	x, err := toFloatArg(t, args[0])
	if err != nil {
		return Value{}, err
	}
	if !IsIntLike(args[1]) {
		return Value{}, Errorf(TypeErrorType, "Expected an int as second argument to ldexp.")
	}
	var exp int64
	if isSmall(args[1]) {
		exp = int64(args[1].raw)
	} else if intSign(args[1]) < 0 {
		exp = math.MinInt64
	} else {
		exp = math.MaxInt64
	}
	var r float64
	switch {
	case x == 0 || math.IsInf(x, 0) || math.IsNaN(x):
		r = x
	case exp > math.MaxInt32:
		return Value{}, mathRangeError()
	case exp < math.MinInt32:
		r = math.Copysign(0, x)
	default:
		r = math.Ldexp(x, int(exp))
		if math.IsInf(r, 0) {
			return Value{}, mathRangeError()
		}
	}
	return Float(r), nil
}

func mathScale(name string, factor float64) BuiltinFunc {
	return func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := exactArgs("math."+name, args, kw, 1); err != nil {
			return Value{}, err
		}
		x, err := toFloatArg(t, args[0])
		if err != nil {
			return Value{}, err
		}
		return Float(x * factor), nil
	}
}

func mathUlp(t *Thread, args []Value, kw []string) (Value, error) {
	if err := exactArgs("math.ulp", args, kw, 1); err != nil {
		return Value{}, err
	}
	x, err := toFloatArg(t, args[0])
	if err != nil {
		return Value{}, err
	}
	switch {
	case math.IsNaN(x):
		return Float(x), nil
	case math.IsInf(x, 0):
		return Float(math.Abs(x)), nil
	}
	x = math.Abs(x)
	x2 := math.Nextafter(x, math.Inf(1))
	if math.IsInf(x2, 0) {
		x2 = math.Nextafter(x, math.Inf(-1))
		return Float(x - x2), nil
	}
	return Float(x2 - x), nil
}
