package interp

import (
	"reflect"
	"strings"
	"testing"

	"github.com/tracejit/tracejit/interp/syntax"
)

// findCode returns the code object with the given qualified name.
func findCode(c *Code, qual string) *Code {
	if c.QualName == qual {
		return c
	}
	for _, k := range c.Consts {
		if sub, ok := k.Object().(*Code); ok {
			if r := findCode(sub, qual); r != nil {
				return r
			}
		}
	}
	return nil
}

// nameOps lists "OPNAME name" for the name instructions of a code object.
func nameOps(c *Code) []string {
	var out []string
	for _, ins := range c.Instrs {
		op, arg := ins.Op(), ins.Arg()
		switch opTable[op].arg {
		case argLocal:
			out = append(out, op.String()+" "+c.VarNames[arg])
		case argCell:
			out = append(out, op.String()+" "+c.cellName(arg))
		case argGlobal:
			out = append(out, op.String()+" "+c.Globals.Names[arg])
		case argName:
			if strings.HasSuffix(op.String(), "_NAME") {
				out = append(out, op.String()+" "+c.Names[arg])
			}
		}
	}
	return out
}

func TestSymbolTable(t *testing.T) {
	tests := []struct {
		name, src, code string
		cells, frees    []string
		ops             []string // name instructions, in order (nil: not checked)
	}{
		{
			name: "closure over a parameter",
			src:  "def f(x):\n    def g():\n        return x\n    return g\n",
			code: "f", cells: []string{"x"},
			ops: []string{"LOAD_CLOSURE x", "STORE_FAST g", "LOAD_FAST g"},
		},
		{
			name: "free variable",
			src:  "def f(x):\n    def g():\n        return x\n    return g\n",
			code: "f.<locals>.g", frees: []string{"x"},
			ops: []string{"LOAD_DEREF x"},
		},
		{
			name: "nonlocal",
			src:  "def f():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n    return inc\n",
			code: "f.<locals>.inc", frees: []string{"n"},
			ops: []string{"LOAD_DEREF n", "STORE_DEREF n"},
		},
		{
			name: "pass-through scope",
			src:  "def f(a):\n    def g():\n        def h():\n            return a\n        return h\n    return g\n",
			code: "f.<locals>.g", frees: []string{"a"},
		},
		{
			name: "global declaration wins over enclosing binding",
			src:  "def f():\n    x = 1\n    def g():\n        global x\n        return x\n    return g\n",
			code: "f.<locals>.g",
			ops:  []string{"LOAD_GLOBAL x"},
		},
		{
			name: "methods skip the class scope",
			src:  "x = 1\nclass C:\n    x = 2\n    def m(self):\n        return x\n",
			code: "C.m",
			ops:  []string{"LOAD_GLOBAL x"},
		},
		{
			name: "class body names",
			src:  "class C:\n    a = 1\n    b = a + len([])\n",
			code: "C",
			ops:  []string{"STORE_NAME a", "LOAD_NAME a", "LOAD_NAME len", "STORE_NAME b"},
		},
		{
			name: "class body reading an enclosing function's variable",
			src:  "def f(v):\n    class C:\n        w = v\n    return C\n",
			code: "f.<locals>.C", frees: []string{"v"},
			ops: []string{"LOAD_CLASSDEREF v", "STORE_NAME w"},
		},
		{
			name: "zero-argument super makes a __class__ cell",
			src:  "class C:\n    def m(self):\n        return super().m()\n",
			code: "C", cells: []string{"__class__"},
		},
		{
			name: "zero-argument super reads __class__ and self",
			src:  "class C:\n    def m(self):\n        return super().m()\n",
			code: "C.m", frees: []string{"__class__"},
			ops: []string{"LOAD_GLOBAL super", "LOAD_DEREF __class__", "LOAD_FAST self"},
		},
		{
			name: "inline comprehension uses hidden locals",
			src:  "def f(xs):\n    return [x * 2 for x in xs]\n",
			code: "f",
		},
		{
			name: "comprehension with a lambda is a function",
			src:  "def f():\n    return [lambda: i for i in range(3)]\n",
			code: "f.<locals>.<listcomp>", cells: []string{"i"},
		},
		{
			name: "generator expression",
			src:  "def f(n):\n    return sum(x * n for x in range(3))\n",
			code: "f.<locals>.<genexpr>", frees: []string{"n"},
		},
		{
			name: "walrus in a comprehension binds in the function",
			src:  "def f(xs):\n    ys = [(y := x) for x in xs]\n    return y\n",
			code: "f",
		},
	}
	for _, tc := range tests {
		code, err := compileString(t, tc.src)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		c := findCode(code, tc.code)
		if c == nil {
			t.Errorf("%s: no code %s", tc.name, tc.code)
			continue
		}
		if !reflect.DeepEqual(c.CellVars, tc.cells) && (len(c.CellVars) > 0 || len(tc.cells) > 0) {
			t.Errorf("%s: cells %v, want %v", tc.name, c.CellVars, tc.cells)
		}
		if !reflect.DeepEqual(c.FreeVars, tc.frees) && (len(c.FreeVars) > 0 || len(tc.frees) > 0) {
			t.Errorf("%s: frees %v, want %v", tc.name, c.FreeVars, tc.frees)
		}
		if tc.ops != nil {
			got := nameOps(c)
			if !hasSubsequence(got, tc.ops) {
				t.Errorf("%s: name ops %v, want %v in order", tc.name, got, tc.ops)
			}
		}
	}
}

func hasSubsequence(got, want []string) bool {
	i := 0
	for _, g := range got {
		if i < len(want) && g == want[i] {
			i++
		}
	}
	return i == len(want)
}

// TestInlineComprehensionLocals checks that an inline comprehension's
// variable does not leak into the function's own local of the same name.
func TestInlineComprehensionLocals(t *testing.T) {
	code, err := compileString(t, "def f(xs):\n    x = 'outer'\n    ys = [x for x in xs]\n    return x\n")
	if err != nil {
		t.Fatal(err)
	}
	c := findCode(code, "f")
	hidden := 0
	for _, n := range c.VarNames {
		if strings.HasPrefix(n, ".x#") {
			hidden++
		}
	}
	if hidden != 1 || len(c.Inlined) != 1 || c.Inlined[0].Name != "<listcomp>" {
		t.Errorf("varnames %v, inlined %v", c.VarNames, c.Inlined)
	}
}

// TestSymbolTableErrorPositions checks that errors found by the symbol
// table point at the statement CPython reports, even when the compiler
// would find another error earlier in the file.
func TestSymbolTableErrorPositions(t *testing.T) {
	src := "break\ndef f():\n    x = 1\n    def g():\n        print(y)\n        nonlocal y\n"
	_, err := compileString(t, src)
	se, ok := err.(*syntax.Error)
	if !ok || se.Msg != "name 'y' is used prior to nonlocal declaration" || se.Pos.Line != 6 {
		t.Fatalf("got %v", err)
	}
}
