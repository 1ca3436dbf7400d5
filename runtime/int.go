package runtime

import (
	"math"
	"math/big"
	"math/bits"
)

// BigInt is a Python int that does not fit in int64. Results are always
// normalised (see MakeInt), so a BigInt never holds an int64-sized value.
type BigInt struct{ v big.Int }

// Type returns int.
func (*BigInt) Type() *Type { return IntType }

// Big returns the value (callers must not modify it).
func (b *BigInt) Big() *big.Int { return &b.v }

// MakeInt returns x as a Python int, small when it fits in int64.
// It takes ownership of x.
func MakeInt(x *big.Int) Value {
	if x.IsInt64() {
		return Int(x.Int64())
	}
	b := &BigInt{}
	b.v.Set(x)
	return FromObject(b)
}

// IsIntLike reports whether v is an int (small or big) or a bool.
func IsIntLike(v Value) bool {
	switch v.ref.(type) {
	case intKind, boolKind, *BigInt:
		return true
	}
	return false
}

// ToBig returns the value of an int-like v as a new big.Int.
func ToBig(v Value) *big.Int {
	if b, ok := v.ref.(*BigInt); ok {
		return new(big.Int).Set(&b.v)
	}
	return big.NewInt(int64(v.raw))
}

// bigOf returns v's value as a big.Int that the caller must not modify.
func bigOf(v Value) *big.Int {
	if b, ok := v.ref.(*BigInt); ok {
		return &b.v
	}
	return big.NewInt(int64(v.raw))
}

// isSmall reports whether v is a small int or a bool (an int64 payload).
func isSmall(v Value) bool {
	switch v.ref.(type) {
	case intKind, boolKind:
		return true
	}
	return false
}

// AddInt64 adds with overflow detection.
func AddInt64(a, b int64) (int64, bool) {
	s := a + b
	return s, (s^a)&(s^b) < 0
}

// SubInt64 subtracts with overflow detection.
func SubInt64(a, b int64) (int64, bool) {
	s := a - b
	return s, (a^b)&(a^s) < 0
}

// MulInt64 multiplies with overflow detection.
func MulInt64(a, b int64) (int64, bool) {
	hi, lo := bits.Mul64(uint64(abs64(a)), uint64(abs64(b)))
	if a == math.MinInt64 || b == math.MinInt64 {
		if a == 0 || b == 0 {
			return 0, false
		}
		if (a == 1 && b == math.MinInt64) || (b == 1 && a == math.MinInt64) {
			return math.MinInt64, false
		}
		return 0, true
	}
	neg := (a < 0) != (b < 0)
	if hi != 0 {
		return 0, true
	}
	if neg {
		if lo > 1<<63 {
			return 0, true
		}
		return -int64(lo), false
	}
	if lo >= 1<<63 {
		return 0, true
	}
	return int64(lo), false
}

func abs64(a int64) int64 {
	if a < 0 {
		return -a
	}
	return a
}

// FloorDivInt64 is Python's a // b for b != 0; ok is false on overflow (MinInt64 // -1).
func FloorDivInt64(a, b int64) (int64, bool) {
	if b == -1 {
		if a == math.MinInt64 {
			return 0, false
		}
		return -a, true
	}
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q, true
}

// ModInt64 is Python's a % b for b != 0 (result has the sign of b).
func ModInt64(a, b int64) int64 {
	if b == -1 {
		return 0
	}
	m := a % b
	if m != 0 && ((m < 0) != (b < 0)) {
		m += b
	}
	return m
}

func intAdd(a, b Value) Value {
	if isSmall(a) && isSmall(b) {
		if s, o := AddInt64(int64(a.raw), int64(b.raw)); !o {
			return Int(s)
		}
	}
	return MakeInt(new(big.Int).Add(bigOf(a), bigOf(b)))
}

func intSub(a, b Value) Value {
	if isSmall(a) && isSmall(b) {
		if s, o := SubInt64(int64(a.raw), int64(b.raw)); !o {
			return Int(s)
		}
	}
	return MakeInt(new(big.Int).Sub(bigOf(a), bigOf(b)))
}

func intMul(a, b Value) Value {
	if isSmall(a) && isSmall(b) {
		if s, o := MulInt64(int64(a.raw), int64(b.raw)); !o {
			return Int(s)
		}
	}
	return MakeInt(new(big.Int).Mul(bigOf(a), bigOf(b)))
}

func intSign(v Value) int {
	if b, ok := v.ref.(*BigInt); ok {
		return b.v.Sign()
	}
	x := int64(v.raw)
	switch {
	case x < 0:
		return -1
	case x > 0:
		return 1
	}
	return 0
}

func intFloorDiv(a, b Value) (Value, error) {
	if intSign(b) == 0 {
		return Value{}, Errorf(ZeroDivisionErrorType, "integer division or modulo by zero")
	}
	if isSmall(a) && isSmall(b) {
		if q, ok := FloorDivInt64(int64(a.raw), int64(b.raw)); ok {
			return Int(q), nil
		}
	}
	q, _ := bigFloorDivMod(bigOf(a), bigOf(b))
	return MakeInt(q), nil
}

func intMod(a, b Value) (Value, error) {
	if intSign(b) == 0 {
		return Value{}, Errorf(ZeroDivisionErrorType, "integer modulo by zero")
	}
	if isSmall(a) && isSmall(b) {
		return Int(ModInt64(int64(a.raw), int64(b.raw))), nil
	}
	_, m := bigFloorDivMod(bigOf(a), bigOf(b))
	return MakeInt(m), nil
}

// bigFloorDivMod returns Python's (a // b, a % b).
func bigFloorDivMod(a, b *big.Int) (*big.Int, *big.Int) {
	q, m := new(big.Int).QuoRem(a, b, new(big.Int))
	if m.Sign() != 0 && (m.Sign() < 0) != (b.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		m.Add(m, b)
	}
	return q, m
}

// IntDivMod is divmod() for ints.
func IntDivMod(a, b Value) (Value, Value, error) {
	if intSign(b) == 0 {
		return Value{}, Value{}, Errorf(ZeroDivisionErrorType, "integer division or modulo by zero")
	}
	if isSmall(a) && isSmall(b) {
		if q, ok := FloorDivInt64(int64(a.raw), int64(b.raw)); ok {
			return Int(q), Int(ModInt64(int64(a.raw), int64(b.raw))), nil
		}
	}
	q, m := bigFloorDivMod(bigOf(a), bigOf(b))
	return MakeInt(q), MakeInt(m), nil
}

// intTrueDiv is int / int, correctly rounded as CPython does.
func intTrueDiv(a, b Value) (Value, error) {
	if intSign(b) == 0 {
		return Value{}, Errorf(ZeroDivisionErrorType, "division by zero")
	}
	if isSmall(a) && isSmall(b) {
		x, y := int64(a.raw), int64(b.raw)
		if abs64(x) <= 1<<53 && abs64(y) <= 1<<53 && x != math.MinInt64 && y != math.MinInt64 {
			return Float(float64(x) / float64(y)), nil
		}
	}
	r := new(big.Rat).SetFrac(bigOf(a), bigOf(b))
	f, _ := r.Float64()
	if math.IsInf(f, 0) {
		return Value{}, Errorf(OverflowErrorType, "integer division result too large for a float")
	}
	return Float(f), nil
}

// IntToFloat converts an int-like value to float, as float(x).
func IntToFloat(v Value) (float64, error) {
	if b, ok := v.ref.(*BigInt); ok {
		f, _ := new(big.Float).SetInt(&b.v).Float64()
		if math.IsInf(f, 0) {
			return 0, Errorf(OverflowErrorType, "int too large to convert to float")
		}
		return f, nil
	}
	return float64(int64(v.raw)), nil
}

func intPow(a, b Value) (Value, error) {
	if intSign(b) < 0 {
		x, y, err := floatPair(a, b)
		if err != nil {
			return Value{}, err
		}
		return floatPow(x, y)
	}
	if isSmall(a) && isSmall(b) {
		base, exp := int64(a.raw), int64(b.raw)
		result := int64(1)
		ok := true
		for exp > 0 && ok {
			if exp&1 == 1 {
				var o bool
				result, o = MulInt64(result, base)
				ok = !o
			}
			exp >>= 1
			if exp > 0 {
				var o bool
				base, o = MulInt64(base, base)
				ok = ok && !o
			}
		}
		if ok {
			return Int(result), nil
		}
	}
	if !isSmall(b) {
		// Only 0, 1 and -1 can be raised to such a power in finite memory.
		switch x := bigOf(a); {
		case x.Sign() == 0 || x.Cmp(big.NewInt(1)) == 0:
			return a, nil
		case x.Cmp(big.NewInt(-1)) == 0:
			if bigOf(b).Bit(0) == 0 {
				return Int(1), nil
			}
			return Int(-1), nil
		}
		return Value{}, Errorf(MemoryErrorType, "")
	}
	return MakeInt(new(big.Int).Exp(bigOf(a), bigOf(b), nil)), nil
}

// IntPowMod is pow(a, b, m) for ints.
func IntPowMod(a, b, m Value) (Value, error) {
	if intSign(m) == 0 {
		return Value{}, Errorf(ValueErrorType, "pow() 3rd argument cannot be 0")
	}
	x, e, mod := bigOf(a), ToBig(b), bigOf(m)
	absMod := new(big.Int).Abs(mod)
	base := new(big.Int).Mod(x, absMod)
	if e.Sign() < 0 {
		inv := new(big.Int).ModInverse(base, absMod)
		if inv == nil {
			return Value{}, Errorf(ValueErrorType, "base is not invertible for the given modulus")
		}
		base = inv
		e.Neg(e)
	}
	r := new(big.Int).Exp(base, e, absMod)
	if mod.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, mod)
	}
	return MakeInt(r), nil
}

func intShift(a, b Value, left bool) (Value, error) {
	if intSign(b) < 0 {
		return Value{}, Errorf(ValueErrorType, "negative shift count")
	}
	if !isSmall(b) {
		if !left {
			if intSign(a) < 0 {
				return Int(-1), nil
			}
			return Int(0), nil
		}
		if intSign(a) == 0 {
			return Int(0), nil
		}
		return Value{}, Errorf(OverflowErrorType, "too many digits in integer")
	}
	n := uint(b.raw)
	if isSmall(a) {
		x := int64(a.raw)
		if !left {
			if n >= 64 {
				if x < 0 {
					return Int(-1), nil
				}
				return Int(0), nil
			}
			return Int(x >> n), nil
		}
		if n < 63 && (x<<n)>>n == x {
			return Int(x << n), nil
		}
	}
	if left {
		return MakeInt(new(big.Int).Lsh(bigOf(a), n)), nil
	}
	return MakeInt(new(big.Int).Rsh(bigOf(a), n)), nil
}

func intBitOp(a, b Value, op BinaryOp) Value {
	if isSmall(a) && isSmall(b) {
		x, y := int64(a.raw), int64(b.raw)
		switch op {
		case OpAnd:
			return Int(x & y)
		case OpOr:
			return Int(x | y)
		default:
			return Int(x ^ y)
		}
	}
	r := new(big.Int)
	switch op {
	case OpAnd:
		r.And(bigOf(a), bigOf(b))
	case OpOr:
		r.Or(bigOf(a), bigOf(b))
	default:
		r.Xor(bigOf(a), bigOf(b))
	}
	return MakeInt(r)
}

// intCompare compares two int-like values: -1, 0 or +1.
func intCompare(a, b Value) int {
	if isSmall(a) && isSmall(b) {
		x, y := int64(a.raw), int64(b.raw)
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	}
	return bigOf(a).Cmp(bigOf(b))
}

// compareIntFloat compares int-like a with float f exactly; nan reports false for ok.
func compareIntFloat(a Value, f float64) (c int, ok bool) {
	if math.IsNaN(f) {
		return 0, false
	}
	if math.IsInf(f, 1) {
		return -1, true
	}
	if math.IsInf(f, -1) {
		return 1, true
	}
	if isSmall(a) {
		x := int64(a.raw)
		if abs64(x) <= 1<<53 && x != math.MinInt64 {
			g := float64(x)
			switch {
			case g < f:
				return -1, true
			case g > f:
				return 1, true
			}
			return 0, true
		}
	}
	bf := new(big.Float).SetInt(bigOf(a))
	return bf.Cmp(big.NewFloat(f)), true
}

const hashModulus = 1<<61 - 1

// hashInt is CPython's hash() of an int.
func hashInt(v Value) int64 {
	if isSmall(v) {
		x := int64(v.raw)
		var h int64
		if x >= 0 {
			h = int64(uint64(x) % hashModulus)
		} else if x == math.MinInt64 {
			h = -int64(uint64(1<<63) % hashModulus)
		} else {
			h = -int64(uint64(-x) % hashModulus)
		}
		if h == -1 {
			h = -2
		}
		return h
	}
	b := bigOf(v)
	m := new(big.Int).Mod(new(big.Int).Abs(b), big.NewInt(hashModulus)).Int64()
	if b.Sign() < 0 {
		m = -m
	}
	if m == -1 {
		m = -2
	}
	return m
}

// hashFloat is CPython's hash() of a float (equal to the int hash for integral values).
func hashFloat(f float64) int64 {
	if math.IsInf(f, 0) {
		if f > 0 {
			return 314159
		}
		return -314159
	}
	if math.IsNaN(f) {
		return 0 // CPython 3.11 hashes nan by identity; 0 keeps dicts working.
	}
	m, e := math.Frexp(f)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(61-28)
		m *= 268435456.0 // 2**28
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e = e % 61
	} else {
		e = 61 - 1 - ((-1 - e) % 61)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(61-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}
