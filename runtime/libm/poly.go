package libm

// Polynomial coefficients. "Hi" coefficients are double-doubles used for
// the low-order terms (evaluated in double-double arithmetic); "Lo"
// coefficients are plain doubles for the high-order tail, whose rounding
// errors are scaled down by a high power of the (small) argument.

type ddc = [2]float64

func ddRecip(n float64) ddc {
	h, l := ddDiv(1, 0, n, 0)
	return ddc{h, l}
}

func fact(n int) float64 {
	f := 1.0
	for i := 2; i <= n; i++ {
		f *= float64(i)
	}
	return f
}

var (
	// exp(r) = sum r^k/k!, |r| <= 2^-11.5
	expHi = []ddc{{1, 0}, {1, 0}, {0.5, 0}}
	expLo = []float64{1.0 / 6, 1 / fact(4), 1 / fact(5), 1 / fact(6), 1 / fact(7), 1 / fact(8)}
	// (e^x-1)/x = sum x^k/(k+1)!, |x| <= 2^-9
	expm1Hi = []ddc{{1, 0}, {0.5, 0}, ddRecip(6), ddRecip(24)}
	expm1Lo = []float64{1 / fact(5), 1 / fact(6), 1 / fact(7), 1 / fact(8), 1 / fact(9), 1 / fact(10), 1 / fact(11)}
	// log1p(r)/r = sum (-1)^k r^k/(k+1), |r| < 2^-8
	log1pHi = []ddc{{1, 0}, {-0.5, 0}, ddRecip(3), {-0.25, 0}, ddRecip(5)}
	log1pLo = []float64{-1.0 / 6, 1.0 / 7, -1.0 / 8, 1.0 / 9, -1.0 / 10, 1.0 / 11, -1.0 / 12, 1.0 / 13}
	// atan(t)/t = sum (-1)^k u^k/(2k+1), u = t^2 <= 2^-14
	atanHi = []ddc{{1, 0}, neg(ddRecip(3)), ddRecip(5)}
	atanLo = []float64{-1.0 / 7, 1.0 / 9, -1.0 / 11, 1.0 / 13, -1.0 / 15}
	// sin(t)/t = sum (-1)^k u^k/(2k+1)!, cos(t) = sum (-1)^k u^k/(2k)!
	sinHi = []ddc{{1, 0}, neg(ddRecip(6))}
	sinLo = []float64{1.0 / 120, -1 / fact(7), 1 / fact(9), -1 / fact(11), 1 / fact(13)}
	cosHi = []ddc{{1, 0}, {-0.5, 0}}
	cosLo = []float64{1.0 / 24, -1 / fact(6), 1 / fact(8), -1 / fact(10), 1 / fact(12), -1 / fact(14)}
)

func neg(c ddc) ddc { return ddc{-c[0], -c[1]} }

// polyDD evaluates sum_k c_k r^k with c = hi ++ lo, r = rh+rl.
func polyDD(rh, rl float64, hi []ddc, lo []float64) (float64, float64) {
	q := 0.0
	for i := len(lo) - 1; i >= 0; i-- {
		q = float64(q*rh) + lo[i]
	}
	h, l := q, 0.0
	for i := len(hi) - 1; i >= 0; i-- {
		h, l = ddMul(h, l, rh, rl)
		s, e := twoSum(hi[i][0], h)
		h, l = fastTwoSum(s, e+l+hi[i][1])
	}
	return h, l
}
