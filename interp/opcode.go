package interp

// Bytecode: a compact stack machine modeled on CPython 3.11's.
//
// An instruction is one uint32: the opcode in the low 8 bits and a 24-bit
// argument above it. Jump arguments are absolute instruction indexes.
// Every opcode has one row in opTable with its name, what its argument
// means and its stack effect; the compiler computes the maximum stack depth
// from it and `tracejit dis` prints from it. Nothing else lists opcodes.
//
// Loops are marked: every backward jump is JUMP_BACKWARD, the only
// instruction that can close a loop, so a JIT counts loop iterations there.

// BytecodeVersion changes whenever the instruction encoding or the meaning
// of an opcode changes.
const BytecodeVersion = 3

// Op is a bytecode opcode.
type Op uint8

// Instr is an encoded instruction.
type Instr uint32

// Op returns the instruction's opcode.
func (i Instr) Op() Op { return Op(i & 0xff) }

// Arg returns the instruction's argument.
func (i Instr) Arg() int { return int(i >> 8) }

func mkInstr(op Op, arg int) Instr { return Instr(op) | Instr(arg)<<8 }

// maxArg is the largest encodable argument.
const maxArg = 1<<24 - 1

// argKind says how dis renders an argument.
type argKind uint8

const (
	argNone    argKind = iota
	argInt             // a plain number
	argConst           // index into Code.Consts
	argLocal           // index into Code.VarNames
	argGlobal          // slot in the module's globals
	argName            // index into Code.Names
	argJump            // absolute instruction index
	argBinary          // runtime.BinaryOp, bit 0x80 set for the in-place form
	argCompare         // runtime.CompareOp
	argInvert          // 1 inverts the test (is not, not in)
	argCell            // index into cell variables (cells then free vars)
)

// opInfo is one row of the opcode table.
type opInfo struct {
	name string
	arg  argKind
	// stack is the stack effect; for opcodes whose effect depends on the
	// argument, stackFn computes it instead (jump: effect when taken).
	stack   int
	stackFn func(arg int, jump bool) int
}

// Opcodes, with their stack pictures (before -- after).
const (
	NOP                  Op = iota // --
	POP_TOP                        // x --
	COPY                           // x(n) ... x1 -- x(n) ... x1 x(n)      (COPY 1 duplicates TOS)
	SWAP                           // x(n) ... x1 -- x1 ... x(n)           (exchange TOS and the n-th)
	LOAD_CONST                     // -- consts[arg]
	LOAD_FAST                      // -- locals[arg]                        (UnboundLocalError if unset)
	STORE_FAST                     // x --                                  (locals[arg] = x)
	DELETE_FAST                    // --
	LOAD_GLOBAL                    // -- globals[arg] or builtins[name]
	STORE_GLOBAL                   // x --
	DELETE_GLOBAL                  // --
	LOAD_DEREF                     // -- cells[arg].value
	STORE_DEREF                    // x --
	DELETE_DEREF                   // --
	LOAD_CLOSURE                   // -- cells[arg]                         (the cell itself)
	LOAD_ATTR                      // obj -- obj.names[arg]
	STORE_ATTR                     // x obj --                              (obj.name = x)
	DELETE_ATTR                    // obj --
	LOAD_METHOD                    // obj -- meth self|unbound              (avoids a bound-method allocation)
	CALL_METHOD                    // meth self|unbound a1..an -- result
	CALL                           // f a1..an -- result
	CALL_KW                        // f a1..an names -- result              (names: tuple of the last len(names) args' keywords)
	CALL_EX                        // f args kwdict|None -- result          (f(*a, **k); args is a tuple or any iterable)
	BINARY_OP                      // a b -- a op b
	UNARY_NEGATIVE                 // x -- -x
	UNARY_POSITIVE                 // x -- +x
	UNARY_INVERT                   // x -- ~x
	UNARY_NOT                      // x -- not x
	COMPARE_OP                     // a b -- a cmp b
	IS_OP                          // a b -- a is b   (arg 1: is not)
	CONTAINS_OP                    // a b -- a in b   (arg 1: not in)
	BINARY_SUBSCR                  // c k -- c[k]
	STORE_SUBSCR                   // v c k --                              (c[k] = v)
	DELETE_SUBSCR                  // c k --
	BUILD_SLICE                    // lo hi [step] -- slice                 (arg 2 or 3)
	BUILD_TUPLE                    // x1..xn -- (x1, ..., xn)
	BUILD_LIST                     // x1..xn -- [x1, ..., xn]
	BUILD_MAP                      // k1 v1 .. kn vn -- {k1: v1, ...}
	BUILD_STRING                   // s1..sn -- s1+...+sn
	LIST_APPEND                    // list x(arg-1) .. x -- list ...        (list at depth arg after popping x)
	MAP_ADD                        // map .. k v -- map ..                  (map at depth arg after popping k v)
	LIST_EXTEND                    // list .. it -- list ..
	DICT_UPDATE                    // dict .. m -- dict ..
	LIST_TO_TUPLE                  // list -- tuple
	FORMAT_VALUE                   // x [spec] -- str                       (arg: conversion 0/s/r/a in bits 0-1, 4 = has spec)
	UNPACK_SEQUENCE                // seq -- xn .. x1                       (x1 on top)
	UNPACK_EX                      // seq -- ...                            (arg: before | after<<8; starred part is a list)
	JUMP_FORWARD                   // --
	JUMP_BACKWARD                  // --                                    (loop back-edge: interrupt check, hot counter)
	POP_JUMP_IF_FALSE              // x --
	POP_JUMP_IF_TRUE               // x --
	JUMP_IF_FALSE_OR_POP           // x -- x (jump) | -- (fallthrough)
	JUMP_IF_TRUE_OR_POP            // x -- x (jump) | --
	GET_ITER                       // x -- iter(x)                          (arg 1: x is a temporary, see POP_ITER)
	FOR_ITER                       // it -- it next | (exhausted: pops it and jumps)
	MAKE_FUNCTION                  // [defaults] [kwdefaults] [closure] code -- fn   (arg flags 1, 2, 8)
	RETURN_VALUE                   // x --
	RAISE_VARARGS                  // [exc [cause]] --                      (arg 0: re-raise the handled exception)
	PUSH_EXC_INFO                  // exc -- prev exc                       (exc becomes the handled exception)
	POP_EXCEPT                     // prev --                               (restores the handled exception)
	CHECK_EXC_MATCH                // exc type -- exc bool
	RERAISE                        // exc --                                (raise again, traceback kept)
	IMPORT_NAME                    // -- module                             (names[arg]; one leading dot per relative level)
	IMPORT_FROM                    // module -- module module.names[arg]
	IMPORT_STAR                    // module --
	LOAD_ASSERTION_ERROR           // -- AssertionError
	LOAD_NAME                      // -- ns[names[arg]] or globals or builtins   (class bodies)
	STORE_NAME                     // x --                                  (ns[names[arg]] = x)
	DELETE_NAME                    // --
	LOAD_CLASSDEREF                // -- ns[name] or cells[arg].value       (class body reading a free variable)
	LOAD_BUILD_CLASS               // -- __build_class__
	BUILD_SET                      // x1..xn -- {x1, ..., xn}
	SET_ADD                        // set x(arg-1) .. x -- set ...          (set at depth arg after popping x)
	SET_UPDATE                     // set .. it -- set ..
	YIELD_VALUE                    // x -- sent                             (suspends the generator)
	GET_YIELD_FROM_ITER            // x -- iter(x)                          (generators are kept as they are)
	YIELD_FROM                     // it v -- result                        (sends v to it; re-executed while it yields)
	DICT_MERGE                     // f args dict .. m -- f args dict ..    (dict at depth arg; duplicate keys are an error naming f)
	POP_ITER                       // it --                                 (leaving a for loop early; closes a temporary generator)
	BEFORE_WITH                    // mgr -- exit enter()                   (exit: mgr.__exit__ bound, looked up on the type)
	WITH_EXCEPT_START              // exit prev exc -- exit prev exc exit(type, exc, tb)
	opCount
)

var opTable = [opCount]opInfo{
	NOP:                  {name: "NOP"},
	POP_TOP:              {name: "POP_TOP", stack: -1},
	COPY:                 {name: "COPY", arg: argInt, stack: 1},
	SWAP:                 {name: "SWAP", arg: argInt},
	LOAD_CONST:           {name: "LOAD_CONST", arg: argConst, stack: 1},
	LOAD_FAST:            {name: "LOAD_FAST", arg: argLocal, stack: 1},
	STORE_FAST:           {name: "STORE_FAST", arg: argLocal, stack: -1},
	DELETE_FAST:          {name: "DELETE_FAST", arg: argLocal},
	LOAD_GLOBAL:          {name: "LOAD_GLOBAL", arg: argGlobal, stack: 1},
	STORE_GLOBAL:         {name: "STORE_GLOBAL", arg: argGlobal, stack: -1},
	DELETE_GLOBAL:        {name: "DELETE_GLOBAL", arg: argGlobal},
	LOAD_DEREF:           {name: "LOAD_DEREF", arg: argCell, stack: 1},
	STORE_DEREF:          {name: "STORE_DEREF", arg: argCell, stack: -1},
	DELETE_DEREF:         {name: "DELETE_DEREF", arg: argCell},
	LOAD_CLOSURE:         {name: "LOAD_CLOSURE", arg: argCell, stack: 1},
	LOAD_ATTR:            {name: "LOAD_ATTR", arg: argName},
	STORE_ATTR:           {name: "STORE_ATTR", arg: argName, stack: -2},
	DELETE_ATTR:          {name: "DELETE_ATTR", arg: argName, stack: -1},
	LOAD_METHOD:          {name: "LOAD_METHOD", arg: argName, stack: 1},
	CALL_METHOD:          {name: "CALL_METHOD", arg: argInt, stackFn: func(n int, _ bool) int { return -n - 1 }},
	CALL:                 {name: "CALL", arg: argInt, stackFn: func(n int, _ bool) int { return -n }},
	CALL_KW:              {name: "CALL_KW", arg: argInt, stackFn: func(n int, _ bool) int { return -n - 1 }},
	CALL_EX:              {name: "CALL_EX", stack: -2},
	BINARY_OP:            {name: "BINARY_OP", arg: argBinary, stack: -1},
	UNARY_NEGATIVE:       {name: "UNARY_NEGATIVE"},
	UNARY_POSITIVE:       {name: "UNARY_POSITIVE"},
	UNARY_INVERT:         {name: "UNARY_INVERT"},
	UNARY_NOT:            {name: "UNARY_NOT"},
	COMPARE_OP:           {name: "COMPARE_OP", arg: argCompare, stack: -1},
	IS_OP:                {name: "IS_OP", arg: argInvert, stack: -1},
	CONTAINS_OP:          {name: "CONTAINS_OP", arg: argInvert, stack: -1},
	BINARY_SUBSCR:        {name: "BINARY_SUBSCR", stack: -1},
	STORE_SUBSCR:         {name: "STORE_SUBSCR", stack: -3},
	DELETE_SUBSCR:        {name: "DELETE_SUBSCR", stack: -2},
	BUILD_SLICE:          {name: "BUILD_SLICE", arg: argInt, stackFn: func(n int, _ bool) int { return 1 - n }},
	BUILD_TUPLE:          {name: "BUILD_TUPLE", arg: argInt, stackFn: func(n int, _ bool) int { return 1 - n }},
	BUILD_LIST:           {name: "BUILD_LIST", arg: argInt, stackFn: func(n int, _ bool) int { return 1 - n }},
	BUILD_MAP:            {name: "BUILD_MAP", arg: argInt, stackFn: func(n int, _ bool) int { return 1 - 2*n }},
	BUILD_STRING:         {name: "BUILD_STRING", arg: argInt, stackFn: func(n int, _ bool) int { return 1 - n }},
	LIST_APPEND:          {name: "LIST_APPEND", arg: argInt, stack: -1},
	MAP_ADD:              {name: "MAP_ADD", arg: argInt, stack: -2},
	LIST_EXTEND:          {name: "LIST_EXTEND", arg: argInt, stack: -1},
	DICT_UPDATE:          {name: "DICT_UPDATE", arg: argInt, stack: -1},
	LIST_TO_TUPLE:        {name: "LIST_TO_TUPLE"},
	FORMAT_VALUE:         {name: "FORMAT_VALUE", arg: argInt, stackFn: func(f int, _ bool) int { return -(f >> 2 & 1) }},
	UNPACK_SEQUENCE:      {name: "UNPACK_SEQUENCE", arg: argInt, stackFn: func(n int, _ bool) int { return n - 1 }},
	UNPACK_EX:            {name: "UNPACK_EX", arg: argInt, stackFn: func(n int, _ bool) int { return n&0xff + n>>8 }},
	JUMP_FORWARD:         {name: "JUMP_FORWARD", arg: argJump},
	JUMP_BACKWARD:        {name: "JUMP_BACKWARD", arg: argJump},
	POP_JUMP_IF_FALSE:    {name: "POP_JUMP_IF_FALSE", arg: argJump, stack: -1},
	POP_JUMP_IF_TRUE:     {name: "POP_JUMP_IF_TRUE", arg: argJump, stack: -1},
	JUMP_IF_FALSE_OR_POP: {name: "JUMP_IF_FALSE_OR_POP", arg: argJump, stackFn: jumpOrPop},
	JUMP_IF_TRUE_OR_POP:  {name: "JUMP_IF_TRUE_OR_POP", arg: argJump, stackFn: jumpOrPop},
	GET_ITER:             {name: "GET_ITER"},
	FOR_ITER:             {name: "FOR_ITER", arg: argJump, stackFn: forIterEffect},
	MAKE_FUNCTION:        {name: "MAKE_FUNCTION", arg: argInt, stackFn: func(f int, _ bool) int { return -(f&1 + f>>1&1 + f>>3&1) }},
	RETURN_VALUE:         {name: "RETURN_VALUE", stack: -1},
	RAISE_VARARGS:        {name: "RAISE_VARARGS", arg: argInt, stackFn: func(n int, _ bool) int { return -n }},
	PUSH_EXC_INFO:        {name: "PUSH_EXC_INFO", stack: 1},
	POP_EXCEPT:           {name: "POP_EXCEPT", stack: -1},
	CHECK_EXC_MATCH:      {name: "CHECK_EXC_MATCH"},
	RERAISE:              {name: "RERAISE", stack: -1},
	IMPORT_NAME:          {name: "IMPORT_NAME", arg: argName, stack: 1},
	IMPORT_FROM:          {name: "IMPORT_FROM", arg: argName, stack: 1},
	IMPORT_STAR:          {name: "IMPORT_STAR", stack: -1},
	LOAD_ASSERTION_ERROR: {name: "LOAD_ASSERTION_ERROR", stack: 1},
	LOAD_NAME:            {name: "LOAD_NAME", arg: argName, stack: 1},
	STORE_NAME:           {name: "STORE_NAME", arg: argName, stack: -1},
	DELETE_NAME:          {name: "DELETE_NAME", arg: argName},
	LOAD_CLASSDEREF:      {name: "LOAD_CLASSDEREF", arg: argCell, stack: 1},
	LOAD_BUILD_CLASS:     {name: "LOAD_BUILD_CLASS", stack: 1},
	BUILD_SET:            {name: "BUILD_SET", arg: argInt, stackFn: func(n int, _ bool) int { return 1 - n }},
	SET_ADD:              {name: "SET_ADD", arg: argInt, stack: -1},
	SET_UPDATE:           {name: "SET_UPDATE", arg: argInt, stack: -1},
	YIELD_VALUE:          {name: "YIELD_VALUE"},
	GET_YIELD_FROM_ITER:  {name: "GET_YIELD_FROM_ITER"},
	YIELD_FROM:           {name: "YIELD_FROM", stack: -1},
	DICT_MERGE:           {name: "DICT_MERGE", arg: argInt, stack: -1},
	POP_ITER:             {name: "POP_ITER", stack: -1},
	BEFORE_WITH:          {name: "BEFORE_WITH", stack: 1},
	WITH_EXCEPT_START:    {name: "WITH_EXCEPT_START", stack: 1},
}

func forIterEffect(_ int, jump bool) int {
	if jump {
		return -1 // exhausted: the iterator is popped
	}
	return 1
}

func jumpOrPop(_ int, jump bool) int {
	if jump {
		return 0
	}
	return -1
}

// String returns the opcode's name.
func (op Op) String() string {
	if op < opCount {
		return opTable[op].name
	}
	return "<invalid opcode>"
}

// stackEffect returns the change in stack depth of executing op with arg,
// along the jump edge if jump is set.
func stackEffect(op Op, arg int, jump bool) int {
	info := &opTable[op]
	if info.stackFn != nil {
		return info.stackFn(arg, jump)
	}
	return info.stack
}

// isJump reports whether op's argument is a jump target.
func isJump(op Op) bool { return opTable[op].arg == argJump }
