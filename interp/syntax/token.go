package syntax

// tokKind is the kind of a token. Operators and keywords each get their
// own kind so the parser can switch on them directly.
type tokKind uint8

const (
	tEOF tokKind = iota
	tError
	tNewline
	tIndent
	tDedent
	tName
	tNumber
	tString

	// Delimiters and operators.
	tLParen     // (
	tRParen     // )
	tLBrack     // [
	tRBrack     // ]
	tLBrace     // {
	tRBrace     // }
	tColon      // :
	tComma      // ,
	tSemi       // ;
	tDot        // .
	tEllipsis   // ...
	tArrow      // ->
	tAssign     // =
	tWalrus     // :=
	tPlus       // +
	tMinus      // -
	tStar       // *
	tSlash      // /
	tPercent    // %
	tDoubleStar // **
	tDoubleSl   // //
	tAt         // @
	tVBar       // |
	tAmper      // &
	tCaret      // ^
	tTilde      // ~
	tLShift     // <<
	tRShift     // >>
	tEq         // ==
	tNotEq      // !=
	tLt         // <
	tLtE        // <=
	tGt         // >
	tGtE        // >=
	tLtGt       // <> (only so that the error points at both chars)
	tBang       // ! (never valid on its own)
	tOpAssign   // any augmented assignment; tok.op says which
	tBadChar    // $ ? ` — CPython tokenizes them as OP and the parser rejects them

	// Keywords.
	kwFalse
	kwNone
	kwTrue
	kwAnd
	kwAs
	kwAssert
	kwAsync
	kwAwait
	kwBreak
	kwClass
	kwContinue
	kwDef
	kwDel
	kwElif
	kwElse
	kwExcept
	kwFinally
	kwFor
	kwFrom
	kwGlobal
	kwIf
	kwImport
	kwIn
	kwIs
	kwLambda
	kwNonlocal
	kwNot
	kwOr
	kwPass
	kwRaise
	kwReturn
	kwTry
	kwWhile
	kwWith
	kwYield
)

var keywords = map[string]tokKind{
	"False": kwFalse, "None": kwNone, "True": kwTrue, "and": kwAnd, "as": kwAs,
	"assert": kwAssert, "async": kwAsync, "await": kwAwait, "break": kwBreak,
	"class": kwClass, "continue": kwContinue, "def": kwDef, "del": kwDel,
	"elif": kwElif, "else": kwElse, "except": kwExcept, "finally": kwFinally,
	"for": kwFor, "from": kwFrom, "global": kwGlobal, "if": kwIf,
	"import": kwImport, "in": kwIn, "is": kwIs, "lambda": kwLambda,
	"nonlocal": kwNonlocal, "not": kwNot, "or": kwOr, "pass": kwPass,
	"raise": kwRaise, "return": kwReturn, "try": kwTry, "while": kwWhile,
	"with": kwWith, "yield": kwYield,
}

// token is one lexical token. Positions are rune columns; off/endOff are
// byte offsets into the (normalized) source.
type token struct {
	kind   tokKind
	op     Operator // for tOpAssign
	pos    Pos
	end    Pos // exclusive
	off    int32
	endOff int32
	lit    string // identifier, number text, or whole string literal (prefix and quotes included)
	level  int32  // bracket nesting depth after this token
}
