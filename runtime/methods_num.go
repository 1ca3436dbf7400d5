package runtime

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
)

// Methods of int, float and tuple.

func init() {
	intMethod("bit_length", func(t *Thread, x Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("int.bit_length", args, kw, 0); err != nil {
			return Value{}, err
		}
		if isSmall(x) {
			n := int64(x.raw)
			if n < 0 {
				return Int(int64(bits.Len64(-uint64(n)))), nil
			}
			return Int(int64(bits.Len64(uint64(n)))), nil
		}
		return Int(int64(bigOf(x).BitLen())), nil
	})
	intMethod("bit_count", func(t *Thread, x Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("int.bit_count", args, kw, 0); err != nil {
			return Value{}, err
		}
		if isSmall(x) {
			n := int64(x.raw)
			if n < 0 {
				return Int(int64(bits.OnesCount64(-uint64(n)))), nil
			}
			return Int(int64(bits.OnesCount64(uint64(n)))), nil
		}
		c := 0
		for _, w := range new(big.Int).Abs(bigOf(x)).Bits() {
			c += bits.OnesCount(uint(w))
		}
		return Int(int64(c)), nil
	})
	intMethod("conjugate", func(t *Thread, x Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("int.conjugate", args, kw, 0); err != nil {
			return Value{}, err
		}
		return intAdd(Int(0), x), nil
	})
	intMethod("as_integer_ratio", func(t *Thread, x Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("int.as_integer_ratio", args, kw, 0); err != nil {
			return Value{}, err
		}
		return TupleValue(intAdd(Int(0), x), Int(1)), nil
	})

	floatMethod("is_integer", func(t *Thread, f float64, args []Value, kw []string) (Value, error) {
		if err := exactArgs("float.is_integer", args, kw, 0); err != nil {
			return Value{}, err
		}
		return Bool(!math.IsInf(f, 0) && f == math.Trunc(f)), nil
	})
	floatMethod("conjugate", func(t *Thread, f float64, args []Value, kw []string) (Value, error) {
		if err := exactArgs("float.conjugate", args, kw, 0); err != nil {
			return Value{}, err
		}
		return Float(f), nil
	})
	floatMethod("hex", func(t *Thread, f float64, args []Value, kw []string) (Value, error) {
		if err := exactArgs("float.hex", args, kw, 0); err != nil {
			return Value{}, err
		}
		return NewStr(FloatHex(f)), nil
	})
	floatMethod("as_integer_ratio", func(t *Thread, f float64, args []Value, kw []string) (Value, error) {
		if err := exactArgs("float.as_integer_ratio", args, kw, 0); err != nil {
			return Value{}, err
		}
		if math.IsInf(f, 0) {
			return Value{}, Errorf(OverflowErrorType, "cannot convert Infinity to integer ratio")
		}
		if math.IsNaN(f) {
			return Value{}, Errorf(ValueErrorType, "cannot convert NaN to integer ratio")
		}
		r := new(big.Rat).SetFloat64(f)
		return TupleValue(MakeInt(new(big.Int).Set(r.Num())), MakeInt(new(big.Int).Set(r.Denom()))), nil
	})

	tupleMethod("index", func(t *Thread, tu *Tuple, args []Value, kw []string) (Value, error) {
		return seqIndex(t, "tuple.index", args, kw, func(Value) error {
			return Errorf(ValueErrorType, "tuple.index(x): x not in tuple")
		}, func() []Value { return tu.Items })
	})
	tupleMethod("count", func(t *Thread, tu *Tuple, args []Value, kw []string) (Value, error) {
		if err := exactArgs("tuple.count", args, kw, 1); err != nil {
			return Value{}, err
		}
		return seqCount(t, func() []Value { return tu.Items }, args[0])
	})
}

// intMethod installs a method of int (also reached from bool).
func intMethod(name string, fn func(t *Thread, x Value, args []Value, kw []string) (Value, error)) {
	addMethod(IntType, name, func(t *Thread, args []Value, kw []string) (Value, error) {
		if !IsIntLike(args[0]) {
			return Value{}, descriptorError(IntType, name, args[0])
		}
		return fn(t, args[0], args[1:], kw)
	})
}

func floatMethod(name string, fn func(t *Thread, f float64, args []Value, kw []string) (Value, error)) {
	addMethod(FloatType, name, func(t *Thread, args []Value, kw []string) (Value, error) {
		if !args[0].IsFloat() {
			return Value{}, descriptorError(FloatType, name, args[0])
		}
		return fn(t, args[0].AsFloat(), args[1:], kw)
	})
}

func tupleMethod(name string, fn func(t *Thread, tu *Tuple, args []Value, kw []string) (Value, error)) {
	addMethod(TupleType, name, func(t *Thread, args []Value, kw []string) (Value, error) {
		tu, ok := args[0].ref.(*Tuple)
		if !ok {
			return Value{}, descriptorError(TupleType, name, args[0])
		}
		return fn(t, tu, args[1:], kw)
	})
}

// FloatHex is float.hex(): "-0x1.999999999999ap-4".
func FloatHex(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	var b strings.Builder
	if math.Signbit(f) {
		b.WriteByte('-')
	}
	if f == 0 {
		b.WriteString("0x0.0p+0")
		return b.String()
	}
	u := math.Float64bits(math.Abs(f))
	exp := int(u>>52) & 0x7ff
	mant := u & (1<<52 - 1)
	lead := byte('1')
	if exp == 0 { // subnormal
		lead = '0'
		exp = -1022
	} else {
		exp -= 1023
	}
	b.WriteString("0x")
	b.WriteByte(lead)
	b.WriteByte('.')
	for sh := 48; sh >= 0; sh -= 4 {
		b.WriteByte(hexDigits[(mant>>uint(sh))&15])
	}
	b.WriteByte('p')
	if exp >= 0 {
		b.WriteByte('+')
	}
	b.WriteString(strconv.Itoa(exp))
	return b.String()
}
