package interp

import (
	"bytes"
	"testing"

	"github.com/tracejit/tracejit/interp/syntax"
	"github.com/tracejit/tracejit/runtime"
)

// TestObjectCodeAllocations checks the allocation cost per loop iteration
// of method calls, attribute reads and writes, closure calls and class
// instantiation: method calls must not allocate a bound method, and a new
// instance is one allocation.
func TestObjectCodeAllocations(t *testing.T) {
	src := []byte(`
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
def meth(n):
    p = Point(1, 2)
    t = 0
    for i in range(n):
        t += p.norm2()
    return t
def attr(n):
    p = Point(0, 0)
    t = 0
    for i in range(n):
        t += p.x
        p.y = i
    return t
def clo(n):
    c = 0
    def inc():
        nonlocal c
        c += 1
    for i in range(n):
        inc()
    return c
def new(n):
    p = None
    for i in range(n):
        p = Point(i, i)
    return p
`)
	tree, err := syntax.Parse("a.py", src)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	vm := NewVM(runtime.NewThread(&out, &out, nil))
	m := runtime.NewModule("__main__")
	code, err := Compile(tree, "a.py", src, m.Globals)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := vm.execModule(&loadedModule{mod: m, code: code}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		fn   string
		want float64
	}{{"meth", 0}, {"attr", 0}, {"clo", 0}, {"new", 1}} {
		fv, _ := m.Globals.Get(tc.fn)
		fn := fv.Object().(*Function)
		small := testing.AllocsPerRun(5, func() { vm.callFunction(fn, []runtime.Value{runtime.Int(10)}, nil) })
		large := testing.AllocsPerRun(5, func() { vm.callFunction(fn, []runtime.Value{runtime.Int(1010)}, nil) })
		if per := (large - small) / 1000; per > tc.want {
			t.Errorf("%s: %.2f allocations per iteration, want %v", tc.fn, per, tc.want)
		}
	}
}
