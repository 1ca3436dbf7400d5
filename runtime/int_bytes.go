package runtime

import "math/big"

// int.to_bytes and int.from_bytes (Python 3.11 signatures: length=1,
// byteorder='big', keyword-only signed=False), two's complement for
// signed conversions.

func init() {
	addMethod(IntType, "to_bytes", intToBytes)
	// from_bytes is a class method (see dict.fromkeys).
	IntType.Dict["from_bytes"] = FromObject(&Builtin{Name: "from_bytes", Self: FromObject(IntType), HasSelf: true,
		Fn: func(t *Thread, args []Value, kw []string) (Value, error) {
			return intFromBytes(t, args[1:], kw)
		}})
	// bool.from_bytes makes a bool, as a subclass's from_bytes calls it.
	BoolType.Dict["from_bytes"] = FromObject(&Builtin{Name: "from_bytes", Self: FromObject(BoolType), HasSelf: true,
		Fn: func(t *Thread, args []Value, kw []string) (Value, error) {
			r, err := intFromBytes(t, args[1:], kw)
			if err != nil {
				return Value{}, err
			}
			return Bool(intSign(r) != 0), nil
		}})
}

var toBytesSpec = kwSpec{fname: "to_bytes", names: []string{"length", "byteorder", "signed"}, maxPos: 2}
var fromBytesSpec = kwSpec{fname: "from_bytes", names: []string{"bytes", "byteorder", "signed"}, minPos: 1, maxPos: 2}

// byteorderArgs reads the byteorder and keyword-only signed arguments.
func byteorderArgs(t *Thread, fname string, order, signed Value) (little, sign bool, err error) {
	if given(order) {
		s, ok := AsStr(order)
		if !ok {
			return false, false, Errorf(TypeErrorType, "%s() argument 'byteorder' must be str, not %s", fname, order.TypeName())
		}
		switch s {
		case "little":
			little = true
		case "big":
		default:
			return false, false, Errorf(ValueErrorType, "byteorder must be either 'little' or 'big'")
		}
	}
	if given(signed) {
		if sign, err = Truth(t, signed); err != nil {
			return false, false, err
		}
	}
	return little, sign, nil
}

func intToBytes(t *Thread, args []Value, kw []string) (Value, error) {
	self := args[0]
	if !IsIntLike(self) {
		return Value{}, descriptorError(IntType, "to_bytes", self)
	}
	a, err := toBytesSpec.unpack(args[1:], kw)
	if err != nil {
		return Value{}, err
	}
	length := 1
	if given(a[0]) {
		if length, err = asSsize(t, a[0]); err != nil {
			return Value{}, err
		}
		if length < 0 {
			return Value{}, Errorf(ValueErrorType, "length argument must be non-negative")
		}
	}
	little, signed, err := byteorderArgs(t, "to_bytes", a[1], a[2])
	if err != nil {
		return Value{}, err
	}
	x := new(big.Int).Set(bigOf(self))
	if x.Sign() < 0 && !signed {
		return Value{}, Errorf(OverflowErrorType, "can't convert negative int to unsigned")
	}
	bits := uint(8 * length)
	if signed {
		limit := new(big.Int).Lsh(big.NewInt(1), bits)
		limit.Rsh(limit, 1) // 2**(bits-1)
		if length == 0 || x.Cmp(limit) >= 0 || x.Cmp(new(big.Int).Neg(limit)) < 0 {
			if !(length == 0 && x.Sign() == 0) {
				return Value{}, Errorf(OverflowErrorType, "int too big to convert")
			}
		}
		if x.Sign() < 0 {
			x.Add(x, new(big.Int).Lsh(big.NewInt(1), bits))
		}
	} else if uint(x.BitLen()) > bits {
		return Value{}, Errorf(OverflowErrorType, "int too big to convert")
	}
	out := make([]byte, length)
	x.FillBytes(out)
	if little {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return NewBytes(out), nil
}

func intFromBytes(t *Thread, args []Value, kw []string) (Value, error) {
	a, err := fromBytesSpec.unpack(args, kw)
	if err != nil {
		return Value{}, err
	}
	b, err := bytesFromObject(t, a[0])
	if err != nil {
		return Value{}, err
	}
	little, signed, err := byteorderArgs(t, "from_bytes", a[1], a[2])
	if err != nil {
		return Value{}, err
	}
	be := append([]byte(nil), b...)
	if little {
		for i, j := 0, len(be)-1; i < j; i, j = i+1, j-1 {
			be[i], be[j] = be[j], be[i]
		}
	}
	x := new(big.Int).SetBytes(be)
	if signed && len(be) > 0 && be[0]&0x80 != 0 {
		x.Sub(x, new(big.Int).Lsh(big.NewInt(1), uint(8*len(be))))
	}
	return MakeInt(x), nil
}

// bytesFromObject is PyBytes_FromObject (what bytes(x) does for a
// non-int x): the contents of a bytes-like object or the ints of an
// iterable.
func bytesFromObject(t *Thread, v Value) ([]byte, error) {
	if b, ok := AsBytes(v); ok {
		return b, nil
	}
	if _, ok := v.ref.(*Str); !ok {
		if it, err := GetIter(t, v); err == nil {
			return collectByteItems(t, it, "bytes must be in range(0, 256)")
		}
	}
	return nil, Errorf(TypeErrorType, "cannot convert '%s' object to bytes", v.TypeName())
}
