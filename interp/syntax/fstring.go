package syntax

// Adjacent string literals and f-strings. As in CPython 3.11, the scanner
// returns an f-string as one STRING token and the parser takes it apart
// here, following Parser/string_parser.c (fstring_find_literal,
// fstring_find_expr) so that malformed f-strings get CPython's messages.
// Each replacement field is parsed by a sub-parser whose scanner reads the
// field's text in place, so its nodes get their true source positions.

// strings: STRING+ (concatenated)
func (p *parser) strings() Expr {
	first := p.tok
	var lits []strLit
	for p.tok.kind == tString {
		lits = append(lits, splitString(p.src.text, p.tok))
		p.next()
	}
	fmode := false
	for _, l := range lits {
		if l.bytes != lits[0].bytes {
			p.errTokFirst(p.tok, "cannot mix bytes and nonbytes literals")
		}
		fmode = fmode || l.fstr
	}
	if lits[0].bytes {
		var out []byte
		for i, l := range lits {
			s, err := decodeBytes(l.body, l.raw)
			if err != nil {
				if err.msg == "bytes can only contain ASCII literal characters" {
					t := p.toks[p.i-len(lits)+i]
					p.errTokFirst(t, "%s", err.msg)
				}
				p.litError(err)
			}
			out = append(out, s...)
		}
		c := &Constant{At: At{first.pos}, Kind: ConstBytes, Str: string(out)}
		p.end(c)
		return c
	}
	if !fmode {
		if len(lits) == 1 {
			c := &Constant{At: At{first.pos}, Kind: ConstStr, Str: p.decodeLit(lits[0].body, lits[0].raw)}
			p.end(c)
			return c
		}
		var out []byte
		for _, l := range lits {
			out = append(out, p.decodeLit(l.body, l.raw)...)
		}
		c := &Constant{At: At{first.pos}, Kind: ConstStr, Str: string(out)}
		p.end(c)
		return c
	}
	b := &fstrBuilder{pos: first.pos}
	for _, l := range lits {
		if !l.fstr {
			b.text(p.decodeLit(l.body, l.raw))
			continue
		}
		p.fstring(l, 0, 0, b)
	}
	j := &JoinedStr{At{first.pos}, b.finish(first.pos)}
	p.end(j)
	return j
}

func (p *parser) decodeLit(body []byte, raw bool) string {
	s, err := decodeStr(body, raw)
	if err != nil {
		p.litError(err)
	}
	return s
}

// litError reports a literal decoding problem at the token after the
// literal, where CPython's caret goes.
func (p *parser) litError(err *litError) {
	if err.notImpl {
		p.unsupported(p.toks[p.i-1], "%s", err.msg)
		return
	}
	p.errTokFirst(p.tok, "%s", err.msg)
}

// fstrBuilder accumulates the parts of a JoinedStr, merging adjacent text.
type fstrBuilder struct {
	pos    Pos
	values []Expr
	last   []byte
}

func (b *fstrBuilder) text(s string) { b.last = append(b.last, s...) }

func (b *fstrBuilder) flush() {
	if len(b.last) > 0 {
		b.values = append(b.values, &Constant{At: At{b.pos}, Kind: ConstStr, Str: string(b.last)})
		b.last = b.last[:0]
	}
}

func (b *fstrBuilder) expr(e Expr) {
	b.flush()
	b.values = append(b.values, e)
}

// finish returns the parts; the last text part is placed at pos (CPython
// positions it at the token that ends the f-string or format spec).
func (b *fstrBuilder) finish(pos Pos) []Expr {
	b.pos = pos
	b.flush()
	if b.values == nil {
		return []Expr{}
	}
	return b.values
}

// fstring parses the f-string l from body index i. At level 0 it runs to
// the end of the body; in a format spec (level 1) it stops at the closing
// '}' and returns its index.
func (p *parser) fstring(l strLit, i, level int, b *fstrBuilder) int {
	body := l.body
	for {
		// fstring_find_literal
		start := i
		doubled := false
	literal:
		for i < len(body) {
			ch := body[i]
			i++
			if !l.raw && ch == '\\' && i < len(body) {
				ch = body[i]
				i++
				if ch == 'N' {
					// Skip "\N{...}" so its braces do not start a field.
					if i < len(body) {
						i++
						if body[i-1] == '{' {
							for i < len(body) {
								i++
								if body[i-1] == '}' {
									break
								}
							}
						}
					}
					continue
				}
			}
			if ch == '{' || ch == '}' {
				if level == 0 {
					if i < len(body) && body[i] == ch {
						doubled = true
						break literal
					}
					if ch == '}' {
						p.errTokFirst(p.tok, "f-string: single '}' is not allowed")
					}
				}
				i--
				break
			}
		}
		if i > start {
			if l.raw {
				b.text(string(body[start:i]))
			} else {
				b.text(p.decodeLit(body[start:i], false))
			}
		}
		if doubled {
			i++ // skip the second brace
			continue
		}
		if i >= len(body) || body[i] == '}' {
			if level > 0 && i >= len(body) {
				p.errTokFirst(p.tok, "f-string: expecting '}'")
			}
			return i
		}
		i = p.fstringField(l, i, level, b)
	}
}

// fstringField parses the replacement field starting at the '{' at
// body[i] and returns the index after its '}' (fstring_find_expr).
func (p *parser) fstringField(l strLit, i, level int, b *fstrBuilder) int {
	body := l.body
	if level >= 2 {
		p.errTokFirst(p.tok, "f-string: expressions nested too deeply")
	}
	i++
	exprStart := i
	var quote byte
	triple := false
	var stack []byte
scan:
	for ; i < len(body); i++ {
		ch := body[i]
		switch {
		case ch == '\\':
			p.errTokFirst(p.tok, "f-string expression part cannot include a backslash")
		case quote != 0:
			if ch == quote {
				if !triple {
					quote = 0
				} else if i+2 < len(body) && body[i+1] == ch && body[i+2] == ch {
					i += 2
					quote = 0
				}
			}
		case ch == '\'' || ch == '"':
			triple = i+2 < len(body) && body[i+1] == ch && body[i+2] == ch
			if triple {
				i += 2
			}
			quote = ch
		case ch == '[' || ch == '{' || ch == '(':
			if len(stack) >= maxParenLvl {
				p.errTokFirst(p.tok, "f-string: too many nested parenthesis")
			}
			stack = append(stack, ch)
		case ch == '#':
			p.errTokFirst(p.tok, "f-string expression part cannot include '#'")
		case len(stack) == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<'):
			if i+1 < len(body) && body[i+1] == '=' && ch != ':' && ch != '}' {
				i++ // "!=", "==", "<=", ">="
				continue
			}
			if ch == '>' || ch == '<' {
				continue
			}
			break scan
		case ch == ']' || ch == '}' || ch == ')':
			if len(stack) == 0 {
				p.errTokFirst(p.tok, "f-string: unmatched '%c'", ch)
			}
			open := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if open != matching(ch) {
				p.errTokFirst(p.tok, "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", ch, open)
			}
		}
	}
	switch {
	case quote != 0:
		p.errTokFirst(p.tok, "f-string: unterminated string")
	case len(stack) > 0:
		p.errTokFirst(p.tok, "f-string: unmatched '%c'", stack[len(stack)-1])
	case i >= len(body):
		p.errTokFirst(p.tok, "f-string: expecting '}'")
	}
	exprEnd := i
	blank := true
	for _, c := range body[exprStart:exprEnd] {
		if c != ' ' && c != '\t' && c != '\n' && c != '\f' {
			blank = false
			break
		}
	}
	if blank {
		if c := body[exprEnd]; c == '!' || c == ':' || c == '=' {
			p.errTokFirst(p.tok, "f-string: expression required before '%c'", c)
		}
		p.errTokFirst(p.tok, "f-string: empty expression not allowed")
	}
	e := p.fieldExpr(l.bodyOff+exprStart-1, l.bodyOff+exprStart, l.bodyOff+exprEnd)

	fv := &FormattedValue{At: At{b.pos}, Value: e}
	debug := ""
	if body[i] == '=' {
		// The "=" specifier: the field's text is copied into the output.
		i++
		for i < len(body) && isSpace(body[i]) {
			i++
		}
		if i >= len(body) {
			p.errTokFirst(p.tok, "f-string: expecting '}'")
		}
		debug = string(body[exprStart:i])
	}
	if body[i] == '!' {
		i++
		if i >= len(body) {
			p.errTokFirst(p.tok, "f-string: expecting '}'")
		}
		c := body[i]
		i++
		if c != 's' && c != 'r' && c != 'a' {
			p.errTokFirst(p.tok, "f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		fv.Conversion = c
	}
	if i >= len(body) {
		p.errTokFirst(p.tok, "f-string: expecting '}'")
	}
	if body[i] == ':' {
		i++
		if i >= len(body) {
			p.errTokFirst(p.tok, "f-string: expecting '}'")
		}
		spec := &fstrBuilder{pos: b.pos}
		i = p.fstring(l, i, level+1, spec)
		js := &JoinedStr{At{l.pos}, spec.finish(l.pos)} // CPython: the string token's position
		fv.Spec = js
	}
	if i >= len(body) || body[i] != '}' {
		p.errTokFirst(p.tok, "f-string: expecting '}'")
	}
	i++
	if debug != "" {
		b.text(debug)
		if fv.Spec == nil && fv.Conversion == 0 {
			fv.Conversion = 'r'
		}
	}
	b.expr(fv)
	return i
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// fieldExpr parses the expression of a replacement field, the source bytes
// start:end, whose '{' is at byte brace. Like CPython, it parses the text
// as if it were parenthesized, with a parser of its own (and its own two
// passes); an error there is final for the enclosing parse, as it is
// raised while CPython's first pass builds the literal.
func (p *parser) fieldExpr(brace, start, end int) Expr {
	open := token{kind: tLParen, pos: Pos{p.src.lineOf(brace), p.src.colOf(brace)}}
	run := func(second bool) (e Expr, b *bailout) {
		sub := &parser{src: p.src, root: p.root, ends: p.ends, inField: true}
		if !second {
			sub.noInvalid = 1
		} else if sub.ends == nil {
			sub.ends = make(map[Node]Pos)
		}
		sub.sc = newFieldScanner(p.src, start, end, p.sc.names)
		defer func() {
			if r := recover(); r != nil {
				bo, ok := r.(bailout)
				if !ok {
					panic(r)
				}
				b = &bo
			}
		}()
		sub.start()
		return sub.parenAtom(open, tEOF), nil
	}
	e, b := run(false)
	if b == nil {
		return e
	}
	if b.generic && !b.final {
		if _, b2 := run(true); b2 != nil && !b2.generic {
			b = b2
		}
	}
	panic(bailout{err: b.err})
}
