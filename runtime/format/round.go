// round(float, ndigits).
//
// Rationale: CPython's float.__round__ (Objects/floatobject.c, double_round) rounds
// the exact binary value to ndigits decimal places with _Py_dg_dtoa mode 3
// (half-even on ties of the exact value, so round(2.675, 2) == 2.67 because
// 2.675 is really 2.67499999...), then parses the decimal string back with a
// correctly rounded strtod. We do the same with strconv: 'f' formatting for
// ndigits >= 0, and exact digits plus decimal half-even rounding for ndigits < 0,
// which strconv cannot express.

package format

import (
	"math"
	"strconv"
)

// RoundFloat is round(f, ndigits) exactly as CPython (correctly rounded, half-even on the exact binary value:
// round(2.675, 2) == 2.67, round(0.5) handled by the caller; ndigits may be negative; result may be -0.0;
// OverflowError cases as CPython).
func RoundFloat(f float64, ndigits int) (float64, error) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return f, nil
	}
	// NDIGITS_MAX = (int)((DBL_MANT_DIG-DBL_MIN_EXP) * 0.30103) = 323,
	// NDIGITS_MIN = -(int)((DBL_MAX_EXP + 1) * 0.30103) = -308.
	if ndigits > 323 {
		return f, nil
	}
	if ndigits < -308 {
		return math.Copysign(0, f), nil
	}
	var buf [64]byte
	var s []byte
	if ndigits >= 0 {
		s = strconv.AppendFloat(buf[:0], f, 'f', ndigits, 64)
	} else {
		s = roundedNegative(buf[:0], f, ndigits)
	}
	r, err := strconv.ParseFloat(string(s), 64)
	if err != nil && math.Abs(r) >= 1 {
		return 0, overflowError("rounded value too large to represent")
	}
	return r, nil
}

// roundedNegative returns "[-]0DIGITSeEXP" for f rounded to a multiple of
// 10**-ndigits (ndigits < 0), as double_round builds it from dtoa's output.
func roundedNegative(dst []byte, f float64, ndigits int) []byte {
	var scratch [800]byte
	// 'e' with 800 digits is exact: a double has at most 767 significant digits.
	digits, decpt := dtoa(scratch[:0], math.Abs(f), 2, 800)
	if digits[0] == '0' {
		decpt = 1
	}
	digits, decpt = roundDigits(digits, decpt, decpt+ndigits)
	if math.Signbit(f) {
		dst = append(dst, '-')
	}
	dst = append(dst, '0')
	dst = append(dst, digits...)
	dst = append(dst, 'e')
	return strconv.AppendInt(dst, int64(decpt-len(digits)), 10)
}

// roundDigits rounds 0.DIGITS*10**decpt (digits without trailing zeros) to k
// digits, half-even, returning the new digits (possibly empty) and decpt.
func roundDigits(digits []byte, decpt, k int) ([]byte, int) {
	if k >= len(digits) {
		return digits, decpt
	}
	if k < 0 {
		return digits[:0], decpt
	}
	rest := digits[k:]
	up := rest[0] > '5' || rest[0] == '5' && (len(rest) > 1 || k > 0 && (digits[k-1]-'0')%2 == 1)
	digits = digits[:k]
	if up {
		i := k - 1
		for i >= 0 && digits[i] == '9' {
			i--
		}
		if i < 0 {
			digits = append(digits[:0], '1')
			decpt++
		} else {
			digits[i]++
			digits = digits[:i+1]
		}
	}
	for len(digits) > 0 && digits[len(digits)-1] == '0' {
		digits = digits[:len(digits)-1]
	}
	return digits, decpt
}
