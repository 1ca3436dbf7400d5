package syntax

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// String literal decoding. Python str values may hold lone surrogates
// ("\ud800"); Go strings cannot as UTF-8, so those are stored WTF-8 style
// (the 3-byte encoding of the surrogate code point). ConstBytes values hold
// the raw bytes.

// strLit describes one string token.
type strLit struct {
	raw, bytes, fstr bool
	body             []byte // text between the quotes, as in the source
	bodyOff          int    // byte offset of body in the source
	pos              Pos    // where the token starts
}

func splitString(src []byte, t token) strLit {
	lit := src[t.off:t.endOff]
	s := strLit{pos: t.pos}
	i := 0
	for ; lit[i] != '"' && lit[i] != '\''; i++ {
		switch lit[i] {
		case 'r', 'R':
			s.raw = true
		case 'b', 'B':
			s.bytes = true
		case 'f', 'F':
			s.fstr = true
		}
	}
	q := 1
	if len(lit)-i >= 6 && lit[i+1] == lit[i] && lit[i+2] == lit[i] {
		q = 3
	}
	s.body = lit[i+q : len(lit)-q]
	s.bodyOff = int(t.off) + i + q
	return s
}

// litError is a problem found while decoding a literal's escapes.
type litError struct {
	msg     string
	notImpl bool
}

// decodeStr decodes a str literal body (or a literal part of an f-string).
func decodeStr(body []byte, raw bool) (string, *litError) {
	if raw {
		return string(body), nil
	}
	i := indexBackslash(body)
	if i < 0 {
		return string(body), nil
	}
	out := make([]byte, 0, len(body))
	out = append(out, body[:i]...)
	for i < len(body) {
		c := body[i]
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		start := i
		i++
		if i >= len(body) {
			// Cannot happen for a well-scanned literal; keep the backslash.
			out = append(out, '\\')
			break
		}
		c = body[i]
		i++
		switch c {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, c)
		case 'a':
			out = append(out, 7)
		case 'b':
			out = append(out, 8)
		case 'f':
			out = append(out, 12)
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'v':
			out = append(out, 11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := rune(c - '0')
			for n := 1; n < 3 && i < len(body) && body[i] >= '0' && body[i] <= '7'; n++ {
				v = v*8 + rune(body[i]-'0')
				i++
			}
			out = appendWTF8(out, v)
		case 'x', 'u', 'U':
			n := 2
			switch c {
			case 'u':
				n = 4
			case 'U':
				n = 8
			}
			v, j := hexDigits(body, i, n)
			if j-i < n {
				return "", escapeError(body, start, j, fmt.Sprintf("truncated \\%c%s escape", c, strings.Repeat("X", n)))
			}
			if v > utf8.MaxRune {
				return "", escapeError(body, start, j, "illegal Unicode character")
			}
			i = j
			out = appendWTF8(out, rune(v))
		case 'N':
			end := i
			if i < len(body) && body[i] == '{' {
				end = len(body)
				for j := i + 1; j < len(body); j++ {
					if body[j] == '}' {
						if j > i+1 {
							return "", &litError{msg: "\\N{...} escapes are not supported", notImpl: true}
						}
						end = j + 1
						break
					}
				}
			}
			return "", escapeError(body, start, end, "malformed \\N character escape")
		default:
			// Unknown escapes are kept as written (CPython only warns).
			out = append(out, '\\')
			i--
		}
	}
	return string(out), nil
}

// decodeBytes decodes a bytes literal body.
func decodeBytes(body []byte, raw bool) (string, *litError) {
	for _, b := range body {
		if b >= 0x80 {
			return "", &litError{msg: "bytes can only contain ASCII literal characters"}
		}
	}
	if raw || indexBackslash(body) < 0 {
		return string(body), nil
	}
	out := make([]byte, 0, len(body))
	for i := 0; i < len(body); {
		c := body[i]
		i++
		if c != '\\' || i >= len(body) {
			out = append(out, c)
			continue
		}
		c = body[i]
		i++
		switch c {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, c)
		case 'a':
			out = append(out, 7)
		case 'b':
			out = append(out, 8)
		case 'f':
			out = append(out, 12)
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'v':
			out = append(out, 11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(c - '0')
			for n := 1; n < 3 && i < len(body) && body[i] >= '0' && body[i] <= '7'; n++ {
				v = v*8 + int(body[i]-'0')
				i++
			}
			out = append(out, byte(v))
		case 'x':
			v, j := hexDigits(body, i, 2)
			if j-i < 2 {
				return "", &litError{msg: fmt.Sprintf("(value error) invalid \\x escape at position %d", i-2)}
			}
			i = j
			out = append(out, byte(v))
		default:
			out = append(out, '\\', c)
		}
	}
	return string(out), nil
}

func indexBackslash(b []byte) int {
	for i, c := range b {
		if c == '\\' {
			return i
		}
	}
	return -1
}

// hexDigits reads up to n hex digits at b[i:]; j is the index after them.
func hexDigits(b []byte, i, n int) (v uint64, j int) {
	for j = i; j < len(b) && j-i < n && isHexC(int(b[j])); j++ {
		d := b[j]
		switch {
		case d <= '9':
			d -= '0'
		case d >= 'a':
			d -= 'a' - 10
		default:
			d -= 'A' - 10
		}
		v = v*16 + uint64(d)
	}
	return v, j
}

// escapeError builds CPython's unicodeescape message. Positions count bytes
// of the literal as the codec sees it, where CPython has already replaced
// each non-ASCII character by a 10-byte \UXXXXXXXX escape.
func escapeError(body []byte, start, end int, reason string) *litError {
	pos := func(i int) int {
		n := 0
		for _, r := range string(body[:i]) {
			if r < 0x80 {
				n++
			} else {
				n += 10
			}
		}
		return n
	}
	s, e := pos(start), pos(end)
	where := fmt.Sprintf("bytes in position %d-%d", s, e-1)
	if e-s <= 1 {
		where = fmt.Sprintf("byte 0x%02x in position %d", body[start], s)
	}
	return &litError{msg: fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode %s: %s", where, reason)}
}

// appendWTF8 appends r as UTF-8, encoding surrogates like any other code point.
func appendWTF8(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, byte(0xE0|r>>12), byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}
