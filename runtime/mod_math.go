package runtime

import (
	"math"
	"math/big"

	"github.com/tracejit/tracejit/runtime/libm"
)

// ---------------------------------------------------------------------------
// Elementary functions.
//
// CPython's math module calls the C library. glibc's exp, log, log2, pow,
// sin, cos, tan, atan, asin, acos and atan2 are correctly rounded in all but
// rare hard cases, and so are package libm's, which we use for them (Go's
// math package is often an ulp off: a quarter of all math.Sin results
// differ). glibc's other functions are not correctly rounded; for those we
// follow glibc's own formulas on top of the correctly rounded ones, which
// reproduces its results.

func crExp(x float64) float64      { return libm.Exp(x) }
func crExp2(x float64) float64     { return libm.Pow(2, x) }
func crLog(x float64) float64      { return libm.Log(x) }
func crLog2(x float64) float64     { return libm.Log2(x) }
func crSin(x float64) float64      { return libm.Sin(x) }
func crCos(x float64) float64      { return libm.Cos(x) }
func crTan(x float64) float64      { return libm.Tan(x) }
func crAtan(x float64) float64     { return libm.Atan(x) }
func crAsin(x float64) float64     { return libm.Asin(x) }
func crAcos(x float64) float64     { return libm.Acos(x) }
func crAtan2(y, x float64) float64 { return libm.Atan2(y, x) }
func crPow(x, y float64) float64   { return libm.Pow(x, y) }

// CPow is C's pow(x, y) as CPython's float ** float gets it from glibc:
// C99 special values, otherwise correctly rounded. Errors (NaN results,
// overflow) are left to the caller.
func CPow(x, y float64) float64 { return libm.Pow(x, y) }

// twoProd and fastTwoSum are the error-free transformations of a product
// and of a sum with |a| >= |b|: the result and its exact rounding error.
func twoProd(a, b float64) (float64, float64) {
	p := float64(a * b)
	return p, math.FMA(a, b, -p)
}

func fastTwoSum(a, b float64) (float64, float64) {
	s := a + b
	return s, b - (s - a)
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
			return float64(h * (float64(2*t) - t*t/(t+1)))
		}
		return float64(h * (t + t/(t+1)))
	case ax < 709.7822265625:
		return float64(h * crExp(ax))
	case ax <= 710.4758600739439:
		w := crExp(float64(0.5 * ax))
		return float64(h * w * w)
	}
	return float64(x * math.Inf(1))
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
		return float64(0.5 * crExp(ax))
	case ax <= 710.4758600739439:
		w := crExp(float64(0.5 * ax))
		return float64(0.5 * w * w)
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
		return float64(x * (1 + x))
	case ax >= 1:
		t := math.Expm1(float64(2 * ax))
		z = 1 - 2/(t+2)
	default:
		t := math.Expm1(float64(-2 * ax))
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
		t := float64(ax * ax)
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
	t2 := float64(u * u * u)
	ym := float64(u * (t2 + float64(2*xm)) / (float64(2*t2) + xm) * cbrtFactor[2+xe%3])
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
	switch int(math.Round(float64(2 * y))) {
	case 0:
		r = crSin(float64(math.Pi * y))
	case 1:
		r = crCos(float64(math.Pi * (y - 0.5)))
	case 2:
		r = crSin(float64(math.Pi * (1 - y)))
	case 3:
		r = -crCos(float64(math.Pi * (y - 1.5)))
	default:
		r = crSin(float64(math.Pi * (y - 2)))
	}
	return float64(math.Copysign(1, x) * r)
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
		r -= float64(z * r)
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
		return float64(dblMin * vectorNorm(vec, maxv/dblMin, foundNaN))
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
	// Names are bound in sorted order (see bindSorted).
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
		"erf":    func(x float64) (float64, mathErr) { return glibcErf(x), errNone },
		"erfc":   func(x float64) (float64, mathErr) { return glibcErfc(x), errNone },
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
	bindSorted(m, pending)
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
			r = m - float64(2*math.Mod(float64(0.5*(absx-m)), absy))
		}
		return float64(math.Copysign(1, x) * r)
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
			y := float64(lo * 2)
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
	return Bool(diff <= math.Abs(float64(rel*b)) || diff <= math.Abs(float64(rel*a)) || diff <= abs), nil
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
		return Float(float64(x * factor)), nil
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

// erf and erfc are glibc's (fdlibm's s_erf.c with its polynomials split
// for instruction-level parallelism) over the correctly rounded exp.
//
// Developed at SunPro, a Sun Microsystems, Inc. business. Permission to
// use, copy, modify, and distribute this software is freely granted,
// provided that this notice is preserved.

const (
	erfErx  = 8.45062911510467529297e-01
	erfEfx  = 1.28379167095512586316e-01
	erfPp0  = 1.28379167095512558561e-01
	erfPp1  = -3.25042107247001499370e-01
	erfPp2  = -2.84817495755985104766e-02
	erfPp3  = -5.77027029648944159157e-03
	erfPp4  = -2.37630166566501626084e-05
	erfQq1  = 3.97917223959155352819e-01
	erfQq2  = 6.50222499887672944485e-02
	erfQq3  = 5.08130628187576562776e-03
	erfQq4  = 1.32494738004321644526e-04
	erfQq5  = -3.96022827877536812320e-06
	erfPa0  = -2.36211856075265944077e-03
	erfPa1  = 4.14856118683748331666e-01
	erfPa2  = -3.72207876035701323847e-01
	erfPa3  = 3.18346619901161753674e-01
	erfPa4  = -1.10894694282396677476e-01
	erfPa5  = 3.54783043256182359371e-02
	erfPa6  = -2.16637559486879084300e-03
	erfQa1  = 1.06420880400844228286e-01
	erfQa2  = 5.40397917702171048937e-01
	erfQa3  = 7.18286544141962662868e-02
	erfQa4  = 1.26171219808761642112e-01
	erfQa5  = 1.36370839120290507362e-02
	erfQa6  = 1.19844998467991074170e-02
	erfRa0  = -9.86494403484714822705e-03
	erfRa1  = -6.93858572707181764372e-01
	erfRa2  = -1.05586262253232909814e+01
	erfRa3  = -6.23753324503260060396e+01
	erfRa4  = -1.62396669462573470355e+02
	erfRa5  = -1.84605092906711035994e+02
	erfRa6  = -8.12874355063065934246e+01
	erfRa7  = -9.81432934416914548592e+00
	erfSa1  = 1.96512716674392571292e+01
	erfSa2  = 1.37657754143519042600e+02
	erfSa3  = 4.34565877475229228821e+02
	erfSa4  = 6.45387271733267880336e+02
	erfSa5  = 4.29008140027567833386e+02
	erfSa6  = 1.08635005541779435134e+02
	erfSa7  = 6.57024977031928170135e+00
	erfSa8  = -6.04244152148580987438e-02
	erfRb0  = -9.86494292470009928597e-03
	erfRb1  = -7.99283237680523006574e-01
	erfRb2  = -1.77579549177547519889e+01
	erfRb3  = -1.60636384855821916062e+02
	erfRb4  = -6.37566443368389627722e+02
	erfRb5  = -1.02509513161107724954e+03
	erfRb6  = -4.83519191608651397019e+02
	erfSb1  = 3.03380607434824582924e+01
	erfSb2  = 3.25792512996573918826e+02
	erfSb3  = 1.53672958608443695994e+03
	erfSb4  = 3.19985821950859553908e+03
	erfSb5  = 2.55305040643316442583e+03
	erfSb6  = 4.74528541206955367215e+02
	erfSb7  = -2.24409524465858183362e+01
	erfTiny = 1e-300
)

// mul keeps a product from being fused into a following add (Go fuses on
// arm64; glibc's x86-64 build does not).
func mul(a, b float64) float64 { return float64(a * b) }

// erfSmall is the rational approximation on |x| < 0.84375: erf(x) = x + x*y.
func erfSmall(x float64) float64 {
	z := mul(x, x)
	r1 := erfPp0 + mul(z, erfPp1)
	z2 := mul(z, z)
	r2 := erfPp2 + mul(z, erfPp3)
	z4 := mul(z2, z2)
	s1 := 1 + mul(z, erfQq1)
	s2 := erfQq2 + mul(z, erfQq3)
	s3 := erfQq4 + mul(z, erfQq5)
	r := r1 + mul(z2, r2) + mul(z4, erfPp4)
	s := s1 + mul(z2, s2) + mul(z4, s3)
	return r / s
}

// erfMid is P/Q on 0.84375 <= |x| < 1.25, in s = |x| - 1.
func erfMid(s float64) float64 {
	p1 := erfPa0 + mul(s, erfPa1)
	s2 := mul(s, s)
	q1 := 1 + mul(s, erfQa1)
	s4 := mul(s2, s2)
	p2 := erfPa2 + mul(s, erfPa3)
	s6 := mul(s4, s2)
	q2 := erfQa2 + mul(s, erfQa3)
	p3 := erfPa4 + mul(s, erfPa5)
	q3 := erfQa4 + mul(s, erfQa5)
	p := p1 + mul(s2, p2) + mul(s4, p3) + mul(s6, erfPa6)
	q := q1 + mul(s2, q2) + mul(s4, q3) + mul(s6, erfQa6)
	return p / q
}

// erfTail is exp(-x*x - 0.5625 + R/S) for |x| >= 1.25.
func erfTail(x float64) float64 {
	s := 1 / mul(x, x)
	var r, ss float64
	if x < 1/0.35 {
		r1 := erfRa0 + mul(s, erfRa1)
		s2 := mul(s, s)
		q1 := 1 + mul(s, erfSa1)
		s4 := mul(s2, s2)
		r2 := erfRa2 + mul(s, erfRa3)
		s6 := mul(s4, s2)
		q2 := erfSa2 + mul(s, erfSa3)
		s8 := mul(s4, s4)
		r3 := erfRa4 + mul(s, erfRa5)
		q3 := erfSa4 + mul(s, erfSa5)
		r4 := erfRa6 + mul(s, erfRa7)
		q4 := erfSa6 + mul(s, erfSa7)
		r = r1 + mul(s2, r2) + mul(s4, r3) + mul(s6, r4)
		ss = q1 + mul(s2, q2) + mul(s4, q3) + mul(s6, q4) + mul(s8, erfSa8)
	} else {
		r1 := erfRb0 + mul(s, erfRb1)
		s2 := mul(s, s)
		q1 := 1 + mul(s, erfSb1)
		s4 := mul(s2, s2)
		r2 := erfRb2 + mul(s, erfRb3)
		s6 := mul(s4, s2)
		q2 := erfSb2 + mul(s, erfSb3)
		r3 := erfRb4 + mul(s, erfRb5)
		q3 := erfSb4 + mul(s, erfSb5)
		q4 := erfSb6 + mul(s, erfSb7)
		r = r1 + mul(s2, r2) + mul(s4, r3) + mul(s6, erfRb6)
		ss = q1 + mul(s2, q2) + mul(s4, q3) + mul(s6, q4)
	}
	z := math.Float64frombits(math.Float64bits(x) &^ (1<<32 - 1))
	return float64(crExp(-mul(z, z)-0.5625) * crExp(mul(z-x, z+x)+r/ss))
}

func glibcErf(x float64) float64 {
	ax := math.Abs(x)
	switch {
	case math.IsNaN(x):
		return x
	case math.IsInf(x, 0):
		return math.Copysign(1, x)
	case ax < 0.84375:
		if ax < 0x1p-28 {
			return x + mul(erfEfx, x)
		}
		return x + mul(x, erfSmall(x))
	case ax < 1.25:
		if x >= 0 {
			return erfErx + erfMid(ax-1)
		}
		return -erfErx - erfMid(ax-1)
	case ax >= 6:
		return math.Copysign(1-erfTiny, x)
	}
	r := erfTail(ax)
	if x >= 0 {
		return 1 - r/ax
	}
	return r/ax - 1
}

func glibcErfc(x float64) float64 {
	ax := math.Abs(x)
	switch {
	case math.IsNaN(x):
		return x
	case math.IsInf(x, 1):
		return 0
	case math.IsInf(x, -1):
		return 2
	case ax < 0.84375:
		if ax < 0x1p-56 {
			return 1 - x
		}
		y := erfSmall(x)
		if x < 0.25 {
			return 1 - (x + mul(x, y))
		}
		r := mul(x, y)
		r += x - 0.5
		return 0.5 - r
	case ax < 1.25:
		if x >= 0 {
			return (1 - erfErx) - erfMid(ax-1)
		}
		return 1 + (erfErx + erfMid(ax-1))
	case ax < 28:
		if x < -6 {
			return 2 - erfTiny
		}
		r := erfTail(ax)
		if x > 0 {
			return r / ax
		}
		return 2 - r/ax
	}
	if x > 0 {
		return 0
	}
	return 2 - erfTiny
}
