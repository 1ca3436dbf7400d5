package syntax

// Parenthesized forms, displays and comprehensions: tuple, group, genexp,
// list, listcomp, set, setcomp, dict, dictcomp.

// parenAtom parses what follows '(' (already consumed: open) up to the
// closing token: tuple | group | genexp. An f-string replacement field is
// parsed the same way, with the end of the field as closer.
func (p *parser) parenAtom(open token, closer tokKind) Expr {
	if p.got(closer) {
		t := &Tuple{At: At{open.pos}}
		p.end(t)
		return t
	}
	switch p.tok.kind {
	case kwYield:
		e := p.yieldExpr()
		p.expect(closer)
		return e
	case tDoubleStar:
		// invalid_group: '(' '**' expression ')'
		p.errTok(p.tok, "cannot use double starred expression here")
	}
	first := p.starNamedExpression()
	switch p.tok.kind {
	case kwFor, kwAsync:
		if _, ok := first.(*Starred); ok {
			p.errNode(first, "iterable unpacking cannot be used in comprehension")
		}
		g := &GeneratorExp{At: At{open.pos}, Elt: first}
		g.Generators = p.comprehensions()
		p.expect(closer)
		p.end(g)
		return g
	case tComma:
		elts := []Expr{first}
		for p.got(tComma) && p.tok.kind != closer {
			elts = append(elts, p.starNamedExpression())
		}
		p.expect(closer)
		t := &Tuple{At{open.pos}, elts}
		p.end(t)
		return t
	}
	if _, ok := first.(*Starred); ok && p.tok.kind == closer {
		p.errNode(first, "cannot use starred expression here")
	}
	p.expect(closer)
	return first
}

// listAtom: list | listcomp
func (p *parser) listAtom() Expr {
	open := p.tok
	p.next()
	if p.got(tRBrack) {
		l := &List{At: At{open.pos}}
		p.end(l)
		return l
	}
	first := p.starNamedExpression()
	if p.tok.kind == kwFor || p.tok.kind == kwAsync {
		if _, ok := first.(*Starred); ok {
			p.errNode(first, "iterable unpacking cannot be used in comprehension")
		}
		l := &ListComp{At: At{open.pos}, Elt: first, Generators: p.comprehensions()}
		p.expect(tRBrack)
		p.end(l)
		return l
	}
	elts := p.displayRest(first, tRBrack)
	p.expect(tRBrack)
	l := &List{At{open.pos}, elts}
	p.end(l)
	return l
}

// displayRest parses the elements after the first of a list or set display,
// catching a comprehension whose target lacks parentheses ("[a, b for ...]").
func (p *parser) displayRest(first Expr, closer tokKind) []Expr {
	elts := []Expr{first}
	for p.tok.kind == tComma {
		comma := p.tok
		p.next()
		if p.tok.kind == closer {
			break
		}
		if p.tok.kind == kwFor {
			p.errRange(first.Position(), comma.end, "did you forget parentheses around the comprehension target?")
		}
		elts = append(elts, p.starNamedExpression())
		if p.tok.kind == kwFor {
			p.errRange(first.Position(), p.prevEnd, "did you forget parentheses around the comprehension target?")
		}
	}
	return elts
}

// braceAtom: dict | set | dictcomp | setcomp
func (p *parser) braceAtom() Expr {
	open := p.tok
	p.next()
	if p.got(tRBrace) {
		d := &Dict{At: At{open.pos}}
		p.end(d)
		return d
	}
	if p.tok.kind == tDoubleStar {
		star := p.tok
		p.next()
		v := p.bitwiseOr()
		if p.tok.kind == kwFor {
			p.errTok(star, "dict unpacking cannot be used in dict comprehension")
		}
		return p.dictRest(open, nil, v)
	}
	if p.tok.kind == tStar {
		first := p.starExpression()
		if p.tok.kind == kwFor {
			p.errNode(first, "iterable unpacking cannot be used in comprehension")
		}
		return p.setRest(open, first)
	}
	walrus := p.tok.kind == tName && p.peek(1).kind == tWalrus
	startIdx := p.i
	first := p.expression()
	if p.tok.kind != tColon || walrus {
		if !walrus {
			p.namedTail(first, startIdx)
		} else {
			p.reset(startIdx)
			first = p.walrus()
		}
		if p.tok.kind == kwFor || p.tok.kind == kwAsync {
			s := &SetComp{At: At{open.pos}, Elt: first, Generators: p.comprehensions()}
			p.expect(tRBrace)
			p.end(s)
			return s
		}
		return p.setRest(open, first)
	}
	colon := p.tok
	p.next()
	value := p.dictValue(colon)
	if p.tok.kind == kwFor || p.tok.kind == kwAsync {
		d := &DictComp{At: At{open.pos}, Key: first, Value: value, Generators: p.comprehensions()}
		p.expect(tRBrace)
		p.end(d)
		return d
	}
	return p.dictRest(open, first, value)
}

// dictValue parses the value after "key:".
func (p *parser) dictValue(colon token) Expr {
	switch p.tok.kind {
	case tStar:
		star := p.tok.pos
		p.next()
		p.bitwiseOr()
		p.errRange(star, p.prevEnd, "cannot use a starred expression in a dictionary value")
	case tRBrace, tComma:
		p.errTok(colon, "expression expected after dictionary key and ':'")
	}
	return p.expression()
}

func (p *parser) setRest(open token, first Expr) Expr {
	elts := p.displayRest(first, tRBrace)
	p.expect(tRBrace)
	s := &Set{At{open.pos}, elts}
	p.end(s)
	return s
}

// dictRest parses the items after the first (key nil means **value).
func (p *parser) dictRest(open token, key, value Expr) Expr {
	d := &Dict{At: At{open.pos}, Keys: []Expr{key}, Values: []Expr{value}}
	for p.got(tComma) && p.tok.kind != tRBrace {
		if p.got(tDoubleStar) {
			d.Keys = append(d.Keys, nil)
			d.Values = append(d.Values, p.bitwiseOr())
			continue
		}
		// CPython's invalid_kvpair wins over the missing-comma message here.
		p.noInvalid++
		k := p.expression()
		p.noInvalid--
		if p.tok.kind != tColon {
			if p.tok.kind == tComma || p.tok.kind == tRBrace || startsExpr(p.tok.kind) {
				// CPython puts the caret at the key's end column, but on the
				// key's first line.
				e, line := p.endOf(k), k.Position().Line
				col := min(e.Col-1, p.src.lineLen(line))
				p.fail(KindSyntax, Pos{line, col}, Pos{}, false, "':' expected after dictionary key")
			}
			p.invalidSyntax()
		}
		colon := p.tok
		p.next()
		d.Keys = append(d.Keys, k)
		d.Values = append(d.Values, p.dictValue(colon))
	}
	p.expect(tRBrace)
	p.end(d)
	return d
}

// for_if_clauses: ('for' star_targets 'in' ~ disjunction ('if' disjunction)*)+
func (p *parser) comprehensions() []Comprehension {
	var gens []Comprehension
	for p.tok.kind == kwFor || p.tok.kind == kwAsync && p.peek(1).kind == kwFor {
		if p.tok.kind == kwAsync {
			p.unsupported(p.tok, "'async for' is not supported")
			p.next()
		}
		p.next()
		g := Comprehension{Target: p.forTargets()}
		p.expect(kwIn)
		g.Iter = p.disjunction()
		for p.got(kwIf) {
			g.Ifs = append(g.Ifs, p.disjunction())
		}
		gens = append(gens, g)
	}
	if gens == nil {
		p.invalidSyntax()
	}
	return gens
}
