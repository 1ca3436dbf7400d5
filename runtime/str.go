package runtime

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Str is a Python str. Text is kept as UTF-8; indexing is by code point, so
// the code point count is cached (ASCII strings index bytes directly).
type Str struct {
	s     string
	runes int   // -1 until counted
	hash  int64 // 0 until computed (see strHash)
}

// Type returns str.
func (*Str) Type() *Type { return StrType }

// String returns the Go string.
func (s *Str) String() string { return s.s }

var asciiChars [128]*Str

func init() {
	for i := range asciiChars {
		asciiChars[i] = &Str{s: string(rune(i)), runes: 1}
	}
}

// NewStr returns a str value.
func NewStr(s string) Value {
	if len(s) == 1 && s[0] < 128 {
		return Value{ref: asciiChars[s[0]]}
	}
	return Value{ref: &Str{s: s, runes: -1}}
}

// AsStr returns the Go string of a str value; ok is false for other types.
func AsStr(v Value) (string, bool) {
	if s, ok := v.ref.(*Str); ok {
		return s.s, true
	}
	return "", false
}

// Len returns the number of code points.
func (s *Str) Len() int {
	if s.runes < 0 {
		s.runes = utf8.RuneCountInString(s.s)
	}
	return s.runes
}

// IsASCII reports whether byte offsets equal code point offsets.
func (s *Str) IsASCII() bool { return s.Len() == len(s.s) }

// Index returns the i-th code point as a str (0 <= i < Len()).
func (s *Str) Index(i int) Value {
	if s.IsASCII() {
		return Value{ref: asciiChars[s.s[i]]}
	}
	for _, r := range s.s {
		if i == 0 {
			return NewStr(string(r))
		}
		i--
	}
	panic("str index out of range")
}

// Runes returns the code points.
func (s *Str) Runes() []rune { return []rune(s.s) }

// StrRepr is repr() of a str: single quotes unless the text contains a
// single quote and no double quote; non-printable characters escaped.
func StrRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		// decodeWTF8 shows lone surrogates as \udxxx; a U+FFFD that is
		// really in the text (3 bytes, unlike an invalid byte) is printable.
		r, size := decodeWTF8(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 3:
			b.WriteRune(r)
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			b.WriteString(`\x`)
			b.WriteByte(hexDigits[r>>4])
			b.WriteByte(hexDigits[r&15])
		case r < 0x7f:
			b.WriteRune(r)
		case isPrintable(r):
			b.WriteRune(r)
		case r <= 0xff:
			b.WriteString(`\x`)
			b.WriteByte(hexDigits[r>>4])
			b.WriteByte(hexDigits[r&15])
		case r <= 0xffff:
			b.WriteString(`\u`)
			for sh := 12; sh >= 0; sh -= 4 {
				b.WriteByte(hexDigits[(r>>sh)&15])
			}
		default:
			b.WriteString(`\U`)
			for sh := 28; sh >= 0; sh -= 4 {
				b.WriteByte(hexDigits[(r>>sh)&15])
			}
		}
	}
	b.WriteByte(quote)
	return b.String()
}

const hexDigits = "0123456789abcdef"

// isPrintable approximates CPython's str.isprintable for one code point:
// letters, marks, numbers, punctuation, symbols and the ASCII space.
func isPrintable(r rune) bool {
	if r == utf8.RuneError {
		return false
	}
	if r == ' ' {
		return true
	}
	return unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S)
}

// strSlice returns the code points [lo:hi:step] of s, with indices already clamped.
func strSlice(s *Str, lo, hi, step, n int) Value {
	if step == 1 {
		if s.IsASCII() {
			return NewStr(s.s[lo:hi])
		}
		rs := s.Runes()
		return NewStr(string(rs[lo:hi]))
	}
	var b strings.Builder
	if s.IsASCII() {
		for i, k := lo, 0; k < n; i, k = i+step, k+1 {
			b.WriteByte(s.s[i])
		}
		return NewStr(b.String())
	}
	rs := s.Runes()
	for i, k := lo, 0; k < n; i, k = i+step, k+1 {
		b.WriteRune(rs[i])
	}
	return NewStr(b.String())
}
