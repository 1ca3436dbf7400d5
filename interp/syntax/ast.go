// Package syntax turns Python source text into an abstract syntax tree.
//
// It has three parts: the scanner (scan.go) produces tokens, including the
// INDENT/DEDENT/NEWLINE structure of Python's layout rule; the parser
// (parse.go) builds the tree defined here; errors (errors.go) carry the
// position and the CPython-style message.
//
// The tree mirrors CPython's ast module closely (same node names, same field
// meaning) so that the compiler can follow CPython's code generation and a
// reader who knows Python's ast finds no surprises. Positions are 1-based
// lines and 0-based columns in runes, as CPython reports them.
//
// Syntax outside the supported subset (async, match, decorators on classes
// with arguments we do not model, ...) is reported by the parser as a
// NotImplementedError naming the construct, never as a wrong tree.
package syntax

import "math/big"

// Pos is a source position: Line is 1-based, Col is a 0-based rune offset.
type Pos struct {
	Line int32
	Col  int32
}

// Node is any syntax tree node.
type Node interface {
	Position() Pos
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// At is embedded in every node and records where it starts.
type At struct{ Pos Pos }

// Position returns where the node starts.
func (a At) Position() Pos { return a.Pos }

// ---------------------------------------------------------------------------
// Expressions

// Name is an identifier used as a value or as an assignment target.
type Name struct {
	At
	Id string
}

// ConstKind says which literal a Constant holds.
type ConstKind uint8

const (
	ConstNone ConstKind = iota
	ConstTrue
	ConstFalse
	ConstEllipsis
	ConstInt   // Int is set
	ConstFloat // Float is set
	ConstStr   // Str is set (adjacent literals already concatenated)
	ConstBytes // Str holds the bytes
)

// Constant is a literal: None, True, False, ..., a number or a string.
type Constant struct {
	At
	Kind  ConstKind
	Int   *big.Int
	Float float64
	Str   string
}

// JoinedStr is an f-string: the concatenation of its parts, each either a
// ConstStr Constant or a FormattedValue.
type JoinedStr struct {
	At
	Values []Expr
}

// FormattedValue is one {expr!conv:spec} field of an f-string.
// Conversion is 0, 's', 'r' or 'a'. Spec is nil or a JoinedStr.
type FormattedValue struct {
	At
	Value      Expr
	Conversion byte
	Spec       Expr
}

// Operator is a binary arithmetic or bitwise operator.
type Operator uint8

const (
	Add Operator = iota
	Sub
	Mult
	MatMult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

var operatorText = [...]string{"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"}

// String returns the operator as written in source, e.g. "//".
func (o Operator) String() string { return operatorText[o] }

// BinOp is X Op Y. OpPos is the position of the operator token.
type BinOp struct {
	At
	X     Expr
	Op    Operator
	OpPos Pos
	Y     Expr
}

// UnaryOperator is one of not, ~, +, -.
type UnaryOperator uint8

const (
	Invert UnaryOperator = iota // ~
	Not                         // not
	UAdd                        // +
	USub                        // -
)

// UnaryOp is Op X.
type UnaryOp struct {
	At
	Op UnaryOperator
	X  Expr
}

// BoolOperator is and/or.
type BoolOperator uint8

const (
	And BoolOperator = iota
	Or
)

// BoolOp is Values[0] op Values[1] op ... (at least two values).
type BoolOp struct {
	At
	Op     BoolOperator
	Values []Expr
}

// CmpOp is a comparison operator.
type CmpOp uint8

const (
	Eq CmpOp = iota
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

var cmpText = [...]string{"==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"}

// String returns the comparison as written in source, e.g. "not in".
func (c CmpOp) String() string { return cmpText[c] }

// Compare is Left Ops[0] Comparators[0] Ops[1] Comparators[1] ...
type Compare struct {
	At
	Left        Expr
	Ops         []CmpOp
	Comparators []Expr
}

// IfExp is Body if Test else OrElse.
type IfExp struct {
	At
	Test   Expr
	Body   Expr
	OrElse Expr
}

// Keyword is name=value in a call or class definition; Name == "" means **value.
type Keyword struct {
	At
	Name  string
	Value Expr
}

// Call is Func(Args..., Keywords...). Args may contain *Starred.
type Call struct {
	At
	Func     Expr
	Args     []Expr
	Keywords []Keyword
}

// Attribute is X.Name.
type Attribute struct {
	At
	X    Expr
	Name string
}

// Subscript is X[Index]; Index may be a *Slice or a *Tuple containing slices.
type Subscript struct {
	At
	X     Expr
	Index Expr
}

// Slice is Lower:Upper:Step inside a subscript; each part may be nil.
type Slice struct {
	At
	Lower, Upper, Step Expr
}

// Starred is *X in a call, a display or an assignment target.
type Starred struct {
	At
	X Expr
}

// List is [Elts...].
type List struct {
	At
	Elts []Expr
}

// Tuple is (Elts...) or a bare comma list.
type Tuple struct {
	At
	Elts []Expr
}

// Set is {Elts...} (non-empty).
type Set struct {
	At
	Elts []Expr
}

// Dict is {Keys[i]: Values[i], ...}; a nil key means **Values[i].
type Dict struct {
	At
	Keys   []Expr
	Values []Expr
}

// Comprehension is one "for Target in Iter if Ifs..." clause.
type Comprehension struct {
	Target Expr
	Iter   Expr
	Ifs    []Expr
}

// ListComp is [Elt for ...].
type ListComp struct {
	At
	Elt        Expr
	Generators []Comprehension
}

// SetComp is {Elt for ...}.
type SetComp struct {
	At
	Elt        Expr
	Generators []Comprehension
}

// DictComp is {Key: Value for ...}.
type DictComp struct {
	At
	Key, Value Expr
	Generators []Comprehension
}

// GeneratorExp is (Elt for ...).
type GeneratorExp struct {
	At
	Elt        Expr
	Generators []Comprehension
}

// Lambda is lambda Args: Body.
type Lambda struct {
	At
	Args *Arguments
	Body Expr
}

// Yield is "yield Value" (Value may be nil).
type Yield struct {
	At
	Value Expr
}

// YieldFrom is "yield from Value".
type YieldFrom struct {
	At
	Value Expr
}

// NamedExpr is Target := Value.
type NamedExpr struct {
	At
	Target *Name
	Value  Expr
}

func (*Name) exprNode()           {}
func (*Constant) exprNode()       {}
func (*JoinedStr) exprNode()      {}
func (*FormattedValue) exprNode() {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*BoolOp) exprNode()         {}
func (*Compare) exprNode()        {}
func (*IfExp) exprNode()          {}
func (*Call) exprNode()           {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Slice) exprNode()          {}
func (*Starred) exprNode()        {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Set) exprNode()            {}
func (*Dict) exprNode()           {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Lambda) exprNode()         {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*NamedExpr) exprNode()      {}

// ---------------------------------------------------------------------------
// Statements

// Arg is one parameter name with its optional annotation.
type Arg struct {
	At
	Name       string
	Annotation Expr
}

// Arguments is a parameter list. Defaults belong to the last len(Defaults)
// of PosOnly+Args; KwDefaults is parallel to KwOnly with nil for "no default".
type Arguments struct {
	PosOnly    []Arg
	Args       []Arg
	Vararg     *Arg
	KwOnly     []Arg
	KwDefaults []Expr
	Kwarg      *Arg
	Defaults   []Expr
}

// ExprStmt is an expression evaluated for its effect.
type ExprStmt struct {
	At
	X Expr
}

// Assign is Targets[0] = Targets[1] = ... = Value.
type Assign struct {
	At
	Targets []Expr
	Value   Expr
}

// AugAssign is Target Op= Value.
type AugAssign struct {
	At
	Target Expr
	Op     Operator
	Value  Expr
}

// AnnAssign is Target: Annotation [= Value].
type AnnAssign struct {
	At
	Target     Expr
	Annotation Expr
	Value      Expr
}

// If is if Test: Body else: OrElse (elif is a nested If in OrElse).
type If struct {
	At
	Test   Expr
	Body   []Stmt
	OrElse []Stmt
}

// While is while Test: Body else: OrElse.
type While struct {
	At
	Test   Expr
	Body   []Stmt
	OrElse []Stmt
}

// For is for Target in Iter: Body else: OrElse.
type For struct {
	At
	Target Expr
	Iter   Expr
	Body   []Stmt
	OrElse []Stmt
}

// Break is break.
type Break struct{ At }

// Continue is continue.
type Continue struct{ At }

// Pass is pass.
type Pass struct{ At }

// Return is return [Value].
type Return struct {
	At
	Value Expr
}

// FunctionDef is def Name(Args) -> Returns: Body, with decorators applied
// bottom-up. Pos is the position of the "def" keyword, as in CPython.
type FunctionDef struct {
	At
	Name       string
	Args       *Arguments
	Body       []Stmt
	Decorators []Expr
	Returns    Expr
}

// ClassDef is class Name(Bases, Keywords): Body.
type ClassDef struct {
	At
	Name       string
	Bases      []Expr
	Keywords   []Keyword
	Body       []Stmt
	Decorators []Expr
}

// Global is global Names.
type Global struct {
	At
	Names []string
}

// Nonlocal is nonlocal Names.
type Nonlocal struct {
	At
	Names []string
}

// Delete is del Targets.
type Delete struct {
	At
	Targets []Expr
}

// Assert is assert Test, Msg.
type Assert struct {
	At
	Test Expr
	Msg  Expr
}

// ExceptHandler is except Type as Name: Body (Type nil for a bare except).
type ExceptHandler struct {
	At
	Type Expr
	Name string
	Body []Stmt
}

// Try is try/except/else/finally.
type Try struct {
	At
	Body      []Stmt
	Handlers  []ExceptHandler
	OrElse    []Stmt
	Finalbody []Stmt
}

// Raise is raise [Exc [from Cause]].
type Raise struct {
	At
	Exc   Expr
	Cause Expr
}

// Alias is "Name as AsName" in an import; Name may be dotted; AsName may be "".
type Alias struct {
	At
	Name   string
	AsName string
}

// Import is import Names.
type Import struct {
	At
	Names []Alias
}

// ImportFrom is from Module import Names, with Level leading dots.
// A single alias named "*" means import *.
type ImportFrom struct {
	At
	Module string
	Names  []Alias
	Level  int
}

// WithItem is one "Context as Vars" clause; Vars may be nil.
type WithItem struct {
	Context Expr
	Vars    Expr
}

// With is with Items: Body.
type With struct {
	At
	Items []WithItem
	Body  []Stmt
}

func (*ExprStmt) stmtNode()    {}
func (*Assign) stmtNode()      {}
func (*AugAssign) stmtNode()   {}
func (*AnnAssign) stmtNode()   {}
func (*If) stmtNode()          {}
func (*While) stmtNode()       {}
func (*For) stmtNode()         {}
func (*Break) stmtNode()       {}
func (*Continue) stmtNode()    {}
func (*Pass) stmtNode()        {}
func (*Return) stmtNode()      {}
func (*FunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()    {}
func (*Global) stmtNode()      {}
func (*Nonlocal) stmtNode()    {}
func (*Delete) stmtNode()      {}
func (*Assert) stmtNode()      {}
func (*Try) stmtNode()         {}
func (*Raise) stmtNode()       {}
func (*Import) stmtNode()      {}
func (*ImportFrom) stmtNode()  {}
func (*With) stmtNode()        {}

// Module is a whole source file.
type Module struct {
	Body []Stmt
}
