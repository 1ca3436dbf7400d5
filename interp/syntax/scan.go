package syntax

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// The scanner follows CPython 3.11's tokenizer (Parser/tokenizer.c) closely,
// including the order of its checks, because that order decides which error
// a broken program gets and where the caret goes. It works on a normalized
// source (see newSource): UTF-8, "\n" line ends, a final "\n".
//
// Errors come in two strengths, as in CPython. "Hard" errors (bad literals,
// unterminated strings, unmatched brackets, invalid characters) win over a
// parser error found earlier in the file, because CPython tokenizes the rest
// of the file after a parse error and reports those. "Soft" errors
// (indentation, an unclosed bracket at end of file, a bad line continuation)
// only count when the parser actually reaches them.

const (
	tabSize     = 8
	maxIndent   = 100 // CPython's MAXINDENT
	maxParenLvl = 200 // CPython's MAXLEVEL
)

type openParen struct {
	c   byte
	pos Pos
}

type scanner struct {
	src     []byte
	file    *source // the source, for line lookups and error text
	off     int     // next byte to read (CPython's tok->cur)
	end     int     // scan limit: len(src), or the end of an f-string expression
	line    int32
	lineOff int // byte offset of the current line's start
	colOff  int // rune-count cache: colN runes lie in src[lineOff:colOff]
	colN    int32
	atBOL   bool
	indents []int32
	alts    []int32 // indentation measured with tabs as one column, for TabError
	pending int     // >0: INDENTs to emit, <0: DEDENTs to emit
	parens  []openParen
	fstr    bool // scanning an f-string replacement field, implicitly inside "("
	err     *Error
	errHard bool
	names   map[string]string // interned identifiers
}

func newScanner(src *source) *scanner {
	return &scanner{
		src:     src.text,
		file:    src,
		end:     len(src.text),
		line:    1,
		atBOL:   true,
		indents: []int32{0},
		alts:    []int32{0},
		names:   make(map[string]string),
	}
}

// newFieldScanner scans src.text[start:end], the expression of an f-string
// replacement field, as if it were enclosed in parentheses.
func newFieldScanner(src *source, start, end int, names map[string]string) *scanner {
	line := src.lineOf(start)
	return &scanner{
		src:     src.text,
		file:    src,
		off:     start,
		end:     end,
		line:    line,
		lineOff: int(src.lines[line-1]),
		colOff:  int(src.lines[line-1]),
		indents: []int32{0},
		alts:    []int32{0},
		fstr:    true,
		names:   names,
	}
}

// level is the bracket depth, counting the implicit "(" of an f-string field.
func (s *scanner) level() int {
	if s.fstr {
		return len(s.parens) + 1
	}
	return len(s.parens)
}

// colAt returns the rune column of byte offset off on the current line.
func (s *scanner) colAt(off int) int32 {
	if off < s.colOff || s.colOff < s.lineOff {
		s.colOff, s.colN = s.lineOff, 0
	}
	n := s.colN
	for _, b := range s.src[s.colOff:off] {
		if b&0xC0 != 0x80 {
			n++
		}
	}
	s.colOff, s.colN = off, n
	return n
}

func (s *scanner) posAt(off int) Pos { return Pos{s.line, s.colAt(off)} }

// newline records that the byte at off-1 was a '\n'.
func (s *scanner) newline() {
	s.line++
	s.lineOff = s.off
}

// peek returns the byte at off, or 0 at the end of input.
func (s *scanner) peek() byte {
	if s.off < s.end {
		return s.src[s.off]
	}
	return 0
}

// fail records an error at a point of the current line; col is a rune column,
// endCol 0 for a single caret.
func (s *scanner) fail(hard bool, kind string, line, col, endCol int32, format string, args ...any) token {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	s.err = s.file.errorAt(kind, msg, line, col, endCol)
	s.errHard = hard
	return s.errToken()
}

// failCur is CPython's syntaxerror(): the caret goes on the char before off.
func (s *scanner) failCur(format string, args ...any) token {
	col := s.colAt(s.off) - 1
	if col < 0 {
		col = 0
	}
	return s.fail(true, KindSyntax, s.line, col, 0, format, args...)
}

func (s *scanner) errToken() token {
	p := Pos{s.line, 0}
	if s.err != nil {
		p = s.err.Pos
	}
	return token{kind: tError, pos: p, end: p, off: int32(s.off), endOff: int32(s.off), level: int32(s.level())}
}

func (s *scanner) make(kind tokKind, start int, pos Pos) token {
	return token{kind: kind, pos: pos, end: s.posAt(s.off), off: int32(start), endOff: int32(s.off), level: int32(s.level())}
}

// next returns the next token. After an error it keeps returning tError.
func (s *scanner) next() token {
	if s.err != nil {
		return s.errToken()
	}
	for {
		blank := false
		if s.atBOL {
			s.atBOL = false
			if t, ok := s.indentation(&blank); !ok {
				return t
			}
		}
		if s.pending != 0 {
			p := s.posAt(s.off)
			if s.off >= s.end && !s.fstr {
				p = s.eofPos()
			}
			t := token{pos: p, end: p, off: int32(s.off), endOff: int32(s.off)}
			if s.pending < 0 {
				s.pending++
				t.kind = tDedent
			} else {
				s.pending--
				t.kind = tIndent
			}
			return t
		}
	again:
		for s.off < s.end {
			if c := s.src[s.off]; c == ' ' || c == '\t' || c == '\f' {
				s.off++
			} else {
				break
			}
		}
		comment := -1
		if s.off < s.end && s.src[s.off] == '#' {
			comment = s.off
			for s.off < s.end && s.src[s.off] != '\n' {
				s.off++
			}
		}
		if s.off >= s.end {
			return s.atEOF()
		}
		start := s.off
		c := s.src[s.off]
		if c == '\n' {
			// As in CPython, NEWLINE spans the comment before it, if any,
			// and excludes the '\n' itself.
			end := s.posAt(s.off)
			pos := end
			if comment >= 0 {
				pos = s.posAt(comment)
			}
			s.off++
			s.atBOL = true
			if blank || s.level() > 0 {
				s.newline()
				continue
			}
			t := token{kind: tNewline, pos: pos, end: end, off: int32(start), endOff: int32(s.off)}
			s.newline()
			return t
		}
		if c == '\\' {
			s.off++
			if s.peek() != '\n' {
				if s.off < s.end {
					s.off += utf8RuneLen(s.src[s.off:])
				}
				return s.fail(false, KindSyntax, s.line, s.colAt(s.off)-1, 0,
					"unexpected character after line continuation character")
			}
			s.off++
			s.newline()
			if s.off >= s.end && !s.fstr {
				if len(s.parens) > 0 {
					return s.atEOF()
				}
				return s.fail(false, KindSyntax, s.line-1, s.file.lineLen(s.line-1), 0, "unexpected EOF while parsing")
			}
			goto again
		}
		return s.token(start)
	}
}

// indentation measures the indentation of a new line and queues INDENT or
// DEDENT tokens (CPython's "atbol" block). ok is false if it returns an error.
func (s *scanner) indentation(blank *bool) (token, bool) {
	col, alt := int32(0), int32(0)
	contCol := int32(-1)
	for s.off < s.end {
		c := s.src[s.off]
		switch {
		case c == ' ':
			col++
			alt++
		case c == '\t':
			col = (col/tabSize + 1) * tabSize
			alt++
		case c == '\f':
			col, alt = 0, 0
		case c == '\\':
			// Indentation cannot be split by a backslash: the first one found
			// fixes the level of what follows.
			if s.off+1 >= s.end || s.src[s.off+1] != '\n' {
				s.off++
				if s.off < s.end {
					s.off += utf8RuneLen(s.src[s.off:])
				}
				return s.fail(false, KindSyntax, s.line, s.colAt(s.off)-1, 0,
					"unexpected character after line continuation character"), false
			}
			if contCol < 0 {
				contCol = col
			}
			s.off += 2
			s.newline()
			if s.off >= s.end && !s.fstr {
				if len(s.parens) > 0 {
					return s.atEOF(), false
				}
				return s.fail(false, KindSyntax, s.line-1, s.file.lineLen(s.line-1), 0, "unexpected EOF while parsing"), false
			}
			continue
		default:
			goto measured
		}
		s.off++
	}
measured:
	if s.off < s.end && (s.src[s.off] == '#' || s.src[s.off] == '\n') {
		*blank = true
		return token{}, true
	}
	if s.level() > 0 {
		return token{}, true
	}
	if contCol >= 0 {
		col, alt = contCol, contCol
	}
	top := len(s.indents) - 1
	switch {
	case col == s.indents[top]:
		if alt != s.alts[top] {
			return s.tabError(), false
		}
	case col > s.indents[top]:
		if len(s.indents) >= maxIndent {
			return s.fail(false, KindIndentation, s.line, 0, 0, "too many levels of indentation"), false
		}
		if alt <= s.alts[top] {
			return s.tabError(), false
		}
		s.pending++
		s.indents = append(s.indents, col)
		s.alts = append(s.alts, alt)
	default:
		for len(s.indents) > 1 && col < s.indents[len(s.indents)-1] {
			s.pending--
			s.indents = s.indents[:len(s.indents)-1]
			s.alts = s.alts[:len(s.alts)-1]
		}
		top = len(s.indents) - 1
		if col != s.indents[top] {
			// CPython points just past the end of the line.
			return s.fail(false, KindIndentation, s.line, s.file.lineLen(s.line), 0,
				"unindent does not match any outer indentation level"), false
		}
		if alt != s.alts[top] {
			return s.tabError(), false
		}
	}
	return token{}, true
}

func (s *scanner) tabError() token {
	return s.fail(false, KindTab, s.line, 0, 0, "inconsistent use of tabs and spaces in indentation")
}

func (s *scanner) atEOF() token {
	p := s.posAt(s.off)
	if s.fstr {
		return token{kind: tEOF, pos: p, end: p, off: int32(s.off), endOff: int32(s.off), level: 1}
	}
	if n := len(s.parens); n > 0 {
		o := s.parens[n-1]
		return s.fail(false, KindSyntax, o.pos.Line, o.pos.Col, 0, "'%c' was never closed", o.c)
	}
	p = s.eofPos()
	return token{kind: tEOF, pos: p, end: p, off: int32(s.off), endOff: int32(s.off)}
}

// eofPos is where CPython places tokens at the end of the file: the source
// ends with "\n", so EOF sits past the last line; it is reported at the end
// of that line.
func (s *scanner) eofPos() Pos {
	last := s.file.lastLine()
	return Pos{last, s.file.lineLen(last)}
}

func utf8RuneLen(b []byte) int {
	_, n := utf8.DecodeRune(b)
	return n
}

func isIdentStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80
}

func isIdentChar(c byte) bool {
	return isIdentStart(c) || c >= '0' && c <= '9'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// token scans one token starting at s.off (not whitespace, newline or EOF).
func (s *scanner) token(start int) token {
	pos := s.posAt(start)
	c := s.src[s.off]

	if isIdentStart(c) {
		// String prefixes: any case of b, r, u, f, br, rb, fr, rf.
		sawB, sawR, sawU, sawF := false, false, false, false
		for i := s.off; i < s.end; i++ {
			switch c := s.src[i]; {
			case !(sawB || sawU || sawF) && (c == 'b' || c == 'B'):
				sawB = true
			case !(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U'):
				sawU = true
			case !(sawR || sawU) && (c == 'r' || c == 'R'):
				sawR = true
			case !(sawF || sawB || sawU) && (c == 'f' || c == 'F'):
				sawF = true
			case c == '"' || c == '\'':
				if i > s.off {
					s.off = i
					return s.stringLit(start, pos)
				}
				goto ident
			default:
				goto ident
			}
		}
	ident:
		nonASCII := false
		for s.off < s.end && isIdentChar(s.src[s.off]) {
			if s.src[s.off] >= 0x80 {
				nonASCII = true
			}
			s.off++
		}
		if nonASCII {
			if t, ok := s.verifyIdentifier(start); !ok {
				return t
			}
		}
		word := s.src[start:s.off]
		t := s.make(tName, start, pos)
		if kw, ok := keywords[string(word)]; ok {
			t.kind = kw
			return t
		}
		name, ok := s.names[string(word)]
		if !ok {
			name = string(word)
			s.names[name] = name
		}
		t.lit = name
		return t
	}

	switch {
	case isDigit(c):
		return s.number(start, pos)
	case c == '"' || c == '\'':
		return s.stringLit(start, pos)
	case c == '.':
		if s.off+1 < s.end && isDigit(s.src[s.off+1]) {
			return s.number(start, pos)
		}
		if s.off+2 < s.end && s.src[s.off+1] == '.' && s.src[s.off+2] == '.' {
			s.off += 3
			return s.make(tEllipsis, start, pos)
		}
		s.off++
		return s.make(tDot, start, pos)
	}

	kind, op, n := operator(s.src[s.off:s.end])
	if n == 0 {
		r, size := utf8.DecodeRune(s.src[s.off:])
		s.off += size
		if !unicode.IsPrint(r) {
			return s.failCur("invalid non-printable character U+%04X", r)
		}
		kind, n = tBadChar, 0
	}
	s.off += n
	switch kind {
	case tLParen, tLBrack, tLBrace:
		if len(s.parens) >= maxParenLvl {
			return s.failCur("too many nested parentheses")
		}
		s.parens = append(s.parens, openParen{c, pos})
	case tRParen, tRBrack, tRBrace:
		if len(s.parens) == 0 {
			return s.failCur("unmatched '%c'", c)
		}
		o := s.parens[len(s.parens)-1]
		s.parens = s.parens[:len(s.parens)-1]
		if o.c != matching(c) {
			if o.pos.Line != s.line {
				return s.failCur("closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, o.c, o.pos.Line)
			}
			return s.failCur("closing parenthesis '%c' does not match opening parenthesis '%c'", c, o.c)
		}
	}
	t := s.make(kind, start, pos)
	t.op = op
	return t
}

func matching(closer byte) byte {
	switch closer {
	case ')':
		return '('
	case ']':
		return '['
	}
	return '{'
}

// operator recognizes the longest operator at the start of b. n is 0 if b
// does not start with one.
func operator(b []byte) (kind tokKind, op Operator, n int) {
	c := b[0]
	var c1, c2 byte
	if len(b) > 1 {
		c1 = b[1]
	}
	if len(b) > 2 {
		c2 = b[2]
	}
	switch c {
	case '(':
		return tLParen, 0, 1
	case ')':
		return tRParen, 0, 1
	case '[':
		return tLBrack, 0, 1
	case ']':
		return tRBrack, 0, 1
	case '{':
		return tLBrace, 0, 1
	case '}':
		return tRBrace, 0, 1
	case ',':
		return tComma, 0, 1
	case ';':
		return tSemi, 0, 1
	case '~':
		return tTilde, 0, 1
	case ':':
		if c1 == '=' {
			return tWalrus, 0, 2
		}
		return tColon, 0, 1
	case '=':
		if c1 == '=' {
			return tEq, 0, 2
		}
		return tAssign, 0, 1
	case '!':
		if c1 == '=' {
			return tNotEq, 0, 2
		}
		return tBang, 0, 1
	case '<':
		switch c1 {
		case '=':
			return tLtE, 0, 2
		case '>':
			return tLtGt, 0, 2
		case '<':
			if c2 == '=' {
				return tOpAssign, LShift, 3
			}
			return tLShift, 0, 2
		}
		return tLt, 0, 1
	case '>':
		switch c1 {
		case '=':
			return tGtE, 0, 2
		case '>':
			if c2 == '=' {
				return tOpAssign, RShift, 3
			}
			return tRShift, 0, 2
		}
		return tGt, 0, 1
	case '-':
		switch c1 {
		case '>':
			return tArrow, 0, 2
		case '=':
			return tOpAssign, Sub, 2
		}
		return tMinus, 0, 1
	case '*':
		if c1 == '*' {
			if c2 == '=' {
				return tOpAssign, Pow, 3
			}
			return tDoubleStar, 0, 2
		}
		if c1 == '=' {
			return tOpAssign, Mult, 2
		}
		return tStar, 0, 1
	case '/':
		if c1 == '/' {
			if c2 == '=' {
				return tOpAssign, FloorDiv, 3
			}
			return tDoubleSl, 0, 2
		}
		if c1 == '=' {
			return tOpAssign, Div, 2
		}
		return tSlash, 0, 1
	}
	var k tokKind
	switch c {
	case '+':
		k, op = tPlus, Add
	case '%':
		k, op = tPercent, Mod
	case '@':
		k, op = tAt, MatMult
	case '|':
		k, op = tVBar, BitOr
	case '&':
		k, op = tAmper, BitAnd
	case '^':
		k, op = tCaret, BitXor
	case '$', '?', '`':
		return tBadChar, 0, 1
	default:
		return 0, 0, 0
	}
	if c1 == '=' {
		return tOpAssign, op, 2
	}
	return k, 0, 1
}

// verifyIdentifier checks the characters of a non-ASCII identifier
// src[start:s.off] and reports the first invalid one as CPython does.
func (s *scanner) verifyIdentifier(start int) (token, bool) {
	first := true
	for i := start; i < s.off; {
		r, size := utf8.DecodeRune(s.src[i:])
		ok := isXIDContinue(r)
		if first {
			ok = r == '_' || isXIDStart(r)
		}
		first = false
		if !ok {
			s.off = i + size
			if unicode.IsPrint(r) {
				return s.failCur("invalid character '%c' (U+%04X)", r, r), false
			}
			return s.failCur("invalid non-printable character U+%04X", r), false
		}
		i += size
	}
	return token{}, true
}

// isXIDStart and isXIDContinue approximate Unicode's XID_Start and
// XID_Continue with the tables Go's standard library has.
func isXIDStart(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

func isXIDContinue(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_'
	}
	return isXIDStart(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue)
}

// stringLit scans a string literal whose opening quote is at s.off (the
// prefix, if any, starts at start).
func (s *scanner) stringLit(start int, pos Pos) token {
	quote := s.src[s.off]
	s.off++
	size := 1
	if s.off+1 < s.end && s.src[s.off] == quote && s.src[s.off+1] == quote {
		size = 3
		s.off += 2
	} else if s.off < s.end && s.src[s.off] == quote {
		s.off++
		return s.make(tString, start, pos)
	}
	startLine, startLineOff := s.line, s.lineOff
	closing := 0
	for closing != size {
		if s.off >= s.end || size == 1 && s.src[s.off] == '\n' {
			detected := s.line
			if s.off >= s.end && s.line > s.file.lastLine() {
				detected = s.file.lastLine()
			}
			s.line, s.lineOff = startLine, startLineOff
			if size == 3 {
				return s.fail(true, KindSyntax, pos.Line, pos.Col, 0,
					"unterminated triple-quoted string literal (detected at line %d)", detected)
			}
			return s.fail(true, KindSyntax, pos.Line, pos.Col, 0,
				"unterminated string literal (detected at line %d)", detected)
		}
		c := s.src[s.off]
		s.off++
		switch c {
		case quote:
			closing++
			continue
		case '\\':
			if s.off < s.end {
				if s.src[s.off] == '\n' {
					s.off++
					s.newline()
				} else {
					s.off++
				}
			}
		case '\n':
			s.newline()
		}
		closing = 0
	}
	return s.make(tString, start, pos)
}
