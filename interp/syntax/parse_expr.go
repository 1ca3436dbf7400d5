package syntax

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
		ifIdx := p.i
		var x *IfExp
		parse := func() {
			p.next()
			test := p.disjunction()
			if p.tok.kind != kwElse {
				p.invalidSyntax()
			}
			p.next()
			x = &IfExp{At{start}, test, e, p.expression()}
			p.end(x)
		}
		switch {
		case p.peg > 0:
			if !p.pegTry(ifIdx, parse) {
				return e
			}
		case p.noInvalid > 0:
			parse()
		case !p.try(parse):
			// invalid_expression: disjunction 'if' disjunction !('else'|':'),
			// with the test parsed as far as PEG would.
			p.peg++
			p.next()
			p.try(func() { p.disjunction() })
			p.peg--
			if p.tok.kind != kwElse && p.tok.kind != tColon && p.i > ifIdx+1 {
				p.errRange(e.Position(), p.prevEnd, "expected 'else' after 'if' expression")
			}
			p.reset(ifIdx)
			parse() // fails again, at the same place
		}
		return x
	}
	if startsExpr(p.tok.kind) && p.noInvalid == 0 {
		p.invalidExpression(e, start, startIdx)
	}
	return e
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
	for p.tok.kind == kwOr {
		if p.peg > 0 {
			var y Expr
			if !p.pegTry(p.i, func() { p.next(); y = p.conjunction() }) {
				break
			}
			vals = append(vals, y)
			continue
		}
		p.next()
		vals = append(vals, p.conjunction())
	}
	if len(vals) == 1 {
		return e
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
	for p.tok.kind == kwAnd {
		if p.peg > 0 {
			var y Expr
			if !p.pegTry(p.i, func() { p.next(); y = p.inversion() }) {
				break
			}
			vals = append(vals, y)
			continue
		}
		p.next()
		vals = append(vals, p.inversion())
	}
	if len(vals) == 1 {
		return e
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
		var right Expr
		if p.peg > 0 {
			at := p.i
			if p.toks[at-1].kind == kwNot || p.toks[at-1].kind == kwIs && op == IsNot {
				at-- // the two-word operators
			}
			if !p.pegTry(at, func() { p.next(); right = p.bitwiseOr() }) {
				return compareOr(c, left)
			}
		} else {
			p.next()
			right = p.bitwiseOr()
		}
		if c == nil {
			c = &Compare{At: At{start}, Left: left}
		}
		c.Ops = append(c.Ops, op)
		c.Comparators = append(c.Comparators, right)
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
		var y Expr
		if p.peg > 0 {
			if !p.pegTry(p.i, func() { p.next(); y = p.binary(level + 1) }) {
				return x
			}
		} else {
			p.next()
			y = p.binary(level + 1)
		}
		b := &BinOp{At{start}, x, op, opPos, y}
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
	var y Expr
	p.enter()
	if p.peg > 0 {
		if !p.pegTry(p.i, func() { p.next(); y = p.factor() }) {
			p.leave()
			return x
		}
	} else {
		p.next()
		y = p.factor()
	}
	p.leave()
	b := &BinOp{At{start}, x, Pow, opPos, y}
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
		if p.peg > 0 {
			switch p.tok.kind {
			case tDot, tLParen, tLBrack:
				if !p.pegTry(p.i, func() { x = p.trailer(start, x) }) {
					return x
				}
				continue
			}
			return x
		}
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

// trailer parses one '.', call or subscript trailer of x (for PEG mode).
func (p *parser) trailer(start Pos, x Expr) Expr {
	switch p.tok.kind {
	case tDot:
		p.next()
		a := &Attribute{At{start}, x, p.name()}
		p.end(a)
		return a
	case tLParen:
		open := p.tok
		p.next()
		c := &Call{At: At{start}, Func: x}
		c.Args, c.Keywords = p.callArgs(open, false)
		p.expect(tRParen)
		p.end(c)
		return c
	}
	p.next()
	s := &Subscript{At{start}, x, p.slices()}
	p.expect(tRBrack)
	p.end(s)
	return s
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
