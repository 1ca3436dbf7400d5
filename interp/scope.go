package interp

import (
	"github.com/tracejit/tracejit/interp/syntax"
)

// scope is the result of name analysis for one function body: which names
// are fast locals and which are module globals. Python decides this
// statically: a name assigned anywhere in a function (and not declared
// global) is local to it for the whole body.
type scope struct {
	isModule bool
	locals   map[string]bool
	globals  map[string]bool // declared with "global"
	// uses records names read in the body (not inside nested functions),
	// for detecting closures, which this version does not support.
	uses map[string]syntax.Pos
	// nested lists the functions defined directly in this body.
	nested []*syntax.FunctionDef
	// order keeps local names in first-assignment order for VarNames.
	order []string
}

func newScope(isModule bool) *scope {
	return &scope{isModule: isModule, locals: map[string]bool{}, globals: map[string]bool{}, uses: map[string]syntax.Pos{}}
}

func (s *scope) assign(name string) {
	if !s.locals[name] {
		s.locals[name] = true
		s.order = append(s.order, name)
	}
}

// isLocal reports whether name is a fast local of a function scope.
func (s *scope) isLocal(name string) bool {
	return !s.isModule && s.locals[name] && !s.globals[name]
}

// analyzer walks one body, filling a scope. compBound holds the names bound
// by enclosing comprehension clauses (which are not function locals).
type analyzer struct {
	s         *scope
	compBound []map[string]bool
	err       *syntax.Error
	c         *compiler
}

func (a *analyzer) bound(name string) bool {
	for i := len(a.compBound) - 1; i >= 0; i-- {
		if a.compBound[i][name] {
			return true
		}
	}
	return false
}

func (a *analyzer) fail(pos syntax.Pos, kind, msg string) {
	if a.err == nil {
		a.err = a.c.errorAt(pos, kind, msg)
	}
}

func (a *analyzer) stmts(body []syntax.Stmt) {
	for _, st := range body {
		a.stmt(st)
	}
}

func (a *analyzer) stmt(st syntax.Stmt) {
	switch n := st.(type) {
	case *syntax.ExprStmt:
		a.expr(n.X)
	case *syntax.Assign:
		a.expr(n.Value)
		for _, t := range n.Targets {
			a.target(t)
		}
	case *syntax.AugAssign:
		a.expr(n.Value)
		if nm, ok := n.Target.(*syntax.Name); ok {
			a.use(nm)
		}
		a.target(n.Target)
	case *syntax.AnnAssign:
		if n.Value != nil {
			a.expr(n.Value)
		}
		a.target(n.Target)
	case *syntax.If:
		a.expr(n.Test)
		a.stmts(n.Body)
		a.stmts(n.OrElse)
	case *syntax.While:
		a.expr(n.Test)
		a.stmts(n.Body)
		a.stmts(n.OrElse)
	case *syntax.For:
		a.expr(n.Iter)
		a.target(n.Target)
		a.stmts(n.Body)
		a.stmts(n.OrElse)
	case *syntax.Return:
		if n.Value != nil {
			a.expr(n.Value)
		}
	case *syntax.FunctionDef:
		for _, d := range n.Decorators {
			a.expr(d)
		}
		a.defaults(n.Args)
		a.s.assign(n.Name)
		a.s.nested = append(a.s.nested, n)
	case *syntax.ClassDef:
		a.fail(n.Pos, "NotImplementedError", "class definitions are not supported yet")
	case *syntax.Global:
		for _, name := range n.Names {
			if a.s.locals[name] && !a.s.isModule {
				if _, used := a.s.uses[name]; used {
					a.fail(n.Pos, "SyntaxError", "name '"+name+"' is used prior to global declaration")
				} else {
					a.fail(n.Pos, "SyntaxError", "name '"+name+"' is assigned to before global declaration")
				}
			}
			a.s.globals[name] = true
		}
	case *syntax.Nonlocal:
		if a.s.isModule {
			a.fail(n.Pos, "SyntaxError", "nonlocal declaration not allowed at module level")
		} else {
			a.fail(n.Pos, "NotImplementedError", "'nonlocal' is not supported yet")
		}
	case *syntax.Delete:
		for _, t := range n.Targets {
			a.target(t)
		}
	case *syntax.Assert:
		a.expr(n.Test)
		if n.Msg != nil {
			a.expr(n.Msg)
		}
	case *syntax.Try:
		a.stmts(n.Body)
		for _, h := range n.Handlers {
			if h.Type != nil {
				a.expr(h.Type)
			}
			if h.Name != "" {
				a.s.assign(h.Name)
			}
			a.stmts(h.Body)
		}
		a.stmts(n.OrElse)
		a.stmts(n.Finalbody)
	case *syntax.Raise:
		if n.Exc != nil {
			a.expr(n.Exc)
		}
		if n.Cause != nil {
			a.expr(n.Cause)
		}
	case *syntax.Import:
		for _, al := range n.Names {
			a.s.assign(importBinding(al))
		}
	case *syntax.ImportFrom:
		for _, al := range n.Names {
			if al.Name == "*" {
				if !a.s.isModule {
					a.fail(n.Pos, "SyntaxError", "import * only allowed at module level")
				}
				continue
			}
			if al.AsName != "" {
				a.s.assign(al.AsName)
			} else {
				a.s.assign(al.Name)
			}
		}
	case *syntax.With:
		a.fail(n.Pos, "NotImplementedError", "'with' statements are not supported yet")
	}
}

// importBinding is the name "import a.b.c as d" binds: d, or a.
func importBinding(al syntax.Alias) string {
	if al.AsName != "" {
		return al.AsName
	}
	for i := 0; i < len(al.Name); i++ {
		if al.Name[i] == '.' {
			return al.Name[:i]
		}
	}
	return al.Name
}

func (a *analyzer) defaults(args *syntax.Arguments) {
	for _, d := range args.Defaults {
		a.expr(d)
	}
	for _, d := range args.KwDefaults {
		if d != nil {
			a.expr(d)
		}
	}
}

func (a *analyzer) use(n *syntax.Name) {
	if a.bound(n.Id) {
		return
	}
	if _, ok := a.s.uses[n.Id]; !ok {
		a.s.uses[n.Id] = n.Pos
	}
}

func (a *analyzer) target(t syntax.Expr) {
	switch n := t.(type) {
	case *syntax.Name:
		if len(a.compBound) > 0 && a.bound(n.Id) {
			return
		}
		a.s.assign(n.Id)
	case *syntax.Tuple:
		for _, e := range n.Elts {
			a.target(e)
		}
	case *syntax.List:
		for _, e := range n.Elts {
			a.target(e)
		}
	case *syntax.Starred:
		a.target(n.X)
	case *syntax.Attribute:
		a.expr(n.X)
	case *syntax.Subscript:
		a.expr(n.X)
		a.expr(n.Index)
	}
}

func (a *analyzer) exprs(es []syntax.Expr) {
	for _, e := range es {
		a.expr(e)
	}
}

func (a *analyzer) expr(e syntax.Expr) {
	switch n := e.(type) {
	case nil:
	case *syntax.Name:
		a.use(n)
	case *syntax.Constant:
	case *syntax.JoinedStr:
		a.exprs(n.Values)
	case *syntax.FormattedValue:
		a.expr(n.Value)
		a.expr(n.Spec)
	case *syntax.BinOp:
		a.expr(n.X)
		a.expr(n.Y)
	case *syntax.UnaryOp:
		a.expr(n.X)
	case *syntax.BoolOp:
		a.exprs(n.Values)
	case *syntax.Compare:
		a.expr(n.Left)
		a.exprs(n.Comparators)
	case *syntax.IfExp:
		a.expr(n.Test)
		a.expr(n.Body)
		a.expr(n.OrElse)
	case *syntax.Call:
		a.expr(n.Func)
		a.exprs(n.Args)
		for _, k := range n.Keywords {
			a.expr(k.Value)
		}
	case *syntax.Attribute:
		a.expr(n.X)
	case *syntax.Subscript:
		a.expr(n.X)
		a.expr(n.Index)
	case *syntax.Slice:
		a.expr(n.Lower)
		a.expr(n.Upper)
		a.expr(n.Step)
	case *syntax.Starred:
		a.expr(n.X)
	case *syntax.List:
		a.exprs(n.Elts)
	case *syntax.Tuple:
		a.exprs(n.Elts)
	case *syntax.Dict:
		for i := range n.Keys {
			a.expr(n.Keys[i])
			a.expr(n.Values[i])
		}
	case *syntax.ListComp:
		a.comprehension(n.Generators, n.Elt)
	case *syntax.DictComp:
		a.comprehension(n.Generators, n.Key, n.Value)
	case *syntax.NamedExpr:
		a.expr(n.Value)
		a.s.assign(n.Target.Id)
	case *syntax.Set:
		a.fail(n.Pos, "NotImplementedError", "sets are not supported yet")
	case *syntax.SetComp:
		a.fail(n.Pos, "NotImplementedError", "set comprehensions are not supported yet")
	case *syntax.GeneratorExp:
		a.fail(n.Pos, "NotImplementedError", "generator expressions are not supported yet")
	case *syntax.Lambda:
		a.fail(n.Pos, "NotImplementedError", "lambda is not supported yet")
	case *syntax.Yield, *syntax.YieldFrom:
		a.fail(e.Position(), "NotImplementedError", "generators ('yield') are not supported yet")
	}
}

func (a *analyzer) comprehension(gens []syntax.Comprehension, elts ...syntax.Expr) {
	bound := map[string]bool{}
	a.compBound = append(a.compBound, bound)
	for i, g := range gens {
		if i == 0 {
			// The first iterable is evaluated in the enclosing scope.
			a.compBound = a.compBound[:len(a.compBound)-1]
			a.expr(g.Iter)
			a.compBound = append(a.compBound, bound)
		} else {
			a.expr(g.Iter)
		}
		collectTargets(g.Target, bound)
		a.exprs(g.Ifs)
	}
	a.exprs(elts)
	a.compBound = a.compBound[:len(a.compBound)-1]
}

func collectTargets(t syntax.Expr, into map[string]bool) {
	switch n := t.(type) {
	case *syntax.Name:
		into[n.Id] = true
	case *syntax.Tuple:
		for _, e := range n.Elts {
			collectTargets(e, into)
		}
	case *syntax.List:
		for _, e := range n.Elts {
			collectTargets(e, into)
		}
	case *syntax.Starred:
		collectTargets(n.X, into)
	}
}

// analyzeFunction builds the scope of a function body with its parameters.
func (c *compiler) analyzeFunction(params []string, body []syntax.Stmt) (*scope, error) {
	s := newScope(false)
	for _, p := range params {
		s.assign(p)
	}
	a := &analyzer{s: s, c: c}
	a.stmts(body)
	if a.err != nil {
		return nil, a.err
	}
	for _, p := range params {
		if s.globals[p] {
			return nil, c.errorAt(body[0].Position(), "SyntaxError", "name '"+p+"' is parameter and global")
		}
	}
	return s, nil
}

// analyzeModule builds the scope of a module body.
func (c *compiler) analyzeModule(body []syntax.Stmt) (*scope, error) {
	s := newScope(true)
	a := &analyzer{s: s, c: c}
	a.stmts(body)
	if a.err != nil {
		return nil, a.err
	}
	return s, nil
}
