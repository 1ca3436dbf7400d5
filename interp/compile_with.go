package interp

import (
	"github.com/tracejit/tracejit/interp/syntax"
	"github.com/tracejit/tracejit/runtime"
)

// with statements, compiled as CPython 3.11 does. For each item:
//
//	<context expression>
//	BEFORE_WITH                     mgr -- exit enter()
//	<store the target, or POP_TOP>  covered by the handler below
//	<body, or the next item>        covered; the bound __exit__ stays on the stack
//	LOAD_CONST None (x3); CALL 3; POP_TOP
//	JUMP_FORWARD end
//	handler:                        exit exc
//	PUSH_EXC_INFO                   exit prev exc
//	WITH_EXCEPT_START               exit prev exc res      (covered by cleanup)
//	POP_JUMP_IF_TRUE suppress
//	RERAISE                         the traceback is kept
//	suppress: POP_TOP; POP_EXCEPT; POP_TOP
//	JUMP_FORWARD end
//	cleanup: SWAP 2; POP_EXCEPT; RERAISE
//	end:
//
// A return, break or continue leaving the body calls __exit__(None, None,
// None) on its way out (see unwind and unwindWith). Every instruction the
// statement adds carries the line of the with statement, as in CPython, so
// that an exception raised by __enter__ or __exit__ is reported there.

// withStmt compiles the items from i on around the body.
func (c *compiler) withStmt(n *syntax.With, i int) {
	item := n.Items[i]
	c.expr(item.Context)
	c.emit(BEFORE_WITH, 0)
	handler, end := c.newLabel(), c.newLabel()
	c.stackBase++ // the bound __exit__
	c.push(&fblock{kind: blockWith, handler: handler, depth: c.stackBase, line: n.Pos.Line})
	if item.Vars != nil {
		c.store(item.Vars)
	} else {
		c.emit(POP_TOP, 0)
	}
	if i+1 < len(n.Items) {
		c.withStmt(n, i+1)
	} else {
		c.stmts(n.Body)
	}
	c.pop()
	c.callExitWithNones()
	c.stackBase--
	c.jump(JUMP_FORWARD, end)

	// [exit exc] -> [exit prev exc]
	c.bind(handler)
	c.emit(PUSH_EXC_INFO, 0)
	cleanup, suppress := c.newLabel(), c.newLabel()
	region := &fblock{kind: blockTryExcept, handler: cleanup, depth: c.stackBase + 2}
	c.push(region)
	c.emit(WITH_EXCEPT_START, 0)
	c.jump(POP_JUMP_IF_TRUE, suppress)
	c.emit(RERAISE, 0)
	c.pop()
	c.bind(suppress)
	c.emit(POP_TOP, 0)
	c.emit(POP_EXCEPT, 0)
	c.emit(POP_TOP, 0)
	c.jump(JUMP_FORWARD, end)
	c.emitCleanup(cleanup, "")
	c.bind(end)
}

// callExitWithNones calls the __exit__ on top of the stack with three
// Nones and discards its result.
func (c *compiler) callExitWithNones() {
	for k := 0; k < 3; k++ {
		c.loadConst(runtime.None)
	}
	c.emit(CALL, 3)
	c.emit(POP_TOP, 0)
}

// unwindWith leaves a with block early (return, break, continue): its
// __exit__ is called with Nones, on the with statement's line.
// preserveTOS keeps a return value above it.
func (c *compiler) unwindWith(b *fblock, preserveTOS bool) {
	old := c.line
	c.line = b.line
	if preserveTOS {
		c.emit(SWAP, 2)
	}
	c.callExitWithNones()
	c.line = old
}
