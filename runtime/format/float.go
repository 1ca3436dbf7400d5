// Float to text: repr(float) and PyOS_double_to_string.
//
// Rationale: CPython formats every float through _Py_dg_dtoa (digits and decimal
// point position, in one of three modes) followed by format_float_short, which
// places the point, pads with zeros and adds the exponent. dtoa below obtains the
// same digits from strconv: its shortest mode and its 'e'/'f' modes with a
// precision are exact and round half-even on the exact binary value, as dtoa
// does. appendDouble is a line-by-line transcription of format_float_short so
// that the many flag combinations ('#', no type, 'z', 'g' thresholds) agree.
// FloatRepr is on the hot path of print(): integral values take a shortcut and
// the general path works in stack buffers, allocating only the result string.

package format

import (
	"math"
	"strconv"
)

// FloatRepr returns repr(f) (== str(f)): shortest round-trip digits, exponent form when
// the decimal exponent is < -4 or >= 16 ("1e+16", "1e-05", "1.5e-07"), "inf", "-inf", "nan", "-0.0", "1.0".
func FloatRepr(f float64) string {
	var buf [32]byte
	return string(AppendFloatRepr(buf[:0], f))
}

// AppendFloatRepr appends repr(f) to dst.
func AppendFloatRepr(dst []byte, f float64) []byte {
	if a := math.Abs(f); a < 1e16 && f == math.Trunc(f) {
		// Integral and below the exponent threshold: every such float is
		// printed as its exact integer value followed by ".0".
		if f == 0 {
			if math.Signbit(f) {
				return append(dst, "-0.0"...)
			}
			return append(dst, "0.0"...)
		}
		dst = strconv.AppendInt(dst, int64(f), 10)
		return append(dst, '.', '0')
	}
	return appendDouble(dst, f, 'r', 0, false, true, false)
}

// dtoa returns the decimal digits of x >= 0 (finite) and the position of the
// decimal point, like _Py_dg_dtoa: value = 0.DIGITS * 10**decpt, digits without
// trailing zeros ("0" with decpt 1 for a zero result).
//
//	mode 0: shortest digits that round-trip
//	mode 2: nd >= 1 significant digits, correctly rounded
//	mode 3: nd >= 0 digits after the decimal point, correctly rounded
//
// The digits live in buf's array when it is large enough.
func dtoa(buf []byte, x float64, mode, nd int) ([]byte, int) {
	var b []byte
	decpt := 0
	if mode == 3 {
		// Doubles have at most 1074 digits after the point; more are zeros.
		b = strconv.AppendFloat(buf[:0], x, 'f', min(nd, 1100), 64)
		dot := len(b)
		for i, c := range b {
			if c == '.' {
				dot = i
				break
			}
		}
		if dot < len(b) {
			copy(b[dot:], b[dot+1:])
			b = b[:len(b)-1]
		}
		decpt = dot
		lz := 0
		for lz < len(b) && b[lz] == '0' {
			lz++
		}
		if lz == len(b) {
			return append(b[:0], '0'), 1
		}
		b = b[lz:]
		decpt -= lz
	} else {
		prec := -1
		if mode == 2 {
			// At most 767 significant digits are nonzero.
			prec = min(nd, 800) - 1
		}
		b = strconv.AppendFloat(buf[:0], x, 'e', prec, 64)
		e := len(b) - 1
		for b[e] != 'e' {
			e--
		}
		exp := 0
		for _, c := range b[e+2:] {
			exp = exp*10 + int(c-'0')
		}
		if b[e+1] == '-' {
			exp = -exp
		}
		b = b[:e]
		if len(b) > 1 { // drop the '.'
			copy(b[1:], b[2:])
			b = b[:len(b)-1]
		}
		decpt = exp + 1
	}
	n := len(b)
	for n > 1 && b[n-1] == '0' {
		n--
	}
	return b[:n], decpt
}

func appendZeros(dst []byte, n int) []byte {
	for ; n > 0; n-- {
		dst = append(dst, '0')
	}
	return dst
}

// appendDouble is PyOS_double_to_string + format_float_short: code is one of
// e E f F g G r (r: repr, precision must be 0); alt is Py_DTSF_ALT, addDot0 is
// Py_DTSF_ADD_DOT_0 and noNeg0 is Py_DTSF_NO_NEG_0 ('z').
func appendDouble(dst []byte, val float64, code byte, precision int, alt, addDot0, noNeg0 bool) []byte {
	upper := false
	switch code {
	case 'E', 'F', 'G':
		upper = true
		code += 'a' - 'A'
	}
	mode := 0
	switch code {
	case 'e':
		mode = 2
		precision++
	case 'f':
		mode = 3
	case 'g':
		mode = 2
		if precision == 0 {
			precision = 1
		}
	}
	if math.IsNaN(val) {
		if upper {
			return append(dst, "NAN"...)
		}
		return append(dst, "nan"...)
	}
	neg := math.Signbit(val)
	if math.IsInf(val, 0) {
		if neg {
			dst = append(dst, '-')
		}
		if upper {
			return append(dst, "INF"...)
		}
		return append(dst, "inf"...)
	}

	var scratch [40]byte
	digits, decpt := dtoa(scratch[:0], math.Abs(val), mode, precision)
	digitsLen := len(digits)
	if noNeg0 && neg && digitsLen == 1 && digits[0] == '0' {
		neg = false
	}

	vdigitsEnd := digitsLen
	useExp := false
	switch code {
	case 'e':
		useExp = true
		vdigitsEnd = precision
	case 'f':
		vdigitsEnd = decpt + precision
	case 'g':
		lim := precision
		if addDot0 {
			lim = precision - 1
		}
		if decpt <= -4 || decpt > lim {
			useExp = true
		}
		if alt {
			vdigitsEnd = precision
		}
	case 'r':
		if decpt <= -4 || decpt > 16 {
			useExp = true
		}
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	vdigitsStart := 0
	if decpt <= 0 {
		vdigitsStart = decpt - 1
	}
	if !useExp && addDot0 {
		vdigitsEnd = max(vdigitsEnd, decpt+1)
	} else {
		vdigitsEnd = max(vdigitsEnd, decpt)
	}

	if neg {
		dst = append(dst, '-')
	}
	if decpt <= 0 {
		dst = appendZeros(dst, decpt-vdigitsStart)
		dst = append(dst, '.')
		dst = appendZeros(dst, -decpt)
	} else {
		dst = appendZeros(dst, -vdigitsStart)
	}
	if 0 < decpt && decpt <= digitsLen {
		dst = append(dst, digits[:decpt]...)
		dst = append(dst, '.')
		dst = append(dst, digits[decpt:]...)
	} else {
		dst = append(dst, digits...)
	}
	if digitsLen < decpt {
		dst = appendZeros(dst, decpt-digitsLen)
		dst = append(dst, '.')
		dst = appendZeros(dst, vdigitsEnd-decpt)
	} else {
		dst = appendZeros(dst, vdigitsEnd-digitsLen)
	}
	if dst[len(dst)-1] == '.' && !alt {
		dst = dst[:len(dst)-1]
	}
	if useExp {
		if upper {
			dst = append(dst, 'E')
		} else {
			dst = append(dst, 'e')
		}
		if exp < 0 {
			dst = append(dst, '-')
			exp = -exp
		} else {
			dst = append(dst, '+')
		}
		if exp < 10 {
			dst = append(dst, '0')
		}
		dst = strconv.AppendInt(dst, int64(exp), 10)
	}
	return dst
}
