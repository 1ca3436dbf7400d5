package runtime

import (
	"unsafe"
)

// CompareOp is a rich comparison, in CPython's Py_LT..Py_GE order.
type CompareOp uint8

const (
	CmpLT CompareOp = iota
	CmpLE
	CmpEQ
	CmpNE
	CmpGT
	CmpGE
)

var compareOpText = [...]string{"<", "<=", "==", "!=", ">", ">="}

// String returns the operator's source text.
func (op CompareOp) String() string { return compareOpText[op] }

// Swapped returns the operator with its operands exchanged (a < b == b > a).
func (op CompareOp) Swapped() CompareOp {
	return [...]CompareOp{CmpGT, CmpGE, CmpEQ, CmpNE, CmpLT, CmpLE}[op]
}

func cmpResult(op CompareOp, c int) bool {
	switch op {
	case CmpLT:
		return c < 0
	case CmpLE:
		return c <= 0
	case CmpEQ:
		return c == 0
	case CmpNE:
		return c != 0
	case CmpGT:
		return c > 0
	}
	return c >= 0
}

// Compare evaluates a op b and returns a Python value (a bool for builtins).
func Compare(t *Thread, op CompareOp, a, b Value) (Value, error) {
	if a.IsInt() && b.IsInt() {
		x, y := int64(a.raw), int64(b.raw)
		c := 0
		if x < y {
			c = -1
		} else if x > y {
			c = 1
		}
		return Bool(cmpResult(op, c)), nil
	}
	if a.ref.Type().Heap || b.ref.Type().Heap {
		return compareUser(t, op, a, b)
	}
	r, ok, err := compareBuiltin(t, op, a, b)
	if err != nil {
		return Value{}, err
	}
	if ok {
		return Bool(r), nil
	}
	if r, ok, err := goCompare(t, op, a, b); ok {
		return r, err
	}
	switch op {
	case CmpEQ:
		return Bool(a.Is(b)), nil
	case CmpNE:
		return Bool(!a.Is(b)), nil
	}
	return Value{}, Errorf(TypeErrorType, "'%s' not supported between instances of '%s' and '%s'", op, a.TypeName(), b.TypeName())
}

// compareBuiltin compares builtin values; ok is false when the types do not
// define the comparison (the caller falls back to identity or TypeError).
func compareBuiltin(t *Thread, op CompareOp, a, b Value) (result bool, ok bool, err error) {
	aInt, bInt := IsIntLike(a), IsIntLike(b)
	switch {
	case aInt && bInt:
		return cmpResult(op, intCompare(a, b)), true, nil
	case a.IsFloat() && b.IsFloat():
		x, y := a.AsFloat(), b.AsFloat()
		return CompareOrdered(op, x, y), true, nil
	case aInt && b.IsFloat():
		c, ordered := compareIntFloat(a, b.AsFloat())
		if !ordered {
			return op == CmpNE, true, nil
		}
		return cmpResult(op, c), true, nil
	case a.IsFloat() && bInt:
		c, ordered := compareIntFloat(b, a.AsFloat())
		if !ordered {
			return op == CmpNE, true, nil
		}
		return cmpResult(op, -c), true, nil
	}
	switch x := a.ref.(type) {
	case *Str:
		if y, ok := b.ref.(*Str); ok {
			c := 0
			if x.s < y.s {
				c = -1
			} else if x.s > y.s {
				c = 1
			}
			return cmpResult(op, c), true, nil
		}
	case *List:
		if y, ok := b.ref.(*List); ok {
			return compareSeq(t, op, x.Items, y.Items)
		}
	case *Tuple:
		if y, ok := b.ref.(*Tuple); ok {
			return compareSeq(t, op, x.Items, y.Items)
		}
	case *Dict:
		if y, ok := b.ref.(*Dict); ok && (op == CmpEQ || op == CmpNE) {
			eq, err := x.Equal(t, y)
			return eq == (op == CmpEQ), true, err
		}
	case *Range:
		if y, ok := b.ref.(*Range); ok && (op == CmpEQ || op == CmpNE) {
			return rangeEqual(x, y) == (op == CmpEQ), true, nil
		}
	case noneKind:
		if b.IsNone() && (op == CmpEQ || op == CmpNE) {
			return op == CmpEQ, true, nil
		}
	case *Set:
		return setCompare(t, op, a, b)
	case *DictView:
		return viewCompare(t, op, x, b)
	case *Slice:
		if y, ok := b.ref.(*Slice); ok {
			return compareSeq(t, op, []Value{x.Start, x.Stop, x.Step}, []Value{y.Start, y.Stop, y.Step})
		}
	case *BoundMethod:
		if y, ok := b.ref.(*BoundMethod); ok && (op == CmpEQ || op == CmpNE) {
			eq := x.Self.Is(y.Self)
			if eq {
				var err error
				if eq, err = Equal(t, x.Fn, y.Fn); err != nil {
					return false, true, err
				}
			}
			return eq == (op == CmpEQ), true, nil
		}
	}
	return false, false, nil
}

// CompareOrdered evaluates op on two ints or two floats (IEEE: every
// comparison with nan is false except !=).
func CompareOrdered[T int64 | float64](op CompareOp, x, y T) bool {
	switch op {
	case CmpLT:
		return x < y
	case CmpLE:
		return x <= y
	case CmpEQ:
		return x == y
	case CmpNE:
		return x != y
	case CmpGT:
		return x > y
	}
	return x >= y
}

// compareSeq compares sequences lexicographically, using == to find the
// first difference as CPython does.
func compareSeq(t *Thread, op CompareOp, xs, ys []Value) (bool, bool, error) {
	n := len(xs)
	if len(ys) < n {
		n = len(ys)
	}
	if (op == CmpEQ || op == CmpNE) && len(xs) != len(ys) {
		return op == CmpNE, true, nil
	}
	for i := 0; i < n; i++ {
		// Identity implies equality, as in CPython's containers; unboxed
		// floats are identical when their bits are (so a nan found in
		// the same variable compares equal, like CPython's same object).
		if xs[i].Is(ys[i]) {
			continue
		}
		eq, err := Equal(t, xs[i], ys[i])
		if err != nil {
			return false, true, err
		}
		if !eq {
			switch op {
			case CmpEQ:
				return false, true, nil
			case CmpNE:
				return true, true, nil
			}
			r, err := Compare(t, op, xs[i], ys[i])
			if err != nil {
				return false, true, err
			}
			tr, err := Truth(t, r)
			return tr, true, err
		}
	}
	c := 0
	if len(xs) < len(ys) {
		c = -1
	} else if len(xs) > len(ys) {
		c = 1
	}
	return cmpResult(op, c), true, nil
}

// Equal is a == b as a Go bool.
func Equal(t *Thread, a, b Value) (bool, error) {
	if a.IsInt() && b.IsInt() {
		return a.raw == b.raw, nil
	}
	if s, ok := a.ref.(*Str); ok {
		if u, ok := b.ref.(*Str); ok {
			return s.s == u.s, nil
		}
	}
	r, err := Compare(t, CmpEQ, a, b)
	if err != nil {
		return false, err
	}
	if r.IsBool() {
		return r.raw != 0, nil
	}
	return Truth(t, r)
}

// Truth is bool(v).
func Truth(t *Thread, v Value) (bool, error) {
	switch x := v.ref.(type) {
	case boolKind, intKind:
		return v.raw != 0, nil
	case noneKind:
		return false, nil
	case floatKind:
		return v.AsFloat() != 0, nil
	case *BigInt:
		return true, nil
	case *Str:
		return len(x.s) != 0, nil
	case *List:
		return len(x.Items) != 0, nil
	case *Tuple:
		return len(x.Items) != 0, nil
	case *Dict:
		return x.Len() != 0, nil
	case *Range:
		if x.Big != nil {
			return x.Big.Len().Sign() != 0, nil
		}
		return x.Len() != 0, nil
	case *Set:
		return x.used != 0, nil
	case goSizer:
		n, err := x.Len(t)
		return n != 0, err
	}
	if v.ref.Type().Heap {
		return truthUser(t, v)
	}
	return true, nil
}

// Hash is hash(v). Numbers hash as in CPython so that equal numbers of
// different types (1, 1.0, True) are the same dict key.
func Hash(t *Thread, v Value) (int64, error) {
	switch x := v.ref.(type) {
	case intKind, boolKind, *BigInt:
		return hashInt(v), nil
	case floatKind:
		return hashFloat(v.AsFloat()), nil
	case *Str:
		if x.hash == 0 {
			x.hash = strHash(x.s)
		}
		return x.hash, nil
	case *Tuple:
		return hashTuple(t, x.Items)
	case noneKind:
		return 0x5f3759df, nil
	case *List, *Dict, *Slice:
		return 0, Errorf(TypeErrorType, "unhashable type: '%s'", v.TypeName())
	case *BoundMethod:
		h, err := Hash(t, x.Fn)
		return h ^ IdentityHash(x.Self), err
	case *Set:
		if !x.frozen {
			return 0, Errorf(TypeErrorType, "unhashable type: '%s'", v.TypeName())
		}
		return x.frozenHash(), nil
	case goHasher:
		return x.Hash(t)
	}
	if v.ref.Type().Heap {
		return hashUser(t, v)
	}
	return IdentityHash(v), nil
}

// IdentityHash hashes an object by its address (Go's heap does not move objects).
func IdentityHash(v Value) int64 {
	p := (*[2]uintptr)(unsafe.Pointer(&v.ref))[1]
	return int64(p>>4) ^ int64(p<<60)
}

// hashTuple is CPython 3.11's xxHash-based tuple hash.
func hashTuple(t *Thread, items []Value) (int64, error) {
	const (
		prime1 = 11400714785074694791
		prime2 = 14029467366897019727
		prime5 = 2870177450012600261
	)
	acc := uint64(prime5)
	for _, it := range items {
		h, err := Hash(t, it)
		if err != nil {
			return 0, err
		}
		acc += uint64(h) * prime2
		acc = acc<<31 | acc>>33
		acc *= prime1
	}
	acc += uint64(len(items)) ^ (prime5 ^ 3527539)
	if acc == ^uint64(0) {
		return 1546275796, nil
	}
	return int64(acc), nil
}
