package runtime

import (
	"math/big"
	"unicode/utf8"
)

// Iterator is a Python iterator implemented in Go.
type Iterator interface {
	Object
	// Next returns the next item; ok is false when the iterator is exhausted.
	Next(t *Thread) (v Value, ok bool, err error)
}

// ListIter iterates over a list, seeing appends made during iteration.
type ListIter struct {
	L *List
	I int
}

// Type returns list_iterator.
func (*ListIter) Type() *Type { return ListIterType }

// Next implements Iterator.
func (it *ListIter) Next(*Thread) (Value, bool, error) {
	if it.I < len(it.L.Items) {
		v := it.L.Items[it.I]
		it.I++
		return v, true, nil
	}
	it.I = 1 << 62 // exhausted for good, as CPython's list iterator
	return Value{}, false, nil
}

// ListRevIter iterates over a list backwards.
type ListRevIter struct {
	L *List
	I int
}

// Type returns list_reverseiterator.
func (*ListRevIter) Type() *Type { return ListRevIterType }

// Next implements Iterator.
func (it *ListRevIter) Next(*Thread) (Value, bool, error) {
	if it.I >= 0 && it.I < len(it.L.Items) {
		v := it.L.Items[it.I]
		it.I--
		return v, true, nil
	}
	it.I = -1
	return Value{}, false, nil
}

// SeqIter iterates over a fixed slice of values (tuples, snapshots).
type SeqIter struct {
	Items []Value
	I     int
	T     *Type
}

// Type returns the iterator's type (tuple_iterator etc.).
func (it *SeqIter) Type() *Type { return it.T }

// Next implements Iterator.
func (it *SeqIter) Next(*Thread) (Value, bool, error) {
	if it.I < len(it.Items) {
		v := it.Items[it.I]
		it.I++
		return v, true, nil
	}
	return Value{}, false, nil
}

// RangeIter iterates over a range.
type RangeIter struct {
	Cur, Step, Left int64
}

// Type returns range_iterator.
func (*RangeIter) Type() *Type { return RangeIterType }

// Next implements Iterator.
func (it *RangeIter) Next(*Thread) (Value, bool, error) {
	if it.Left > 0 {
		v := it.Cur
		it.Cur += it.Step
		it.Left--
		return Int(v), true, nil
	}
	return Value{}, false, nil
}

// StrIter iterates over the code points of a str.
type StrIter struct {
	S   string
	Off int
}

// Type returns str_ascii_iterator.
func (*StrIter) Type() *Type { return StrIterType }

// Next implements Iterator.
func (it *StrIter) Next(*Thread) (Value, bool, error) {
	if it.Off >= len(it.S) {
		return Value{}, false, nil
	}
	c := it.S[it.Off]
	if c < 0x80 {
		it.Off++
		return Value{ref: asciiChars[c]}, true, nil
	}
	r, n := utf8.DecodeRuneInString(it.S[it.Off:])
	it.Off += n
	return NewStr(string(r)), true, nil
}

// DictIterKind selects what a dict iterator yields.
type DictIterKind uint8

const (
	DictIterKeys DictIterKind = iota
	DictIterValues
	DictIterItems
)

// DictIter iterates over a dict's keys, values or items.
type DictIter struct {
	D       *Dict
	I       int
	Kind    DictIterKind
	used    int
	version uint64
}

// NewDictIter starts iterating d.
func NewDictIter(d *Dict, kind DictIterKind) *DictIter {
	return &DictIter{D: d, Kind: kind, used: d.used, version: d.version}
}

// Type returns dict_keyiterator, dict_valueiterator or dict_itemiterator.
func (it *DictIter) Type() *Type {
	switch it.Kind {
	case DictIterValues:
		return DictValIterType
	case DictIterItems:
		return DictItemIterType
	}
	return DictKeyIterType
}

// Next implements Iterator.
func (it *DictIter) Next(*Thread) (Value, bool, error) {
	if it.D.used != it.used {
		it.used = -1
		return Value{}, false, Errorf(RuntimeErrorType, "dictionary changed size during iteration")
	}
	if it.D.version != it.version {
		return Value{}, false, Errorf(RuntimeErrorType, "dictionary keys changed during iteration")
	}
	for {
		e, ok := it.D.entryAt(it.I)
		if !ok {
			return Value{}, false, nil
		}
		it.I++
		if e.key.IsUnbound() {
			continue
		}
		switch it.Kind {
		case DictIterValues:
			return e.val, true, nil
		case DictIterItems:
			return TupleValue(e.key, e.val), true, nil
		}
		return e.key, true, nil
	}
}

// DictView is dict.keys(), dict.values() or dict.items().
type DictView struct {
	D    *Dict
	Kind DictIterKind
	// T, when set, is the view's type (odict_keys, ...).
	T *Type
}

// Type returns dict_keys, dict_values or dict_items.
func (v *DictView) Type() *Type {
	if v.T != nil {
		return v.T
	}
	switch v.Kind {
	case DictIterValues:
		return DictValuesType
	case DictIterItems:
		return DictItemsType
	}
	return DictKeysType
}

// EnumerateIter is enumerate(it, start).
type EnumerateIter struct {
	It Iterator
	N  Value
}

// Type returns enumerate.
func (*EnumerateIter) Type() *Type { return EnumerateType }

// Next implements Iterator.
func (e *EnumerateIter) Next(t *Thread) (Value, bool, error) {
	v, ok, err := e.It.Next(t)
	if !ok || err != nil {
		return Value{}, false, err
	}
	n := e.N
	e.N = intAdd(n, Int(1))
	return TupleValue(n, v), true, nil
}

// ZipIter is zip(a, b, ...).
type ZipIter struct {
	Its    []Iterator
	Strict bool
}

// Type returns zip.
func (*ZipIter) Type() *Type { return ZipType }

// Next implements Iterator.
func (z *ZipIter) Next(t *Thread) (Value, bool, error) {
	if len(z.Its) == 0 {
		return Value{}, false, nil
	}
	items := make([]Value, len(z.Its))
	for i, it := range z.Its {
		v, ok, err := it.Next(t)
		if !ok || err != nil {
			return Value{}, false, err
		}
		items[i] = v
	}
	return TupleValue(items...), true, nil
}

// GetIter is iter(v).
func GetIter(t *Thread, v Value) (Iterator, error) {
	switch x := v.ref.(type) {
	case *List:
		return &ListIter{L: x}, nil
	case *Tuple:
		return &SeqIter{Items: x.Items, T: TupleIterType}, nil
	case *Range:
		if x.Big != nil {
			return &BigRangeIter{Cur: new(big.Int).Set(x.Big.Start), Step: x.Big.Step, Left: x.Big.Len()}, nil
		}
		return &RangeIter{Cur: x.Start, Step: x.Step, Left: x.Len()}, nil
	case *Str:
		return &StrIter{S: x.s}, nil
	case *Dict:
		return NewDictIter(x, DictIterKeys), nil
	case *DictView:
		return NewDictIter(x.D, x.Kind), nil
	case *Set:
		return &SetIter{s: x, used: x.used}, nil
	case *Instance:
		return iterUser(t, x)
	case *Type:
		if it, ok, err := metaIter(t, x); ok {
			return it, err
		}
	case goIterable:
		return x.Iter(t)
	case Iterator:
		return x, nil
	}
	return nil, Errorf(TypeErrorType, "'%s' object is not iterable", v.TypeName())
}

// Collect returns the items of an iterable as a new slice.
func Collect(t *Thread, v Value) ([]Value, error) {
	switch x := v.ref.(type) {
	case *List:
		return append([]Value(nil), x.Items...), nil
	case *Tuple:
		return append([]Value(nil), x.Items...), nil
	}
	it, err := GetIter(t, v)
	if err != nil {
		return nil, err
	}
	var out []Value
	for {
		item, ok, err := it.Next(t)
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		out = append(out, item)
	}
}

// StopIterationFor is the StopIteration that next() raises for an
// exhausted iterator: a generator's carries its return value.
func StopIterationFor(it Iterator) *Exception {
	if r, ok := it.(interface{ StopValue() Value }); ok {
		if v := r.StopValue(); !v.IsNone() && !v.IsUnbound() {
			return NewException(StopIterationType, v)
		}
	}
	return NewException(StopIterationType)
}
