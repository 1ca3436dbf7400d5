package runtime

import "math"

// List is a Python list.
type List struct{ Items []Value }

// Type returns list.
func (*List) Type() *Type { return ListType }

// NewList returns a list value holding items (not copied).
func NewList(items []Value) Value { return Value{ref: &List{Items: items}} }

// Tuple is a Python tuple. Items must not be modified after construction.
type Tuple struct{ Items []Value }

// Type returns tuple.
func (*Tuple) Type() *Type { return TupleType }

var emptyTuple = &Tuple{}

// NewTuple returns a tuple object holding items (not copied).
func NewTuple(items []Value) *Tuple {
	if len(items) == 0 {
		return emptyTuple
	}
	return &Tuple{Items: items}
}

// TupleValue returns a tuple value holding items (not copied).
func TupleValue(items ...Value) Value { return Value{ref: NewTuple(items)} }

// Range is a Python range over int64 bounds, or over big ints when Big
// is set (then the int64 fields are unused).
type Range struct {
	Start, Stop, Step int64
	Big               *BigRange
}

// Type returns range.
func (*Range) Type() *Type { return RangeType }

// Len returns the number of elements.
func (r *Range) Len() int64 {
	if r.Step > 0 {
		if r.Start >= r.Stop {
			return 0
		}
		return int64((uint64(r.Stop-r.Start)-1)/uint64(r.Step)) + 1
	}
	if r.Start <= r.Stop {
		return 0
	}
	return int64((uint64(r.Start-r.Stop)-1)/uint64(-r.Step)) + 1
}

// At returns the i-th element (0 <= i < Len()).
func (r *Range) At(i int64) int64 { return r.Start + i*r.Step }

// NormIndex turns a possibly negative index into an offset, reporting
// whether it is in [0, n).
func NormIndex(i int64, n int) (int, bool) {
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || i >= int64(n) {
		return 0, false
	}
	return int(i), true
}

// SliceIndices computes CPython's PySlice_AdjustIndices: the start, stop,
// step and element count of s applied to a sequence of length n.
func SliceIndices(t *Thread, s *Slice, n int) (start, stop, step, count int, err error) {
	step = 1
	if !s.Step.IsNone() {
		st, err := sliceIndex(s.Step)
		if err != nil {
			return 0, 0, 0, 0, err
		}
		if st == 0 {
			return 0, 0, 0, 0, Errorf(ValueErrorType, "slice step cannot be zero")
		}
		step = clampStep(st)
	}
	var lo, hi int64
	if step < 0 {
		lo, hi = int64(n)-1, -1
	} else {
		lo, hi = 0, int64(n)
	}
	if !s.Start.IsNone() {
		v, err := sliceIndex(s.Start)
		if err != nil {
			return 0, 0, 0, 0, err
		}
		lo = adjustBound(v, n, step)
	}
	if !s.Stop.IsNone() {
		v, err := sliceIndex(s.Stop)
		if err != nil {
			return 0, 0, 0, 0, err
		}
		hi = adjustBound(v, n, step)
	}
	start, stop = int(lo), int(hi)
	if step > 0 {
		if stop > start {
			count = (stop-start-1)/step + 1
		}
	} else if start > stop {
		count = (start-stop-1)/(-step) + 1
	}
	return start, stop, step, count, nil
}

func clampStep(st int64) int {
	if st < -math.MaxInt64 {
		return -math.MaxInt64
	}
	return int(st)
}

func adjustBound(v int64, n int, step int) int64 {
	if v < 0 {
		v += int64(n)
		if v < 0 {
			if step < 0 {
				return -1
			}
			return 0
		}
	} else if v >= int64(n) {
		if step < 0 {
			return int64(n) - 1
		}
		return int64(n)
	}
	return v
}

// sliceIndex converts a slice bound; big ints clamp as CPython's do.
func sliceIndex(v Value) (int64, error) {
	switch x := v.ref.(type) {
	case intKind, boolKind:
		return int64(v.raw), nil
	case *BigInt:
		if x.v.Sign() < 0 {
			return math.MinInt64 + 1, nil
		}
		return math.MaxInt64, nil
	}
	return 0, Errorf(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
}

// Slice is a slice object, the index of x[a:b:c].
type Slice struct{ Start, Stop, Step Value }

// SliceType is the type of slice objects.
var SliceType = NewType("slice", ObjectType)

// Type returns slice.
func (*Slice) Type() *Type { return SliceType }

func sliceItems(items []Value, start, step, count int) []Value {
	out := make([]Value, count)
	if step == 1 {
		copy(out, items[start:start+count])
		return out
	}
	for i, k := start, 0; k < count; i, k = i+step, k+1 {
		out[k] = items[i]
	}
	return out
}

// seqBinary handles + and * on sequences; ok is false if not applicable.
func seqBinary(t *Thread, op BinaryOp, a, b Value, inplace bool) (Value, bool, error) {
	switch op {
	case OpAdd:
		switch x := a.ref.(type) {
		case *Str:
			if y, ok := b.ref.(*Str); ok {
				return NewStr(x.s + y.s), true, nil
			}
		case *List:
			if inplace {
				items, err := Collect(t, b)
				if err != nil {
					if _, isList := b.ref.(*List); !isList {
						return Value{}, true, Errorf(TypeErrorType, "'%s' object is not iterable", b.TypeName())
					}
					return Value{}, true, err
				}
				x.Items = append(x.Items, items...)
				return a, true, nil
			}
			if y, ok := b.ref.(*List); ok {
				out := make([]Value, 0, len(x.Items)+len(y.Items))
				out = append(append(out, x.Items...), y.Items...)
				return NewList(out), true, nil
			}
		case *Tuple:
			if y, ok := b.ref.(*Tuple); ok {
				out := make([]Value, 0, len(x.Items)+len(y.Items))
				out = append(append(out, x.Items...), y.Items...)
				return TupleValue(out...), true, nil
			}
		}
	case OpMul:
		if IsIntLike(b) && !IsIntLike(a) {
			return seqRepeat(t, a, b, inplace)
		}
		if IsIntLike(a) && !IsIntLike(b) {
			return seqRepeat(t, b, a, false)
		}
	case OpMod:
		if s, ok := a.ref.(*Str); ok {
			r, err := PercentFormat(t, s.s, b)
			return r, true, err
		}
	}
	return Value{}, false, nil
}

func seqRepeat(t *Thread, seq, count Value, inplace bool) (Value, bool, error) {
	var n int64
	if isSmall(count) {
		n = int64(count.raw)
	} else {
		n = math.MaxInt64
		if intSign(count) < 0 {
			n = 0
		}
	}
	if n < 0 {
		n = 0
	}
	size := func(l int) error {
		if l > 0 && n > (1<<40)/int64(l) {
			return Errorf(MemoryErrorType, "")
		}
		return nil
	}
	switch x := seq.ref.(type) {
	case *Str:
		if err := size(len(x.s)); err != nil {
			return Value{}, true, err
		}
		b := make([]byte, 0, int64(len(x.s))*n)
		for i := int64(0); i < n; i++ {
			b = append(b, x.s...)
		}
		return NewStr(string(b)), true, nil
	case *List:
		if err := size(len(x.Items)); err != nil {
			return Value{}, true, err
		}
		out := make([]Value, 0, int64(len(x.Items))*n)
		for i := int64(0); i < n; i++ {
			out = append(out, x.Items...)
		}
		if inplace {
			x.Items = out
			return seq, true, nil
		}
		return NewList(out), true, nil
	case *Tuple:
		if err := size(len(x.Items)); err != nil {
			return Value{}, true, err
		}
		out := make([]Value, 0, int64(len(x.Items))*n)
		for i := int64(0); i < n; i++ {
			out = append(out, x.Items...)
		}
		return TupleValue(out...), true, nil
	}
	return Value{}, false, nil
}
