package libm

import "math"

var epsCbrt = 0x1p-92

// Cbrt returns the real cube root of x, correctly rounded.
func Cbrt(x float64) float64 {
	if x == 0 || x != x || math.IsInf(x, 0) {
		return x
	}
	ax := math.Abs(x)
	sc := 0
	if ax < 0x1p-900 {
		ax *= 0x1p999
		sc = -333
	} else if ax > 0x1p900 {
		ax *= 0x1p-999
		sc = 333
	}
	y := math.Cbrt(ax)
	// One Newton step in double-double: y -= (y^3 - ax)/(3y^2).
	ph, pl := twoProd(y, y)
	ch, cl := ddMulD(ph, pl, y)
	rh, rl := ddAddD(ch, cl, -ax)
	c := (rh + rl) / (3 * ph)
	h, l := twoSum(y, -c)
	if v, ok := finish(h, l, sc, epsCbrt); ok {
		return math.Copysign(v, x)
	}
	return slow(func(p uint) *bigFloat { return bigCbrt(bfv(x), p) })
}
