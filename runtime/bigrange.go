package runtime

import "math/big"

// BigRange holds the bounds of a range that do not all fit in int64
// (range(10**20), range(2**64, 2**64 + 3)). Such ranges are rare, so they
// take this slower path and the int64 fields of Range serve the rest.
type BigRange struct{ Start, Stop, Step *big.Int }

// NewBigRange builds a range from int-like bounds, small when they fit.
func NewBigRange(start, stop, step Value) *Range {
	if isSmall(start) && isSmall(stop) && isSmall(step) {
		r := &Range{Start: int64(start.raw), Stop: int64(stop.raw), Step: int64(step.raw)}
		if rangeLenFits(r) {
			return r
		}
	}
	return &Range{Big: &BigRange{Start: ToBig(start), Stop: ToBig(stop), Step: ToBig(step)}}
}

// rangeLenFits reports whether the number of elements fits in an int64,
// which Range.Len needs.
func rangeLenFits(r *Range) bool {
	var span, step uint64
	switch {
	case r.Step > 0 && r.Start < r.Stop:
		span, step = uint64(r.Stop)-uint64(r.Start), uint64(r.Step)
	case r.Step < 0 && r.Start > r.Stop:
		span, step = uint64(r.Start)-uint64(r.Stop), uint64(-r.Step)
	default:
		return true
	}
	return (span-1)/step < 1<<63-1
}

// Len is the number of elements of a big range.
func (b *BigRange) Len() *big.Int {
	var span *big.Int
	if b.Step.Sign() > 0 {
		if b.Start.Cmp(b.Stop) >= 0 {
			return new(big.Int)
		}
		span = new(big.Int).Sub(b.Stop, b.Start)
	} else {
		if b.Start.Cmp(b.Stop) <= 0 {
			return new(big.Int)
		}
		span = new(big.Int).Sub(b.Start, b.Stop)
	}
	step := new(big.Int).Abs(b.Step)
	n := span.Sub(span, big.NewInt(1))
	n.Quo(n, step)
	return n.Add(n, big.NewInt(1))
}

// At returns element i (0 <= i < Len()).
func (b *BigRange) At(i *big.Int) Value {
	v := new(big.Int).Mul(i, b.Step)
	return MakeInt(v.Add(v, b.Start))
}

// Contains reports whether the int x is an element.
func (b *BigRange) Contains(x *big.Int) bool {
	if b.Step.Sign() > 0 {
		if x.Cmp(b.Start) < 0 || x.Cmp(b.Stop) >= 0 {
			return false
		}
	} else if x.Cmp(b.Start) > 0 || x.Cmp(b.Stop) <= 0 {
		return false
	}
	d := new(big.Int).Sub(x, b.Start)
	return d.Rem(d, b.Step).Sign() == 0
}

// BigRangeIter iterates over a big range.
type BigRangeIter struct {
	Cur, Step, Left *big.Int
}

// Type returns range_iterator (longrange_iterator in CPython).
func (*BigRangeIter) Type() *Type { return RangeIterType }

// Next implements Iterator.
func (it *BigRangeIter) Next(*Thread) (Value, bool, error) {
	if it.Left.Sign() <= 0 {
		return Value{}, false, nil
	}
	v := MakeInt(new(big.Int).Set(it.Cur))
	it.Cur.Add(it.Cur, it.Step)
	it.Left.Sub(it.Left, big.NewInt(1))
	return v, true, nil
}

// bigRangeLen is len() of a big range, an OverflowError when it does not fit.
func bigRangeLen(b *BigRange) (int, error) {
	n := b.Len()
	if !n.IsInt64() {
		return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return int(n.Int64()), nil
}

// bigRangeItem is r[key] for a big range.
func bigRangeItem(t *Thread, b *BigRange, key Value) (Value, error) {
	if IsIntLike(key) {
		n := b.Len()
		i := ToBig(key)
		if i.Sign() < 0 {
			i.Add(i, n)
		}
		if i.Sign() < 0 || i.Cmp(n) >= 0 {
			return Value{}, Errorf(IndexErrorType, "range object index out of range")
		}
		return b.At(i), nil
	}
	return Value{}, Errorf(TypeErrorType, "range indices must be integers or slices, not %s", key.TypeName())
}

// bigBounds returns a range's bounds as big ints.
func bigBounds(r *Range) *BigRange {
	if r.Big != nil {
		return r.Big
	}
	return &BigRange{Start: big.NewInt(r.Start), Stop: big.NewInt(r.Stop), Step: big.NewInt(r.Step)}
}

// rangeEqual compares ranges as sequences: same length, and same first
// element and step where those matter.
func rangeEqual(x, y *Range) bool {
	a, b := bigBounds(x), bigBounds(y)
	n := a.Len()
	if n.Cmp(b.Len()) != 0 {
		return false
	}
	if n.Sign() == 0 {
		return true
	}
	if a.Start.Cmp(b.Start) != 0 {
		return false
	}
	return n.Cmp(big.NewInt(1)) == 0 || a.Step.Cmp(b.Step) == 0
}
