// Package format implements CPython 3.11's text conversions of numbers and strings:
// repr of floats, the format-spec mini-language (format(), str.format, f-strings)
// and printf-style % formatting. Values are passed as plain Go types; the runtime
// adapts its objects to Operand.
//
// Rationale: CPython 3.11 is the oracle and every output must be byte-identical,
// so the code follows the structure of CPython's own implementation
// (Python/formatter_unicode.c, Python/pystrtod.c, Objects/unicodeobject.c and
// Objects/floatobject.c) step by step, including the order in which errors are
// detected. Decimal digit generation is delegated to strconv, which is exact and
// correctly rounded (round-half-even on the exact binary value), exactly like
// David Gay's dtoa that CPython uses; this file holds the shared pieces: the
// error type, code-point helpers and the integer-to-string limit.
//
// Strings are Go strings holding UTF-8. Lone surrogates, which Python strings can
// contain, are accepted in their generalized UTF-8 ("WTF-8") encoding: the
// three-byte form ED A0..BF 80..BF counts as one code point, and is produced when a
// surrogate is written (for example by %c of 0xD800).
package format

import (
	"strconv"
	"unicode"
	"unicode/utf8"
)

// Error is a Python exception to raise: Kind is "ValueError", "TypeError" or "OverflowError"
// (and "MemoryError" for results too large to build).
type Error struct{ Kind, Msg string }

func (e *Error) Error() string { return e.Kind + ": " + e.Msg }

func valueError(msg string) error    { return &Error{Kind: "ValueError", Msg: msg} }
func typeError(msg string) error     { return &Error{Kind: "TypeError", Msg: msg} }
func overflowError(msg string) error { return &Error{Kind: "OverflowError", Msg: msg} }

// maxResult bounds the size of a result (and of the widths and precisions that
// produce it): 1 GiB. CPython tries to allocate and fails with MemoryError when
// it cannot; we raise MemoryError at this size instead of risking a Go
// allocation panic (a deliberate difference for results of 1 GiB or more).
const maxResult = 1 << 30

func memoryError() error { return &Error{Kind: "MemoryError", Msg: ""} }

// DefaultIntMaxStrDigits is CPython 3.11's default integer string conversion
// length limit (sys.int_info.default_max_str_digits): decimal conversions of
// ints with more digits raise ValueError. FormatInt and Percent apply it;
// the limit is per interpreter (sys.set_int_max_str_digits), so the runtime
// passes its own through FormatIntLimit and IntDigitsOperand. 0 disables it.
const DefaultIntMaxStrDigits = 4300

func maxStrDigitsError(limit int64) error {
	return valueError("Exceeds the limit (" + strconv.FormatInt(limit, 10) +
		" digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
}

// decodeCP decodes the code point at the start of s (which must be non-empty),
// accepting WTF-8 encoded surrogates. An invalid byte counts as one code point.
func decodeCP(s string) (rune, int) {
	c := s[0]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && n == 1 && c == 0xED && len(s) >= 3 &&
		s[1] >= 0xA0 && s[1] <= 0xBF && s[2] >= 0x80 && s[2] <= 0xBF {
		return rune(c&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return r, n
}

// appendCP appends the encoding of code point r (surrogates in WTF-8).
func appendCP(dst []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(dst, 0xED, byte(0xA0|(r>>6)&0x1F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(dst, r)
}

// countCP is len(s) in Python terms: the number of code points.
func countCP(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
		} else {
			_, w := decodeCP(s[i:])
			i += w
		}
		n++
	}
	return n
}

// prefixCP returns the byte length of the first n code points of s.
func prefixCP(s string, n int) int {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		if s[i] < utf8.RuneSelf {
			i++
		} else {
			_, w := decodeCP(s[i:])
			i += w
		}
	}
	return i
}

// decimalValue is Py_UNICODE_TODECIMAL: the value of a Unicode decimal digit
// (category Nd), or -1. Nd characters come in contiguous runs of ten, 0 to 9.
func decimalValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if r < 0x80 || !unicode.IsDigit(r) {
		return -1
	}
	k := 0
	for c := r - 1; k < 100 && unicode.IsDigit(c); c-- {
		k++
	}
	return k % 10
}

// appendRepeat appends n copies of the encoded character fill.
func appendRepeat(dst []byte, fill string, n int) []byte {
	if n <= 0 {
		return dst
	}
	if len(fill) == 1 {
		c := fill[0]
		for ; n > 0; n-- {
			dst = append(dst, c)
		}
		return dst
	}
	for ; n > 0; n-- {
		dst = append(dst, fill...)
	}
	return dst
}

// typeCodeString renders a presentation type in error messages the way CPython's
// unknown_presentation_type and invalid_comma_type do: the character itself when
// printable ASCII, else \x followed by its hex code.
func typeCodeString(t rune) string {
	if t > 32 && t < 128 {
		return string(rune(t))
	}
	return `\x` + strconv.FormatInt(int64(t), 16)
}
