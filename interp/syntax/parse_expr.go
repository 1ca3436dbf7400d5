package syntax

import "strings"

// Expression rules, from lowest to highest precedence. Every composite node
// is positioned at the first token its rule consumed (so "(a) + b" starts at
// the parenthesis, as in CPython), and BinOp.OpPos at its operator.

// seqInfo describes how an expression list was written.
type seqInfo struct {
	bare    bool // a tuple without parentheses ("a, b")
	lastIdx int  // token index where its last element starts
}

// startsExpr reports whether a token can begin an expression.
func startsExpr(k tokKind) bool {
	switch k {
	case tName, tNumber, tString, tLParen, tLBrack, tLBrace, tMinus, tPlus, tTilde,
		kwNot, kwLambda, kwAwait, kwTrue, kwFalse, kwNone, tEllipsis:
		return true
	}
	return false
}

// expressions: expression (',' expression)* [',']
func (p *parser) expressions() Expr {
	start := p.tok.pos
	e := p.expression()
	if p.tok.kind != tComma {
		return e
	}
	elts := []Expr{e}
	for p.got(tComma) && startsExpr(p.tok.kind) {
		elts = append(elts, p.expression())
	}
	t := &Tuple{At{start}, elts}
	p.end(t)
	return t
}

// star_expressions: star_expression (',' star_expression)* [',']
func (p *parser) starExpressions() Expr {
	e, _ := p.starExpressionsInfo()
	return e
}

func (p *parser) starExpressionsInfo() (Expr, seqInfo) {
	start := p.tok.pos
	info := seqInfo{lastIdx: p.i}
	e := p.starExpression()
	if p.tok.kind != tComma {
		return e, info
	}
	elts := []Expr{e}
	for p.got(tComma) && (startsExpr(p.tok.kind) || p.tok.kind == tStar) {
		info.lastIdx = p.i
		elts = append(elts, p.starExpression())
	}
	t := &Tuple{At{start}, elts}
	p.end(t)
	info.bare = true
	return t, info
}

// star_expression: '*' bitwise_or | expression
func (p *parser) starExpression() Expr {
	if p.tok.kind == tStar {
		t := p.tok
		p.next()
		s := &Starred{At{t.pos}, p.bitwiseOr()}
		p.end(s)
		return s
	}
	return p.expression()
}

// star_named_expression: '*' bitwise_or | named_expression
func (p *parser) starNamedExpression() Expr {
	if p.tok.kind == tStar {
		return p.starExpression()
	}
	return p.namedExpression()
}

// named_expression: assignment_expression | invalid_named_expression | expression !':='
func (p *parser) namedExpression() Expr {
	if p.tok.kind == tName && p.peek(1).kind == tWalrus {
		return p.walrus()
	}
	startIdx := p.i
	e := p.expression()
	p.namedTail(e, startIdx)
	return e
}

// assignment_expression: NAME ':=' ~ expression
func (p *parser) walrus() Expr {
	t := p.tok
	p.next()
	target := &Name{At{t.pos}, t.lit}
	p.end(target)
	p.next()
	n := &NamedExpr{At{t.pos}, target, p.expression()}
	p.end(n)
	return n
}

// namedTail makes invalid_named_expression's checks for an expression
// that started at token startIdx and is followed by '=' or ':='.
func (p *parser) namedTail(e Expr, startIdx int) {
	if p.noInvalid > 0 {
		return
	}
	switch p.tok.kind {
	case tWalrus:
		p.errNode(e, "cannot use assignment expressions with %s", exprName(e))
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

// expression:
//
//	| disjunction 'if' disjunction 'else' expression
//	| disjunction
//	| lambdef
func (p *parser) expression() Expr {
	p.enter()
	defer p.leave()
	if p.tok.kind == kwLambda {
		return p.lambda()
	}
	start := p.tok.pos
	startIdx := p.i
	e := p.disjunction()
	if p.tok.kind == kwIf {
		p.next()
		test := p.disjunction()
		if p.tok.kind != kwElse {
			if p.tok.kind != tColon {
				p.errRange(e.Position(), p.prevEnd, "expected 'else' after 'if' expression")
			}
			p.invalidSyntax()
		}
		p.next()
		x := &IfExp{At{start}, test, e, p.expression()}
		p.end(x)
		return x
	}
	if startsExpr(p.tok.kind) && p.noInvalid == 0 {
		p.invalidExpression(e, start, startIdx)
	}
	return e
}

// invalidExpression is called when expression a (starting at token
// startIdx) is directly followed by the start of another expression, which
// is never valid. It makes the checks of invalid_legacy_expression
// ("print x") and invalid_expression ("(a b)": a missing comma).
func (p *parser) invalidExpression(a Expr, start Pos, startIdx int) {
	// b parses what follows; like CPython's *_without_invalid rules it
	// cannot raise errors of its own. If it fails, a lone name or literal
	// still counts (PEG would have settled for that shorter parse).
	p.probing++
	defer func() { p.probing-- }()
	// b parses what follows. Like CPython's *_without_invalid rules it
	// cannot raise errors of its own, except (as observed in CPython 3.11)
	// inside a brace display. If it fails, a lone name or literal still
	// counts: PEG would have settled for that shorter parse.
	b := func(parse func()) (end Pos, level int32, ok bool) {
		save := p.i
		defer p.reset(save)
		off := p.tok.kind != tLBrace
		if off {
			p.noInvalid++
			defer func() { p.noInvalid-- }()
		}
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
		ok := p.try(func() { p.starExpressions() })
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

// lambdef: 'lambda' [lambda_params] ':' expression
func (p *parser) lambda() Expr {
	t := p.tok
	p.next()
	args := p.params(tColon)
	p.expect(tColon)
	l := &Lambda{At{t.pos}, args, p.expression()}
	p.end(l)
	return l
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
func (p *parser) yieldExpr() Expr {
	t := p.tok
	p.next()
	if p.got(kwFrom) {
		y := &YieldFrom{At{t.pos}, p.expression()}
		p.end(y)
		return y
	}
	y := &Yield{At: At{t.pos}}
	if startsExpr(p.tok.kind) || p.tok.kind == tStar {
		y.Value = p.starExpressions()
	}
	p.end(y)
	return y
}

// disjunction: conjunction ('or' conjunction)*
func (p *parser) disjunction() Expr {
	start := p.tok.pos
	e := p.conjunction()
	if p.tok.kind != kwOr {
		return e
	}
	vals := []Expr{e}
	for p.got(kwOr) {
		vals = append(vals, p.conjunction())
	}
	b := &BoolOp{At{start}, Or, vals}
	p.end(b)
	return b
}

// conjunction: inversion ('and' inversion)*
func (p *parser) conjunction() Expr {
	start := p.tok.pos
	e := p.inversion()
	if p.tok.kind != kwAnd {
		return e
	}
	vals := []Expr{e}
	for p.got(kwAnd) {
		vals = append(vals, p.inversion())
	}
	b := &BoolOp{At{start}, And, vals}
	p.end(b)
	return b
}

// inversion: 'not' inversion | comparison
func (p *parser) inversion() Expr {
	if p.tok.kind == kwNot {
		t := p.tok
		p.next()
		p.enter()
		u := &UnaryOp{At{t.pos}, Not, p.inversion()}
		p.leave()
		p.end(u)
		return u
	}
	return p.comparison()
}

// comparison: bitwise_or compare_op_bitwise_or_pair*
func (p *parser) comparison() Expr {
	start := p.tok.pos
	left := p.bitwiseOr()
	var c *Compare
	for {
		var op CmpOp
		switch p.tok.kind {
		case tEq:
			op = Eq
		case tNotEq:
			op = NotEq
		case tLt:
			op = Lt
		case tLtE:
			op = LtE
		case tGt:
			op = Gt
		case tGtE:
			op = GtE
		case kwIn:
			op = In
		case kwNot:
			if p.peek(1).kind != kwIn {
				return compareOr(c, left)
			}
			p.next()
			op = NotIn
		case kwIs:
			op = Is
			if p.peek(1).kind == kwNot {
				p.next()
				op = IsNot
			}
		default:
			return compareOr(c, left)
		}
		p.next()
		if c == nil {
			c = &Compare{At: At{start}, Left: left}
		}
		c.Ops = append(c.Ops, op)
		c.Comparators = append(c.Comparators, p.bitwiseOr())
		p.end(c)
	}
}

func compareOr(c *Compare, left Expr) Expr {
	if c == nil {
		return left
	}
	return c
}

// binLevels lists the binary operators from bitwise_or down to term.
var binLevels = [...][]struct {
	k  tokKind
	op Operator
}{
	{{tVBar, BitOr}},
	{{tCaret, BitXor}},
	{{tAmper, BitAnd}},
	{{tLShift, LShift}, {tRShift, RShift}},
	{{tPlus, Add}, {tMinus, Sub}},
	{{tStar, Mult}, {tSlash, Div}, {tDoubleSl, FloorDiv}, {tPercent, Mod}, {tAt, MatMult}},
}

// bitwiseOr parses bitwise_or and, through binary, everything down to factor.
func (p *parser) bitwiseOr() Expr { return p.binary(0) }

// binary parses the left-associative operators of binLevels[level:].
func (p *parser) binary(level int) Expr {
	if level == len(binLevels) {
		return p.factor()
	}
	start := p.tok.pos
	x := p.binary(level + 1)
	for {
		op, ok := Operator(0), false
		for _, o := range binLevels[level] {
			if o.k == p.tok.kind {
				op, ok = o.op, true
				break
			}
		}
		if !ok {
			return x
		}
		opPos := p.tok.pos
		p.next()
		b := &BinOp{At{start}, x, op, opPos, p.binary(level + 1)}
		p.end(b)
		x = b
	}
}

// factor: '+' factor | '-' factor | '~' factor | power
func (p *parser) factor() Expr {
	var op UnaryOperator
	switch p.tok.kind {
	case tPlus:
		op = UAdd
	case tMinus:
		op = USub
	case tTilde:
		op = Invert
	default:
		return p.power()
	}
	t := p.tok
	p.next()
	p.enter()
	u := &UnaryOp{At{t.pos}, op, p.factor()}
	p.leave()
	p.end(u)
	return u
}

// power: await_primary '**' factor | await_primary
func (p *parser) power() Expr {
	start := p.tok.pos
	x := p.awaitPrimary()
	if p.tok.kind != tDoubleStar {
		return x
	}
	opPos := p.tok.pos
	p.next()
	p.enter()
	b := &BinOp{At{start}, x, Pow, opPos, p.factor()}
	p.leave()
	p.end(b)
	return b
}

// await_primary: AWAIT primary | primary
func (p *parser) awaitPrimary() Expr {
	if p.tok.kind == kwAwait {
		p.unsupported(p.tok, "'await' is not supported")
		p.next()
	}
	return p.primary()
}

// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
// | primary '[' slices ']' | atom
func (p *parser) primary() Expr {
	start := p.tok.pos
	x := p.atom()
	for {
		switch p.tok.kind {
		case tDot:
			p.next()
			a := &Attribute{At{start}, x, p.name()}
			p.end(a)
			x = a
		case tLParen:
			open := p.tok
			p.next()
			c := &Call{At: At{start}, Func: x}
			c.Args, c.Keywords = p.callArgs(open, false)
			p.expect(tRParen)
			p.end(c)
			x = c
		case tLBrack:
			p.next()
			s := &Subscript{At{start}, x, p.slices()}
			p.expect(tRBrack)
			p.end(s)
			x = s
		default:
			return x
		}
	}
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
func (p *parser) slices() Expr {
	start := p.tok.pos
	first := p.slice()
	if _, star := first.(*Starred); p.tok.kind != tComma && !star {
		return first
	}
	elts := []Expr{first}
	for p.got(tComma) && p.tok.kind != tRBrack {
		elts = append(elts, p.slice())
	}
	t := &Tuple{At{start}, elts}
	p.end(t)
	return t
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
// (or starred_expression, inside a tuple of slices)
func (p *parser) slice() Expr {
	start := p.tok.pos
	switch {
	case p.tok.kind == tStar:
		t := p.tok
		p.next()
		s := &Starred{At{t.pos}, p.expression()}
		p.end(s)
		return s
	case p.tok.kind == tName && p.peek(1).kind == tWalrus:
		return p.walrus()
	}
	var lower Expr
	if p.tok.kind != tColon {
		startIdx := p.i
		lower = p.expression()
		if p.tok.kind != tColon {
			p.namedTail(lower, startIdx)
			return lower
		}
	}
	p.next()
	s := &Slice{At: At{start}, Lower: lower}
	if startsExpr(p.tok.kind) {
		s.Upper = p.expression()
	}
	if p.got(tColon) && startsExpr(p.tok.kind) {
		s.Step = p.expression()
	}
	p.end(s)
	return s
}

// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | tuple | group
// | genexp | list | listcomp | dict | set | dictcomp | setcomp | '...'
func (p *parser) atom() Expr {
	t := p.tok
	switch t.kind {
	case tName:
		p.next()
		n := &Name{At{t.pos}, t.lit}
		p.end(n)
		return n
	case kwTrue, kwFalse, kwNone, tEllipsis:
		p.next()
		c := &Constant{At: At{t.pos}, Kind: ConstEllipsis}
		switch t.kind {
		case kwTrue:
			c.Kind = ConstTrue
		case kwFalse:
			c.Kind = ConstFalse
		case kwNone:
			c.Kind = ConstNone
		}
		p.end(c)
		return c
	case tNumber:
		c, imaginary := parseNumber(t.lit)
		if imaginary {
			p.unsupported(t, "complex numbers are not supported")
		}
		c.Pos = t.pos
		p.next()
		p.end(c)
		return c
	case tString:
		return p.strings()
	case tLParen:
		p.next()
		return p.parenAtom(t, tRParen)
	case tLBrack:
		return p.listAtom()
	case tLBrace:
		return p.braceAtom()
	}
	p.invalidSyntax()
	return nil
}

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
				e := p.endOf(k)
				p.fail(KindSyntax, Pos{e.Line, e.Col - 1}, Pos{}, false, "':' expected after dictionary key")
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
