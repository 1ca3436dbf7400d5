package libm

import (
	"math"
	"math/bits"
)

var (
	epsTrig    = 0x1p-78
	epsTanFast = 0x1p-61
)

// reduce returns r = rh+rl and q with x = q*pi/2 + r, |r| <= pi/4 (slightly
// more), with relative error below 2^-96; ok is false when that accuracy
// is not certain (then the slow path takes over).
func reduce(x float64) (rh, rl float64, q int, ok bool) {
	ax := math.Abs(x)
	if ax <= 0x1.921fb54442d18p-1 { // RN(pi/4)
		return x, 0, 0, true
	}
	if ax >= 0x1p20 {
		return reduceLarge(x)
	}
	kf := math.Round(float64(x * twoOverPi))
	ph, pl := twoProd(kf, pio2a)
	t := x - ph // exact (Sterbenz)
	qh, ql := twoProd(kf, pio2b)
	wh, wl := twoProd(kf, pio2c)
	s, e1 := twoSum(t, -pl)
	s, e2 := twoSum(s, -qh)
	s, e3 := twoSum(s, -wh)
	e := e1 + e2 + e3 - ql - wl - float64(kf*pio2d)
	rh, rl = fastTwoSum(s, e)
	return rh, rl, int(kf), math.Abs(rh) > 0x1p-40
}

// reduceLarge is the Payne-Hanek reduction for |x| >= 2^20.
func reduceLarge(x float64) (rh, rl float64, q int, ok bool) {
	b := math.Float64bits(x)
	e := int(b>>52&0x7ff) - 1075 // |x| = M*2^e
	M := b&(1<<52-1) | 1<<52
	// Use the 256 bits of 2/pi at bit positions e-1 .. e+254 (bit i has
	// weight 2^-i); earlier bits only add multiples of 4 to x*2/pi.
	g := e - 1 + 63
	w, sh := g/64, uint(g%64)
	var W [4]uint64
	for i := 0; i < 4; i++ {
		W[i] = twoOverPiBits[w+i] << sh
		if sh != 0 {
			W[i] |= twoOverPiBits[w+i+1] >> (64 - sh)
		}
	}
	// P = M*W mod 2^256 (x*2/pi = P/2^254 mod 4)
	h3, p0 := bits.Mul64(M, W[3])
	h2, l2 := bits.Mul64(M, W[2])
	h1, l1 := bits.Mul64(M, W[1])
	_, l0 := bits.Mul64(M, W[0])
	p1, c := bits.Add64(h3, l2, 0)
	p2, c := bits.Add64(h2, l1, c)
	p3, _ := bits.Add64(h1, l0, c)
	q = int(p3 >> 62)
	// fraction f = P mod 2^254 as 0.f0 f1 f2 (192 bits)
	f0 := p3<<2 | p2>>62
	f1 := p2<<2 | p1>>62
	f2 := p1<<2 | p0>>62
	neg := false
	if f0>>63 != 0 { // f >= 1/2: use f-1
		q++
		neg = true
		var bb uint64
		f2, bb = bits.Sub64(0, f2, 0)
		f1, bb = bits.Sub64(0, f1, bb)
		f0, _ = bits.Sub64(0, f0, bb)
	}
	sc := -64
	for f0 == 0 {
		if f1 == 0 && f2 == 0 {
			return 0, 0, 0, false
		}
		f0, f1, f2 = f1, f2, 0
		sc -= 64
	}
	lz := uint(bits.LeadingZeros64(f0))
	if lz != 0 {
		f0 = f0<<lz | f1>>(64-lz)
		f1 = f1<<lz | f2>>(64-lz)
	}
	sc -= int(lz)
	hi := float64(float64(f0>>11) * 0x1p11)
	lo := float64(float64(f0&0x7ff<<53|f1>>11) * 0x1p-53)
	hi, lo = fastTwoSum(hi, lo)
	hi, lo = math.Ldexp(hi, sc), math.Ldexp(lo, sc)
	rh, rl = ddMul(hi, lo, pio2h, pio2l)
	if neg {
		rh, rl = -rh, -rl
	}
	if x < 0 {
		rh, rl, q = -rh, -rl, -q
	}
	return rh, rl, q & 3, math.Abs(rh) > 0x1p-80
}

// sinCosDD returns sin(r) and cos(r) for |r| <= 0.8 (only one of them,
// the other being zero, unless both is set; wantCos selects which).
func sinCosDD(rh, rl float64, wantCos, both bool) (sh, sl, ch, cl float64) {
	jf := math.Round(float64(rh * 64))
	th, tl := twoSum(rh, -jf/64)
	th, tl = fastTwoSum(th, tl+rl)
	uh, ul := ddSqr(th, tl)
	// sin t and cos t
	sh, sl = polyDD(uh, ul, sinHi, sinLo)
	sh, sl = ddMul(sh, sl, th, tl)
	ch, cl = polyDD(uh, ul, cosHi, cosLo)
	if jf == 0 {
		return
	}
	j := int(math.Abs(jf))
	ah, al := sinT[j][0], sinT[j][1]
	if jf < 0 {
		ah, al = -ah, -al
	}
	bh, bl := cosT[j][0], cosT[j][1]
	// sin(a+t) = sin a cos t + cos a sin t; cos(a+t) = cos a cos t - sin a sin t
	var rsh, rsl, rch, rcl float64
	if both || !wantCos {
		p1h, p1l := ddMul(ah, al, ch, cl)
		p2h, p2l := ddMul(bh, bl, sh, sl)
		rsh, rsl = ddAdd(p1h, p1l, p2h, p2l)
	}
	if both || wantCos {
		p3h, p3l := ddMul(bh, bl, ch, cl)
		p4h, p4l := ddMul(ah, al, sh, sl)
		rch, rcl = ddAdd(p3h, p3l, -p4h, -p4l)
	}
	return rsh, rsl, rch, rcl
}

// Sin returns the sine of x (radians), correctly rounded.
func Sin(x float64) float64 {
	ax := math.Abs(x)
	if ax < 0x1p-26 {
		return x
	}
	if ax > math.MaxFloat64 || x != x {
		return math.NaN()
	}
	rh, rl, q, ok := reduce(x)
	if ok {
		fh, fl := sinCosFast(rh, rl, q&1 == 1)
		if q&2 != 0 {
			fh, fl = -fh, -fl
		}
		if roundOK(fh, fl, epsSinFast) {
			return fh + fl
		}
		sh, sl, ch, cl := sinCosDD(rh, rl, q&1 == 1, false)
		var h, l float64
		switch q & 3 {
		case 0:
			h, l = sh, sl
		case 1:
			h, l = ch, cl
		case 2:
			h, l = -sh, -sl
		default:
			h, l = -ch, -cl
		}
		if roundOK(h, l, epsTrig) {
			return h + l
		}
	}
	return slow(func(p uint) *bigFloat { return bigSin(bfv(x), p) })
}

// Cos returns the cosine of x (radians), correctly rounded.
func Cos(x float64) float64 {
	ax := math.Abs(x)
	if ax < 0x1p-27 {
		return 1
	}
	if ax > math.MaxFloat64 || x != x {
		return math.NaN()
	}
	rh, rl, q, ok := reduce(x)
	if ok {
		fh, fl := sinCosFast(rh, rl, q&1 == 0)
		if (q+1)&2 != 0 {
			fh, fl = -fh, -fl
		}
		if roundOK(fh, fl, epsSinFast) {
			return fh + fl
		}
		sh, sl, ch, cl := sinCosDD(rh, rl, q&1 == 0, false)
		var h, l float64
		switch q & 3 {
		case 0:
			h, l = ch, cl
		case 1:
			h, l = -sh, -sl
		case 2:
			h, l = -ch, -cl
		default:
			h, l = sh, sl
		}
		if roundOK(h, l, epsTrig) {
			return h + l
		}
	}
	return slow(func(p uint) *bigFloat { return bigCos(bfv(x), p) })
}

// Tan returns the tangent of x (radians), correctly rounded.
func Tan(x float64) float64 {
	ax := math.Abs(x)
	if ax < 0x1p-27 {
		return x
	}
	if ax > math.MaxFloat64 || x != x {
		return math.NaN()
	}
	rh, rl, q, ok := reduce(x)
	if ok {
		sh, sl := sinCosFast(rh, rl, false)
		ch, cl := sinCosFast(rh, rl, true)
		if q&1 != 0 {
			sh, sl, ch, cl = ch, cl, -sh, -sl
		}
		// (sh+sl)/(ch+cl)
		qh := sh / ch
		ql := (math.FMA(-qh, ch, sh) + sl - float64(qh*cl)) / ch
		if roundOK(qh, ql, epsTanFast) {
			return qh + ql
		}
		sh, sl, ch, cl = sinCosDD(rh, rl, false, true)
		var h, l float64
		if q&1 == 0 {
			h, l = ddDiv(sh, sl, ch, cl)
		} else {
			h, l = ddDiv(ch, cl, sh, sl)
			h, l = -h, -l
		}
		if roundOK(h, l, epsTrig) {
			return h + l
		}
	}
	return slow(func(p uint) *bigFloat { return bigTan(bfv(x), p) })
}
