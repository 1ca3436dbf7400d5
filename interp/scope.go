package interp

import (
	"sort"

	"github.com/tracejit/tracejit/interp/syntax"
)

// Symbol tables. Before generating code the compiler walks the whole
// module once and builds a tree of scopes (module, functions, lambdas,
// classes, comprehensions), recording for each scope how every name is
// used: bound (assigned, a parameter, imported, defined), only read, or
// declared global or nonlocal. A second pass resolves each name, as
// CPython's symtable does:
//
//   - declared global: a module global;
//   - bound in the scope: local (a fast local in a function, a namespace
//     entry in a class or module body);
//   - otherwise, if an enclosing function scope binds it: a free variable,
//     read through a cell that the defining scope creates (the name is a
//     "cell variable" there) and every scope in between passes on in its
//     closure. Class scopes are skipped: methods do not see class-level
//     names, except the implicit __class__ cell that zero-argument super()
//     uses;
//   - otherwise a global (or builtin).
//
// List, set and dict comprehensions are normally compiled inline in the
// enclosing code with hidden locals for their iteration variables (as
// CPython 3.12 does), which is fastest. A comprehension that contains a
// lambda, a generator expression or a comprehension that cannot be inlined,
// or that sits directly in a class body (whose names it must not see), is
// compiled as a nested function instead, as CPython 3.11 does.

type scopeKind uint8

const (
	moduleScope scopeKind = iota
	functionScope
	classScope
	compScope // a comprehension or generator expression
)

type symFlags uint8

const (
	symBound    symFlags = 1 << iota // assigned, defined, imported, deleted
	symParam                         // a parameter
	symUsed                          // read
	symGlobal                        // declared global
	symNonlocal                      // declared nonlocal (or a walrus target bound outside a comprehension)
)

// nameKind is where a resolved name lives.
type nameKind uint8

const (
	nameUnknown        nameKind = iota
	nameLocal                   // fast local (function) or namespace entry (module, class)
	nameGlobalExplicit          // declared global
	nameGlobalImplicit          // not bound in any enclosing function: global or builtin
	nameFree                    // a variable of an enclosing function, read through a cell
	nameCell                    // a local that nested scopes capture: lives in a cell
)

type scope struct {
	kind   scopeKind
	name   string
	node   syntax.Node
	parent *scope
	// children are the nested scopes in source order.
	children []*scope

	flags map[string]symFlags
	// order lists bound names in first-binding order (for VarNames).
	order []string
	// firstUse and declPos locate errors.
	firstUse map[string]syntax.Pos
	declPos  map[string]syntax.Pos

	params []string
	// kinds is the resolution of every name the scope mentions.
	kinds map[string]nameKind
	// freevars are the names the scope's closure holds, in a fixed order;
	// for a class scope they include names only passed on to methods.
	freevars []string

	generator bool
	// comprehension scopes: the kind of display ("list", "set", "dict",
	// "generator"), its iteration variables and walrus targets, and
	// whether it is compiled inline.
	compKind    string
	compTargets map[string]bool
	walrus      map[string]bool
	inlined     bool
	// classCell is set on a class scope whose methods use __class__
	// (zero-argument super()).
	classCell bool
}

func newScope(kind scopeKind, name string, node syntax.Node, parent *scope) *scope {
	s := &scope{
		kind: kind, name: name, node: node, parent: parent,
		flags: map[string]symFlags{}, firstUse: map[string]syntax.Pos{}, declPos: map[string]syntax.Pos{},
		kinds: map[string]nameKind{},
	}
	if parent != nil {
		parent.children = append(parent.children, s)
	}
	return s
}

func (s *scope) isModule() bool { return s.kind == moduleScope }

// isFunction reports whether the scope's code has fast locals and cells.
func (s *scope) isFunction() bool { return s.kind == functionScope || s.kind == compScope }

func (s *scope) bind(name string) {
	f := s.flags[name]
	if f&(symBound|symParam) == 0 {
		s.order = append(s.order, name)
	}
	s.flags[name] = f | symBound
}

func (s *scope) use(name string, pos syntax.Pos) {
	if _, ok := s.firstUse[name]; !ok {
		s.firstUse[name] = pos
	}
	s.flags[name] |= symUsed
}

// kindOf returns how the compiler accesses name in this scope's code.
func (s *scope) kindOf(name string) nameKind {
	if k, ok := s.kinds[name]; ok {
		return k
	}
	if s.isFunction() {
		return nameGlobalImplicit
	}
	return nameLocal
}

// cellvars returns the scope's cell variables: captured parameters first,
// in parameter order, then other captured locals in binding order; a
// class scope's only cell is __class__.
func (s *scope) cellvars() []string {
	if s.kind == classScope {
		if s.classCell {
			return []string{"__class__"}
		}
		return nil
	}
	var out []string
	seen := map[string]bool{}
	for _, names := range [][]string{s.params, s.order} {
		for _, n := range names {
			if s.kinds[n] == nameCell && !seen[n] {
				out = append(out, n)
				seen[n] = true
			}
		}
	}
	return out
}

func (s *scope) addFree(name string) {
	for _, n := range s.freevars {
		if n == name {
			return
		}
	}
	s.freevars = append(s.freevars, name)
}

// symtable builds the scope tree of a module.
type symtable struct {
	c      *compiler
	scopes map[syntax.Node]*scope
	cur    *scope
	err    *syntax.Error
}

func (st *symtable) fail(pos syntax.Pos, kind, msg string) {
	if st.err == nil {
		st.err = st.c.errorAt(pos, kind, msg)
	}
}

// buildSymtable analyzes a module; the scopes of nested code are found
// through the map by their syntax node.
func (c *compiler) buildSymtable(mod *syntax.Module) (*scope, map[syntax.Node]*scope, error) {
	st := &symtable{c: c, scopes: map[syntax.Node]*scope{}}
	top := newScope(moduleScope, "<module>", nil, nil)
	st.cur = top
	st.stmts(mod.Body)
	if st.err != nil {
		return nil, nil, st.err
	}
	st.inline(top)
	st.resolve(top)
	if st.err != nil {
		return nil, nil, st.err
	}
	return top, st.scopes, nil
}

func (st *symtable) push(kind scopeKind, name string, node syntax.Node) *scope {
	s := newScope(kind, name, node, st.cur)
	st.scopes[node] = s
	st.cur = s
	return s
}

func (st *symtable) pop() { st.cur = st.cur.parent }

func (st *symtable) stmts(body []syntax.Stmt) {
	for _, s := range body {
		st.stmt(s)
	}
}

func (st *symtable) stmt(stmt syntax.Stmt) {
	s := st.cur
	switch n := stmt.(type) {
	case *syntax.ExprStmt:
		st.expr(n.X)
	case *syntax.Assign:
		st.expr(n.Value)
		for _, t := range n.Targets {
			st.target(t)
		}
	case *syntax.AugAssign:
		st.expr(n.Value)
		if nm, ok := n.Target.(*syntax.Name); ok {
			s.use(nm.Id, nm.Pos)
		}
		st.target(n.Target)
	case *syntax.AnnAssign:
		if n.Value != nil {
			st.expr(n.Value)
		}
		st.target(n.Target)
	case *syntax.If:
		st.expr(n.Test)
		st.stmts(n.Body)
		st.stmts(n.OrElse)
	case *syntax.While:
		st.expr(n.Test)
		st.stmts(n.Body)
		st.stmts(n.OrElse)
	case *syntax.For:
		st.expr(n.Iter)
		st.target(n.Target)
		st.stmts(n.Body)
		st.stmts(n.OrElse)
	case *syntax.Return:
		if n.Value != nil {
			st.expr(n.Value)
		}
	case *syntax.FunctionDef:
		for _, d := range n.Decorators {
			st.expr(d)
		}
		st.defaults(n.Args)
		s.bind(n.Name)
		st.function(n, n.Name, n.Args, func() { st.stmts(n.Body) })
	case *syntax.ClassDef:
		for _, d := range n.Decorators {
			st.expr(d)
		}
		st.exprs(n.Bases)
		for _, k := range n.Keywords {
			st.expr(k.Value)
		}
		s.bind(n.Name)
		st.push(classScope, n.Name, n)
		st.stmts(n.Body)
		st.pop()
	case *syntax.Global:
		for _, name := range n.Names {
			st.declare(n.Pos, name, symGlobal)
		}
	case *syntax.Nonlocal:
		if s.kind == moduleScope {
			st.fail(n.Pos, "SyntaxError", "nonlocal declaration not allowed at module level")
			return
		}
		for _, name := range n.Names {
			st.declare(n.Pos, name, symNonlocal)
		}
	case *syntax.Delete:
		for _, t := range n.Targets {
			st.target(t)
		}
	case *syntax.Assert:
		st.expr(n.Test)
		st.expr(n.Msg)
	case *syntax.Try:
		st.stmts(n.Body)
		for _, h := range n.Handlers {
			st.expr(h.Type)
			if h.Name != "" {
				s.bind(h.Name)
			}
			st.stmts(h.Body)
		}
		st.stmts(n.OrElse)
		st.stmts(n.Finalbody)
	case *syntax.Raise:
		st.expr(n.Exc)
		st.expr(n.Cause)
	case *syntax.Import:
		for _, al := range n.Names {
			s.bind(importBinding(al))
		}
	case *syntax.ImportFrom:
		for _, al := range n.Names {
			if al.Name == "*" {
				if s.kind != moduleScope {
					st.fail(n.Pos, "SyntaxError", "import * only allowed at module level")
				}
				continue
			}
			if al.AsName != "" {
				s.bind(al.AsName)
			} else {
				s.bind(al.Name)
			}
		}
	case *syntax.With:
		for _, it := range n.Items {
			st.expr(it.Context)
			if it.Vars != nil {
				st.target(it.Vars)
			}
		}
		st.stmts(n.Body)
	}
}

// declare records a global or nonlocal statement, with CPython's checks
// against earlier uses in the same scope.
func (st *symtable) declare(pos syntax.Pos, name string, flag symFlags) {
	s := st.cur
	f := s.flags[name]
	what := "global"
	if flag == symNonlocal {
		what = "nonlocal"
	}
	switch {
	case f&symParam != 0:
		st.fail(pos, "SyntaxError", "name '"+name+"' is parameter and "+what)
	case f&(symGlobal|symNonlocal) != 0 && f&flag == 0:
		st.fail(s.declPos[name], "SyntaxError", "name '"+name+"' is nonlocal and global")
	case f&symBound != 0 && s.kind != moduleScope:
		st.fail(pos, "SyntaxError", "name '"+name+"' is assigned to before "+what+" declaration")
	case f&symUsed != 0 && s.kind != moduleScope:
		st.fail(pos, "SyntaxError", "name '"+name+"' is used prior to "+what+" declaration")
	}
	if _, ok := s.declPos[name]; !ok {
		s.declPos[name] = pos
	}
	s.flags[name] |= flag
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

func (st *symtable) defaults(args *syntax.Arguments) {
	st.exprs(args.Defaults)
	for _, d := range args.KwDefaults {
		st.expr(d)
	}
}

// function analyzes a def or lambda body in a new scope.
func (st *symtable) function(node syntax.Node, name string, args *syntax.Arguments, body func()) {
	s := st.push(functionScope, name, node)
	for _, p := range paramNames(args) {
		if s.flags[p]&symParam == 0 {
			s.params = append(s.params, p)
			s.order = append(s.order, p)
		}
		s.flags[p] |= symParam
	}
	body()
	st.pop()
}

// paramNames lists a signature's parameters in frame order: positional,
// keyword-only, *args, **kwargs.
func paramNames(args *syntax.Arguments) []string {
	var params []string
	for _, a := range args.PosOnly {
		params = append(params, a.Name)
	}
	for _, a := range args.Args {
		params = append(params, a.Name)
	}
	for _, a := range args.KwOnly {
		params = append(params, a.Name)
	}
	if args.Vararg != nil {
		params = append(params, args.Vararg.Name)
	}
	if args.Kwarg != nil {
		params = append(params, args.Kwarg.Name)
	}
	return params
}

func (st *symtable) target(t syntax.Expr) {
	switch n := t.(type) {
	case *syntax.Name:
		st.cur.bind(n.Id)
	case *syntax.Tuple:
		for _, e := range n.Elts {
			st.target(e)
		}
	case *syntax.List:
		for _, e := range n.Elts {
			st.target(e)
		}
	case *syntax.Starred:
		st.target(n.X)
	case *syntax.Attribute:
		st.expr(n.X)
	case *syntax.Subscript:
		st.expr(n.X)
		st.expr(n.Index)
	default:
		st.expr(t)
	}
}

func (st *symtable) exprs(es []syntax.Expr) {
	for _, e := range es {
		st.expr(e)
	}
}

func (st *symtable) expr(e syntax.Expr) {
	s := st.cur
	switch n := e.(type) {
	case nil:
	case *syntax.Name:
		s.use(n.Id, n.Pos)
		if n.Id == "super" && s.kind == functionScope {
			// Zero-argument super() reads the implicit __class__ cell.
			s.use("__class__", n.Pos)
		}
	case *syntax.Constant:
	case *syntax.JoinedStr:
		st.exprs(n.Values)
	case *syntax.FormattedValue:
		st.expr(n.Value)
		st.expr(n.Spec)
	case *syntax.BinOp:
		st.expr(n.X)
		st.expr(n.Y)
	case *syntax.UnaryOp:
		st.expr(n.X)
	case *syntax.BoolOp:
		st.exprs(n.Values)
	case *syntax.Compare:
		st.expr(n.Left)
		st.exprs(n.Comparators)
	case *syntax.IfExp:
		st.expr(n.Test)
		st.expr(n.Body)
		st.expr(n.OrElse)
	case *syntax.Call:
		st.expr(n.Func)
		st.exprs(n.Args)
		for _, k := range n.Keywords {
			st.expr(k.Value)
		}
	case *syntax.Attribute:
		st.expr(n.X)
	case *syntax.Subscript:
		st.expr(n.X)
		st.expr(n.Index)
	case *syntax.Slice:
		st.expr(n.Lower)
		st.expr(n.Upper)
		st.expr(n.Step)
	case *syntax.Starred:
		st.expr(n.X)
	case *syntax.List:
		st.exprs(n.Elts)
	case *syntax.Tuple:
		st.exprs(n.Elts)
	case *syntax.Set:
		st.exprs(n.Elts)
	case *syntax.Dict:
		for i := range n.Keys {
			st.expr(n.Keys[i])
			st.expr(n.Values[i])
		}
	case *syntax.ListComp:
		st.comprehension(n, "list", n.Generators, n.Elt)
	case *syntax.SetComp:
		st.comprehension(n, "set", n.Generators, n.Elt)
	case *syntax.DictComp:
		st.comprehension(n, "dict", n.Generators, n.Key, n.Value)
	case *syntax.GeneratorExp:
		st.comprehension(n, "generator", n.Generators, n.Elt)
	case *syntax.Lambda:
		st.defaults(n.Args)
		st.function(n, "<lambda>", n.Args, func() { st.expr(n.Body) })
	case *syntax.Yield:
		st.yield(n.Pos)
		st.expr(n.Value)
	case *syntax.YieldFrom:
		st.yield(n.Pos)
		st.expr(n.Value)
	case *syntax.NamedExpr:
		st.expr(n.Value)
		st.walrus(n)
	}
}

func (st *symtable) yield(pos syntax.Pos) {
	s := st.cur
	switch s.kind {
	case functionScope:
		s.generator = true
	case compScope:
		if s.compKind == "generator" {
			st.fail(pos, "SyntaxError", "'yield' inside generator expression")
		} else {
			st.fail(pos, "SyntaxError", "'yield' inside "+s.compKind+" comprehension")
		}
	default:
		st.fail(pos, "SyntaxError", "'yield' outside function")
	}
}

// walrus binds an assignment expression's target: inside comprehensions,
// in the nearest enclosing function or module scope.
func (st *symtable) walrus(n *syntax.NamedExpr) {
	s := st.cur
	name := n.Target.Id
	if s.kind != compScope {
		s.bind(name)
		return
	}
	for p := s; p.kind == compScope; p = p.parent {
		if p.compTargets[name] {
			st.fail(n.Target.Pos, "SyntaxError", "assignment expression cannot rebind comprehension iteration variable '"+name+"'")
			return
		}
	}
	owner := s
	for owner.kind == compScope {
		owner = owner.parent
	}
	if owner.kind == classScope {
		st.fail(n.Target.Pos, "SyntaxError", "assignment expression within a comprehension cannot be used in a class body")
		return
	}
	flag := symNonlocal
	if owner.kind == moduleScope {
		flag = symGlobal
	}
	for p := s; p != owner; p = p.parent {
		if p.walrus == nil {
			p.walrus = map[string]bool{}
		}
		p.walrus[name] = true
		p.flags[name] |= flag
		if _, ok := p.declPos[name]; !ok {
			p.declPos[name] = n.Target.Pos
		}
	}
	owner.bind(name)
}

// comprehension analyzes a comprehension: its first iterable belongs to
// the enclosing scope, everything else to the comprehension's own.
func (st *symtable) comprehension(node syntax.Node, kind string, gens []syntax.Comprehension, elts ...syntax.Expr) {
	st.expr(gens[0].Iter)
	name := "<" + kind + "comp>"
	if kind == "generator" {
		name = "<genexpr>"
	}
	s := st.push(compScope, name, node)
	s.compKind = kind
	s.compTargets = map[string]bool{}
	s.params = []string{".0"}
	s.order = []string{".0"}
	s.flags[".0"] = symParam
	if kind == "generator" {
		s.generator = true
	}
	for i, g := range gens {
		if i > 0 {
			st.expr(g.Iter)
		}
		names := map[string]bool{}
		collectTargets(g.Target, names)
		for nm := range names {
			s.compTargets[nm] = true
		}
		st.target(g.Target)
		st.exprs(g.Ifs)
	}
	st.exprs(elts)
	st.pop()
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

// inline decides which comprehensions are compiled inline and merges
// their uses of outer names into the enclosing scope, bottom-up.
func (st *symtable) inline(s *scope) bool {
	all := true
	for _, ch := range s.children {
		if !st.inline(ch) {
			all = false
		}
	}
	if s.kind != compScope || s.compKind == "generator" || s.parent.kind == classScope || !all {
		return false
	}
	s.inlined = true
	p := s.parent
	for name, f := range s.flags {
		if s.compTargets[name] || s.walrus[name] || name == ".0" {
			continue
		}
		if f&symUsed != 0 {
			p.use(name, s.firstUse[name])
		}
	}
	return true
}

// resolve classifies every name of s and, recursively, of its children.
// Parents are resolved first, so a child can find (and turn into a cell)
// the binding of a name it uses.
func (st *symtable) resolve(s *scope) {
	if s.inlined {
		return
	}
	names := make([]string, 0, len(s.flags))
	for name := range s.flags {
		names = append(names, name)
	}
	sort.Strings(names) // deterministic freevar order and errors
	for _, name := range names {
		if _, done := s.kinds[name]; done {
			continue // already marked (a cell) by an earlier pass
		}
		st.resolveName(s, name, s.flags[name])
	}
	for _, ch := range s.children {
		st.resolve(ch)
	}
}

func (st *symtable) resolveName(s *scope, name string, f symFlags) {
	switch {
	case f&symGlobal != 0:
		s.kinds[name] = nameGlobalExplicit
	case f&symNonlocal != 0:
		if st.lookupEnclosing(s, name) != nameFree {
			st.fail(s.declPos[name], "SyntaxError", "no binding for nonlocal '"+name+"' found")
		}
	case f&(symBound|symParam) != 0:
		if s.kinds[name] != nameCell {
			s.kinds[name] = nameLocal
		}
	case s.kind == moduleScope:
		s.kinds[name] = nameGlobalImplicit
	default:
		st.lookupEnclosing(s, name)
	}
}

// lookupEnclosing resolves a name that s does not bind by searching the
// enclosing function scopes. On success the binding becomes a cell and
// every scope from s up to it holds the name as a free variable.
func (st *symtable) lookupEnclosing(s *scope, name string) nameKind {
	path := []*scope{s}
	for p := s.parent; p != nil; p = p.parent {
		if p.kind == moduleScope {
			break
		}
		if p.kind == classScope {
			if name == "__class__" {
				p.classCell = true
				p.kinds["__class__"] = nameCell
				st.markFree(path, name)
				return nameFree
			}
			path = append(path, p)
			continue
		}
		f := p.flags[name]
		if f&symGlobal != 0 {
			break
		}
		switch k := p.kinds[name]; {
		case f&symNonlocal != 0 || k == nameFree:
			st.markFree(path, name)
			return nameFree
		case f&(symBound|symParam) != 0:
			p.kinds[name] = nameCell
			st.markFree(path, name)
			return nameFree
		}
		path = append(path, p)
	}
	if _, ok := s.kinds[name]; !ok {
		s.kinds[name] = nameGlobalImplicit
	}
	return nameGlobalImplicit
}

// markFree records name as a free variable of each scope on the path;
// function scopes read it through the cell, class scopes only pass it on
// (a class body's own use of the name is classified separately).
func (st *symtable) markFree(path []*scope, name string) {
	for i, q := range path {
		q.addFree(name)
		if i == 0 || q.kind != classScope {
			q.kinds[name] = nameFree
		}
	}
}
