package runtime

import (
	"bytes"
	"math/rand"
	"sort"
	"strings"
	"testing"
)

// Behaviour tests that need more than one call: mutation, output, sorting.

func callNamed(t *testing.T, th *Thread, name string, args []Value, kw []string) (Value, error) {
	t.Helper()
	fn, args, err := resolveCall(th, name, args)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return Call(th, fn, args, kw)
}

func mustRepr(t *testing.T, th *Thread, v Value) string {
	t.Helper()
	s, err := Repr(th, v)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestListSortStableReverse(t *testing.T) {
	th := testThread()
	r := rand.New(rand.NewSource(1))
	type pair struct{ k, i int }
	var pairs []pair
	var items []Value
	for i := 0; i < 3000; i++ {
		k := r.Intn(20)
		pairs = append(pairs, pair{k, i})
		// The key is the length of the list; the list's second item tags it.
		items = append(items, vL(vI(int64(i)), vI(int64(k)))) // placeholder, replaced below
		items[i] = NewList(append(make([]Value, k), vI(int64(i))))
	}
	for _, reverse := range []bool{false, true} {
		l := NewList(append([]Value(nil), items...))
		_, err := callNamed(t, th, "list.sort", []Value{l, Builtins["len"], Bool(reverse)}, []string{"key", "reverse"})
		if err != nil {
			t.Fatal(err)
		}
		want := append([]pair(nil), pairs...)
		sort.SliceStable(want, func(a, b int) bool {
			if reverse {
				return want[a].k > want[b].k
			}
			return want[a].k < want[b].k
		})
		got := l.Object().(*List).Items
		for j, w := range want {
			g := got[j].Object().(*List).Items
			if len(g)-1 != w.k || g[len(g)-1].AsInt() != int64(w.i) {
				t.Fatalf("reverse=%v: position %d holds (%d, %d), want (%d, %d)", reverse, j, len(g)-1, g[len(g)-1].AsInt(), w.k, w.i)
			}
		}
	}
}

func TestListSortMatchesGoSort(t *testing.T) {
	th := testThread()
	r := rand.New(rand.NewSource(7))
	for _, n := range []int{0, 1, 2, 5, 63, 64, 65, 200, 1000, 5000} {
		for _, shape := range []string{"random", "sorted", "reversed", "runs", "few"} {
			xs := make([]int64, n)
			for i := range xs {
				switch shape {
				case "random":
					xs[i] = r.Int63n(1000)
				case "sorted":
					xs[i] = int64(i)
				case "reversed":
					xs[i] = int64(n - i)
				case "runs":
					xs[i] = int64(i%37) * int64(i/37)
				case "few":
					xs[i] = r.Int63n(3)
				}
			}
			vals := make([]Value, n)
			for i, x := range xs {
				vals[i] = Int(x)
			}
			l := NewList(vals)
			if _, err := callNamed(t, th, "list.sort", []Value{l}, nil); err != nil {
				t.Fatal(err)
			}
			sort.Slice(xs, func(a, b int) bool { return xs[a] < xs[b] })
			for i, v := range l.Object().(*List).Items {
				if v.AsInt() != xs[i] {
					t.Fatalf("n=%d %s: item %d = %d, want %d", n, shape, i, v.AsInt(), xs[i])
				}
			}
		}
	}
}

func TestListSortErrors(t *testing.T) {
	th := testThread()
	l := vL(vI(3), vI(1), vI(2))
	// A key function that changes the list being sorted.
	mutate := NewBuiltin("mutate", func(t *Thread, args []Value, kw []string) (Value, error) {
		l.Object().(*List).Items = append(l.Object().(*List).Items, Int(0))
		return args[0], nil
	})
	_, err := callNamed(t, th, "list.sort", []Value{l, mutate}, []string{"key"})
	if got := outcome(th, None, err); got != "ValueError: list modified during sort" {
		t.Errorf("mutating key: %s", got)
	}
	if got := mustRepr(t, th, l); got != "[1, 2, 3]" { // sorted, then restored
		t.Errorf("list after failed sort: %s", got)
	}
	// A failing comparison leaves a permutation of the items.
	l2 := vL(vI(2), vS("a"), vI(1))
	_, err = callNamed(t, th, "list.sort", []Value{l2}, nil)
	if got := outcome(th, None, err); got != "TypeError: '<' not supported between instances of 'str' and 'int'" {
		t.Errorf("mixed sort: %s", got)
	}
	if got := mustRepr(t, th, l2); got != "[2, 'a', 1]" {
		t.Errorf("list after failed comparison: %s", got)
	}
	l3 := vL(vI(5), vI(4), vI(3), vI(2), vI(1), vS("a"), vI(0))
	_, err = callNamed(t, th, "list.sort", []Value{l3, True}, []string{"reverse"})
	if got := mustRepr(t, th, l3); err == nil || got != "[5, 4, 3, 2, 1, 'a', 0]" {
		t.Errorf("reverse sort after failed comparison: %s, %v", got, err)
	}
}

func TestListMutatingMethods(t *testing.T) {
	th := testThread()
	l := vL(vI(1), vI(2), vI(3))
	steps := []struct {
		method string
		args   []Value
		want   string // repr of the list afterwards
	}{
		{"append", []Value{vI(4)}, "[1, 2, 3, 4]"},
		{"insert", []Value{vI(-100), vI(0)}, "[0, 1, 2, 3, 4]"},
		{"insert", []Value{vI(100), vI(5)}, "[0, 1, 2, 3, 4, 5]"},
		{"insert", []Value{vI(-1), vS("x")}, "[0, 1, 2, 3, 4, 'x', 5]"},
		{"remove", []Value{vS("x")}, "[0, 1, 2, 3, 4, 5]"},
		{"pop", []Value{vI(0)}, "[1, 2, 3, 4, 5]"},
		{"pop", nil, "[1, 2, 3, 4]"},
		{"extend", []Value{vT(vI(7), vI(8))}, "[1, 2, 3, 4, 7, 8]"},
		{"extend", []Value{vS("ab")}, "[1, 2, 3, 4, 7, 8, 'a', 'b']"},
		{"reverse", nil, "['b', 'a', 8, 7, 4, 3, 2, 1]"},
		{"clear", nil, "[]"},
	}
	for _, s := range steps {
		if _, err := callNamed(t, th, "list."+s.method, append([]Value{l}, s.args...), nil); err != nil {
			t.Fatalf("%s: %v", s.method, err)
		}
		if got := mustRepr(t, th, l); got != s.want {
			t.Errorf("after %s: %s, want %s", s.method, got, s.want)
		}
	}
	// l.extend(l) doubles the list.
	l = vL(vI(1), vI(2))
	if _, err := callNamed(t, th, "list.extend", []Value{l, l}, nil); err != nil {
		t.Fatal(err)
	}
	if got := mustRepr(t, th, l); got != "[1, 2, 1, 2]" {
		t.Errorf("l.extend(l): %s", got)
	}
}

func TestDictMutatingMethods(t *testing.T) {
	th := testThread()
	d := vD(vS("a"), vI(1), vS("b"), vI(2))
	steps := []struct {
		method string
		args   []Value
		kw     []string
		result string
		want   string // repr of the dict afterwards
	}{
		{"setdefault", []Value{vS("c"), vI(3)}, nil, "3", "{'a': 1, 'b': 2, 'c': 3}"},
		{"setdefault", []Value{vS("a"), vI(9)}, nil, "1", "{'a': 1, 'b': 2, 'c': 3}"},
		{"setdefault", []Value{vS("n")}, nil, "None", "{'a': 1, 'b': 2, 'c': 3, 'n': None}"},
		{"pop", []Value{vS("b")}, nil, "2", "{'a': 1, 'c': 3, 'n': None}"},
		{"pop", []Value{vS("b"), vI(0)}, nil, "0", "{'a': 1, 'c': 3, 'n': None}"},
		{"pop", []Value{vS("b")}, nil, "KeyError: 'b'", "{'a': 1, 'c': 3, 'n': None}"},
		{"update", []Value{vL(vT(vS("z"), vI(26)), vS("ab")), vI(5)}, []string{"k"}, "None", "{'a': 'b', 'c': 3, 'n': None, 'z': 26, 'k': 5}"},
		{"update", []Value{vD(vS("c"), vI(-3), vI(1), vI(1))}, nil, "None", "{'a': 'b', 'c': -3, 'n': None, 'z': 26, 'k': 5, 1: 1}"},
		{"popitem", nil, nil, "(1, 1)", "{'a': 'b', 'c': -3, 'n': None, 'z': 26, 'k': 5}"},
		{"popitem", nil, nil, "('k', 5)", "{'a': 'b', 'c': -3, 'n': None, 'z': 26}"},
		{"copy", nil, nil, "{'a': 'b', 'c': -3, 'n': None, 'z': 26}", "{'a': 'b', 'c': -3, 'n': None, 'z': 26}"},
		{"fromkeys", []Value{vS("xy"), vI(0)}, nil, "{'x': 0, 'y': 0}", "{'a': 'b', 'c': -3, 'n': None, 'z': 26}"},
		{"keys", nil, nil, "dict_keys(['a', 'c', 'n', 'z'])", "{'a': 'b', 'c': -3, 'n': None, 'z': 26}"},
		{"values", nil, nil, "dict_values(['b', -3, None, 26])", "{'a': 'b', 'c': -3, 'n': None, 'z': 26}"},
		{"items", nil, nil, "dict_items([('a', 'b'), ('c', -3), ('n', None), ('z', 26)])", "{'a': 'b', 'c': -3, 'n': None, 'z': 26}"},
		{"clear", nil, nil, "None", "{}"},
		{"popitem", nil, nil, "KeyError: 'popitem(): dictionary is empty'", "{}"},
	}
	for _, s := range steps {
		m, err := GetAttr(th, d, s.method)
		if err != nil {
			t.Fatal(err)
		}
		r, err := Call(th, m, s.args, s.kw)
		if got := outcome(th, r, err); got != s.result {
			t.Errorf("%s: returned %s, want %s", s.method, got, s.result)
		}
		if got := mustRepr(t, th, d); got != s.want {
			t.Errorf("after %s: %s, want %s", s.method, got, s.want)
		}
	}
}

func TestPrintAndStreams(t *testing.T) {
	var out, errOut bytes.Buffer
	th := NewThread(&out, &errOut, nil)
	sys := BuiltinModules["sys"](th)
	th.Modules["sys"] = sys
	stderr, _ := sys.Globals.Get("stderr")
	stdout, _ := sys.Globals.Get("stdout")
	calls := []struct {
		args []Value
		kw   []string
		want string
	}{
		{[]Value{vI(1), vS("a"), vL(vS("b"))}, nil, ""},
		{[]Value{vI(1), vI(2), vS("-"), vS("!\n")}, []string{"sep", "end"}, ""},
		{[]Value{vI(1), vI(2), None, None}, []string{"sep", "end"}, ""},
		{nil, nil, ""},
		{[]Value{vS("err"), stderr}, []string{"file"}, ""},
		{[]Value{vS("flushed"), stdout, True}, []string{"file", "flush"}, ""},
		{[]Value{vI(1), vI(1)}, []string{"sep"}, "TypeError: sep must be None or a string, not int"},
		{[]Value{vI(1), vI(1)}, []string{"end"}, "TypeError: end must be None or a string, not int"},
		{[]Value{vI(1), vI(1)}, []string{"foo"}, "TypeError: 'foo' is an invalid keyword argument for print()"},
		{[]Value{vI(1), vI(1)}, []string{"file"}, "AttributeError: 'int' object has no attribute 'write'"},
	}
	for _, c := range calls {
		_, err := Call(th, Builtins["print"], c.args, c.kw)
		got := ""
		if err != nil {
			got = outcome(th, None, err)
		}
		if got != c.want {
			t.Errorf("print%v: %s, want %s", c.kw, got, c.want)
		}
	}
	write, _ := GetAttr(th, stdout, "write")
	if r, err := Call(th, write, []Value{vS("héllo\n")}, nil); outcome(th, r, err) != "6" {
		t.Errorf("write returned %s", outcome(th, r, err))
	}
	if _, err := Call(th, write, []Value{vI(5)}, nil); outcome(th, None, err) != "TypeError: write() argument must be str, not int" {
		t.Errorf("write(5): %s", outcome(th, None, err))
	}
	th.Stdout.Flush()
	if want := "1 a ['b']\n1-2!\n1 2\n\nflushed\nhéllo\n"; out.String() != want {
		t.Errorf("stdout = %q, want %q", out.String(), want)
	}
	if errOut.String() != "err\n" {
		t.Errorf("stderr = %q", errOut.String())
	}
	if got := mustRepr(t, th, stdout); got != "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>" {
		t.Errorf("repr(sys.stdout) = %s", got)
	}
}

func TestSysModule(t *testing.T) {
	th := NewThread(&bytes.Buffer{}, &bytes.Buffer{}, []string{"prog.py", "x"})
	th.Depth = 1 // the module's frame
	sys := BuiltinModules["sys"](th)
	get := func(name string) Value {
		v, ok := sys.Globals.Get(name)
		if !ok {
			t.Fatalf("sys.%s missing", name)
		}
		return v
	}
	call := func(name string, args ...Value) string {
		r, err := Call(th, get(name), args, nil)
		return outcome(th, r, err)
	}
	checks := []struct{ got, want string }{
		{mustRepr(t, th, get("argv")), "['prog.py', 'x']"},
		{mustRepr(t, th, get("maxsize")), "9223372036854775807"},
		{call("getrecursionlimit"), "1000"},
		{call("setrecursionlimit", vI(0)), "ValueError: recursion limit must be greater or equal than 1"},
		{call("setrecursionlimit", vI(2)), "RecursionError: cannot set the recursion limit to 2 at the recursion depth 2: the limit is too low"},
		{call("setrecursionlimit", vF(1.5)), "TypeError: 'float' object cannot be interpreted as an integer"},
		{call("setrecursionlimit", vB("1099511627776")), "OverflowError: Python int too large to convert to C int"},
		{call("setrecursionlimit", vI(3)), "None"},
		{call("getrecursionlimit"), "3"},
		{call("setrecursionlimit", vI(1<<30)), "None"},
		{call("getrecursionlimit"), "200000"},
		{call("exit"), "SystemExit: "},
		{call("exit", vI(3)), "SystemExit: 3"},
		{call("exit", vS("bye")), "SystemExit: bye"},
		{call("exit", vI(1), vI(2)), "TypeError: exit expected at most 1 argument, got 2"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("got %s, want %s", c.got, c.want)
		}
	}
	if v := mustRepr(t, th, get("version")); !strings.HasPrefix(v, "'3.11") {
		t.Errorf("sys.version = %s", v)
	}
}

func TestTimeModule(t *testing.T) {
	th := testThread()
	tm := BuiltinModules["time"](th)
	for _, name := range []string{"perf_counter", "monotonic", "time", "process_time"} {
		f, _ := tm.Globals.Get(name)
		r, err := Call(th, f, nil, nil)
		if err != nil || !r.IsFloat() {
			t.Errorf("time.%s() = %v, %v", name, r, err)
		}
	}
	for _, name := range []string{"perf_counter_ns", "time_ns", "monotonic_ns"} {
		f, _ := tm.Globals.Get(name)
		r, err := Call(th, f, nil, nil)
		if err != nil || !r.IsInt() {
			t.Errorf("time.%s() = %v, %v", name, r, err)
		}
	}
	sleep, _ := tm.Globals.Get("sleep")
	for _, c := range []struct {
		arg  Value
		want string
	}{
		{vI(-1), "ValueError: sleep length must be non-negative"},
		{vS("a"), "TypeError: 'str' object cannot be interpreted as an integer"},
		{vF(nan()), "ValueError: Invalid value NaN (not a number)"},
		{vB("1180591620717411303424"), "OverflowError: timestamp too large to convert to C _PyTime_t"},
		{vF(0.001), "None"},
		{vI(0), "None"},
	} {
		r, err := Call(th, sleep, []Value{c.arg}, nil)
		if got := outcome(th, r, err); got != c.want {
			t.Errorf("sleep(%s): %s, want %s", mustRepr(t, th, c.arg), got, c.want)
		}
	}
}

func nan() float64 { var z float64; return z / z }
