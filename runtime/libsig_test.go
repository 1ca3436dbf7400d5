package runtime

import "testing"

// Messages checked against CPython 3.11 calling the equivalent Python functions.
func TestPySig(t *testing.T) {
	s := NewStr
	f := &pySig{qual: "f", names: []string{"a", "b", "c"}, defaults: []Value{Int(3)}}
	g := &pySig{qual: "g", names: []string{"self", "it"}, posOnly: 2, defaults: []Value{None}, varKw: true}
	h := &pySig{qual: "h", names: []string{"self", "x"}, posOnly: 2}
	one := &pySig{qual: "one", names: []string{"self"}}
	for _, c := range []struct {
		sig  *pySig
		args []Value
		kw   []string
		want string
	}{
		{f, []Value{Int(1), Int(2)}, nil, "(1, 2, 3)"},
		{f, []Value{Int(1), Int(2), Int(4)}, []string{"c", "b"}, "(1, 4, 2)"},
		{f, nil, nil, "TypeError: f() missing 2 required positional arguments: 'a' and 'b'"},
		{f, []Value{Int(1), Int(2), Int(3), Int(4)}, nil, "TypeError: f() takes from 2 to 3 positional arguments but 4 were given"},
		{f, []Value{Int(1), Int(2)}, []string{"a"}, "TypeError: f() got multiple values for argument 'a'"},
		{f, []Value{Int(1), Int(2)}, []string{"z"}, "TypeError: f() got an unexpected keyword argument 'z'"},
		{g, []Value{Int(0), s("v")}, []string{"it"}, "(0, None) it"},
		{h, []Value{Int(0), Int(1)}, []string{"x"}, "TypeError: h() got some positional-only arguments passed as keyword arguments: 'x'"},
		{one, []Value{Int(0), Int(1)}, nil, "TypeError: one() takes 1 positional argument but 2 were given"},
	} {
		vals, ekw, _, err := c.sig.bind(c.args, c.kw)
		got := ""
		if err != nil {
			got = libResult(nil, Value{}, err)
		} else {
			got = libResult(nil, TupleValue(vals...), nil)
			for _, k := range ekw {
				got += " " + k
			}
		}
		if got != c.want {
			t.Errorf("%s%v kw=%v: %s, want %s", c.sig.qual, c.args, c.kw, got, c.want)
		}
	}
}
