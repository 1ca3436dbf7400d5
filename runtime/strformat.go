package runtime

import (
	"math/big"

	"github.com/tracejit/tracejit/runtime/format"
)

// operand adapts a Value to format.Operand for printf-style formatting.
type operand struct {
	t *Thread
	v Value
}

func (o operand) Str() (string, error)   { return ToStr(o.t, o.v) }
func (o operand) Repr() (string, error)  { return Repr(o.t, o.v) }
func (o operand) ASCII() (string, error) { return ASCIIRepr(o.t, o.v) }
func (o operand) TypeName() string       { return o.v.TypeName() }

func (o operand) Number() (*big.Int, float64, bool, bool) {
	v := o.v
	if b, ok := baseOf(v); ok {
		v = b // a subclass of int or float
	}
	switch {
	case IsIntLike(v):
		return ToBig(v), 0, true, true
	case v.IsFloat():
		return nil, v.AsFloat(), false, true
	}
	return nil, 0, false, false
}

// ASCIIRepr is ascii(v): repr with non-ASCII characters escaped.
func ASCIIRepr(t *Thread, v Value) (string, error) {
	s, err := Repr(t, v)
	if err != nil {
		return "", err
	}
	return asciiEscape(s), nil
}

func asciiEscape(s string) string {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r < 0x80:
			out = append(out, byte(r))
		case r <= 0xff:
			out = append(out, '\\', 'x', hexDigits[r>>4], hexDigits[r&15])
		case r <= 0xffff:
			out = append(out, '\\', 'u')
			for sh := 12; sh >= 0; sh -= 4 {
				out = append(out, hexDigits[(r>>sh)&15])
			}
		default:
			out = append(out, '\\', 'U')
			for sh := 28; sh >= 0; sh -= 4 {
				out = append(out, hexDigits[(r>>sh)&15])
			}
		}
	}
	return string(out)
}

// FormatError converts a format package error into a Python exception.
func FormatError(err error) error {
	if fe, ok := err.(*format.Error); ok {
		typ := ValueErrorType
		switch fe.Kind {
		case "TypeError":
			typ = TypeErrorType
		case "OverflowError":
			typ = OverflowErrorType
		case "KeyError":
			return NewException(KeyErrorType, NewStr(fe.Msg))
		}
		return Errorf(typ, "%s", fe.Msg)
	}
	return err
}

// PercentFormat is the str % args operator.
func PercentFormat(t *Thread, f string, args Value) (Value, error) {
	var ops []format.Operand
	var mapping func(string) (format.Operand, error)
	if b, ok := baseOf(args); ok {
		if _, isTuple := b.ref.(*Tuple); isTuple {
			args = b
		}
	}
	switch a := args.ref.(type) {
	case *Tuple:
		ops = make([]format.Operand, len(a.Items))
		for i, it := range a.Items {
			ops[i] = operand{t, it}
		}
	case *Dict:
		ops = []format.Operand{operand{t, args}}
		mapping = func(key string) (format.Operand, error) {
			v, ok, err := a.Get(t, NewStr(key))
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, NewException(KeyErrorType, NewStr(key))
			}
			return operand{t, v}, nil
		}
	default:
		ops = []format.Operand{operand{t, args}}
	}
	s, err := format.Percent(f, ops, mapping)
	if err != nil {
		return Value{}, FormatError(err)
	}
	return NewStr(s), nil
}

// FormatValue is format(v, spec) for builtin values.
func FormatValue(t *Thread, v Value, spec string) (string, error) {
	var s string
	var err error
	switch x := v.ref.(type) {
	case intKind:
		s, err = format.FormatInt64(int64(v.raw), spec)
	case boolKind:
		if spec == "" {
			return Repr(t, v)
		}
		s, err = format.FormatInt64(int64(v.raw), spec)
	case *BigInt:
		s, err = format.FormatIntLimit(&x.v, spec, t.IntMaxStrDigits())
	case floatKind:
		s, err = format.FormatFloat(v.AsFloat(), spec)
	case *Str:
		s, err = format.FormatStr(x.s, spec)
	default:
		if v.ref.Type().Heap {
			if s, ok, err := formatUser(t, v, spec); ok {
				return s, err
			}
		}
		if spec != "" {
			return "", Errorf(TypeErrorType, "unsupported format string passed to %s.__format__", v.TypeName())
		}
		return ToStr(t, v)
	}
	if err != nil {
		return "", FormatError(err)
	}
	return s, nil
}
