package syntax

// Call arguments and parameter lists.

// callArgs parses the arguments of a call or class definition after the
// '(' (open), up to but not including the ')'.
//
//	args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
//	    | kwargs
func (p *parser) callArgs(open token, classDef bool) (args []Expr, kws []Keyword) {
	a := &argList{open: open, classDef: classDef}
	for p.tok.kind != tRParen {
		positional := a.sawKeyword && p.tok.kind != tStar && p.tok.kind != tDoubleStar &&
			!(p.tok.kind == tName && p.peek(1).kind == tAssign)
		if a.misplaced == "" && !positional {
			p.callArg(a)
		} else if t := p.tok; !p.try(func() { p.callArg(a) }) {
			// CPython's "args ',' args" takes what it can after a misplaced
			// positional argument (even just a name when what follows does
			// not parse), then reports it at the furthest token.
			if a.misplaced == "" {
				switch t.kind {
				case tName, tNumber, tString, kwTrue, kwFalse, kwNone, tEllipsis:
					p.errTok(p.lastTok(), "%s", misplacedMsg(a))
				}
				p.invalidSyntax()
			}
			break
		}
		if !p.got(tComma) {
			break
		}
	}
	if a.misplaced != "" {
		p.errTok(p.lastTok(), "%s", a.misplaced)
	}
	return a.args, a.kws
}

type argList struct {
	open               token
	classDef           bool
	args               []Expr
	kws                []Keyword
	sawKeyword, sawUnp bool
	misplaced          string // error for a positional argument after keywords
}

func misplacedMsg(a *argList) string {
	if a.sawUnp {
		return "positional argument follows keyword argument unpacking"
	}
	return "positional argument follows keyword argument"
}

// callArg parses one argument.
func (p *parser) callArg(a *argList) {
	t := p.tok
	switch {
	case t.kind == tStar:
		p.next()
		s := &Starred{At{t.pos}, p.expression()}
		p.end(s)
		if a.sawUnp {
			p.errTok(t, "iterable argument unpacking follows keyword argument unpacking")
		}
		a.args = append(a.args, s)
	case t.kind == tDoubleStar:
		p.next()
		a.kws = append(a.kws, Keyword{At{t.pos}, "", p.expression()})
		a.sawKeyword, a.sawUnp = true, true
	case (t.kind == kwTrue || t.kind == kwFalse || t.kind == kwNone) && p.peek(1).kind == tAssign:
		p.errRange(t.pos, p.peek(1).end, "cannot assign to %s", map[tokKind]string{kwTrue: "True", kwFalse: "False", kwNone: "None"}[t.kind])
	case t.kind == tName && p.peek(1).kind == tAssign:
		p.next()
		eq := p.tok
		p.next()
		v := p.expression()
		if p.tok.kind == kwFor && p.noInvalid == 0 {
			save := p.i
			p.probing++
			ok := p.try(func() { p.comprehensions() })
			p.probing--
			p.reset(save)
			if ok {
				p.errRange(t.pos, eq.end, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
			}
		}
		a.kws = append(a.kws, Keyword{At{t.pos}, t.lit, v})
		a.sawKeyword = true
	default:
		var e Expr
		if t.kind == tName && p.peek(1).kind == tWalrus {
			e = p.walrus()
		} else {
			e = p.expression()
		}
		if p.tok.kind == tAssign {
			p.errRange(e.Position(), p.tok.end, "expression cannot contain assignment, perhaps you meant \"==\"?")
		}
		if (p.tok.kind == kwFor || p.tok.kind == kwAsync) && !a.classDef {
			e = p.genexpArg(a.open, e, len(a.args)+len(a.kws) == 0)
		}
		if a.sawKeyword && a.misplaced == "" {
			a.misplaced = misplacedMsg(a)
		}
		a.args = append(a.args, e)
	}
}

// genexpArg parses a generator expression argument whose element elt has
// been parsed. Only a sole argument may omit the parentheses; the
// resulting GeneratorExp is then positioned at the call's '('.
func (p *parser) genexpArg(open token, elt Expr, first bool) Expr {
	gens := p.comprehensions()
	last := gens[len(gens)-1]
	lastItem := last.Iter
	if n := len(last.Ifs); n > 0 {
		lastItem = last.Ifs[n-1]
	}
	if !first || p.tok.kind != tRParen {
		if p.tok.kind == tComma {
			p.peek(1) // CPython has read on, which may hit a tokenizer error
		}
		if p.tok.kind == tComma || !first {
			p.errRange(elt.Position(), p.endOf(lastItem), "Generator expression must be parenthesized")
		}
		p.invalidSyntax()
	}
	g := &GeneratorExp{At{open.pos}, elt, gens}
	if p.ends != nil {
		p.ends[g] = p.tok.end
	}
	return g
}

// params parses a def's parameters (closer ')') or a lambda's (closer ':')
// and reports CPython's invalid_parameters messages.
func (p *parser) params(closer tokKind) *Arguments {
	lambda := closer == tColon
	a := &Arguments{}
	var plain []Arg
	sawDefault, sawSlash, sawStar := false, false, false
	for p.tok.kind != closer {
		t := p.tok
		switch t.kind {
		case tSlash:
			switch {
			case sawSlash:
				p.errTok(t, "/ may appear only once")
			case sawStar:
				p.errTok(t, "/ must be ahead of *")
			case len(plain) == 0 && p.peek(1).kind == tComma:
				p.errTok(t, "at least one argument must precede /")
			}
			p.next()
			if p.tok.kind == tStar {
				p.errTok(p.tok, "expected comma between / and *")
			}
			sawSlash = true
			a.PosOnly, plain = plain, nil
		case tStar:
			if sawStar {
				if n := p.probe(1).kind; n == tComma || n == tName {
					p.errTok(t, "* argument may appear only once")
				}
				p.invalidSyntax()
			}
			sawStar = true
			p.next()
			if p.tok.kind == closer || p.tok.kind == tComma && (p.peek(1).kind == closer || p.peek(1).kind == tDoubleStar) {
				p.errTok(t, "named arguments must follow bare *")
			}
			if p.tok.kind == tComma {
				break // bare '*'
			}
			arg := p.param(!lambda, true)
			if p.tok.kind == tAssign {
				p.errTok(p.tok, "var-positional argument cannot have default value")
			}
			a.Vararg = &arg
		case tDoubleStar:
			p.next()
			arg := p.param(!lambda, false)
			if p.tok.kind == tAssign {
				p.errTok(p.tok, "var-keyword argument cannot have default value")
			}
			a.Kwarg = &arg
			if p.tok.kind == tComma {
				switch n := p.peek(1); n.kind {
				case tName:
					p.next()
					bad := p.param(!lambda, false)
					p.errRange(bad.Pos, p.prevEnd, "arguments cannot follow var-keyword argument")
				case tStar, tDoubleStar, tSlash:
					p.errTok(n, "arguments cannot follow var-keyword argument")
				}
			}
		case tName:
			arg := p.param(!lambda, false)
			argEnd := p.prevEnd
			var def Expr
			if p.tok.kind == tAssign {
				eq := p.tok
				p.next()
				if p.tok.kind == tComma || p.tok.kind == closer {
					p.errTok(eq, "expected default value expression")
				}
				def = p.expression()
			}
			switch {
			case sawStar:
				a.KwOnly = append(a.KwOnly, arg)
				a.KwDefaults = append(a.KwDefaults, def)
			case def != nil:
				sawDefault = true
				plain = append(plain, arg)
				a.Defaults = append(a.Defaults, def)
			default:
				if sawDefault && (p.tok.kind == tComma || p.tok.kind == closer) {
					p.errRange(arg.Pos, argEnd, "non-default argument follows default argument")
				}
				plain = append(plain, arg)
			}
		case tLParen:
			if !sawDefault && !sawSlash && !sawStar {
				p.parenthesizedParams(lambda)
			}
			p.invalidSyntax()
		default:
			p.invalidSyntax()
		}
		if p.tok.kind != tComma {
			break
		}
		p.next()
	}
	a.Args = plain
	return a
}

// param: NAME [':' expression]; a *args annotation may be starred.
func (p *parser) param(annotated, star bool) Arg {
	t := p.tok
	arg := Arg{At: At{t.pos}, Name: p.name()}
	if annotated && p.got(tColon) {
		if star {
			arg.Annotation = p.starExpression()
		} else {
			arg.Annotation = p.expression()
		}
	}
	return arg
}

// parenthesizedParams reports Python 2's "def f(a, (b, c))".
func (p *parser) parenthesizedParams(lambda bool) {
	open := p.tok
	save := p.i
	p.probing++
	defer func() {
		p.probing--
		p.reset(save)
	}()
	p.next()
	for p.tok.kind == tName {
		p.next()
		if !p.got(tComma) {
			break
		}
	}
	if p.tok.kind == tRParen && p.i > save+1 {
		msg := "Function parameters cannot be parenthesized"
		if lambda {
			msg = "Lambda expression parameters cannot be parenthesized"
		}
		p.errRange(open.pos, p.tok.end, "%s", msg)
	}
}
