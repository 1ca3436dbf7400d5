package runtime

import (
	"strings"
	"testing"
)

// enumTestClass makes class name(bases...) with the given body, in
// definition order (name, value pairs), as a class statement would.
func enumTestClass(th *Thread, name string, bases []*Type, body ...any) (*Type, error) {
	ns := NewDict()
	ns.SetStr("__module__", NewStr("__main__"))
	ns.SetStr("__qualname__", NewStr(name))
	for i := 0; i < len(body); i += 2 {
		ns.SetStr(body[i].(string), body[i+1].(Value))
	}
	return NewClass(th, name, name, bases, ns)
}

func TestEnum(t *testing.T) {
	th := libTestThread()
	mod := BuiltinModules["enum"](th)
	get := func(n string) *Type {
		v, _ := mod.Globals.Get(n)
		return v.ref.(*Type)
	}
	enum, intEnum := get("Enum"), get("IntEnum")
	auto := func() Value { return FromObject(&enumAuto{}) }
	color, err := enumTestClass(th, "Color", []*Type{enum}, "RED", Int(1), "GREEN", auto(), "BLUE", Int(5), "CRIMSON", Int(1), "_ignore_", NewStr("tmp"), "tmp", Int(0))
	if err != nil {
		t.Fatal(err)
	}
	c := FromObject(color)
	res := func(v Value, err error) string { return libResult(th, v, err) }
	str := func(v Value) string { s, err := ToStr(th, v); return res(NewStr(s), err) }
	length, lerr := Len(th, c)
	has := func(x Value) string { ok, err := Contains(th, c, x); return res(Bool(ok), err) }
	red, _ := GetAttr(th, c, "RED")
	for _, tc := range []struct{ got, want string }{
		{res(c, nil), "<enum 'Color'>"},
		{res(FromObject(color.Type()), nil), "<class 'enum.EnumType'>"},
		{res(Call(th, c, []Value{Int(2)}, nil)), "<Color.GREEN: 2>"},
		{res(Call(th, c, []Value{Int(7)}, nil)), "ValueError: 7 is not a valid Color"},
		{res(Call(th, c, nil, nil)), "TypeError: EnumType.__call__() missing 1 required positional argument: 'value'"},
		{res(Call(th, c, []Value{NewStr("X"), NewStr("A B")}, nil)), "NotImplementedError: the functional Enum API (Color(name, names)) is not supported yet"},
		{res(GetItem(th, c, NewStr("BLUE"))), "<Color.BLUE: 5>"},
		{res(GetItem(th, c, NewStr("PINK"))), "KeyError: 'PINK'"},
		{res(GetAttr(th, c, "PINK")), "AttributeError: PINK"},
		{res(Int(int64(length)), lerr), "3"},
		{res(Call(th, FromObject(ListType), []Value{c}, nil)), "[<Color.RED: 1>, <Color.GREEN: 2>, <Color.BLUE: 5>]"},
		{res(GetAttr(th, c, "CRIMSON")), "<Color.RED: 1>"},
		{has(red), "True"},
		{has(Int(1)), "TypeError: unsupported operand type(s) for 'in': 'int' and 'EnumType'"},
		{str(red), "'Color.RED'"},
		{res(testGetAttr(th, red, "name")), "'RED'"},
		{res(testGetAttr(th, c, "tmp")), "AttributeError: tmp"},
		{res(Value{}, SetAttr(th, c, "RED", Int(3))), "AttributeError: cannot reassign member 'RED'"},
		{res(Value{}, DelAttr(th, c, "RED")), "AttributeError: 'Color' cannot delete member 'RED'."},
		{res(None, SetAttr(th, c, "other", Int(3))), "None"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %s, want %s", tc.got, tc.want)
		}
	}
	if r, _ := Call(th, c, []Value{Int(1)}, nil); !r.Is(red) {
		t.Errorf("Color(1) is not Color.RED")
	}
	if _, err := enumTestClass(th, "More", []*Type{color}, "PINK", Int(9)); err == nil || AsException(err).Message() != "<enum 'More'> cannot extend <enum 'Color'>" {
		t.Errorf("extending: %v", err)
	}
	prio, err := enumTestClass(th, "Prio", []*Type{intEnum}, "LOW", Int(1), "HIGH", auto())
	if err != nil {
		t.Fatal(err)
	}
	high, _ := GetAttr(th, FromObject(prio), "HIGH")
	sum, err := Binary(th, OpAdd, high, Int(1), false)
	if got := res(sum, err) + " " + str(high); got != "3 '2'" {
		t.Errorf("IntEnum: %s", got)
	}
	if f, err := FormatValue(th, high, "03d"); f != "002" || err != nil {
		t.Errorf("format: %q %v", f, err)
	}
	for _, n := range []string{"Flag", "IntFlag"} {
		if _, err := enumTestClass(th, "F", []*Type{get(n)}, "A", Int(1)); err == nil || !AsException(err).IsInstance(NotImplementedErrorType) {
			t.Errorf("%s: %v", n, err)
		}
	}
	if _, err := enumTestClass(th, "Bad", []*Type{enum}, "_x_", Int(1)); err == nil || AsException(err).Message() != "_sunder_ names, such as '_x_', are reserved for future Enum use" {
		t.Errorf("sunder: %v", err)
	}
	abc := BuiltinModules["abc"](th)
	abcCls, _ := abc.Globals.Get("ABC")
	if _, err := enumTestClass(th, "Both", []*Type{enum, abcCls.ref.(*Type)}); err == nil || !strings.HasPrefix(AsException(err).Message(), "metaclass conflict") {
		t.Errorf("metaclass conflict: %v", err)
	}
}

// testGetAttr is GetAttr for table tests.
func testGetAttr(th *Thread, v Value, name string) (Value, error) { return GetAttr(th, v, name) }
