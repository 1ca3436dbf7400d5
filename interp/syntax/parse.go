package syntax

// The parser is hand-written recursive descent over the token stream, one
// function per rule of CPython 3.11's PEG grammar (Grammar/python.gram),
// with the rule names kept in comments so the two can be compared.
//
// Why not a PEG engine: the grammar is LL(1) almost everywhere once
// assignment targets are parsed as expressions and checked afterwards (the
// classic approach), and a direct parser is much faster and easier to debug.
// The few places that need real backtracking (parenthesized with-items, the
// soft keyword "match", re-parsing a bad for-target) save and restore the
// token index; tokens are kept in a slice so that is cheap.
//
// Error messages follow CPython's two-pass scheme. The first pass parses
// with the error heuristics off; valid programs end there. If it fails, a
// second pass runs with the heuristics on: the checks CPython's invalid_*
// rules make (parse_invalid.go and inline checks marked with the rule
// names), run at the point where the parse would otherwise fail. The second
// pass also records node end positions, needed only to underline a node in
// an error. Where the heuristics need CPython's backtracking behaviour they
// re-parse in "PEG mode" (see pegTry). After a parse error the rest of the
// file is scanned, because CPython reports a tokenizer error found there
// instead (see checkRest). Syntax errors win over NotImplementedError:
// unsupported constructs are parsed as far as practical and reported only
// if the file is otherwise valid.
//
// Files: parse.go (driver, tokens, errors), parse_stmt.go, parse_expr.go,
// parse_display.go, parse_args.go, parse_target.go, parse_invalid.go,
// fstring.go (strings and f-strings).

import (
	"fmt"
	"strings"
)

type parser struct {
	src  *source
	sc   *scanner
	toks []token
	i    int   // index of the current token in toks
	tok  token // toks[i]

	prevEnd Pos          // end of the last consumed token
	ends    map[Node]Pos // node end positions; only kept in the error pass
	root    *parser      // the file's parser (differs for f-string fields)
	unsupp  *Error       // first NotImplementedError, reported if nothing worse is found

	inField   bool // parsing an f-string replacement field
	noInvalid int  // >0: error-message heuristics are off (CPython's *_without_invalid)
	probing   int  // >0: looking ahead only to choose an error message
	depth     int  // expression nesting, bounded so deep input cannot exhaust the stack
	far       int  // index of the furthest token looked at while parsing
	peg       int  // >0: PEG mode, see pegTry
}

// bailout is the panic value that aborts a parse.
type bailout struct {
	err     *Error
	final   bool // a tokenizer error: no second pass, no look at the rest of the file
	generic bool // a plain "invalid syntax": speculative parses may backtrack over it
	noRest  bool // "unexpected indent": no look at the rest of the file
}

// Parse parses a whole Python source file.
func Parse(filename string, src []byte) (*Module, error) {
	var m *Module
	err := parseSource(filename, src, func(p *parser) { m = p.file() })
	if err != nil {
		return nil, err
	}
	return m, nil
}

// ParseExpr parses a single expression (CPython's "eval" mode: an expression
// list, optionally followed by newlines).
func ParseExpr(filename string, src []byte) (Expr, error) {
	var e Expr
	err := parseSource(filename, src, func(p *parser) { e = p.evalInput() })
	if err != nil {
		return nil, err
	}
	return e, nil
}

// parseSource runs f over the source and turns the outcome into an error.
// Like CPython, it parses in up to two passes: the first without the error
// heuristics (CPython's invalid_* rules); if that fails with a plain syntax
// error, the second runs with them to find a better message, and records
// node ends so the message can underline nodes. Errors that CPython raises
// in its first pass (bad literals, f-strings, tokenizer errors, forced
// tokens such as the ':' of a def) are final when the first pass hits them.
func parseSource(filename string, text []byte, f func(*parser)) error {
	src, serr := newSource(filename, text)
	if serr != nil {
		return serr
	}
	p, b := attempt(src, f, false)
	switch {
	case b == nil:
		if p.unsupp != nil {
			return p.unsupp
		}
		return nil
	case b.final:
		return b.err
	case !b.generic:
		return p.checkRest(b.err)
	}
	p2, b2 := attempt(src, f, true)
	switch {
	case b2 == nil: // cannot happen: the second pass accepts less
		return b.err
	case b2.final:
		return b2.err
	case b2.generic:
		// CPython reports a plain "invalid syntax" where the first pass
		// stopped, which the heuristics may have read beyond.
		if b.noRest {
			return b.err
		}
		return p2.checkRest(b.err)
	}
	return p2.checkRest(b2.err)
}

// attempt runs one pass; the second pass has the error heuristics on and
// records node ends.
func attempt(src *source, f func(*parser), second bool) (p *parser, b *bailout) {
	p = &parser{src: src, sc: newScanner(src)}
	p.root = p
	if second {
		p.ends = make(map[Node]Pos)
	} else {
		p.noInvalid = 1
	}
	defer func() {
		if r := recover(); r != nil {
			bo, ok := r.(bailout)
			if !ok {
				panic(r)
			}
			b = &bo
		}
	}()
	p.start()
	f(p)
	return p, nil
}

// checkRest scans the rest of the file after a parse error, as CPython
// does: a tokenizer error further on, or a bracket left open on an earlier
// line, is reported instead of the parse error.
func (p *parser) checkRest(err *Error) error {
	line := p.toks[len(p.toks)-1].pos.Line
	for {
		t := p.sc.next()
		switch t.kind {
		case tError:
			if p.sc.errHard {
				return p.sc.err
			}
			if n := len(p.sc.parens); n > 0 && p.sc.parens[n-1].pos.Line < line {
				o := p.sc.parens[n-1]
				return p.src.errorAt(KindSyntax, fmt.Sprintf("'%c' was never closed", o.c), o.pos.Line, o.pos.Col, 0)
			}
			return err
		case tEOF:
			return err
		}
	}
}

// ---------------------------------------------------------------------------
// Tokens

func (p *parser) start() {
	p.fetch()
	p.tok = p.toks[0]
}

func (p *parser) fetch() {
	t := p.sc.next()
	if t.kind == tError {
		panic(bailout{err: p.fieldError(p.sc.err, false), final: !p.inField})
	}
	p.toks = append(p.toks, t)
}

// next consumes the current token.
func (p *parser) next() {
	p.prevEnd = p.tok.end
	p.i++
	if p.i == len(p.toks) {
		p.fetch()
	}
	p.tok = p.toks[p.i]
	if p.i > p.far && p.probing == 0 {
		p.far = p.i
	}
}

// peek returns the token k places after the current one.
func (p *parser) peek(k int) token {
	for p.i+k >= len(p.toks) {
		p.fetch()
	}
	if p.i+k > p.far && p.probing == 0 {
		p.far = p.i + k
	}
	return p.toks[p.i+k]
}

// farTok is the furthest token the parse proper looked at, where CPython
// reports a plain "invalid syntax".
func (p *parser) farTok() token {
	return p.toks[max(p.far, p.i)]
}

// probe is peek for error-message heuristics: what it reads does not count
// as looked at by the parse proper.
func (p *parser) probe(k int) token {
	p.probing++
	defer func() { p.probing-- }()
	return p.peek(k)
}

// lastTok is the last token read at all, where CPython reports the errors
// of its invalid_* rules that have no location of their own.
func (p *parser) lastTok() token {
	return p.toks[len(p.toks)-1]
}

// compact drops the tokens before the current one. It is called between
// statements, where no token index is held, and keeps the buffer small.
func (p *parser) compact() {
	if p.i >= 256 {
		n := copy(p.toks, p.toks[p.i:])
		p.toks = p.toks[:n]
		p.far = max(p.far-p.i, 0)
		p.i = 0
	}
}

// reset moves back (or forward) to token index i.
func (p *parser) reset(i int) {
	for i >= len(p.toks) {
		p.fetch()
	}
	p.i = i
	p.tok = p.toks[i]
	if i > 0 {
		p.prevEnd = p.toks[i-1].end
	}
}

func (p *parser) got(k tokKind) bool {
	if p.tok.kind == k {
		p.next()
		return true
	}
	return false
}

func (p *parser) expect(k tokKind) {
	if p.tok.kind != k {
		p.invalidSyntax()
	}
	p.next()
}

func (p *parser) name() string {
	if p.tok.kind != tName {
		p.invalidSyntax()
	}
	s := p.tok.lit
	p.next()
	return s
}

// try runs f speculatively: if f fails with a plain syntax error, the
// position is restored and try reports false. Specific errors propagate,
// as CPython's invalid_* rules abort the whole parse.
func (p *parser) try(f func()) (ok bool) {
	save := *p // the position and the mode counters
	defer func() {
		if r := recover(); r != nil {
			b, isB := r.(bailout)
			if !isB || !b.generic {
				panic(r)
			}
			p.reset(save.i)
			p.depth, p.noInvalid, p.probing, p.peg = save.depth, save.noInvalid, save.probing, save.peg
			ok = false
		}
	}()
	f()
	return true
}

// pegTry runs f, the rest of a rule after an operator or the start of a
// trailer at token index at, in PEG mode. The error heuristics use PEG mode
// to see what CPython's backtracking parser settles for: there a failing
// "a + <junk>" still parses as "a". On failure the position is back at at.
func (p *parser) pegTry(at int, f func()) bool {
	if p.try(f) {
		return true
	}
	p.reset(at)
	return false
}

// ---------------------------------------------------------------------------
// Node ends and errors

// end records that n ends where the last consumed token ends.
func (p *parser) end(n Node) {
	if p.ends != nil {
		p.ends[n] = p.prevEnd
	}
}

// endOf returns where n ends, if known (only in the error pass).
func (p *parser) endOf(n Node) Pos {
	if e, ok := p.ends[n]; ok {
		return e
	}
	s := n.Position()
	return Pos{s.Line, s.Col + 1}
}

// fieldError adds CPython's "f-string: " prefix to parser errors raised
// inside an f-string replacement field.
func (p *parser) fieldError(e *Error, parserErr bool) *Error {
	if p.inField && parserErr && !strings.HasPrefix(e.Msg, "f-string") {
		e.Msg = "f-string: " + e.Msg
	}
	return e
}

func (p *parser) fail(kind string, start, end Pos, generic bool, format string, args ...any) {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	if p.noInvalid > 0 && !generic {
		// The heuristics are off (first pass, or CPython's *_without_invalid
		// rules): the parse just fails here.
		p.invalidSyntax()
	}
	var endCol int32 // single caret unless the span is known
	switch {
	case end.Line == start.Line:
		endCol = end.Col
	case end.Line > start.Line:
		endCol = p.src.lineLen(start.Line) // CPython underlines to the end of the line
	}
	e := p.src.errorAt(kind, msg, start.Line, start.Col, endCol)
	panic(bailout{err: p.fieldError(e, true), generic: generic})
}

// errTok reports an error spanning token t.
func (p *parser) errTok(t token, format string, args ...any) {
	pos, end := p.tokSpan(t)
	p.fail(KindSyntax, pos, end, false, format, args...)
}

// errTokFirst reports an error that CPython raises in its first pass, so
// even while the heuristics are off.
func (p *parser) errTokFirst(t token, format string, args ...any) {
	pos, end := p.tokSpan(t)
	e := p.src.errorAt(KindSyntax, fmt.Sprintf(format, args...), pos.Line, pos.Col, end.Col)
	if end.Line != pos.Line {
		e.EndCol = 0
	}
	panic(bailout{err: p.fieldError(e, true)})
}

// tokSpan is where an error at token t is shown. CPython has no position
// for INDENT and DEDENT tokens and derives one that ends up a column left
// of the indentation (except at the end of the file).
func (p *parser) tokSpan(t token) (pos, end Pos) {
	if (t.kind == tIndent || t.kind == tDedent) && t.pos != p.sc.eofPos() {
		return Pos{t.pos.Line, max(t.pos.Col-1, 0)}, Pos{}
	}
	return t.pos, t.end
}

// errNode reports an error spanning node n.
func (p *parser) errNode(n Node, format string, args ...any) {
	p.fail(KindSyntax, n.Position(), p.endOf(n), false, format, args...)
}

// errRange reports an error from start to end.
func (p *parser) errRange(start, end Pos, format string, args ...any) {
	p.fail(KindSyntax, start, end, false, format, args...)
}

// invalidSyntax is the generic error at the current token.
func (p *parser) invalidSyntax() {
	t := p.farTok()
	if t.kind == tIndent || t.kind == tDedent {
		// CPython reports these if its heuristics find nothing better,
		// without looking at the rest of the file.
		msg := "unexpected indent"
		if t.kind == tDedent {
			msg = "unexpected unindent"
		}
		pos, _ := p.tokSpan(t)
		e := p.src.errorAt(KindIndentation, msg, pos.Line, pos.Col, 0)
		panic(bailout{err: p.fieldError(e, true), generic: true, noRest: true})
	}
	p.fail(KindSyntax, t.pos, t.end, true, "invalid syntax")
}

// maxDepth bounds the nesting of expressions. CPython gives up on such
// input too (with a MemoryError or RecursionError).
const maxDepth = 2000

// enter and leave bracket a recursive descent into a nested expression.
func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		p.errTokFirst(p.tok, "too many nested expressions (the source is too complex to parse)")
	}
}

func (p *parser) leave() { p.depth-- }

// unsupported records a construct we parse but do not implement.
func (p *parser) unsupported(t token, format string, args ...any) {
	if p.root.unsupp == nil {
		p.root.unsupp = p.src.errorAt(KindNotImplemented, fmt.Sprintf(format, args...), t.pos.Line, t.pos.Col, t.end.Col)
	}
}
