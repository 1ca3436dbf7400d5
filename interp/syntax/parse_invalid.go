package syntax

// Error heuristics for expressions: checks that CPython makes in its
// invalid_* rules (invalid_expression, invalid_legacy_expression,
// invalid_named_expression), run only in the second pass.

import "strings"

// namedTail makes invalid_named_expression's checks for an expression
// that started at token startIdx and is followed by '=' or ':='.
func (p *parser) namedTail(e Expr, startIdx int) {
	if p.noInvalid > 0 {
		return
	}
	switch p.tok.kind {
	case tWalrus:
		if startsExpr(p.probe(1).kind) {
			p.errNode(e, "cannot use assignment expressions with %s", exprName(e))
		}
	case tAssign:
		p.checkNamedAssign(startIdx, p.i)
	}
}

// checkNamedAssign reports "a = b" where a comparison was probably meant
// (the second and third alternatives of invalid_named_expression); a
// starts at token aIdx and the '=' is token eqIdx. It returns if neither
// applies.
func (p *parser) checkNamedAssign(aIdx, eqIdx int) {
	save := p.i
	p.probing++
	defer func() {
		p.probing--
		p.reset(save)
	}()
	bitwiseOrAt := func(i int) (e Expr, ok bool) {
		p.reset(i)
		ok = p.try(func() { e = p.bitwiseOr() })
		return e, ok
	}
	if _, ok := bitwiseOrAt(eqIdx + 1); !ok || p.tok.kind == tAssign || p.tok.kind == tWalrus {
		return
	}
	bEnd := p.prevEnd
	if a := p.toks[aIdx]; a.kind == tName && aIdx+1 == eqIdx {
		p.errRange(a.pos, bEnd, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	}
	if p.startsDisplay(aIdx) {
		return
	}
	if a, ok := bitwiseOrAt(aIdx); ok && p.i == eqIdx {
		p.errNode(a, "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(a))
	}
}

// startsDisplay reports whether token i starts a list, tuple or generator
// expression display, or is True/None/False (the negative lookahead in
// invalid_named_expression).
func (p *parser) startsDisplay(i int) bool {
	t := p.toks[i]
	switch t.kind {
	case kwTrue, kwFalse, kwNone:
		return true
	case tLBrack, tLParen:
		save := p.i
		p.probing++
		defer func() {
			p.probing--
			p.reset(save)
		}()
		p.reset(i)
		var e Expr
		if !p.try(func() { e = p.atom() }) {
			return false
		}
		switch e.(type) {
		case *List:
			return t.kind == tLBrack
		case *Tuple, *GeneratorExp:
			return t.kind == tLParen && e.Position() == t.pos
		}
	}
	return false
}

// invalidExpression is called when expression a (starting at token
// startIdx) is directly followed by the start of another expression, which
// is never valid. It makes the checks of invalid_legacy_expression
// ("print x") and invalid_expression ("(a b)": a missing comma).
func (p *parser) invalidExpression(a Expr, start Pos, startIdx int) {
	p.probing++
	defer func() { p.probing-- }()
	// b parses what follows, in PEG mode. Like CPython's *_without_invalid
	// rules it cannot raise errors of its own, except (as observed in
	// CPython 3.11) inside a brace display. If it fails, a lone name or
	// literal still counts.
	b := func(parse func()) (end Pos, level int32, ok bool) {
		save := p.i
		defer p.reset(save)
		off := p.tok.kind != tLBrace
		if off {
			p.noInvalid++
			defer func() { p.noInvalid-- }()
		}
		p.peg++
		defer func() { p.peg-- }()
		if p.try(func() { parse() }) {
			return p.prevEnd, p.toks[p.i-1].level, true
		}
		switch p.tok.kind {
		case tName, tNumber, tString, kwTrue, kwFalse, kwNone, tEllipsis:
			return p.tok.end, p.tok.level, true
		}
		return Pos{}, 0, false
	}
	t := p.toks[startIdx]
	legacy := t.kind == tName && p.i == startIdx+1 && (t.lit == "print" || t.lit == "exec")
	// invalid_expression: !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
	checked := false
	if !legacy && !(t.kind == tName && (p.toks[startIdx+1].kind == tString || isSoftKeyword(t.lit))) {
		checked = true
		if end, level, ok := b(func() { p.expression() }); ok && level > 0 {
			p.errRange(a.Position(), end, "invalid syntax. Perhaps you forgot a comma?")
		}
	}
	// invalid_legacy_expression: NAME !'(' star_expressions. CPython parses
	// on after any name, with its error rules on; but where the check above
	// already parsed, CPython's memo of that parse (made with the rules off)
	// is reused, so then only a brace display gets them.
	if t.kind == tName && p.i == startIdx+1 {
		save := p.i
		off := checked && p.tok.kind != tLBrace
		if off {
			p.noInvalid++
		}
		p.peg++
		ok := p.try(func() { p.starExpressions() })
		p.peg--
		if off {
			p.noInvalid--
		}
		end := p.prevEnd
		p.reset(save)
		if ok && legacy {
			p.errRange(start, end, "Missing parentheses in call to '%s'. Did you mean %s(...)?", t.lit, t.lit)
		}
	}
}

// isSoftKeyword mimics CPython 3.11's check, which compares only the
// token's length of each soft keyword: "c" and "ma" count as well.
func isSoftKeyword(s string) bool {
	return s != "" && (strings.HasPrefix("match", s) || strings.HasPrefix("case", s) || s == "_")
}
