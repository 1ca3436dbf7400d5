package interp

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/tracejit/tracejit/interp/syntax"
	"github.com/tracejit/tracejit/runtime"
)

// The compiler turns a syntax tree into Code objects, one per function and
// one for the module body, following CPython 3.11's code generation so that
// the bytecode (and `tracejit dis`) reads like CPython's.
//
// Control flow that leaves a block early (break, continue, return) unwinds
// the enclosing "frame blocks" exactly as CPython's compiler does: it pops
// loop iterators, restores the handled exception and inlines finally
// bodies. Exception handling uses a static table (see Handler): an inlined
// finally body or the code after a try must not be covered by the try's
// handler, so each block's covered range is closed and reopened around such
// code.
//
// Names are resolved by the symbol table (scope.go) before any code is
// generated: fast locals, cells and free variables (closures), module
// globals, and class-body namespace names.
//
// Comprehensions are compiled inline (as CPython 3.12 does) with their
// iteration variables in hidden fast locals, which keeps their scope
// separate without a function call; the symbol table decides when one must
// be a nested function instead (see scope.go). Generator expressions are
// always nested generator functions.
//
// A class statement compiles its body to a function that runs with the
// class namespace as its locals (LOAD_NAME/STORE_NAME) and returns the
// __class__ cell (or None); __build_class__ runs it and creates the type.
// Zero-argument super() is compiled as super(__class__, <first argument>).
//
// A generator function is compiled like any other; Code.Generator makes a
// call create a generator object whose frame outlives the call.

// Compile compiles a parsed module. globals is the module namespace that
// global names are resolved against; src is used for error messages.
func Compile(mod *syntax.Module, filename string, src []byte, globals *runtime.Globals) (*Code, error) {
	c := &compiler{filename: filename, globals: globals, src: strings.Split(string(src), "\n")}
	return c.compileModule(mod)
}

type compiler struct {
	filename string
	src      []string
	globals  *runtime.Globals

	code       *Code
	scope      *scope
	qualPrefix string
	line       int32

	constIndex map[any]int
	nameIndex  map[string]int
	localIndex map[string]int
	// cellIndex maps cell and free variable names to their LOAD_DEREF index.
	cellIndex map[string]int
	// scopes maps function, lambda, class and comprehension nodes to
	// their symbol tables.
	scopes map[syntax.Node]*scope

	fblocks    []*fblock
	compScopes []map[string]int
	// stackBase is the statement-level stack depth: loop iterators and
	// saved exceptions held by enclosing blocks.
	stackBase int
	handlers  []pendingHandler
	tmpCount  int
}

// label is a jump target; refs are instructions to patch when it is bound.
type label struct {
	pos  int
	refs []int
}

type pendingHandler struct {
	start, end int
	target     *label
	depth      int
	nesting    int
}

type fblockKind uint8

const (
	blockWhile fblockKind = iota
	blockFor
	blockTryExcept // the body of a try with except clauses
	blockFinallyTry
	blockHandler    // an except body: the previous handled exception is on the stack
	blockFinallyEnd // the exception path of a finally body: prev and exc are on the stack
	blockWith       // a with body: the bound __exit__ is on the stack (compile_with.go)
)

type fblock struct {
	kind fblockKind
	// loop blocks: where continue and break go.
	top, exit *label
	// exception blocks: the handler and the open range of covered code.
	handler  *label
	depth    int
	segStart int
	open     bool
	// blockFinallyTry: the finally body, inlined on early exits.
	finalbody []syntax.Stmt
	// blockHandler: the "as" name to clear when leaving.
	name string
	// blockWith: the with statement's line, where __exit__ is called.
	line int32
}

func (c *compiler) errorAt(pos syntax.Pos, kind, msg string) *syntax.Error {
	e := &syntax.Error{Kind: kind, Msg: msg, Filename: c.filename, Pos: pos}
	if pos.Line >= 1 && int(pos.Line) <= len(c.src) {
		e.Text = strings.TrimRight(c.src[pos.Line-1], "\r")
	}
	return e
}

// compileError is thrown (panicked) inside the compiler and recovered at
// the top, which keeps the recursive code generator free of error plumbing.
type compileError struct{ err *syntax.Error }

func (c *compiler) fail(pos syntax.Pos, kind, msg string) {
	panic(compileError{c.errorAt(pos, kind, msg)})
}

func (c *compiler) compileModule(mod *syntax.Module) (code *Code, err error) {
	defer func() {
		if r := recover(); r != nil {
			ce, ok := r.(compileError)
			if !ok {
				// A compiler bug: report it, never crash.
				ce = compileError{c.errorAt(syntax.Pos{Line: c.line}, "SystemError", fmt.Sprintf("internal compiler error: %v", r))}
			}
			code, err = nil, ce.err
		}
	}()
	s, scopes, aerr := c.buildSymtable(mod)
	if aerr != nil {
		return nil, aerr
	}
	c.scopes = scopes
	c.begin("<module>", "<module>", 1, s)
	c.stmts(mod.Body)
	c.loadConst(runtime.None)
	c.emit(RETURN_VALUE, 0)
	return c.finish(), nil
}

// begin starts a new code object, saving nothing: callers save and restore
// the compiler state around nested functions (see funcDef).
func (c *compiler) begin(name, qualname string, line int, s *scope) {
	c.code = &Code{Name: name, QualName: qualname, Filename: c.filename, FirstLine: line, Globals: c.globals}
	c.scope = s
	c.constIndex = map[any]int{}
	c.nameIndex = map[string]int{}
	c.localIndex = map[string]int{}
	c.cellIndex = map[string]int{}
	if s.kind != moduleScope {
		c.code.CellVars = s.cellvars()
		c.code.FreeVars = s.freevars
		for i, n := range c.code.CellVars {
			c.cellIndex[n] = i
			arg := -1
			for j, p := range s.params {
				if p == n {
					arg = j
				}
			}
			c.code.Cell2Arg = append(c.code.Cell2Arg, arg)
		}
		for i, n := range c.code.FreeVars {
			c.cellIndex[n] = len(c.code.CellVars) + i
		}
	}
	c.code.Doc = runtime.None
	c.fblocks = nil
	c.compScopes = nil
	c.stackBase = 0
	c.handlers = nil
	c.line = int32(line)
}

func (c *compiler) finish() *Code {
	code := c.code
	sort.SliceStable(c.handlers, func(i, j int) bool { return c.handlers[i].nesting > c.handlers[j].nesting })
	for _, h := range c.handlers {
		if h.end > h.start {
			code.Handlers = append(code.Handlers, Handler{Start: int32(h.start), End: int32(h.end), Target: int32(h.target.pos), Depth: int32(h.depth)})
		}
	}
	code.StackSize = computeStackSize(code)
	code.loopCount = make([]int32, len(code.Instrs))
	for _, ins := range code.Instrs {
		if op := ins.Op(); op == LOAD_ATTR || op == STORE_ATTR || op == LOAD_METHOD {
			code.attrCache = make([]runtime.AttrCache, len(code.Instrs))
			break
		}
	}
	code.builtinFor = make([]runtime.Value, len(c.globals.Names))
	for i, name := range c.globals.Names {
		code.builtinFor[i] = runtime.Builtins[name]
	}
	return code
}

// computeStackSize finds the maximum stack depth by following every edge,
// as CPython's stackdepth() does. It panics on inconsistent depths, which
// would be a compiler bug.
func computeStackSize(code *Code) int {
	n := len(code.Instrs)
	depth := make([]int, n+1)
	for i := range depth {
		depth[i] = -1
	}
	var work []int
	push := func(pc, d int) {
		if pc > n {
			return
		}
		if depth[pc] < 0 {
			depth[pc] = d
			work = append(work, pc)
		} else if depth[pc] != d {
			panic(fmt.Sprintf("interp: inconsistent stack depth in %s (%s) at %d", code.Name, code.Filename, pc))
		}
	}
	push(0, 0)
	for _, h := range code.Handlers {
		push(int(h.Target), int(h.Depth)+1)
	}
	max := 0
	for len(work) > 0 {
		pc := work[len(work)-1]
		work = work[:len(work)-1]
		d := depth[pc]
		for {
			ins := code.Instrs[pc]
			op, arg := ins.Op(), ins.Arg()
			if isJump(op) {
				push(arg, d+stackEffect(op, arg, true))
			}
			after := d + stackEffect(op, arg, false)
			if d > max {
				max = d
			}
			if after > max {
				max = after
			}
			if op == JUMP_FORWARD || op == JUMP_BACKWARD || op == RETURN_VALUE || op == RAISE_VARARGS || op == RERAISE {
				break
			}
			pc++
			if pc >= n {
				break
			}
			if depth[pc] >= 0 {
				if depth[pc] != after {
					panic(fmt.Sprintf("interp: inconsistent stack depth in %s (%s) at %d", code.Name, code.Filename, pc))
				}
				break
			}
			depth[pc] = after
			d = after
		}
	}
	return max + 1
}

// ---------------------------------------------------------------------------
// Emission

func (c *compiler) emit(op Op, arg int) int {
	if arg < 0 || arg > maxArg {
		c.fail(syntax.Pos{Line: c.line}, "SyntaxError", "too many constants, names or instructions")
	}
	c.code.Instrs = append(c.code.Instrs, mkInstr(op, arg))
	c.code.Lines = append(c.code.Lines, c.line)
	return len(c.code.Instrs) - 1
}

func (c *compiler) pc() int { return len(c.code.Instrs) }

func (c *compiler) newLabel() *label { return &label{pos: -1} }

func (c *compiler) bind(l *label) {
	l.pos = c.pc()
	for _, ref := range l.refs {
		ins := c.code.Instrs[ref]
		c.code.Instrs[ref] = mkInstr(ins.Op(), l.pos)
	}
	l.refs = nil
}

// jump emits a jump to l. An unconditional jump to an already bound
// label is a loop back-edge and becomes JUMP_BACKWARD; conditional jumps are
// always forward (the compiler arranges that), so every loop is visible.
func (c *compiler) jump(op Op, l *label) {
	if l.pos >= 0 {
		if op != JUMP_FORWARD {
			panic("interp: conditional backward jump")
		}
		c.emit(JUMP_BACKWARD, l.pos)
		return
	}
	l.refs = append(l.refs, c.emit(op, 0))
}

func (c *compiler) constKey(v runtime.Value) any {
	switch {
	case v.IsInt():
		return [2]any{"i", v.AsInt()}
	case v.IsFloat():
		return [2]any{"f", math.Float64bits(v.AsFloat())}
	case v.IsBool():
		return [2]any{"b", v.AsBool()}
	case v.IsNone():
		return "None"
	}
	if s, ok := runtime.AsStr(v); ok {
		return [2]any{"s", s}
	}
	if b, ok := v.Object().(*runtime.Bytes); ok {
		return [2]any{"y", string(b.Bytes())}
	}
	return v.Object() // big ints, tuples, code: by identity
}

func (c *compiler) addConst(v runtime.Value) int {
	k := c.constKey(v)
	if i, ok := c.constIndex[k]; ok {
		return i
	}
	i := len(c.code.Consts)
	c.code.Consts = append(c.code.Consts, v)
	c.constIndex[k] = i
	return i
}

func (c *compiler) loadConst(v runtime.Value) { c.emit(LOAD_CONST, c.addConst(v)) }

func (c *compiler) addName(name string) int {
	if i, ok := c.nameIndex[name]; ok {
		return i
	}
	i := len(c.code.Names)
	c.code.Names = append(c.code.Names, name)
	c.nameIndex[name] = i
	return i
}

func (c *compiler) addLocal(name string) int {
	if i, ok := c.localIndex[name]; ok {
		return i
	}
	i := len(c.code.VarNames)
	c.code.VarNames = append(c.code.VarNames, name)
	c.localIndex[name] = i
	return i
}

func (c *compiler) setLine(n syntax.Node) int32 {
	old := c.line
	if l := n.Position().Line; l > 0 {
		c.line = l
	}
	return old
}

// ---------------------------------------------------------------------------
// Names

type nameCtx uint8

const (
	ctxLoad nameCtx = iota
	ctxStore
	ctxDel
)

func (c *compiler) name(id string, ctx nameCtx) {
	for i := len(c.compScopes) - 1; i >= 0; i-- {
		if slot, ok := c.compScopes[i][id]; ok {
			c.emit([...]Op{LOAD_FAST, STORE_FAST, DELETE_FAST}[ctx], slot)
			return
		}
	}
	s := c.scope
	global := func() { c.emit([...]Op{LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL}[ctx], c.globals.Slot(id)) }
	deref := func(load Op) { c.emit([...]Op{load, STORE_DEREF, DELETE_DEREF}[ctx], c.derefIndex(id)) }
	switch s.kind {
	case moduleScope:
		global()
	case classScope:
		switch s.kindOf(id) {
		case nameGlobalExplicit:
			global()
		case nameFree:
			deref(LOAD_CLASSDEREF)
		default:
			c.emit([...]Op{LOAD_NAME, STORE_NAME, DELETE_NAME}[ctx], c.addName(id))
		}
	default:
		switch s.kindOf(id) {
		case nameLocal:
			c.emit([...]Op{LOAD_FAST, STORE_FAST, DELETE_FAST}[ctx], c.addLocal(id))
		case nameCell, nameFree:
			deref(LOAD_DEREF)
		default:
			global()
		}
	}
}

// derefIndex is the LOAD_DEREF index of a cell or free variable.
func (c *compiler) derefIndex(id string) int {
	i, ok := c.cellIndex[id]
	if !ok {
		c.fail(syntax.Pos{Line: c.line}, "SystemError", "compiler: no cell for '"+id+"' in "+c.code.QualName)
	}
	return i
}

// ---------------------------------------------------------------------------
// Statements

func (c *compiler) stmts(body []syntax.Stmt) {
	for _, s := range body {
		c.stmt(s)
	}
}

func (c *compiler) stmt(st syntax.Stmt) {
	old := c.setLine(st)
	defer func() { c.line = old }()
	switch n := st.(type) {
	case *syntax.ExprStmt:
		c.expr(n.X)
		c.emit(POP_TOP, 0)
	case *syntax.Assign:
		c.assign(n)
	case *syntax.AugAssign:
		c.augAssign(n)
	case *syntax.AnnAssign:
		if n.Value != nil {
			c.expr(n.Value)
			c.store(n.Target)
		}
	case *syntax.If:
		c.ifStmt(n)
	case *syntax.While:
		c.whileStmt(n)
	case *syntax.For:
		c.forStmt(n)
	case *syntax.Break:
		c.breakStmt(n)
	case *syntax.Continue:
		c.continueStmt(n)
	case *syntax.Pass:
	case *syntax.Return:
		c.returnStmt(n)
	case *syntax.FunctionDef:
		c.funcDef(n)
	case *syntax.ClassDef:
		c.classDef(n)
	case *syntax.Global, *syntax.Nonlocal:
	case *syntax.Delete:
		for _, t := range n.Targets {
			c.del(t)
		}
	case *syntax.Assert:
		end := c.newLabel()
		c.expr(n.Test)
		c.jump(POP_JUMP_IF_TRUE, end)
		c.emit(LOAD_ASSERTION_ERROR, 0)
		if n.Msg != nil {
			c.expr(n.Msg)
			c.emit(CALL, 1)
		}
		c.emit(RAISE_VARARGS, 1)
		c.bind(end)
	case *syntax.Raise:
		nargs := 0
		if n.Exc != nil {
			c.expr(n.Exc)
			nargs++
			if n.Cause != nil {
				c.expr(n.Cause)
				nargs++
			}
		}
		c.emit(RAISE_VARARGS, nargs)
	case *syntax.Try:
		c.tryStmt(n)
	case *syntax.With:
		c.withStmt(n, 0)
	case *syntax.Import:
		// IMPORT_NAME pushes the named module; "import a.b" binds the
		// top-level package, looked up again as CPython's __import__ does.
		for _, al := range n.Names {
			c.emit(IMPORT_NAME, c.addName(al.Name))
			bound := importBinding(al)
			if al.AsName == "" && bound != al.Name {
				c.emit(POP_TOP, 0)
				c.emit(IMPORT_NAME, c.addName(bound))
			}
			c.name(bound, ctxStore)
		}
	case *syntax.ImportFrom:
		// One leading dot per level makes the name relative (import.go).
		c.emit(IMPORT_NAME, c.addName(strings.Repeat(".", n.Level)+n.Module))
		for _, al := range n.Names {
			if al.Name == "*" {
				c.emit(IMPORT_STAR, 0)
				return
			}
			c.emit(IMPORT_FROM, c.addName(al.Name))
			if al.AsName != "" {
				c.name(al.AsName, ctxStore)
			} else {
				c.name(al.Name, ctxStore)
			}
		}
		c.emit(POP_TOP, 0)
	default:
		c.fail(st.Position(), "NotImplementedError", "this statement is not supported yet")
	}
}

func (c *compiler) assign(n *syntax.Assign) {
	// a, b = x, y without building a tuple (the common swap and
	// Fibonacci idioms), as CPython does for up to three elements.
	if len(n.Targets) == 1 {
		if tt, ok := n.Targets[0].(*syntax.Tuple); ok {
			if vt, ok := n.Value.(*syntax.Tuple); ok && len(tt.Elts) == len(vt.Elts) && len(vt.Elts) <= 3 && len(vt.Elts) >= 2 && !hasStarred(tt.Elts) && !hasStarred(vt.Elts) {
				for _, e := range vt.Elts {
					c.expr(e)
				}
				c.emit(SWAP, len(vt.Elts))
				for _, t := range tt.Elts {
					c.store(t)
				}
				return
			}
		}
	}
	c.expr(n.Value)
	for i, t := range n.Targets {
		if i < len(n.Targets)-1 {
			c.emit(COPY, 1)
		}
		c.store(t)
	}
}

func hasStarred(es []syntax.Expr) bool {
	for _, e := range es {
		if _, ok := e.(*syntax.Starred); ok {
			return true
		}
	}
	return false
}

// store pops TOS into target.
func (c *compiler) store(t syntax.Expr) {
	old := c.setLine(t)
	defer func() { c.line = old }()
	switch n := t.(type) {
	case *syntax.Name:
		c.name(n.Id, ctxStore)
	case *syntax.Attribute:
		c.expr(n.X)
		c.emit(STORE_ATTR, c.addName(n.Name))
	case *syntax.Subscript:
		c.expr(n.X)
		c.expr(n.Index)
		c.emit(STORE_SUBSCR, 0)
	case *syntax.Tuple:
		c.unpack(n.Elts, n.Pos)
	case *syntax.List:
		c.unpack(n.Elts, n.Pos)
	case *syntax.Starred:
		c.fail(n.Pos, "SyntaxError", "starred assignment target must be in a list or tuple")
	default:
		c.fail(t.Position(), "SyntaxError", "cannot assign to "+exprDescription(t))
	}
}

func (c *compiler) unpack(elts []syntax.Expr, pos syntax.Pos) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			if star >= 0 {
				c.fail(e.Position(), "SyntaxError", "multiple starred expressions in assignment")
			}
			star = i
		}
	}
	if star < 0 {
		c.emit(UNPACK_SEQUENCE, len(elts))
	} else {
		c.emit(UNPACK_EX, star|(len(elts)-star-1)<<8)
	}
	for _, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			c.store(s.X)
		} else {
			c.store(e)
		}
	}
}

func exprDescription(e syntax.Expr) string {
	switch n := e.(type) {
	case *syntax.Call:
		return "function call"
	case *syntax.Constant:
		return "literal"
	case *syntax.BinOp, *syntax.UnaryOp:
		return "expression"
	case *syntax.Compare:
		return "comparison"
	case *syntax.BoolOp:
		return "expression"
	case *syntax.IfExp:
		return "conditional expression"
	case *syntax.JoinedStr:
		return "f-string expression"
	case *syntax.Dict:
		return "dict literal"
	case *syntax.ListComp:
		return "list comprehension"
	case *syntax.Lambda:
		return "lambda"
	default:
		_ = n
	}
	return "expression"
}

func (c *compiler) del(t syntax.Expr) {
	switch n := t.(type) {
	case *syntax.Name:
		c.name(n.Id, ctxDel)
	case *syntax.Attribute:
		c.expr(n.X)
		c.emit(DELETE_ATTR, c.addName(n.Name))
	case *syntax.Subscript:
		c.expr(n.X)
		c.expr(n.Index)
		c.emit(DELETE_SUBSCR, 0)
	case *syntax.Tuple:
		for _, e := range n.Elts {
			c.del(e)
		}
	case *syntax.List:
		for _, e := range n.Elts {
			c.del(e)
		}
	default:
		c.fail(t.Position(), "SyntaxError", "cannot delete "+exprDescription(t))
	}
}

func (c *compiler) augAssign(n *syntax.AugAssign) {
	op := binaryOpOf(n.Op) | inplaceFlag
	switch t := n.Target.(type) {
	case *syntax.Name:
		c.name(t.Id, ctxLoad)
		c.expr(n.Value)
		c.emit(BINARY_OP, op)
		c.name(t.Id, ctxStore)
	case *syntax.Attribute:
		c.expr(t.X)
		c.emit(COPY, 1)
		c.emit(LOAD_ATTR, c.addName(t.Name))
		c.expr(n.Value)
		c.emit(BINARY_OP, op)
		c.emit(SWAP, 2)
		c.emit(STORE_ATTR, c.addName(t.Name))
	case *syntax.Subscript:
		c.expr(t.X)
		c.expr(t.Index)
		c.emit(COPY, 2)
		c.emit(COPY, 2)
		c.emit(BINARY_SUBSCR, 0)
		c.expr(n.Value)
		c.emit(BINARY_OP, op)
		c.emit(SWAP, 3)
		c.emit(SWAP, 2)
		c.emit(STORE_SUBSCR, 0)
	default:
		c.fail(n.Target.Position(), "SyntaxError", "'"+exprDescription(n.Target)+"' is an illegal expression for augmented assignment")
	}
}

// inplaceFlag marks the augmented-assignment form of BINARY_OP.
const inplaceFlag = 0x80

var binaryOps = [...]runtime.BinaryOp{
	syntax.Add: runtime.OpAdd, syntax.Sub: runtime.OpSub, syntax.Mult: runtime.OpMul,
	syntax.MatMult: runtime.OpMatMul, syntax.Div: runtime.OpTrueDiv, syntax.Mod: runtime.OpMod,
	syntax.Pow: runtime.OpPow, syntax.LShift: runtime.OpLShift, syntax.RShift: runtime.OpRShift,
	syntax.BitOr: runtime.OpOr, syntax.BitXor: runtime.OpXor, syntax.BitAnd: runtime.OpAnd,
	syntax.FloorDiv: runtime.OpFloorDiv,
}

func binaryOpOf(op syntax.Operator) int { return int(binaryOps[op]) }

func (c *compiler) ifStmt(n *syntax.If) {
	end := c.newLabel()
	c.expr(n.Test)
	if len(n.OrElse) == 0 {
		c.jump(POP_JUMP_IF_FALSE, end)
		c.stmts(n.Body)
		c.bind(end)
		return
	}
	orelse := c.newLabel()
	c.jump(POP_JUMP_IF_FALSE, orelse)
	c.stmts(n.Body)
	c.jump(JUMP_FORWARD, end)
	c.bind(orelse)
	c.stmts(n.OrElse)
	c.bind(end)
}

func isConstTrue(e syntax.Expr) bool {
	k, ok := e.(*syntax.Constant)
	if !ok {
		return false
	}
	switch k.Kind {
	case syntax.ConstTrue:
		return true
	case syntax.ConstInt:
		return k.Int.Sign() != 0
	}
	return false
}

func (c *compiler) whileStmt(n *syntax.While) {
	top, exit, orelse := c.newLabel(), c.newLabel(), c.newLabel()
	c.bind(top)
	if !isConstTrue(n.Test) {
		c.expr(n.Test)
		c.jump(POP_JUMP_IF_FALSE, orelse)
	}
	c.push(&fblock{kind: blockWhile, top: top, exit: exit})
	c.stmts(n.Body)
	c.pop()
	c.jump(JUMP_FORWARD, top)
	c.bind(orelse)
	c.stmts(n.OrElse)
	c.bind(exit)
}

func (c *compiler) forStmt(n *syntax.For) {
	top, exit, orelse := c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(n.Iter)
	// A generator made by the for statement's own call is referenced only
	// by the loop; CPython closes it (running its finally blocks) when a
	// break or return drops it.
	temp := 0
	switch n.Iter.(type) {
	case *syntax.Call, *syntax.GeneratorExp:
		temp = 1
	}
	c.emit(GET_ITER, temp)
	c.bind(top)
	c.jump(FOR_ITER, orelse)
	c.stackBase++
	c.store(n.Target)
	c.push(&fblock{kind: blockFor, top: top, exit: exit})
	c.stmts(n.Body)
	c.pop()
	c.jump(JUMP_FORWARD, top)
	c.stackBase--
	c.bind(orelse)
	c.stmts(n.OrElse)
	c.bind(exit)
}

func (c *compiler) push(b *fblock) {
	c.fblocks = append(c.fblocks, b)
	if b.handler != nil {
		b.segStart, b.open = c.pc(), true
	}
}

func (c *compiler) pop() {
	b := c.fblocks[len(c.fblocks)-1]
	c.closeSeg(b, len(c.fblocks)-1)
	c.fblocks = c.fblocks[:len(c.fblocks)-1]
}

// closeSeg ends the code range covered by an exception block.
func (c *compiler) closeSeg(b *fblock, nesting int) {
	if b.handler != nil && b.open {
		c.handlers = append(c.handlers, pendingHandler{start: b.segStart, end: c.pc(), target: b.handler, depth: b.depth, nesting: nesting})
		b.open = false
	}
}

func (c *compiler) reopenSeg(b *fblock) {
	if b.handler != nil {
		b.segStart, b.open = c.pc(), true
	}
}

// unwind emits the code that leaves fblocks[i:] (innermost last), e.g. for
// a return or break. preserveTOS keeps a return value on top of the stack.
// Blocks stay on the stack (the caller may continue compiling inside them),
// so their covered ranges are closed here and reopened by rewind.
func (c *compiler) unwind(to int, preserveTOS bool) {
	for i := len(c.fblocks) - 1; i >= to; i-- {
		b := c.fblocks[i]
		c.closeSeg(b, i)
		switch b.kind {
		case blockFor:
			if preserveTOS {
				c.emit(SWAP, 2)
			}
			c.emit(POP_ITER, 0)
		case blockHandler:
			if preserveTOS {
				c.emit(SWAP, 2)
			}
			c.emit(POP_EXCEPT, 0)
			if b.name != "" {
				c.loadConst(runtime.None)
				c.name(b.name, ctxStore)
				c.name(b.name, ctxDel)
			}
		case blockFinallyEnd:
			// [prev exc] (+ a return value): drop exc, restore prev.
			if preserveTOS {
				c.emit(SWAP, 2)
				c.emit(POP_TOP, 0)
				c.emit(SWAP, 2)
			} else {
				c.emit(POP_TOP, 0)
			}
			c.emit(POP_EXCEPT, 0)
		case blockWith:
			c.unwindWith(b, preserveTOS)
		case blockFinallyTry:
			// The finally body runs outside this block (and outside the
			// blocks inside it, already closed above).
			saved := c.fblocks
			savedBase := c.stackBase
			c.fblocks = c.fblocks[:i]
			c.stackBase = c.depthAt(i)
			if preserveTOS {
				c.stackBase++
			}
			c.stmts(b.finalbody)
			c.fblocks = saved
			c.stackBase = savedBase
		}
	}
}

// depthAt is the statement-level stack depth just outside fblocks[i].
func (c *compiler) depthAt(i int) int {
	d := 0
	for _, b := range c.fblocks[:i] {
		switch b.kind {
		case blockFor, blockHandler, blockWith:
			d++
		case blockFinallyEnd:
			d += 2
		}
	}
	return d
}

// rewind reopens the ranges unwind closed, for code that follows an early
// exit inside the same blocks (e.g. statements after a break in an if).
func (c *compiler) rewind(to int) {
	for i := to; i < len(c.fblocks); i++ {
		c.reopenSeg(c.fblocks[i])
	}
}

func (c *compiler) innermostLoop() int {
	for i := len(c.fblocks) - 1; i >= 0; i-- {
		if k := c.fblocks[i].kind; k == blockWhile || k == blockFor {
			return i
		}
	}
	return -1
}

func (c *compiler) breakStmt(n *syntax.Break) {
	i := c.innermostLoop()
	if i < 0 {
		c.fail(n.Pos, "SyntaxError", "'break' outside loop")
	}
	loop := c.fblocks[i]
	c.unwind(i+1, false)
	if loop.kind == blockFor {
		c.emit(POP_ITER, 0)
	}
	c.jump(JUMP_FORWARD, loop.exit)
	c.rewind(i + 1)
}

func (c *compiler) continueStmt(n *syntax.Continue) {
	i := c.innermostLoop()
	if i < 0 {
		c.fail(n.Pos, "SyntaxError", "'continue' not properly in loop")
	}
	c.unwind(i+1, false)
	c.jump(JUMP_FORWARD, c.fblocks[i].top)
	c.rewind(i + 1)
}

func (c *compiler) returnStmt(n *syntax.Return) {
	if !c.scope.isFunction() {
		c.fail(n.Pos, "SyntaxError", "'return' outside function")
	}
	if n.Value != nil {
		c.expr(n.Value)
	} else {
		c.loadConst(runtime.None)
	}
	c.unwind(0, true)
	c.emit(RETURN_VALUE, 0)
	c.rewind(0)
}

// tryStmt compiles try/except/else/finally. A try with both except
// clauses and finally is a try/finally around a try/except.
func (c *compiler) tryStmt(n *syntax.Try) {
	if len(n.Finalbody) > 0 {
		c.tryFinally(n)
		return
	}
	c.tryExcept(n.Body, n.Handlers, n.OrElse)
}

func (c *compiler) tryFinally(n *syntax.Try) {
	handler, end := c.newLabel(), c.newLabel()
	b := &fblock{kind: blockFinallyTry, handler: handler, depth: c.stackBase, finalbody: n.Finalbody}
	c.push(b)
	if len(n.Handlers) > 0 {
		c.tryExcept(n.Body, n.Handlers, n.OrElse)
	} else {
		c.stmts(n.Body)
	}
	c.pop()
	// Normal path.
	c.stmts(n.Finalbody)
	c.jump(JUMP_FORWARD, end)
	// Exception path: [exc] -> [prev exc], run the body, re-raise.
	c.bind(handler)
	cleanup := c.newLabel()
	c.emit(PUSH_EXC_INFO, 0)
	fe := &fblock{kind: blockFinallyEnd, handler: cleanup, depth: c.stackBase + 1}
	c.stackBase += 2
	c.push(fe)
	c.stmts(n.Finalbody)
	c.emit(RERAISE, 0)
	c.pop()
	c.stackBase -= 2
	c.emitCleanup(cleanup, "")
	c.bind(end)
}

// emitCleanup emits the handler that restores the previously handled
// exception when an exception escapes an except or finally body:
// [prev exc] -> re-raise exc with prev restored.
func (c *compiler) emitCleanup(cleanup *label, name string) {
	c.bind(cleanup)
	c.emit(SWAP, 2)
	c.emit(POP_EXCEPT, 0)
	if name != "" {
		c.loadConst(runtime.None)
		c.name(name, ctxStore)
		c.name(name, ctxDel)
	}
	c.emit(RERAISE, 0)
}

func (c *compiler) tryExcept(body []syntax.Stmt, handlers []syntax.ExceptHandler, orelse []syntax.Stmt) {
	handler, end := c.newLabel(), c.newLabel()
	c.push(&fblock{kind: blockTryExcept, handler: handler, depth: c.stackBase})
	c.stmts(body)
	c.pop()
	c.stmts(orelse)
	c.jump(JUMP_FORWARD, end)

	// [exc] -> [prev exc]
	c.bind(handler)
	c.emit(PUSH_EXC_INFO, 0)
	c.stackBase++
	cleanup := c.newLabel()
	// The whole handler region is covered by the cleanup handler, so an
	// exception in a clause body (or a non-matching exception) restores
	// the previously handled exception before propagating.
	region := &fblock{kind: blockTryExcept, handler: cleanup, depth: c.stackBase}
	c.push(region)
	for i, h := range handlers {
		old := c.setLine(&h)
		next := c.newLabel()
		if h.Type == nil {
			if i != len(handlers)-1 {
				c.fail(h.Pos, "SyntaxError", "default 'except:' must be last")
			}
		} else {
			c.expr(h.Type)
			c.emit(CHECK_EXC_MATCH, 0)
			c.jump(POP_JUMP_IF_FALSE, next)
		}
		if h.Name != "" {
			c.name(h.Name, ctxStore)
		} else {
			c.emit(POP_TOP, 0)
		}
		// In the body: [prev]; leaving it restores prev and clears the name.
		hb := &fblock{kind: blockHandler, name: h.Name}
		c.fblocks = append(c.fblocks, hb)
		c.stmts(h.Body)
		c.fblocks = c.fblocks[:len(c.fblocks)-1]
		c.closeSeg(region, len(c.fblocks)-1)
		c.emit(POP_EXCEPT, 0)
		if h.Name != "" {
			c.loadConst(runtime.None)
			c.name(h.Name, ctxStore)
			c.name(h.Name, ctxDel)
		}
		c.stackBase--
		c.jump(JUMP_FORWARD, end)
		c.stackBase++
		c.reopenSeg(region)
		c.bind(next)
		c.line = old
	}
	// No clause matched: [prev exc] -> re-raise through the cleanup handler.
	c.emit(RERAISE, 0)
	c.pop()
	c.stackBase--
	c.emitCleanup(cleanup, "")
	c.bind(end)
}

func (c *compiler) funcDef(n *syntax.FunctionDef) {
	for _, d := range n.Decorators {
		c.expr(d)
	}
	flags := c.funcDefaults(n.Args)
	firstLine := int(n.Pos.Line)
	if len(n.Decorators) > 0 {
		firstLine = int(n.Decorators[0].Position().Line)
	}
	code := c.compileFunction(c.scopes[n], n.Name, n.Args, n.Pos, firstLine, func() {
		if doc, ok := docstring(n.Body); ok {
			c.code.Doc = runtime.NewStr(doc)
		}
		c.stmts(n.Body)
		c.loadConst(runtime.None)
		c.emit(RETURN_VALUE, 0)
	})
	c.makeFunction(code, flags)
	for range n.Decorators {
		c.emit(CALL, 1)
	}
	c.name(n.Name, ctxStore)
}

// docstring returns the string constant a body starts with.
func docstring(body []syntax.Stmt) (string, bool) {
	if len(body) == 0 {
		return "", false
	}
	if e, ok := body[0].(*syntax.ExprStmt); ok {
		if k, ok := e.X.(*syntax.Constant); ok && k.Kind == syntax.ConstStr {
			return k.Str, true
		}
	}
	return "", false
}

// funcDefaults evaluates a signature's defaults and returns the
// MAKE_FUNCTION flags for them.
func (c *compiler) funcDefaults(args *syntax.Arguments) int {
	flags := 0
	if len(args.Defaults) > 0 {
		for _, d := range args.Defaults {
			c.expr(d)
		}
		c.emit(BUILD_TUPLE, len(args.Defaults))
		flags |= 1
	}
	nkw := 0
	for i, d := range args.KwDefaults {
		if d != nil {
			c.loadConst(runtime.NewStr(args.KwOnly[i].Name))
			c.expr(d)
			nkw++
		}
	}
	if nkw > 0 {
		c.emit(BUILD_MAP, nkw)
		flags |= 2
	}
	return flags
}

// makeFunction emits the closure (if code has free variables) and
// MAKE_FUNCTION; defaults are already on the stack as flags says.
func (c *compiler) makeFunction(code *Code, flags int) {
	if len(code.FreeVars) > 0 {
		for _, name := range code.FreeVars {
			c.emit(LOAD_CLOSURE, c.derefIndex(name))
		}
		c.emit(BUILD_TUPLE, len(code.FreeVars))
		flags |= 8
	}
	c.loadConst(runtime.FromObject(code))
	c.emit(MAKE_FUNCTION, flags)
}

// qualName is the __qualname__ of a function or class named name
// defined in the current code.
func (c *compiler) qualName(name string) string {
	switch c.scope.kind {
	case moduleScope:
		return name
	case classScope:
		return c.code.QualName + "." + name
	}
	return c.code.QualName + ".<locals>." + name
}

// compileFunction compiles a nested function body (body emits the code,
// including the final return) into its own Code.
func (c *compiler) compileFunction(s *scope, name string, args *syntax.Arguments, pos syntax.Pos, firstLine int, body func()) *Code {
	var params []string
	if args != nil {
		params = paramNames(args)
	} else {
		params = s.params
	}
	seen := map[string]bool{}
	for _, p := range params {
		if seen[p] {
			c.fail(pos, "SyntaxError", "duplicate argument '"+p+"' in function definition")
		}
		seen[p] = true
	}
	qual := c.qualName(name)
	saved := *c
	c.begin(name, qual, firstLine, s)
	c.line = pos.Line
	for _, p := range params {
		c.addLocal(p)
	}
	for _, l := range s.order {
		if s.kindOf(l) == nameLocal {
			c.addLocal(l)
		}
	}
	code := c.code
	if args != nil {
		code.ArgCount = len(args.PosOnly) + len(args.Args)
		code.PosOnlyCount = len(args.PosOnly)
		code.KwOnlyCount = len(args.KwOnly)
		code.VarArgs = args.Vararg != nil
		code.VarKwargs = args.Kwarg != nil
	} else {
		code.ArgCount = len(params)
	}
	code.Generator = s.generator
	body()
	c.finish()
	*c = saved
	return code
}

// classDef compiles a class statement: __build_class__(body, name, *bases, **kw).
func (c *compiler) classDef(n *syntax.ClassDef) {
	for _, d := range n.Decorators {
		c.expr(d)
	}
	s := c.scopes[n]
	c.emit(LOAD_BUILD_CLASS, 0)
	firstLine := int(n.Pos.Line)
	if len(n.Decorators) > 0 {
		firstLine = int(n.Decorators[0].Position().Line)
	}
	code := c.compileFunction(s, n.Name, nil, n.Pos, firstLine, func() {
		if doc, ok := docstring(n.Body); ok {
			c.loadConst(runtime.NewStr(doc))
			c.emit(STORE_NAME, c.addName("__doc__"))
		}
		c.stmts(n.Body)
		if s.classCell {
			c.emit(LOAD_CLOSURE, c.derefIndex("__class__"))
		} else {
			c.loadConst(runtime.None)
		}
		c.emit(RETURN_VALUE, 0)
	})
	c.makeFunction(code, 0)
	c.loadConst(runtime.NewStr(n.Name))
	old := c.line
	for _, b := range n.Bases {
		if st, ok := b.(*syntax.Starred); ok {
			c.fail(st.Pos, "NotImplementedError", "starred base classes are not supported yet")
		}
		c.expr(b)
	}
	c.line = old
	if len(n.Keywords) == 0 {
		c.emit(CALL, 2+len(n.Bases))
	} else {
		names := make([]runtime.Value, len(n.Keywords))
		for i, k := range n.Keywords {
			if k.Name == "" {
				c.fail(k.Pos, "NotImplementedError", "** in a class statement is not supported yet")
			}
			c.expr(k.Value)
			names[i] = runtime.NewStr(k.Name)
		}
		c.loadConst(runtime.TupleValue(names...))
		c.emit(CALL_KW, 2+len(n.Bases)+len(n.Keywords))
	}
	for range n.Decorators {
		c.emit(CALL, 1)
	}
	c.name(n.Name, ctxStore)
}

// lambda compiles a lambda expression to a function object.
func (c *compiler) lambda(n *syntax.Lambda) {
	flags := c.funcDefaults(n.Args)
	code := c.compileFunction(c.scopes[n], "<lambda>", n.Args, n.Pos, int(n.Pos.Line), func() {
		c.expr(n.Body)
		c.emit(RETURN_VALUE, 0)
	})
	c.makeFunction(code, flags)
}

// ---------------------------------------------------------------------------
// Expressions

func (c *compiler) exprs(es []syntax.Expr) {
	for _, e := range es {
		c.expr(e)
	}
}

func (c *compiler) expr(e syntax.Expr) {
	old := c.setLine(e)
	defer func() { c.line = old }()
	switch n := e.(type) {
	case *syntax.Name:
		c.name(n.Id, ctxLoad)
	case *syntax.Constant:
		c.loadConst(c.constant(n))
	case *syntax.JoinedStr:
		c.joinedStr(n)
	case *syntax.FormattedValue:
		c.formattedValue(n)
	case *syntax.BinOp:
		c.expr(n.X)
		c.expr(n.Y)
		c.emit(BINARY_OP, binaryOpOf(n.Op))
	case *syntax.UnaryOp:
		c.expr(n.X)
		c.emit([...]Op{syntax.Invert: UNARY_INVERT, syntax.Not: UNARY_NOT, syntax.UAdd: UNARY_POSITIVE, syntax.USub: UNARY_NEGATIVE}[n.Op], 0)
	case *syntax.BoolOp:
		end := c.newLabel()
		op := JUMP_IF_FALSE_OR_POP
		if n.Op == syntax.Or {
			op = JUMP_IF_TRUE_OR_POP
		}
		for i, v := range n.Values {
			c.expr(v)
			if i < len(n.Values)-1 {
				c.jump(op, end)
			}
		}
		c.bind(end)
	case *syntax.Compare:
		c.compare(n)
	case *syntax.IfExp:
		orelse, end := c.newLabel(), c.newLabel()
		c.expr(n.Test)
		c.jump(POP_JUMP_IF_FALSE, orelse)
		c.expr(n.Body)
		c.jump(JUMP_FORWARD, end)
		c.bind(orelse)
		c.expr(n.OrElse)
		c.bind(end)
	case *syntax.Call:
		c.call(n)
	case *syntax.Attribute:
		c.expr(n.X)
		c.emit(LOAD_ATTR, c.addName(n.Name))
	case *syntax.Subscript:
		c.expr(n.X)
		c.expr(n.Index)
		c.emit(BINARY_SUBSCR, 0)
	case *syntax.Slice:
		for _, part := range []syntax.Expr{n.Lower, n.Upper} {
			if part == nil {
				c.loadConst(runtime.None)
			} else {
				c.expr(part)
			}
		}
		if n.Step != nil {
			c.expr(n.Step)
			c.emit(BUILD_SLICE, 3)
		} else {
			c.emit(BUILD_SLICE, 2)
		}
	case *syntax.List:
		c.sequence(n.Elts, false)
	case *syntax.Tuple:
		if k, ok := c.constTuple(n.Elts); ok {
			c.loadConst(k)
			return
		}
		c.sequence(n.Elts, true)
	case *syntax.Dict:
		c.dict(n)
	case *syntax.ListComp:
		c.comp(n, n.Generators, func() { c.emit(BUILD_LIST, 0) }, func(depth int) {
			c.expr(n.Elt)
			c.emit(LIST_APPEND, depth)
		})
	case *syntax.DictComp:
		c.comp(n, n.Generators, func() { c.emit(BUILD_MAP, 0) }, func(depth int) {
			c.expr(n.Key)
			c.expr(n.Value)
			c.emit(MAP_ADD, depth)
		})
	case *syntax.NamedExpr:
		c.expr(n.Value)
		c.emit(COPY, 1)
		c.name(n.Target.Id, ctxStore)
	case *syntax.Starred:
		c.fail(n.Pos, "SyntaxError", "can't use starred expression here")
	case *syntax.Lambda:
		c.lambda(n)
	case *syntax.Set:
		c.setDisplay(n.Elts)
	case *syntax.SetComp:
		c.comp(n, n.Generators, func() { c.emit(BUILD_SET, 0) }, func(depth int) {
			c.expr(n.Elt)
			c.emit(SET_ADD, depth)
		})
	case *syntax.GeneratorExp:
		c.comp(n, n.Generators, nil, func(int) {
			c.expr(n.Elt)
			c.emit(YIELD_VALUE, 0)
			c.emit(POP_TOP, 0)
		})
	case *syntax.Yield:
		if !c.scope.isFunction() {
			c.fail(n.Pos, "SyntaxError", "'yield' outside function")
		}
		if n.Value != nil {
			c.expr(n.Value)
		} else {
			c.loadConst(runtime.None)
		}
		c.emit(YIELD_VALUE, 0)
	case *syntax.YieldFrom:
		if !c.scope.isFunction() {
			c.fail(n.Pos, "SyntaxError", "'yield' outside function")
		}
		c.expr(n.Value)
		c.emit(GET_YIELD_FROM_ITER, 0)
		c.loadConst(runtime.None)
		c.emit(YIELD_FROM, 0)
	default:
		c.fail(e.Position(), "NotImplementedError", "this expression is not supported yet")
	}
}

func (c *compiler) constant(n *syntax.Constant) runtime.Value {
	switch n.Kind {
	case syntax.ConstNone:
		return runtime.None
	case syntax.ConstTrue:
		return runtime.True
	case syntax.ConstFalse:
		return runtime.False
	case syntax.ConstEllipsis:
		return runtime.Ellipsis
	case syntax.ConstInt:
		return runtime.MakeInt(n.Int)
	case syntax.ConstFloat:
		return runtime.Float(n.Float)
	case syntax.ConstStr:
		return runtime.NewStr(n.Str)
	case syntax.ConstBytes:
		return runtime.NewBytes([]byte(n.Str))
	}
	c.fail(n.Pos, "SystemError", "compiler: unknown constant kind")
	return runtime.Value{}
}

// constValue returns the value of a constant expression (a literal or a
// tuple of them).
func (c *compiler) constValue(e syntax.Expr) (runtime.Value, bool) {
	switch n := e.(type) {
	case *syntax.Constant:
		return c.constant(n), true
	case *syntax.Tuple:
		return c.constTuple(n.Elts)
	}
	return runtime.Value{}, false
}

// constTuple folds a tuple display of constants into one constant.
func (c *compiler) constTuple(elts []syntax.Expr) (runtime.Value, bool) {
	items := make([]runtime.Value, len(elts))
	for i, e := range elts {
		k, ok := e.(*syntax.Constant)
		if !ok {
			return runtime.Value{}, false
		}
		items[i] = c.constant(k)
	}
	return runtime.TupleValue(items...), true
}

func (c *compiler) sequence(elts []syntax.Expr, tuple bool) {
	if !hasStarred(elts) {
		c.exprs(elts)
		if tuple {
			c.emit(BUILD_TUPLE, len(elts))
		} else {
			c.emit(BUILD_LIST, len(elts))
		}
		return
	}
	c.emit(BUILD_LIST, 0)
	for _, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			c.expr(s.X)
			c.emit(LIST_EXTEND, 1)
		} else {
			c.expr(e)
			c.emit(LIST_APPEND, 1)
		}
	}
	if tuple {
		c.emit(LIST_TO_TUPLE, 0)
	}
}

func (c *compiler) dict(n *syntax.Dict) {
	plain := true
	for _, k := range n.Keys {
		if k == nil {
			plain = false
		}
	}
	if plain {
		for i := range n.Keys {
			c.expr(n.Keys[i])
			c.expr(n.Values[i])
		}
		c.emit(BUILD_MAP, len(n.Keys))
		return
	}
	c.emit(BUILD_MAP, 0)
	for i, k := range n.Keys {
		if k == nil {
			c.expr(n.Values[i])
			c.emit(DICT_UPDATE, 1)
		} else {
			c.expr(k)
			c.expr(n.Values[i])
			c.emit(MAP_ADD, 1)
		}
	}
}

var compareOps = [...]runtime.CompareOp{
	syntax.Eq: runtime.CmpEQ, syntax.NotEq: runtime.CmpNE, syntax.Lt: runtime.CmpLT,
	syntax.LtE: runtime.CmpLE, syntax.Gt: runtime.CmpGT, syntax.GtE: runtime.CmpGE,
}

func (c *compiler) compareOp(op syntax.CmpOp) {
	switch op {
	case syntax.Is:
		c.emit(IS_OP, 0)
	case syntax.IsNot:
		c.emit(IS_OP, 1)
	case syntax.In:
		c.emit(CONTAINS_OP, 0)
	case syntax.NotIn:
		c.emit(CONTAINS_OP, 1)
	default:
		c.emit(COMPARE_OP, int(compareOps[op]))
	}
}

func (c *compiler) compare(n *syntax.Compare) {
	c.expr(n.Left)
	if len(n.Ops) == 1 {
		c.expr(n.Comparators[0])
		c.compareOp(n.Ops[0])
		return
	}
	cleanup, end := c.newLabel(), c.newLabel()
	for i, op := range n.Ops {
		c.expr(n.Comparators[i])
		if i == len(n.Ops)-1 {
			c.compareOp(op)
			break
		}
		c.emit(SWAP, 2)
		c.emit(COPY, 2)
		c.compareOp(op)
		c.jump(JUMP_IF_FALSE_OR_POP, cleanup)
	}
	c.jump(JUMP_FORWARD, end)
	c.bind(cleanup)
	c.emit(SWAP, 2)
	c.emit(POP_TOP, 0)
	c.bind(end)
}

func (c *compiler) call(n *syntax.Call) {
	if c.zeroArgSuper(n) {
		return
	}
	starred := hasStarred(n.Args)
	dstar := false
	for _, k := range n.Keywords {
		if k.Name == "" {
			dstar = true
		}
	}
	if a, ok := n.Func.(*syntax.Attribute); ok && !starred && !dstar && len(n.Keywords) == 0 {
		c.expr(a.X)
		old := c.setLine(n)
		c.emit(LOAD_METHOD, c.addName(a.Name))
		c.line = old
		c.exprs(n.Args)
		c.emit(CALL_METHOD, len(n.Args))
		return
	}
	c.expr(n.Func)
	if starred || dstar {
		if len(n.Args) == 1 && starred {
			// f(*xs): CALL_EX checks xs itself, naming f in the error.
			c.expr(n.Args[0].(*syntax.Starred).X)
		} else {
			c.sequence(n.Args, true)
		}
		if len(n.Keywords) == 0 {
			c.loadConst(runtime.None)
		} else {
			c.callKwargs(n.Keywords)
		}
		c.emit(CALL_EX, 0)
		return
	}
	c.exprs(n.Args)
	if len(n.Keywords) == 0 {
		c.emit(CALL, len(n.Args))
		return
	}
	names := make([]runtime.Value, len(n.Keywords))
	seen := map[string]bool{}
	for i, k := range n.Keywords {
		if seen[k.Name] {
			c.fail(k.Pos, "SyntaxError", "keyword argument repeated: "+k.Name)
		}
		seen[k.Name] = true
		c.expr(k.Value)
		names[i] = runtime.NewStr(k.Name)
	}
	c.loadConst(runtime.TupleValue(names...))
	c.emit(CALL_KW, len(n.Args)+len(n.Keywords))
}

// zeroArgSuper compiles super() in a method as super(__class__, self),
// where __class__ is the implicit cell of the enclosing class and self the
// method's first argument.
func (c *compiler) zeroArgSuper(n *syntax.Call) bool {
	nm, ok := n.Func.(*syntax.Name)
	if !ok || nm.Id != "super" || len(n.Args) != 0 || len(n.Keywords) != 0 {
		return false
	}
	s := c.scope
	if s.kindOf("super") != nameGlobalImplicit {
		return false
	}
	if !s.isFunction() || len(s.params) == 0 {
		// No first argument: super(x) with one argument raises
		// CPython's "super(): no arguments".
		c.name("super", ctxLoad)
		c.loadConst(runtime.None)
		c.emit(CALL, 1)
		return true
	}
	if s.kind != functionScope || s.kindOf("__class__") != nameFree {
		return false
	}
	c.name("super", ctxLoad)
	c.emit(LOAD_DEREF, c.derefIndex("__class__"))
	c.name(s.params[0], ctxLoad)
	c.emit(CALL, 2)
	return true
}

// callKwargs builds the keyword dict of a call with ** arguments, as
// CPython does: runs of name=value become dicts merged with DICT_MERGE,
// which rejects duplicate names.
func (c *compiler) callKwargs(kws []syntax.Keyword) {
	haveDict := false
	run := 0
	flush := func(end int) {
		if run == 0 {
			return
		}
		for _, k := range kws[end-run : end] {
			c.loadConst(runtime.NewStr(k.Name))
			c.expr(k.Value)
		}
		c.emit(BUILD_MAP, run)
		if haveDict {
			c.emit(DICT_MERGE, 1)
		}
		haveDict = true
		run = 0
	}
	for i, k := range kws {
		if k.Name != "" {
			run++
			continue
		}
		flush(i)
		if !haveDict {
			c.emit(BUILD_MAP, 0)
			haveDict = true
		}
		c.expr(k.Value)
		c.emit(DICT_MERGE, 1)
	}
	flush(len(kws))
}

func (c *compiler) joinedStr(n *syntax.JoinedStr) {
	if len(n.Values) == 1 {
		if k, ok := n.Values[0].(*syntax.Constant); ok {
			c.loadConst(c.constant(k))
			return
		}
	}
	for _, v := range n.Values {
		c.expr(v)
	}
	if len(n.Values) != 1 {
		c.emit(BUILD_STRING, len(n.Values))
	}
}

func (c *compiler) formattedValue(n *syntax.FormattedValue) {
	c.expr(n.Value)
	flags := 0
	switch n.Conversion {
	case 's':
		flags = 1
	case 'r':
		flags = 2
	case 'a':
		flags = 3
	}
	if n.Spec != nil {
		c.expr(n.Spec)
		flags |= 4
	}
	c.emit(FORMAT_VALUE, flags)
}

// comp compiles a comprehension. start emits the empty result (nil for a
// generator expression); body emits the innermost element code given the
// depth of the result below the iterators.
func (c *compiler) comp(node syntax.Node, gens []syntax.Comprehension, start func(), body func(depth int)) {
	s := c.scopes[node]
	if s.inlined {
		start()
		begin := c.comprehension(gens, body, false)
		c.code.Inlined = append(c.code.Inlined, InlinedComp{Start: int32(begin), End: int32(c.pc()), Line: node.Position().Line, Name: s.name})
		return
	}
	// A nested function called with the iterator of the first iterable.
	code := c.compileFunction(s, s.name, nil, node.Position(), int(node.Position().Line), func() {
		if start != nil {
			start()
		}
		c.comprehension(gens, body, true)
		if start == nil {
			c.loadConst(runtime.None)
		}
		c.emit(RETURN_VALUE, 0)
	})
	c.makeFunction(code, 0)
	c.expr(gens[0].Iter)
	c.emit(GET_ITER, 0)
	c.emit(CALL, 1)
}

// comprehension compiles the for/if clauses; body emits the innermost
// element code given the depth of the result below the iterators. Inline
// (inFunction false), the first iterable is evaluated in the enclosing
// scope and the iteration variables are hidden locals; in a comprehension
// function the first iterator is the parameter .0.
func (c *compiler) comprehension(gens []syntax.Comprehension, body func(depth int), inFunction bool) (begin int) {
	scope := map[string]int{}
	var loops []struct{ top, exit *label }
	for i, g := range gens {
		switch {
		case i == 0 && inFunction:
			c.emit(LOAD_FAST, c.addLocal(".0"))
		case i == 0:
			c.expr(g.Iter) // evaluated in the enclosing scope
			c.compScopes = append(c.compScopes, scope)
			c.emit(GET_ITER, 0)
			begin = c.pc()
		default:
			c.expr(g.Iter)
			c.emit(GET_ITER, 0)
		}
		top, exit := c.newLabel(), c.newLabel()
		c.bind(top)
		c.jump(FOR_ITER, exit)
		if !inFunction {
			names := map[string]bool{}
			collectTargets(g.Target, names)
			sorted := make([]string, 0, len(names))
			for name := range names {
				sorted = append(sorted, name)
			}
			sort.Strings(sorted)
			for _, name := range sorted {
				c.tmpCount++
				scope[name] = c.addLocal("." + name + "#" + itoa(c.tmpCount))
			}
		}
		c.store(g.Target)
		for _, cond := range g.Ifs {
			skip := c.newLabel()
			c.expr(cond)
			c.jump(POP_JUMP_IF_TRUE, skip)
			c.jump(JUMP_FORWARD, top)
			c.bind(skip)
		}
		loops = append(loops, struct{ top, exit *label }{top, exit})
	}
	body(len(gens) + 1)
	for i := len(loops) - 1; i >= 0; i-- {
		c.jump(JUMP_FORWARD, loops[i].top)
		c.bind(loops[i].exit)
	}
	if !inFunction {
		c.compScopes = c.compScopes[:len(c.compScopes)-1]
	}
	return begin
}

// setDisplay compiles {a, b, *c}. A display of more than two constants
// becomes a frozenset constant merged into a new set, as in CPython, whose
// compiler builds that frozenset twice (the second time from the first
// one's iteration order, when it merges constants): the resulting table
// order is what CPython prints.
func (c *compiler) setDisplay(elts []syntax.Expr) {
	if len(elts) > 2 {
		items := make([]runtime.Value, 0, len(elts))
		for _, e := range elts {
			v, ok := c.constValue(e)
			if !ok {
				break
			}
			items = append(items, v)
		}
		if len(items) == len(elts) {
			first := runtime.NewFrozenSet()
			second := runtime.NewFrozenSet()
			if first.Update(nil, runtime.TupleValue(items...)) == nil && second.Update(nil, runtime.TupleValue(first.Items()...)) == nil {
				c.emit(BUILD_SET, 0)
				c.loadConst(runtime.FromObject(second))
				c.emit(SET_UPDATE, 1)
				return
			}
		}
	}
	if !hasStarred(elts) {
		c.exprs(elts)
		c.emit(BUILD_SET, len(elts))
		return
	}
	c.emit(BUILD_SET, 0)
	for _, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			c.expr(s.X)
			c.emit(SET_UPDATE, 1)
		} else {
			c.expr(e)
			c.emit(SET_ADD, 1)
		}
	}
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b [20]byte
	n := len(b)
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	return string(b[n:])
}
