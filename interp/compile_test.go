package interp

import (
	"bytes"
	"strings"
	"testing"

	"github.com/tracejit/tracejit/interp/syntax"
	"github.com/tracejit/tracejit/runtime"
)

func compileString(t *testing.T, src string) (*Code, error) {
	t.Helper()
	tree, err := syntax.Parse("t.py", []byte(src))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return Compile(tree, "t.py", []byte(src), runtime.NewModule("__main__").Globals)
}

func TestOpTableComplete(t *testing.T) {
	for op := Op(0); op < opCount; op++ {
		if opTable[op].name == "" {
			t.Errorf("opcode %d has no table row", op)
		}
	}
}

func TestCompileErrors(t *testing.T) {
	tests := []struct {
		src, kind, msg string
		line           int32
	}{
		{"x = 1\nreturn x\n", "SyntaxError", "'return' outside function", 2},
		{"for i in x:\n    pass\nbreak\n", "SyntaxError", "'break' outside loop", 3},
		{"continue\n", "SyntaxError", "'continue' not properly in loop", 1},
		{"def f(a, a):\n    pass\n", "SyntaxError", "duplicate argument 'a' in function definition", 1},
		{"def f():\n    x = 1\n    global x\n", "SyntaxError", "name 'x' is assigned to before global declaration", 3},
		{"def f():\n    x = 1\n    nonlocal x\n", "SyntaxError", "name 'x' is assigned to before nonlocal declaration", 3},
		{"def f():\n    print(x)\n    nonlocal x\n", "SyntaxError", "name 'x' is used prior to nonlocal declaration", 3},
		{"def f(x):\n    nonlocal x\n", "SyntaxError", "name 'x' is parameter and nonlocal", 2},
		{"def f(x):\n    y = 1\n    global x\n", "SyntaxError", "name 'x' is parameter and global", 3},
		{"def f():\n    nonlocal x\n", "SyntaxError", "no binding for nonlocal 'x' found", 2},
		{"def f():\n    global x\n    nonlocal x\n", "SyntaxError", "name 'x' is nonlocal and global", 2},
		{"class C:\n    nonlocal x\n", "SyntaxError", "no binding for nonlocal 'x' found", 2},
		{"nonlocal x\n", "SyntaxError", "nonlocal declaration not allowed at module level", 1},
		{"def f(x):\n  def g():\n    nonlocal y\n", "SyntaxError", "no binding for nonlocal 'y' found", 3},
		{"x = [(yield 1) for i in range(3)]\n", "SyntaxError", "'yield' inside list comprehension", 1},
		{"def f():\n    return {(yield) for i in range(3)}\n", "SyntaxError", "'yield' inside set comprehension", 2},
		{"def f():\n    return ((yield) for i in range(3))\n", "SyntaxError", "'yield' inside generator expression", 2},
		{"yield 1\n", "SyntaxError", "'yield' outside function", 1},
		{"class C:\n    yield 1\n", "SyntaxError", "'yield' outside function", 2},
		{"class C:\n    return 1\n", "SyntaxError", "'return' outside function", 2},
		{"def f():\n    return [i := 0 for i in range(3)]\n", "SyntaxError", "assignment expression cannot rebind comprehension iteration variable 'i'", 2},
		{"class C:\n    y = [j := i for i in range(3)]\n", "SyntaxError", "assignment expression within a comprehension cannot be used in a class body", 2},
	}
	for _, tc := range tests {
		_, err := compileString(t, tc.src)
		se, ok := err.(*syntax.Error)
		if !ok {
			t.Errorf("%q: got %v, want %s", tc.src, err, tc.msg)
			continue
		}
		if se.Kind != tc.kind || se.Msg != tc.msg || se.Pos.Line != tc.line {
			t.Errorf("%q: got %s: %s at line %d, want %s: %s at line %d", tc.src, se.Kind, se.Msg, se.Pos.Line, tc.kind, tc.msg, tc.line)
		}
	}
}

// TestLoopsUseJumpBackward checks the invariant the JIT relies on: the only
// jumps to earlier instructions are JUMP_BACKWARD.
func TestLoopsUseJumpBackward(t *testing.T) {
	src := `
def f(xs):
    total = 0
    for x in xs:
        if x < 0:
            continue
        while x > 10:
            x -= 10
            if x == 15:
                break
        total += x
    return [y * 2 for y in xs if y > 0 for z in range(y) if z]
`
	code, err := compileString(t, src)
	if err != nil {
		t.Fatal(err)
	}
	var check func(c *Code)
	check = func(c *Code) {
		for pc, ins := range c.Instrs {
			if isJump(ins.Op()) && ins.Arg() <= pc && ins.Op() != JUMP_BACKWARD {
				t.Errorf("%s: %s at %d jumps backward to %d", c.Name, ins.Op(), pc, ins.Arg())
			}
			if ins.Op() == JUMP_BACKWARD && ins.Arg() > pc {
				t.Errorf("%s: JUMP_BACKWARD at %d jumps forward", c.Name, pc)
			}
		}
		for _, k := range c.Consts {
			if sub, ok := k.Object().(*Code); ok {
				check(sub)
			}
		}
	}
	check(code)
}

func TestDisassemble(t *testing.T) {
	code, err := compileString(t, "x = 1\nwhile x < 10:\n    x += 1\n")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	Disassemble(&b, code)
	out := b.String()
	for _, want := range []string{
		"  1           0 LOAD_CONST               0 (1)",
		"STORE_GLOBAL             1 (x)",
		"COMPARE_OP               0 (<)",
		"BINARY_OP              128 (+=)",
		"JUMP_BACKWARD            2 (to 2)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("listing lacks %q:\n%s", want, out)
		}
	}
}

// TestArithmeticAllocatesNothing runs a compiled int/float loop and checks
// the interpreter allocates nothing per iteration.
func TestArithmeticAllocatesNothing(t *testing.T) {
	src := []byte(`
def f(n):
    i = 0
    x = 0.5
    b = True
    while i < n:
        i = i + 1
        x = x * 1.0000001 + 0.25 - i / 3
        b = not b and i != 7 or x > 2.0
        if b is None:
            break
    return i
`)
	tree, err := syntax.Parse("a.py", src)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	th := runtime.NewThread(&out, &out, nil)
	vm := NewVM(th)
	m := runtime.NewModule("__main__")
	code, err := Compile(tree, "a.py", src, m.Globals)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := vm.execModule(&loadedModule{mod: m, code: code}); err != nil {
		t.Fatal(err)
	}
	fv, _ := m.Globals.Get("f")
	fn := fv.Object().(*Function)
	small := testing.AllocsPerRun(5, func() { vm.callFunction(fn, []runtime.Value{runtime.Int(10)}, nil) })
	large := testing.AllocsPerRun(5, func() { vm.callFunction(fn, []runtime.Value{runtime.Int(10000)}, nil) })
	if large > small {
		t.Errorf("allocations grow with iterations: %v for 10 iterations, %v for 10000", small, large)
	}
}
