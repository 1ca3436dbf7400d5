package runtime

import (
	"math"
)

// BinaryOp names a binary operator. The order matches CPython's NB_* codes
// for the non-inplace operators so bytecode listings read alike.
type BinaryOp uint8

const (
	OpAdd BinaryOp = iota
	OpAnd
	OpFloorDiv
	OpLShift
	OpMatMul
	OpMul
	OpMod
	OpOr
	OpPow
	OpRShift
	OpSub
	OpTrueDiv
	OpXor
	binaryOpCount
)

var binaryOpText = [binaryOpCount]string{"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"}

// dunder names per operator: forward, reflected, in-place.
var binaryOpDunders = [binaryOpCount][3]string{
	{"__add__", "__radd__", "__iadd__"},
	{"__and__", "__rand__", "__iand__"},
	{"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
	{"__lshift__", "__rlshift__", "__ilshift__"},
	{"__matmul__", "__rmatmul__", "__imatmul__"},
	{"__mul__", "__rmul__", "__imul__"},
	{"__mod__", "__rmod__", "__imod__"},
	{"__or__", "__ror__", "__ior__"},
	{"__pow__", "__rpow__", "__ipow__"},
	{"__rshift__", "__rrshift__", "__irshift__"},
	{"__sub__", "__rsub__", "__isub__"},
	{"__truediv__", "__rtruediv__", "__itruediv__"},
	{"__xor__", "__rxor__", "__ixor__"},
}

// String returns the operator's source text, e.g. "//".
func (op BinaryOp) String() string { return binaryOpText[op] }

// Dunders returns the forward, reflected and in-place special method names.
func (op BinaryOp) Dunders() [3]string { return binaryOpDunders[op] }

// BinaryOpCount is the number of binary operators.
const BinaryOpCount = int(binaryOpCount)

// Binary computes a op b for the builtin types; inplace selects the
// augmented-assignment form (a op= b), which differs for lists (+= extends).
func Binary(t *Thread, op BinaryOp, a, b Value, inplace bool) (Value, error) {
	// Numbers first: the common case.
	aInt, bInt := IsIntLike(a), IsIntLike(b)
	if aInt && bInt {
		return intBinary(op, a, b)
	}
	if (aInt || a.IsFloat()) && (bInt || b.IsFloat()) {
		x, y, err := floatPair(a, b)
		if err != nil {
			return Value{}, err
		}
		if r, ok, err := FloatBinary(op, x, y); ok || err != nil {
			return r, err
		}
	}
	switch a.ref.(type) {
	case *Set:
		if r, ok, err := setBinary(t, op, a, b, inplace); ok || err != nil {
			return r, err
		}
		if r, ok, err := viewBinary(t, op, a, b); ok || err != nil {
			return r, err
		}
	case *DictView:
		if r, ok, err := viewBinary(t, op, a, b); ok || err != nil {
			return r, err
		}
	}
	if _, ok := b.ref.(*DictView); ok {
		if r, ok, err := viewBinary(t, op, a, b); ok || err != nil {
			return r, err
		}
	}
	user := a.ref.Type().Heap || b.ref.Type().Heap
	if user {
		if r, ok, err := binaryUser(t, op, a, b, inplace); ok || err != nil {
			return r, err
		}
	}
	if r, ok, err := seqBinary(t, op, a, b, inplace); ok || err != nil {
		return r, err
	}
	if user {
		if r, ok, err := baseBinary(t, op, a, b, inplace); ok || err != nil {
			return r, err
		}
	}
	if r, ok, err := goBinary(t, op, a, b, inplace); ok {
		return r, err
	}
	return Value{}, binaryTypeError(op, a, b, inplace)
}

func isSequence(v Value) bool {
	switch v.ref.(type) {
	case *Str, *List, *Tuple:
		return true
	}
	return false
}

func binaryTypeError(op BinaryOp, a, b Value, inplace bool) error {
	if op == OpMul {
		if isSequence(a) && !IsIntLike(b) {
			return Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", b.TypeName())
		}
		if isSequence(b) && !IsIntLike(a) {
			return Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", a.TypeName())
		}
	}
	if op == OpAdd {
		switch a.ref.(type) {
		case *Str:
			return Errorf(TypeErrorType, "can only concatenate str (not \"%s\") to str", b.TypeName())
		case *List:
			return Errorf(TypeErrorType, "can only concatenate list (not \"%s\") to list", b.TypeName())
		case *Tuple:
			return Errorf(TypeErrorType, "can only concatenate tuple (not \"%s\") to tuple", b.TypeName())
		}
	}
	sym := op.String()
	if inplace {
		sym += "="
	}
	if op == OpPow && !inplace {
		sym = "** or pow()"
	}
	return Errorf(TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'", sym, a.TypeName(), b.TypeName())
}

// floatPair converts two int or float operands to floats, as mixed
// arithmetic does (OverflowError for ints too large for a float).
func floatPair(a, b Value) (float64, float64, error) {
	x, err := toFloat(a)
	if err != nil {
		return 0, 0, err
	}
	y, err := toFloat(b)
	return x, y, err
}

func toFloat(v Value) (float64, error) {
	if v.IsFloat() {
		return v.AsFloat(), nil
	}
	return IntToFloat(v)
}

func intBinary(op BinaryOp, a, b Value) (Value, error) {
	switch op {
	case OpAdd:
		return intAdd(a, b), nil
	case OpSub:
		return intSub(a, b), nil
	case OpMul:
		return intMul(a, b), nil
	case OpFloorDiv:
		return intFloorDiv(a, b)
	case OpMod:
		return intMod(a, b)
	case OpTrueDiv:
		return intTrueDiv(a, b)
	case OpPow:
		return intPow(a, b)
	case OpLShift:
		return intShift(a, b, true)
	case OpRShift:
		return intShift(a, b, false)
	case OpAnd, OpOr, OpXor:
		if a.IsBool() && b.IsBool() {
			x, y := a.raw != 0, b.raw != 0
			switch op {
			case OpAnd:
				return Bool(x && y), nil
			case OpOr:
				return Bool(x || y), nil
			}
			return Bool(x != y), nil
		}
		return intBitOp(a, b, op), nil
	}
	return Value{}, binaryTypeError(op, a, b, false)
}

// FloatBinary computes a float operation; ok is false for operators floats
// do not support (bitwise, @).
func FloatBinary(op BinaryOp, x, y float64) (Value, bool, error) {
	switch op {
	case OpAdd:
		return Float(x + y), true, nil
	case OpSub:
		return Float(x - y), true, nil
	case OpMul:
		return Float(x * y), true, nil
	case OpTrueDiv:
		if y == 0 {
			return Value{}, true, Errorf(ZeroDivisionErrorType, "float division by zero")
		}
		return Float(x / y), true, nil
	case OpFloorDiv:
		if y == 0 {
			return Value{}, true, Errorf(ZeroDivisionErrorType, "float floor division by zero")
		}
		q, _ := FloatDivMod(x, y)
		return Float(q), true, nil
	case OpMod:
		if y == 0 {
			return Value{}, true, Errorf(ZeroDivisionErrorType, "float modulo")
		}
		_, m := FloatDivMod(x, y)
		return Float(m), true, nil
	case OpPow:
		r, err := floatPow(x, y)
		return r, true, err
	}
	return Value{}, false, nil
}

// FloatDivMod is CPython's float divmod for y != 0: (floor(x/y), x mod y)
// with the modulo taking the sign of y and signed zeros as CPython gives them.
func FloatDivMod(x, y float64) (float64, float64) {
	mod := math.Mod(x, y)
	div := (x - mod) / y
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, y)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, x/y)
	}
	return floordiv, mod
}

// floatPow follows CPython's float_pow, including its error cases.
func floatPow(x, y float64) (Value, error) {
	if y == 0 {
		return Float(1), nil
	}
	if math.IsNaN(x) {
		if y == 0 {
			return Float(1), nil
		}
		return Float(x), nil
	}
	if math.IsNaN(y) {
		if x == 1 {
			return Float(1), nil
		}
		return Float(y), nil
	}
	if x == 0 && y < 0 && !math.IsInf(y, 0) {
		return Value{}, Errorf(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
	}
	if x < 0 && !math.IsInf(x, 0) && !math.IsInf(y, 0) && y != math.Floor(y) {
		return Value{}, Errorf(NotImplementedErrorType, "complex numbers are not supported (negative number raised to a fractional power)")
	}
	r := crPow(x, y)
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
		return Value{}, NewException(OverflowErrorType, Int(34), NewStr("Numerical result out of range"))
	}
	return Float(r), nil
}

// Pow3 is pow(a, b, m).
func Pow3(a, b, m Value) (Value, error) {
	if !IsIntLike(a) || !IsIntLike(b) || !IsIntLike(m) {
		if a.IsFloat() || b.IsFloat() || m.IsFloat() {
			return Value{}, Errorf(TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers")
		}
		return Value{}, Errorf(TypeErrorType, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", a.TypeName(), b.TypeName(), m.TypeName())
	}
	return IntPowMod(a, b, m)
}

// Negate is -v.
func Negate(t *Thread, v Value) (Value, error) {
	switch v.ref.(type) {
	case intKind, boolKind:
		x := int64(v.raw)
		if x != math.MinInt64 {
			return Int(-x), nil
		}
		return intSub(Int(0), v), nil
	case *BigInt:
		return intSub(Int(0), v), nil
	case floatKind:
		return Float(-v.AsFloat()), nil
	}
	if r, ok, err := unaryUser(t, v, "__neg__"); ok {
		return r, err
	}
	return unaryTypeError(v, "-")
}

// Positive is +v.
func Positive(t *Thread, v Value) (Value, error) {
	switch v.ref.(type) {
	case intKind, boolKind:
		return Int(int64(v.raw)), nil
	case *BigInt, floatKind:
		return v, nil
	}
	if r, ok, err := unaryUser(t, v, "__pos__"); ok {
		return r, err
	}
	return unaryTypeError(v, "+")
}

// Invert is ~v.
func Invert(t *Thread, v Value) (Value, error) {
	switch v.ref.(type) {
	case intKind, boolKind:
		return Int(^int64(v.raw)), nil
	case *BigInt:
		return intSub(intSub(Int(0), v), Int(1)), nil
	}
	if r, ok, err := unaryUser(t, v, "__invert__"); ok {
		return r, err
	}
	return unaryTypeError(v, "~")
}

func unaryTypeError(v Value, sym string) (Value, error) {
	return Value{}, Errorf(TypeErrorType, "bad operand type for unary %s: '%s'", sym, v.TypeName())
}

// Abs is abs(v).
func Abs(t *Thread, v Value) (Value, error) {
	switch v.ref.(type) {
	case intKind, boolKind, *BigInt:
		if intSign(v) < 0 {
			return Negate(t, v)
		}
		return Positive(t, v)
	case floatKind:
		return Float(math.Abs(v.AsFloat())), nil
	}
	if r, ok, err := unaryUser(t, v, "__abs__"); ok {
		return r, err
	}
	return Value{}, Errorf(TypeErrorType, "bad operand type for abs(): '%s'", v.TypeName())
}
