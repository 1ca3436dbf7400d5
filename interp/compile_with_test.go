package interp

import (
	"strings"
	"testing"
)

// funcCode compiles src and returns the code of its first function.
func funcCode(t *testing.T, src string) *Code {
	t.Helper()
	code, err := compileString(t, src)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range code.Consts {
		if c, ok := k.Object().(*Code); ok {
			return c
		}
	}
	t.Fatal("no function in", src)
	return nil
}

func opsOf(c *Code) string {
	var names []string
	for _, ins := range c.Instrs {
		names = append(names, ins.Op().String())
	}
	return strings.Join(names, " ")
}

// TestWithCodegen pins the shape of a with statement: the body is covered
// by a handler that keeps __exit__ on the stack, __exit__ is called with
// Nones on the way out, and a return leaves through the same call.
func TestWithCodegen(t *testing.T) {
	c := funcCode(t, "def f(m):\n    with m as x:\n        return x\n")
	want := "LOAD_FAST BEFORE_WITH STORE_FAST LOAD_FAST SWAP LOAD_CONST LOAD_CONST LOAD_CONST CALL POP_TOP RETURN_VALUE"
	if got := opsOf(c); !strings.HasPrefix(got, want) {
		t.Errorf("ops:\n got %s\nwant %s ...", got, want)
	}
	for _, op := range []Op{PUSH_EXC_INFO, WITH_EXCEPT_START, RERAISE, POP_EXCEPT} {
		if !strings.Contains(opsOf(c), op.String()) {
			t.Errorf("no %s in %s", op, opsOf(c))
		}
	}
	// The exit call of the return is on the with statement's line.
	for pc, ins := range c.Instrs {
		if ins.Op() == CALL && c.LineAt(pc) != 2 {
			t.Errorf("CALL at %d is on line %d, want 2", pc, c.LineAt(pc))
		}
	}
	// The body handler keeps the bound __exit__ (depth 1) and does not
	// cover BEFORE_WITH or the exit call.
	var body *Handler
	for i, h := range c.Handlers {
		if c.Instrs[h.Target].Op() == PUSH_EXC_INFO {
			body = &c.Handlers[i]
		}
	}
	if body == nil {
		t.Fatalf("no handler targets PUSH_EXC_INFO: %+v", c.Handlers)
	}
	if body.Depth != 1 {
		t.Errorf("body handler depth %d, want 1", body.Depth)
	}
	for pc := body.Start; pc < body.End; pc++ {
		if op := c.Instrs[pc].Op(); op == BEFORE_WITH || op == CALL {
			t.Errorf("handler covers %s at %d", op, pc)
		}
	}
}

// TestWithNestedDepths checks that handler depths account for the
// __exit__ methods and loop iterators held below them.
func TestWithNestedDepths(t *testing.T) {
	c := funcCode(t, `
def f(a, b, xs):
    for x in xs:
        with a, b:
            try:
                if x:
                    break
                continue
            except ValueError:
                return 1
    return 0
`)
	depth := map[Op]int32{}
	for _, h := range c.Handlers {
		op := c.Instrs[h.Target].Op()
		if h.Depth > depth[op] {
			depth[op] = h.Depth
		}
	}
	// iterator + two __exit__: the try's handler keeps 3 values.
	if depth[PUSH_EXC_INFO] != 3 {
		t.Errorf("deepest PUSH_EXC_INFO handler at depth %d, want 3 (%+v)", depth[PUSH_EXC_INFO], c.Handlers)
	}
	if c.StackSize < 6 {
		t.Errorf("stack size %d too small", c.StackSize)
	}
}
