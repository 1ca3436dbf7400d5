// Package trace records hot loops as typed SSA traces and optimizes them.
//
// A trace is one iteration of a loop as the interpreter executed it,
// specialized to the types and values it saw: every assumption becomes a
// guard, and every guard carries a snapshot (resume data) that tells the
// deoptimizer how to rebuild the interpreter's frames if the guard fails.
//
// The IR is a flat slice of small structs with no pointers (Ins), so the
// garbage collector never looks inside it; Go objects a trace refers to
// (functions, lists, globals namespaces) are kept alive by Trace.KeepAlive
// and appear in the IR only as addresses in Consts. A Ref is an index into
// Trace.Ins; operands always refer to earlier instructions, except the
// second operand of a Phi, which is the value the loop carries around its
// back-edge.
//
// Memory model shared with the backends (see runtime.ValueLayout): a Python
// Value is three words {type word, data word, raw}; "type word" identifies
// the Go type (and so the Python type of builtin values), "data word" is the
// object pointer of heap values, "raw" the payload of int/float/bool. Slots
// are the root frame's registers (locals then stack), an array of Values.
//
// Every opcode has one row in opTable: name, operand count, effect and a
// one-line semantic note. Nothing else lists opcodes.
package trace

// Ref names an instruction's result. Ref 0 is "no value".
type Ref int32

// NoRef is the absent operand.
const NoRef Ref = 0

// Type is the machine type of an instruction's result.
type Type uint8

const (
	TVoid  Type = iota // no result (guards, stores, control)
	TInt               // int64: a small Python int
	TFloat             // float64
	TBool              // 0 or 1
	TPtr               // address of a heap object (a Value's data word)
	TWord              // a raw machine word: a Value's type word, a length
)

var typeNames = [...]string{"void", "int", "float", "bool", "ptr", "word"}

func (t Type) String() string { return typeNames[t] }

// IsFloat reports whether values of this type live in float registers.
func (t Type) IsFloat() bool { return t == TFloat }

// Ins is one IR instruction.
type Ins struct {
	Op   Op
	Type Type
	A    Ref
	B    Ref
	C    Ref
	// Aux is op-specific: an index into Trace.Consts, a slot number, a
	// byte offset. See the op table.
	Aux int32
	// Snap is the snapshot of a guard (an index into Trace.Snaps), -1 otherwise.
	Snap int32
}

// Effect classifies what an instruction does besides computing a value.
type Effect uint8

const (
	Pure    Effect = iota // depends only on its operands: may be folded, CSE'd, removed if unused
	Guard                 // exits the trace when its condition fails; never removed
	Load                  // reads memory that the trace does not write: CSE'd like Pure
	Store                 // writes memory: never removed or moved
	Control               // loop structure
)

// opInfo is one row of the opcode table.
type opInfo struct {
	name   string
	arity  int
	effect Effect
	// result is the result type, or TVoid; typeFromAux ops take it from Ins.Type.
	result      Type
	commutative bool
	note        string
}

// Op is an IR opcode.
type Op uint8

const (
	OpNop Op = iota

	// Constants.
	OpConstInt
	OpConstFloat
	OpConstBool
	OpConstWord
	OpConstPtr

	// Reading the root frame's slots (at trace entry).
	OpSlotType
	OpSlotRaw
	OpSlotPtr
	OpParentValue

	// Guards.
	OpGuardWordEq
	OpGuardTrue
	OpGuardFalse
	OpGuardPtrEq
	OpGuardIndex

	// Integer arithmetic.
	OpIntAddOvf
	OpIntSubOvf
	OpIntMulOvf
	OpIntNegOvf
	OpIntAbsOvf
	OpIntAdd
	OpIntSub
	OpIntMul
	OpIntFloorDiv
	OpIntMod
	OpIntAnd
	OpIntOr
	OpIntXor
	OpIntShr
	OpIntMin
	OpIntMax
	OpIntLt
	OpIntLe
	OpIntEq
	OpIntNe
	OpIntGt
	OpIntGe

	// Float arithmetic.
	OpFloatAdd
	OpFloatSub
	OpFloatMul
	OpFloatDiv
	OpFloatFloorDiv
	OpFloatMod
	OpFloatNeg
	OpFloatAbs
	OpFloatSqrt
	OpFloatFloor
	OpFloatCeil
	OpFloatMin
	OpFloatMax
	OpFloatLt
	OpFloatLe
	OpFloatEq
	OpFloatNe
	OpFloatGt
	OpFloatGe

	// Conversions.
	OpIntToFloat
	OpFloatToInt
	OpBoolNot
	OpBoolToInt

	// Memory: sequences (list and tuple share their layout: Items []Value
	// at offset 0), object fields, module globals.
	OpSeqLen
	OpSeqItems
	OpSeqItemType
	OpSeqItemRaw
	OpSeqItemPtr
	OpSeqStoreRaw
	OpFieldWord
	OpGlobalType
	OpGlobalRaw
	OpGlobalPtr

	// Loop structure.
	OpLoop
	OpPhi
	OpJumpLoop
	OpLink
	OpCallOut

	opCount
)

var opTable = [opCount]opInfo{
	OpNop: {name: "nop", effect: Pure, note: "nothing (a removed instruction)"},

	OpConstInt:   {name: "const_int", effect: Pure, result: TInt, note: "int64(Consts[Aux])"},
	OpConstFloat: {name: "const_float", effect: Pure, result: TFloat, note: "float64frombits(Consts[Aux])"},
	OpConstBool:  {name: "const_bool", effect: Pure, result: TBool, note: "Aux (0 or 1)"},
	OpConstWord:  {name: "const_word", effect: Pure, result: TWord, note: "Consts[Aux] (a type word or a length)"},
	OpConstPtr:   {name: "const_ptr", effect: Pure, result: TPtr, note: "Consts[Aux], the address of an object in KeepAlive"},

	OpSlotType:    {name: "slot_type", effect: Load, result: TWord, note: "type word of root slot Aux: word at Slots + Aux*ValueSize + TypeWord"},
	OpSlotRaw:     {name: "slot_raw", effect: Load, note: "payload of root slot Aux (Type int, float or bool): word at Slots + Aux*ValueSize + RawWord"},
	OpSlotPtr:     {name: "slot_ptr", effect: Load, result: TPtr, note: "data word of root slot Aux: word at Slots + Aux*ValueSize + DataWord"},
	OpParentValue: {name: "parent_value", effect: Load, note: "value Aux that a bridge inherits from its parent trace's exit (Context.Parent[Aux], copied by Go); Type int, float, bool, ptr or word"},

	OpGuardWordEq: {name: "guard_word_eq", arity: 2, effect: Guard, note: "exit unless A == B (words)"},
	OpGuardTrue:   {name: "guard_true", arity: 1, effect: Guard, note: "exit unless A (bool) is true"},
	OpGuardFalse:  {name: "guard_false", arity: 1, effect: Guard, note: "exit unless A (bool) is false"},
	OpGuardPtrEq:  {name: "guard_ptr_eq", arity: 2, effect: Guard, note: "exit unless A == B (object identity)"},
	OpGuardIndex:  {name: "guard_index", arity: 2, effect: Guard, note: "exit unless 0 <= A < B (A an index, B a length; one unsigned compare)"},

	OpIntAddOvf:   {name: "int_add_ovf", arity: 2, effect: Guard, result: TInt, commutative: true, note: "A + B; exit on int64 overflow"},
	OpIntSubOvf:   {name: "int_sub_ovf", arity: 2, effect: Guard, result: TInt, note: "A - B; exit on int64 overflow"},
	OpIntMulOvf:   {name: "int_mul_ovf", arity: 2, effect: Guard, result: TInt, commutative: true, note: "A * B; exit on int64 overflow"},
	OpIntNegOvf:   {name: "int_neg_ovf", arity: 1, effect: Guard, result: TInt, note: "-A; exit if A == MinInt64"},
	OpIntAbsOvf:   {name: "int_abs_ovf", arity: 1, effect: Guard, result: TInt, note: "|A|; exit if A == MinInt64"},
	OpIntAdd:      {name: "int_add", arity: 2, effect: Pure, result: TInt, commutative: true, note: "A + B, wrapping (only where overflow is impossible)"},
	OpIntSub:      {name: "int_sub", arity: 2, effect: Pure, result: TInt, note: "A - B, wrapping"},
	OpIntMul:      {name: "int_mul", arity: 2, effect: Pure, result: TInt, commutative: true, note: "A * B, wrapping"},
	OpIntFloorDiv: {name: "int_floordiv", arity: 2, effect: Guard, result: TInt, note: "Python A // B (floor); exit if B == 0 or A == MinInt64 && B == -1"},
	OpIntMod:      {name: "int_mod", arity: 2, effect: Guard, result: TInt, note: "Python A % B (sign of B); exit if B == 0"},
	OpIntAnd:      {name: "int_and", arity: 2, effect: Pure, result: TInt, commutative: true, note: "A & B"},
	OpIntOr:       {name: "int_or", arity: 2, effect: Pure, result: TInt, commutative: true, note: "A | B"},
	OpIntXor:      {name: "int_xor", arity: 2, effect: Pure, result: TInt, commutative: true, note: "A ^ B"},
	OpIntShr:      {name: "int_shr", arity: 2, effect: Guard, result: TInt, note: "A >> B (arithmetic, B >= 64 gives 0 or -1); exit if B < 0"},
	OpIntMin:      {name: "int_min", arity: 2, effect: Pure, result: TInt, note: "B < A ? B : A (Python min(A, B))"},
	OpIntMax:      {name: "int_max", arity: 2, effect: Pure, result: TInt, note: "B > A ? B : A (Python max(A, B))"},
	OpIntLt:       {name: "int_lt", arity: 2, effect: Pure, result: TBool, note: "A < B"},
	OpIntLe:       {name: "int_le", arity: 2, effect: Pure, result: TBool, note: "A <= B"},
	OpIntEq:       {name: "int_eq", arity: 2, effect: Pure, result: TBool, commutative: true, note: "A == B"},
	OpIntNe:       {name: "int_ne", arity: 2, effect: Pure, result: TBool, commutative: true, note: "A != B"},
	OpIntGt:       {name: "int_gt", arity: 2, effect: Pure, result: TBool, note: "A > B"},
	OpIntGe:       {name: "int_ge", arity: 2, effect: Pure, result: TBool, note: "A >= B"},

	OpFloatAdd:      {name: "float_add", arity: 2, effect: Pure, result: TFloat, commutative: true, note: "A + B (IEEE, no fused multiply-add anywhere)"},
	OpFloatSub:      {name: "float_sub", arity: 2, effect: Pure, result: TFloat, note: "A - B"},
	OpFloatMul:      {name: "float_mul", arity: 2, effect: Pure, result: TFloat, commutative: true, note: "A * B"},
	OpFloatDiv:      {name: "float_div", arity: 2, effect: Guard, result: TFloat, note: "A / B; exit if B == 0 (either sign)"},
	OpFloatFloorDiv: {name: "float_floordiv", arity: 2, effect: Guard, result: TFloat, note: "Python A // B (runtime.FloatDivMod's quotient); exit if B == 0"},
	OpFloatMod:      {name: "float_mod", arity: 2, effect: Guard, result: TFloat, note: "Python A % B (runtime.FloatDivMod's remainder, sign of B); exit if B == 0"},
	OpFloatNeg:      {name: "float_neg", arity: 1, effect: Pure, result: TFloat, note: "-A (flips the sign bit, also of 0 and nan)"},
	OpFloatAbs:      {name: "float_abs", arity: 1, effect: Pure, result: TFloat, note: "|A| (clears the sign bit)"},
	OpFloatSqrt:     {name: "float_sqrt", arity: 1, effect: Guard, result: TFloat, note: "sqrt(A); exit if A < 0 (math domain error); sqrt(nan) is nan"},
	OpFloatFloor:    {name: "float_floor", arity: 1, effect: Pure, result: TFloat, note: "floor(A) as a float"},
	OpFloatCeil:     {name: "float_ceil", arity: 1, effect: Pure, result: TFloat, note: "ceil(A) as a float"},
	OpFloatMin:      {name: "float_min", arity: 2, effect: Pure, result: TFloat, note: "B < A ? B : A (Python min: min(nan, 1) is nan, min(1, nan) is 1)"},
	OpFloatMax:      {name: "float_max", arity: 2, effect: Pure, result: TFloat, note: "B > A ? B : A (Python max)"},
	OpFloatLt:       {name: "float_lt", arity: 2, effect: Pure, result: TBool, note: "A < B (false if either is nan)"},
	OpFloatLe:       {name: "float_le", arity: 2, effect: Pure, result: TBool, note: "A <= B (false if either is nan)"},
	OpFloatEq:       {name: "float_eq", arity: 2, effect: Pure, result: TBool, commutative: true, note: "A == B (false if either is nan)"},
	OpFloatNe:       {name: "float_ne", arity: 2, effect: Pure, result: TBool, commutative: true, note: "A != B (true if either is nan)"},
	OpFloatGt:       {name: "float_gt", arity: 2, effect: Pure, result: TBool, note: "A > B (false if either is nan)"},
	OpFloatGe:       {name: "float_ge", arity: 2, effect: Pure, result: TBool, note: "A >= B (false if either is nan)"},

	OpIntToFloat: {name: "int_to_float", arity: 1, effect: Pure, result: TFloat, note: "float64(A), rounded to nearest even"},
	OpFloatToInt: {name: "float_to_int", arity: 1, effect: Guard, result: TInt, note: "int64(A) truncated toward zero; exit if A is nan or outside [-2**63, 2**63)"},
	OpBoolNot:    {name: "bool_not", arity: 1, effect: Pure, result: TBool, note: "1 - A"},
	OpBoolToInt:  {name: "bool_to_int", arity: 1, effect: Pure, result: TInt, note: "A as 0 or 1"},

	OpSeqLen:      {name: "seq_len", arity: 1, effect: Load, result: TInt, note: "len(A.Items) for a *List or *Tuple A: word at A + 8"},
	OpSeqItems:    {name: "seq_items", arity: 1, effect: Load, result: TPtr, note: "A.Items' data pointer for a *List or *Tuple A: word at A + 0 (compiled code never resizes a list, so loops hoist it)"},
	OpSeqItemType: {name: "seq_item_type", arity: 2, effect: Load, result: TWord, note: "type word of item B (already in range) of the items A (a seq_items): word at A + B*ValueSize + TypeWord"},
	OpSeqItemRaw:  {name: "seq_item_raw", arity: 2, effect: Load, note: "payload of item B of the items A (Type int, float or bool): A + B*ValueSize + RawWord"},
	OpSeqItemPtr:  {name: "seq_item_ptr", arity: 2, effect: Load, result: TPtr, note: "data word of item B of the items A: A + B*ValueSize + DataWord"},
	OpSeqStoreRaw: {name: "seq_store_raw", arity: 3, effect: Store, note: "payload of item B of the items A = C (a scalar; the item's type word already matches C's type)"},
	OpFieldWord:   {name: "field_word", arity: 1, effect: Load, note: "word at A + Aux (Type int, ptr or word): a scalar or pointer field of a Go object"},
	OpGlobalType:  {name: "global_type", arity: 1, effect: Load, result: TWord, note: "type word of A.Vals[Aux], A a *runtime.Globals: *(A + GlobalsVals) + Aux*ValueSize + TypeWord"},
	OpGlobalRaw:   {name: "global_raw", arity: 1, effect: Load, note: "payload of A.Vals[Aux] (Type int, float or bool)"},
	OpGlobalPtr:   {name: "global_ptr", arity: 1, effect: Load, result: TPtr, note: "data word of A.Vals[Aux]"},

	OpLoop:     {name: "loop", effect: Control, note: "the loop body starts here; everything before is the preamble"},
	OpPhi:      {name: "phi", arity: 2, effect: Control, note: "A on entry to the loop, B (defined later in the body) on each back-edge"},
	OpJumpLoop: {name: "jump_loop", effect: Control, note: "back-edge: check fuel and interrupts (exit with Snap), move Phi inputs, jump to loop"},
	OpCallOut:  {name: "call_out", arity: 2, effect: Guard, result: TFloat, note: "CallOuts[Aux/2](A) or (A, B) (Aux odd): computed by Go: the code exits, Go calls the function and writes the result into this value's location, and the code resumes after the exit; if the call raises, the exit is a failed guard"},
	OpLink:     {name: "link", effect: Control, note: "end of a trace without a loop: exit with Snap, the state at the header of another compiled loop, which Go enters next"},
}

// String returns the op's IR name.
func (op Op) String() string {
	if op < opCount {
		return opTable[op].name
	}
	return "invalid"
}

// Arity is the number of Ref operands (A, B, C in order).
func (op Op) Arity() int { return opTable[op].arity }

// Effect returns the op's effect class.
func (op Op) Effect() Effect { return opTable[op].effect }

// IsGuard reports whether the op can exit the trace.
func (op Op) IsGuard() bool { return opTable[op].effect == Guard }

// Commutative reports whether A and B may be swapped.
func (op Op) Commutative() bool { return opTable[op].commutative }

// ResultType is the op's fixed result type, or TVoid when the type comes
// from the instruction (slot and item payload loads, field loads, phis).
func (op Op) ResultType() Type { return opTable[op].result }

// Note is the op's one-line semantics.
func (op Op) Note() string { return opTable[op].note }

// OpCount is the number of opcodes.
const OpCount = int(opCount)
