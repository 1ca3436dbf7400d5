package syntax

import (
	"math/big"
	"strconv"
	"strings"
)

// Number literals are scanned by a transliteration of CPython's tokenizer so
// that every malformed literal gets CPython's message and caret.

const eofChar = -1

// nextc reads one byte; past the end it returns eofChar but still advances,
// so that backup() always undoes exactly one nextc().
func (s *scanner) nextc() int {
	s.off++
	if s.off-1 < s.end {
		return int(s.src[s.off-1])
	}
	return eofChar
}

func (s *scanner) backup() { s.off-- }

func isDigitC(c int) bool { return c >= '0' && c <= '9' }

func isHexC(c int) bool { return isDigitC(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

func isIdentC(c int) bool { return c >= 0 && isIdentChar(byte(c)) }

// number scans a number literal starting at s.off.
func (s *scanner) number(start int, pos Pos) token {
	if !s.scanNumber(start) {
		if s.off > s.end {
			s.off = s.end
		}
		return s.errToken()
	}
	t := s.make(tNumber, start, pos)
	t.lit = string(s.src[start:s.off])
	return t
}

// numFail is syntaxerror() for numbers; it keeps s.off within the line.
func (s *scanner) numFail(format string, args ...any) bool {
	if s.off > s.end {
		s.off = s.end
	}
	s.failCur(format, args...)
	return false
}

func (s *scanner) scanNumber(start int) bool {
	c := s.nextc()
	if c == '.' {
		return s.fraction(s.nextc())
	}
	if c != '0' {
		if c = s.decimalTail(); c == eofChar-1 {
			return false
		}
		return s.afterInt(c)
	}
	c = s.nextc()
	switch c {
	case 'x', 'X':
		return s.radixDigits("hexadecimal", isHexC, 0)
	case 'o', 'O':
		return s.radixDigits("octal", func(c int) bool { return c >= '0' && c <= '7' }, '8')
	case 'b', 'B':
		return s.radixDigits("binary", func(c int) bool { return c == '0' || c == '1' }, '2')
	}
	// Maybe an old-style octal; in any case "0", "00", "0_0" are fine.
	nonzero := false
	for {
		if c == '_' {
			if c = s.nextc(); !isDigitC(c) {
				s.backup()
				return s.numFail("invalid decimal literal")
			}
		}
		if c != '0' {
			break
		}
		c = s.nextc()
	}
	zerosEnd := s.off
	if isDigitC(c) {
		nonzero = true
		if c = s.decimalTail(); c == eofChar-1 {
			return false
		}
	}
	switch c {
	case '.':
		return s.fraction(s.nextc())
	case 'e', 'E':
		return s.exponent(c)
	case 'j', 'J':
		return s.imaginary()
	}
	if nonzero {
		s.backup()
		s.fail(true, KindSyntax, s.line, s.colAt(start), s.colAt(zerosEnd)-1,
			"leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
		return false
	}
	if !s.verifyEnd(c, "decimal") {
		return false
	}
	s.backup()
	return true
}

// radixDigits scans the digits after 0x/0o/0b. bad is the first digit that
// is too big for the base (for "invalid digit" messages), or 0.
func (s *scanner) radixDigits(kind string, ok func(int) bool, bad int) bool {
	c := s.nextc()
	for {
		if c == '_' {
			c = s.nextc()
		}
		if !ok(c) {
			if bad != 0 && isDigitC(c) {
				return s.numFail("invalid digit '%c' in %s literal", c, kind)
			}
			s.backup()
			return s.numFail("invalid %s literal", kind)
		}
		for c = s.nextc(); ok(c); c = s.nextc() {
		}
		if c != '_' {
			break
		}
	}
	if bad != 0 && isDigitC(c) {
		return s.numFail("invalid digit '%c' in %s literal", c, kind)
	}
	if !s.verifyEnd(c, kind) {
		return false
	}
	s.backup()
	return true
}

// decimalTail reads digits with single underscores between them and returns
// the first other char, or eofChar-1 after an error.
func (s *scanner) decimalTail() int {
	for {
		c := s.nextc()
		for isDigitC(c) {
			c = s.nextc()
		}
		if c != '_' {
			return c
		}
		if c = s.nextc(); !isDigitC(c) {
			s.backup()
			s.numFail("invalid decimal literal")
			return eofChar - 1
		}
		s.backup()
	}
}

func (s *scanner) afterInt(c int) bool {
	switch c {
	case '.':
		return s.fraction(s.nextc())
	case 'e', 'E':
		return s.exponent(c)
	case 'j', 'J':
		return s.imaginary()
	}
	if !s.verifyEnd(c, "decimal") {
		return false
	}
	s.backup()
	return true
}

func (s *scanner) fraction(c int) bool {
	if isDigitC(c) {
		s.backup()
		if c = s.decimalTail(); c == eofChar-1 {
			return false
		}
	}
	switch c {
	case 'e', 'E':
		return s.exponent(c)
	case 'j', 'J':
		return s.imaginary()
	}
	if !s.verifyEnd(c, "decimal") {
		return false
	}
	s.backup()
	return true
}

func (s *scanner) exponent(e int) bool {
	c := s.nextc()
	if c == '+' || c == '-' {
		if c = s.nextc(); !isDigitC(c) {
			s.backup()
			return s.numFail("invalid decimal literal")
		}
	} else if !isDigitC(c) {
		// "1else": the e is not an exponent.
		s.backup()
		if !s.verifyEnd(e, "decimal") {
			return false
		}
		s.backup()
		return true
	}
	s.backup()
	if c = s.decimalTail(); c == eofChar-1 {
		return false
	}
	if c == 'j' || c == 'J' {
		return s.imaginary()
	}
	if !s.verifyEnd(c, "decimal") {
		return false
	}
	s.backup()
	return true
}

func (s *scanner) imaginary() bool {
	c := s.nextc()
	if !s.verifyEnd(c, "imaginary") {
		return false
	}
	s.backup()
	return true
}

// verifyEnd rejects a number glued to an identifier ("1abc"), except for the
// keywords that may legally follow a number ("1if x else y").
func (s *scanner) verifyEnd(c int, kind string) bool {
	r := false
	switch c {
	case 'a':
		r = s.lookahead("nd")
	case 'e':
		r = s.lookahead("lse")
	case 'f':
		r = s.lookahead("or")
	case 'i':
		c2 := s.nextc()
		r = c2 == 'f' || c2 == 'n' || c2 == 's'
		s.backup()
	case 'o':
		r = s.lookahead("r")
	case 'n':
		r = s.lookahead("ot")
	}
	if r {
		return true
	}
	if c < 0x80 && isIdentC(c) { // non-ASCII is left to the next token
		s.backup()
		return s.numFail("invalid %s literal", kind)
	}
	return true
}

func (s *scanner) lookahead(test string) bool {
	save := s.off
	defer func() { s.off = save }()
	for i := 0; i < len(test); i++ {
		if s.nextc() != int(test[i]) {
			return false
		}
	}
	return !isIdentC(s.nextc())
}

// parseNumber converts a scanned number literal. imaginary is true for "1j".
func parseNumber(lit string) (c *Constant, imaginary bool) {
	if n := len(lit); lit[n-1] == 'j' || lit[n-1] == 'J' {
		return &Constant{Kind: ConstFloat}, true
	}
	lit = strings.ReplaceAll(lit, "_", "")
	if len(lit) > 1 && lit[0] == '0' {
		base := 0
		switch lit[1] {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		if base != 0 {
			v, _ := new(big.Int).SetString(lit[2:], base)
			return &Constant{Kind: ConstInt, Int: v}, false
		}
	}
	if strings.ContainsAny(lit, ".eE") {
		f, _ := strconv.ParseFloat(lit, 64) // out of range gives ±Inf, as in Python
		return &Constant{Kind: ConstFloat, Float: f}, false
	}
	v, _ := new(big.Int).SetString(lit, 10)
	return &Constant{Kind: ConstInt, Int: v}, false
}
