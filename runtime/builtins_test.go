package runtime

import (
	"io"
	"math/big"
	"strings"
	"testing"
)

// The expected values in the *_test.go tables of the builtins were produced
// by CPython 3.11: each case is a call, and want is repr(result) or
// "ExceptionType: message".

type callCase struct {
	fn   string // "len", "str.split" (receiver is args[0]), "math.floor", "dict.fromkeys"
	args []Value
	kw   []string
	kwv  []Value
	want string
}

func vS(s string) Value  { return NewStr(s) }
func vI(n int64) Value   { return Int(n) }
func vF(f float64) Value { return Float(f) }
func vL(vs ...Value) Value {
	return NewList(vs)
}
func vT(vs ...Value) Value { return TupleValue(vs...) }

func vB(s string) Value {
	b, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic("bad big int " + s)
	}
	return MakeInt(b)
}

func vD(kv ...Value) Value {
	d := NewDict()
	for i := 0; i < len(kv); i += 2 {
		if err := d.Set(nil, kv[i], kv[i+1]); err != nil {
			panic(err)
		}
	}
	return FromObject(d)
}

func testThread() *Thread { return NewThread(io.Discard, io.Discard, []string{"prog.py"}) }

// resolveCall finds the callable a case names and the arguments to pass it.
func resolveCall(th *Thread, name string, args []Value) (Value, []Value, error) {
	if mod, fn, ok := strings.Cut(name, "."); ok {
		if mk := BuiltinModules[mod]; mk != nil {
			v, found := mk(th).Globals.Get(fn)
			if !found {
				return Value{}, nil, Errorf(AttributeErrorType, "no %s", name)
			}
			return v, args, nil
		}
		if mod == "dict" && fn == "fromkeys" {
			v, err := GetAttr(th, FromObject(DictType), fn)
			return v, args, err
		}
		v, err := GetAttr(th, args[0], fn)
		return v, args[1:], err
	}
	v, ok := Builtins[name]
	if !ok {
		return Value{}, nil, Errorf(NameErrorType, "name '%s' is not defined", name)
	}
	return v, args, nil
}

// outcome renders a result as the tables do.
func outcome(th *Thread, v Value, err error) string {
	if err != nil {
		e := AsException(err)
		if msg := e.Message(); msg != "" {
			return e.Type().Name + ": " + msg
		}
		return e.Type().Name + ": "
	}
	s, rerr := Repr(th, v)
	if rerr != nil {
		return "repr failed: " + rerr.Error()
	}
	return s
}

func runCases(t *testing.T, cases []callCase) {
	t.Helper()
	for _, c := range cases {
		th := testThread()
		fn, args, err := resolveCall(th, c.fn, c.args)
		var got string
		if err != nil {
			got = outcome(th, Value{}, err)
		} else {
			all := append(append([]Value(nil), args...), c.kwv...)
			r, err := Call(th, fn, all, c.kw)
			got = outcome(th, r, err)
		}
		if got != c.want {
			t.Errorf("%s%s:\n got %s\nwant %s", c.fn, describeArgs(th, c), got, c.want)
		}
	}
}

func describeArgs(th *Thread, c callCase) string {
	var parts []string
	for _, a := range c.args {
		s, _ := Repr(th, a)
		if len(s) > 60 {
			s = s[:60] + "..."
		}
		parts = append(parts, s)
	}
	for i, k := range c.kw {
		s, _ := Repr(th, c.kwv[i])
		parts = append(parts, k+"="+s)
	}
	return "(" + strings.Join(parts, ", ") + ")"
}
