package syntax

// Assignment targets are parsed as expressions and checked afterwards;
// invalidTarget finds the part CPython would complain about.

type targetKind uint8

const (
	storeTarget targetKind = iota // assignment, with-item
	forTarget                     // for loops and comprehensions
	delTarget                     // del statement
)

// invalidTarget returns the first subexpression of e that cannot be
// assigned to (or deleted), or nil. It follows CPython's
// _PyPegen_get_invalid_target.
func invalidTarget(e Expr, kind targetKind) Expr {
	switch e := e.(type) {
	case *Name, *Attribute, *Subscript:
		return nil
	case *Tuple:
		for _, x := range e.Elts {
			if bad := invalidTarget(x, kind); bad != nil {
				return bad
			}
		}
		return nil
	case *List:
		for _, x := range e.Elts {
			if bad := invalidTarget(x, kind); bad != nil {
				return bad
			}
		}
		return nil
	case *Starred:
		if kind == delTarget {
			return e
		}
		return invalidTarget(e.X, kind)
	case *Compare:
		// "for a in b" parsed as a comparison: look at the left side.
		if kind == forTarget {
			if e.Ops[0] == In {
				return invalidTarget(e.Left, kind)
			}
			return nil
		}
	}
	return e
}

// exprName names an expression the way CPython's error messages do.
func exprName(e Expr) string {
	switch e := e.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Constant:
		switch e.Kind {
		case ConstNone:
			return "None"
		case ConstFalse:
			return "False"
		case ConstTrue:
			return "True"
		case ConstEllipsis:
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	}
	return "expression"
}

// forTargets parses the targets of a for loop or comprehension, up to 'in'.
//
//	star_targets: star_target (',' star_target)* [',']
//	star_target: '*' star_target | target_with_star_atom
//
// Targets are parsed as primaries, so that 'in' is not taken for a
// comparison. If no 'in' follows, CPython's invalid_for_target re-parses
// the targets as star_expressions to find one that cannot be assigned to.
func (p *parser) forTargets() Expr {
	start := p.tok.pos
	startIdx := p.i
	var target Expr
	ok := p.try(func() {
		target = p.targetItem()
		if p.tok.kind == tComma {
			elts := []Expr{target}
			for p.got(tComma) && (startsExpr(p.tok.kind) || p.tok.kind == tStar) {
				elts = append(elts, p.targetItem())
			}
			t := &Tuple{At{start}, elts}
			p.end(t)
			target = t
		}
		if p.tok.kind != kwIn {
			p.invalidSyntax()
		}
	})
	if !ok && p.noInvalid == 0 {
		// invalid_for_target: ASYNC? 'for' a=star_expressions
		var e Expr
		p.probing++
		parsed := p.try(func() { e = p.starExpressions() })
		p.probing--
		p.reset(startIdx)
		if parsed {
			target = e
		}
	}
	if target != nil {
		if bad := invalidTarget(target, forTarget); bad != nil {
			p.errNode(bad, "cannot assign to %s", exprName(bad))
		}
	}
	if !ok {
		p.invalidSyntax()
	}
	return target
}

// targetItem: '*' targetItem | t_primary (an atom with trailers)
func (p *parser) targetItem() Expr {
	if p.tok.kind == tStar {
		t := p.tok
		p.next()
		p.enter()
		defer p.leave()
		s := &Starred{At{t.pos}, p.targetItem()}
		p.end(s)
		return s
	}
	return p.primary()
}

// starTarget parses the target of a with-item; the caller checks it.
func (p *parser) starTarget() Expr {
	if p.tok.kind == tStar {
		t := p.tok
		p.next()
		p.enter()
		defer p.leave()
		s := &Starred{At{t.pos}, p.starTarget()}
		p.end(s)
		return s
	}
	return p.expression()
}
