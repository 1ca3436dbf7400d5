package syntax

// Statements (the "SIMPLE STATEMENTS" and "COMPOUND STATEMENTS" parts of the
// grammar).

import "strings"

// file: [statements] ENDMARKER
func (p *parser) file() *Module {
	m := &Module{}
	for p.tok.kind != tEOF {
		m.Body = p.statement(m.Body)
	}
	return m
}

// eval: expressions NEWLINE* ENDMARKER
func (p *parser) evalInput() Expr {
	e := p.expressions()
	for p.got(tNewline) {
	}
	if p.tok.kind != tEOF {
		p.invalidSyntax()
	}
	return e
}

// statement: compound_stmt | simple_stmts
func (p *parser) statement(out []Stmt) []Stmt {
	p.compact()
	switch p.tok.kind {
	case kwDef:
		return append(out, p.funcDef(nil))
	case kwIf:
		return append(out, p.ifStmt())
	case kwClass:
		return append(out, p.classDef(nil))
	case kwWith:
		return append(out, p.withStmt())
	case kwFor:
		return append(out, p.forStmt())
	case kwTry:
		return append(out, p.tryStmt())
	case kwWhile:
		return append(out, p.whileStmt())
	case tAt:
		return append(out, p.decorated())
	case kwAsync:
		return append(out, p.asyncStmt())
	case tIndent:
		p.invalidSyntax()
	case tName:
		if p.tok.lit == "match" {
			if s := p.matchStmt(); s != nil {
				return append(out, s)
			}
		}
	}
	return p.simpleStmts(out)
}

// simple_stmts: ';'.simple_stmt+ [';'] NEWLINE
func (p *parser) simpleStmts(out []Stmt) []Stmt {
	for {
		out = append(out, p.simpleStmt())
		if !p.got(tSemi) || p.tok.kind == tNewline {
			break
		}
	}
	p.expect(tNewline)
	return out
}

func (p *parser) simpleStmt() Stmt {
	t := p.tok
	switch t.kind {
	case kwPass:
		p.next()
		s := &Pass{At{t.pos}}
		p.end(s)
		return s
	case kwBreak:
		p.next()
		s := &Break{At{t.pos}}
		p.end(s)
		return s
	case kwContinue:
		p.next()
		s := &Continue{At{t.pos}}
		p.end(s)
		return s
	case kwReturn:
		p.next()
		s := &Return{At: At{t.pos}}
		if p.tok.kind != tNewline && p.tok.kind != tSemi {
			s.Value = p.starExpressions()
		}
		p.end(s)
		return s
	case kwRaise:
		p.next()
		s := &Raise{At: At{t.pos}}
		if p.tok.kind != tNewline && p.tok.kind != tSemi {
			s.Exc = p.expression()
			if p.got(kwFrom) {
				s.Cause = p.expression()
			}
		}
		p.end(s)
		return s
	case kwGlobal, kwNonlocal:
		p.next()
		names := []string{p.name()}
		for p.got(tComma) {
			names = append(names, p.name())
		}
		if t.kind == kwGlobal {
			s := &Global{At{t.pos}, names}
			p.end(s)
			return s
		}
		s := &Nonlocal{At{t.pos}, names}
		p.end(s)
		return s
	case kwDel:
		return p.delStmt()
	case kwAssert:
		p.next()
		s := &Assert{At: At{t.pos}, Test: p.expression()}
		if p.got(tComma) {
			s.Msg = p.expression()
		}
		p.end(s)
		return s
	case kwImport:
		return p.importName()
	case kwFrom:
		return p.importFrom()
	}
	return p.exprStmt()
}

// exprStmt parses an expression statement or an assignment of any kind.
//
//	assignment:
//	    | NAME ':' expression ['=' annotated_rhs]
//	    | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
//	    | (star_targets '=')+ (yield_expr | star_expressions) !'='
//	    | single_target augassign ~ (yield_expr | star_expressions)
func (p *parser) exprStmt() Stmt {
	start := p.tok.pos
	startIdx := p.i
	var first Expr
	var info seqInfo
	if p.tok.kind == kwYield {
		first = p.yieldExpr()
	} else {
		first, info = p.starExpressionsInfo()
		if info.bare && (startsExpr(p.tok.kind) || p.tok.kind == tStar) && p.noInvalid == 0 {
			p.juxtaposed()
		}
	}
	switch p.tok.kind {
	case tWalrus:
		// invalid_named_expression, reached through invalid_assignment
		last := first
		if info.bare {
			elts := first.(*Tuple).Elts
			last = elts[len(elts)-1]
		}
		if (p.toks[info.lastIdx].kind != tName || p.toks[info.lastIdx+1].kind != tWalrus) && startsExpr(p.probe(1).kind) {
			p.errNode(last, "cannot use assignment expressions with %s", exprName(last))
		}
	case tColon:
		return p.annAssign(start, startIdx, first, info)
	case tAssign:
		return p.assign(start, first, info)
	case tOpAssign:
		op := p.tok.op
		switch first.(type) {
		case *Name, *Attribute, *Subscript:
		default:
			p.errNode(first, "'%s' is an illegal expression for augmented assignment", exprName(first))
		}
		p.next()
		s := &AugAssign{At: At{start}, Target: first, Op: op, Value: p.rhs()}
		p.end(s)
		return s
	}
	s := &ExprStmt{At{start}, first}
	p.end(s)
	return s
}

// juxtaposed mimics CPython's invalid_assignment rule
// "star_named_expression ',' star_named_expressions* ':' expression", whose
// repetition parses elements written side by side ("a, b c = 1") and so
// reaches invalid_named_expression for them.
func (p *parser) juxtaposed() {
	save := p.i
	p.probing++
	defer func() {
		p.probing--
		p.reset(save)
	}()
	p.try(func() {
		for startsExpr(p.tok.kind) || p.tok.kind == tStar {
			p.starNamedExpression()
			for p.got(tComma) && (startsExpr(p.tok.kind) || p.tok.kind == tStar) {
				p.starNamedExpression()
			}
		}
	})
}

// rhs: yield_expr | star_expressions
func (p *parser) rhs() Expr {
	if p.tok.kind == kwYield {
		return p.yieldExpr()
	}
	return p.starExpressions()
}

func (p *parser) annAssign(start Pos, startIdx int, target Expr, info seqInfo) Stmt {
	if p.toks[startIdx].kind == kwYield {
		p.invalidSyntax()
	}
	if !startsExpr(p.probe(1).kind) {
		// CPython's rules for a single target consume the ':' first.
		switch target.(type) {
		case *Name, *Attribute, *Subscript:
			p.next()
		}
		p.invalidSyntax()
	}
	switch t := target.(type) {
	case *Name, *Attribute, *Subscript:
	case *List:
		p.errNode(t, "only single target (not list) can be annotated")
	case *Tuple:
		if info.bare {
			p.errNode(t.Elts[0], "only single target (not tuple) can be annotated")
		}
		p.errNode(t, "only single target (not tuple) can be annotated")
	default:
		p.errNode(target, "illegal target for annotation")
	}
	p.next()
	s := &AnnAssign{At: At{start}, Target: target, Annotation: p.expression()}
	if p.got(tAssign) {
		s.Value = p.rhs()
	}
	p.end(s)
	return s
}

func (p *parser) assign(start Pos, first Expr, info seqInfo) Stmt {
	firstEq := p.i
	exprs := []Expr{first}
	for p.tok.kind == tAssign {
		// Like CPython's invalid_assignment, complain about a bad target as
		// soon as the '=' after it is seen, whatever follows.
		if t := exprs[len(exprs)-1]; isYield(t) || invalidTarget(t, storeTarget) != nil {
			p.badAssignment(first, info, firstEq, exprs)
		}
		p.next()
		exprs = append(exprs, p.rhs())
	}
	s := &Assign{At{start}, exprs[:len(exprs)-1], exprs[len(exprs)-1]}
	p.end(s)
	return s
}

func isYield(e Expr) bool {
	switch e.(type) {
	case *Yield, *YieldFrom:
		return true
	}
	return false
}

// badAssignment reports an invalid assignment target as CPython's
// invalid_assignment rule does, including its detour through
// invalid_named_expression for the target just before the first '='.
func (p *parser) badAssignment(first Expr, info seqInfo, firstEq int, targets []Expr) {
	if p.noInvalid > 0 {
		p.invalidSyntax()
	}
	if p.toks[info.lastIdx].kind != kwYield {
		last := first
		if info.bare {
			elts := first.(*Tuple).Elts
			last = elts[len(elts)-1]
		}
		if _, star := last.(*Starred); !star {
			p.checkNamedAssign(info.lastIdx, firstEq)
		}
	}
	for _, t := range targets {
		if isYield(t) {
			p.errNode(t, "assignment to yield expression not possible")
		}
		if bad := invalidTarget(t, storeTarget); bad != nil {
			p.errNode(bad, "cannot assign to %s", exprName(bad))
		}
	}
}

// del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
func (p *parser) delStmt() Stmt {
	t := p.tok
	p.next()
	e, info := p.starExpressionsInfo()
	if bad := invalidTarget(e, delTarget); bad != nil {
		p.errNode(bad, "cannot delete %s", exprName(bad))
	}
	if p.tok.kind != tSemi && p.tok.kind != tNewline {
		p.invalidSyntax()
	}
	targets := []Expr{e}
	if info.bare {
		targets = e.(*Tuple).Elts
	}
	s := &Delete{At{t.pos}, targets}
	p.end(s)
	return s
}

// import_name: 'import' dotted_as_names
func (p *parser) importName() Stmt {
	t := p.tok
	p.next()
	s := &Import{At: At{t.pos}}
	for {
		pos := p.tok.pos
		a := Alias{At: At{pos}, Name: p.dottedName()}
		if p.got(kwAs) {
			a.AsName = p.name()
		}
		s.Names = append(s.Names, a)
		if !p.got(tComma) {
			break
		}
	}
	p.end(s)
	return s
}

func (p *parser) dottedName() string {
	n := p.name()
	if p.tok.kind != tDot {
		return n
	}
	var b strings.Builder
	b.WriteString(n)
	for p.got(tDot) {
		b.WriteByte('.')
		b.WriteString(p.name())
	}
	return b.String()
}

// import_from:
//
//	| 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//	| 'from' ('.' | '...')+ 'import' import_from_targets
func (p *parser) importFrom() Stmt {
	t := p.tok
	p.next()
	s := &ImportFrom{At: At{t.pos}}
	for {
		if p.got(tDot) {
			s.Level++
		} else if p.got(tEllipsis) {
			s.Level += 3
		} else {
			break
		}
	}
	if s.Level == 0 || p.tok.kind != kwImport {
		s.Module = p.dottedName()
	}
	p.expect(kwImport)
	switch {
	case p.tok.kind == tStar:
		s.Names = []Alias{{At: At{p.tok.pos}, Name: "*"}}
		p.next()
	case p.got(tLParen):
		s.Names = p.importAliases(true)
		p.expect(tRParen)
	default:
		s.Names = p.importAliases(false)
	}
	p.end(s)
	return s
}

// import_from_as_names: ','.import_from_as_name+
func (p *parser) importAliases(parens bool) []Alias {
	var names []Alias
	for {
		pos := p.tok.pos
		a := Alias{At: At{pos}, Name: p.name()}
		if p.got(kwAs) {
			a.AsName = p.name()
		}
		names = append(names, a)
		if p.tok.kind != tComma {
			return names
		}
		p.next()
		if parens && p.tok.kind == tRParen {
			return names
		}
		if !parens && p.tok.kind == tNewline {
			p.fail(KindSyntax, p.tok.pos, p.tok.end, false, "trailing comma not allowed without surrounding parentheses")
		}
	}
}

// ---------------------------------------------------------------------------
// Compound statements

// block: NEWLINE INDENT statements DEDENT | simple_stmts
// what and line describe the header for "expected an indented block".
func (p *parser) block(what string, line int32) []Stmt {
	if p.tok.kind != tNewline {
		return p.simpleStmts(nil)
	}
	p.next()
	if p.tok.kind != tIndent {
		pos, end := p.tokSpan(p.tok)
		p.fail(KindIndentation, pos, end, false, "expected an indented block after %s on line %d", what, line)
	}
	p.next()
	var body []Stmt
	for p.tok.kind != tDedent {
		body = p.statement(body)
	}
	p.next()
	return body
}

// headerColon ends the header of if/elif/while/for/with/class/except:
// CPython says "expected ':'" only when the line ends there.
func (p *parser) headerColon() {
	if p.tok.kind == tColon {
		p.next()
		return
	}
	if p.tok.kind == tNewline {
		p.errTok(p.tok, "expected ':'")
	}
	p.invalidSyntax()
}

// forcedColon is the grammar's &&':' (def, try, else, finally).
func (p *parser) forcedColon() {
	if p.tok.kind != tColon {
		p.errTokFirst(p.tok, "expected ':'")
	}
	p.next()
}

// if_stmt / elif_stmt
func (p *parser) ifStmt() Stmt {
	kw := p.tok
	p.next()
	s := &If{At: At{kw.pos}, Test: p.namedExpression()}
	p.headerColon()
	word := "if"
	if kw.kind == kwElif {
		word = "elif"
	}
	s.Body = p.block("'"+word+"' statement", kw.pos.Line)
	switch p.tok.kind {
	case kwElif:
		s.OrElse = []Stmt{p.ifStmt()}
	case kwElse:
		s.OrElse = p.elseBlock()
	}
	p.end(s)
	return s
}

// else_block: 'else' &&':' block
func (p *parser) elseBlock() []Stmt {
	kw := p.tok
	p.next()
	p.forcedColon()
	return p.block("'else' statement", kw.pos.Line)
}

// while_stmt: 'while' named_expression ':' block [else_block]
func (p *parser) whileStmt() Stmt {
	kw := p.tok
	p.next()
	s := &While{At: At{kw.pos}, Test: p.namedExpression()}
	p.headerColon()
	s.Body = p.block("'while' statement", kw.pos.Line)
	if p.tok.kind == kwElse {
		s.OrElse = p.elseBlock()
	}
	p.end(s)
	return s
}

// for_stmt: 'for' star_targets 'in' ~ star_expressions ':' block [else_block]
func (p *parser) forStmt() Stmt {
	kw := p.tok
	p.next()
	s := &For{At: At{kw.pos}, Target: p.forTargets()}
	p.expect(kwIn)
	s.Iter = p.starExpressions()
	p.headerColon()
	s.Body = p.block("'for' statement", kw.pos.Line)
	if p.tok.kind == kwElse {
		s.OrElse = p.elseBlock()
	}
	p.end(s)
	return s
}

// with_stmt:
//
//	| 'with' '(' ','.with_item+ ','? ')' ':' block
//	| 'with' ','.with_item+ ':' block
func (p *parser) withStmt() Stmt {
	kw := p.tok
	p.next()
	s := &With{At: At{kw.pos}}
	if p.tok.kind == tLParen {
		p.try(func() {
			p.next()
			items := p.withItems(true)
			p.expect(tRParen)
			if p.tok.kind != tColon {
				p.invalidSyntax()
			}
			s.Items = items
		})
	}
	if s.Items == nil {
		s.Items = p.withItems(false)
	}
	p.headerColon()
	s.Body = p.block("'with' statement", kw.pos.Line)
	p.end(s)
	return s
}

// with_item: expression ['as' star_target &(',' | ')' | ':')]
func (p *parser) withItems(parens bool) []WithItem {
	var items []WithItem
	for {
		it := WithItem{Context: p.expression()}
		if p.got(kwAs) {
			it.Vars = p.starTarget()
			switch p.tok.kind {
			case tComma, tRParen, tColon:
				if bad := invalidTarget(it.Vars, storeTarget); bad != nil {
					p.errNode(bad, "cannot assign to %s", exprName(bad))
				}
			}
		}
		items = append(items, it)
		if p.tok.kind != tComma {
			return items
		}
		p.next()
		if parens && p.tok.kind == tRParen {
			return items
		}
	}
}

// try_stmt
func (p *parser) tryStmt() Stmt {
	kw := p.tok
	p.next()
	p.forcedColon()
	s := &Try{At: At{kw.pos}, Body: p.block("'try' statement", kw.pos.Line)}
	for p.tok.kind == kwExcept {
		s.Handlers = append(s.Handlers, p.exceptBlock())
	}
	if len(s.Handlers) > 0 && p.tok.kind == kwElse {
		s.OrElse = p.elseBlock()
	}
	if p.tok.kind == kwFinally {
		fin := p.tok
		p.next()
		p.forcedColon()
		s.Finalbody = p.block("'finally' statement", fin.pos.Line)
	} else if len(s.Handlers) == 0 {
		p.errTok(p.lastTok(), "expected 'except' or 'finally' block")
	}
	p.end(s)
	return s
}

// except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
func (p *parser) exceptBlock() ExceptHandler {
	kw := p.tok
	p.next()
	word := "except"
	if p.tok.kind == tStar {
		p.unsupported(kw, "'except*' is not supported")
		word = "except*"
		p.next()
		if p.tok.kind == tColon || p.tok.kind == tNewline {
			p.errTok(p.tok, "expected one or more exception types")
		}
	}
	h := ExceptHandler{At: At{kw.pos}}
	if p.tok.kind != tColon {
		if p.tok.kind == tNewline {
			p.errTok(p.tok, "expected ':'")
		}
		h.Type = p.expression()
		if p.tok.kind == tComma {
			p.next()
			p.expressions()
			p.errRange(h.Type.Position(), p.prevEnd, "multiple exception types must be parenthesized")
		}
		if p.got(kwAs) {
			h.Name = p.name()
		}
	}
	p.headerColon()
	h.Body = p.block("'"+word+"' statement", kw.pos.Line)
	return h
}

// decorators: ('@' named_expression NEWLINE)+
func (p *parser) decorated() Stmt {
	var decs []Expr
	for p.got(tAt) {
		decs = append(decs, p.namedExpression())
		p.expect(tNewline)
	}
	switch p.tok.kind {
	case kwDef:
		return p.funcDef(decs)
	case kwClass:
		return p.classDef(decs)
	case kwAsync:
		if p.peek(1).kind == kwDef {
			p.unsupported(p.tok, "'async def' is not supported")
			p.next()
			return p.funcDef(decs)
		}
	}
	p.invalidSyntax()
	return nil
}

// function_def_raw: 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block
func (p *parser) funcDef(decs []Expr) Stmt {
	kw := p.tok
	p.next()
	s := &FunctionDef{At: At{kw.pos}, Name: p.name(), Decorators: decs}
	if p.tok.kind != tLParen {
		p.errTokFirst(p.tok, "expected '('")
	}
	p.next()
	s.Args = p.params(tRParen)
	p.expect(tRParen)
	if p.tok.kind == tArrow {
		// ['->' expression] is optional: if it does not parse, CPython
		// complains about a missing ':' after what it could parse.
		if arrow := p.i; !p.try(func() { p.next(); s.Returns = p.expression() }) {
			p.peg++
			if !p.try(func() { p.next(); p.expression() }) {
				p.reset(arrow)
			}
			p.peg--
			p.errTokFirst(p.tok, "expected ':'")
		}
	}
	p.forcedColon()
	s.Body = p.block("function definition", kw.pos.Line)
	p.end(s)
	return s
}

// class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
func (p *parser) classDef(decs []Expr) Stmt {
	kw := p.tok
	p.next()
	s := &ClassDef{At: At{kw.pos}, Name: p.name(), Decorators: decs}
	if p.tok.kind == tLParen {
		open := p.tok
		p.next()
		s.Bases, s.Keywords = p.callArgs(open, true)
		p.expect(tRParen)
	}
	p.headerColon()
	s.Body = p.block("class definition", kw.pos.Line)
	p.end(s)
	return s
}

// asyncStmt parses async def/for/with as their synchronous forms, noting
// that they are not supported.
func (p *parser) asyncStmt() Stmt {
	kw := p.tok
	p.next()
	switch p.tok.kind {
	case kwDef:
		p.unsupported(kw, "'async def' is not supported")
		return p.funcDef(nil)
	case kwFor:
		p.unsupported(kw, "'async for' is not supported")
		return p.forStmt()
	case kwWith:
		p.unsupported(kw, "'async with' is not supported")
		return p.withStmt()
	}
	p.invalidSyntax()
	return nil
}

// matchStmt recognizes a match statement ("match" is a soft keyword: it
// is one only if "match subject:" NEWLINE follows) and skips its body,
// since pattern matching is not supported. It returns nil if the line is
// ordinary code such as "match = 1" or "match(x)".
func (p *parser) matchStmt() Stmt {
	kw := p.tok
	save := p.i
	isMatch := p.try(func() {
		p.next()
		// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
		p.starNamedExpression()
		for p.got(tComma) {
			if p.tok.kind == tColon {
				break
			}
			p.starNamedExpression()
		}
		if p.tok.kind != tColon || p.peek(1).kind != tNewline {
			p.invalidSyntax()
		}
	})
	if !isMatch {
		p.reset(save)
		return nil
	}
	p.unsupported(kw, "'match' statements are not supported")
	p.next() // ':'
	p.next() // NEWLINE
	if p.tok.kind != tIndent {
		p.fail(KindIndentation, p.tok.pos, p.tok.end, false, "expected an indented block after 'match' statement on line %d", kw.pos.Line)
	}
	for depth := 0; p.tok.kind != tEOF; {
		switch p.tok.kind {
		case tIndent:
			depth++
		case tDedent:
			depth--
		}
		p.next()
		if depth == 0 {
			break
		}
	}
	s := &Pass{At{kw.pos}}
	p.end(s)
	return s
}
