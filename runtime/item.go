package runtime

import "strings"

// indexOfT is indexOf that also accepts objects with __index__.
func indexOfT(t *Thread, v Value) (int64, bool, error) {
	if o, ok := v.ref.(*Instance); ok {
		if IsIntLike(o.base) {
			return indexOf(o.base)
		}
		if _, _, has := userMethod(v, "__index__"); has {
			r, err := Index(t, v)
			if err != nil {
				return 0, true, err
			}
			return indexOf(r)
		}
	}
	return indexOf(v)
}

// indexOf converts a subscript to an int64 index; ok is false for non-ints.
func indexOf(v Value) (int64, bool, error) {
	switch x := v.ref.(type) {
	case intKind, boolKind:
		return int64(v.raw), true, nil
	case *BigInt:
		_ = x
		return 0, true, Errorf(IndexErrorType, "cannot fit 'int' into an index-sized integer")
	}
	return 0, false, nil
}

// GetItem is container[key].
func GetItem(t *Thread, container, key Value) (Value, error) {
	switch c := container.ref.(type) {
	case *List:
		if key.IsInt() {
			if i, ok := NormIndex(int64(key.raw), len(c.Items)); ok {
				return c.Items[i], nil
			}
			return Value{}, Errorf(IndexErrorType, "list index out of range")
		}
		return seqGetItem(t, "list", c.Items, key, func(items []Value) Value { return NewList(items) })
	case *Tuple:
		return seqGetItem(t, "tuple", c.Items, key, func(items []Value) Value { return TupleValue(items...) })
	case *Str:
		i, isInt, err := indexOfT(t, key)
		if err != nil {
			return Value{}, err
		}
		if isInt {
			if j, ok := NormIndex(i, c.Len()); ok {
				return c.Index(j), nil
			}
			return Value{}, Errorf(IndexErrorType, "string index out of range")
		}
		if s, ok := key.ref.(*Slice); ok {
			start, stop, step, n, err := SliceIndices(t, s, c.Len())
			if err != nil {
				return Value{}, err
			}
			if n == 0 {
				return NewStr(""), nil
			}
			if step == 1 {
				return strSlice(c, start, stop, 1, n), nil
			}
			return strSlice(c, start, stop, step, n), nil
		}
		return Value{}, Errorf(TypeErrorType, "string indices must be integers, not '%s'", key.TypeName())
	case *Dict:
		v, ok, err := c.Get(t, key)
		if err != nil {
			return Value{}, err
		}
		if !ok {
			return Value{}, NewException(KeyErrorType, key)
		}
		return v, nil
	case *Range:
		if c.Big != nil {
			return bigRangeItem(t, c.Big, key)
		}
		i, isInt, err := indexOfT(t, key)
		if err != nil {
			return Value{}, err
		}
		if isInt {
			n := c.Len()
			if i < 0 {
				i += n
			}
			if i < 0 || i >= n {
				return Value{}, Errorf(IndexErrorType, "range object index out of range")
			}
			return Int(c.At(i)), nil
		}
		if s, ok := key.ref.(*Slice); ok {
			// As CPython: the new bounds are the old range evaluated at the
			// adjusted slice indices (not start + count*step).
			start, stop, step, _, err := SliceIndices(t, s, int(c.Len()))
			if err != nil {
				return Value{}, err
			}
			return FromObject(&Range{Start: c.At(int64(start)), Stop: c.At(int64(stop)), Step: c.Step * int64(step)}), nil
		}
		return Value{}, Errorf(TypeErrorType, "range indices must be integers or slices, not %s", key.TypeName())
	case *Type:
		if r, ok, err := callUser(t, container, "__getitem__", key); ok {
			return r, err // the metaclass's (Color['RED'])
		}
		if cg, owner := c.lookupOwner("__class_getitem__"); owner != nil && owner.Heap {
			return callMethod(t, cg, owner, container, key)
		}
		if c == TypeType || c.Dict["__class_getitem__"].ref != nil {
			return container, nil
		}
	case *Instance:
		if r, ok, err := getItemUser(t, container, key); ok {
			return r, err
		}
	case goGetter:
		return c.GetItem(t, key)
	}
	return Value{}, Errorf(TypeErrorType, "'%s' object is not subscriptable", container.TypeName())
}

func seqGetItem(t *Thread, kind string, items []Value, key Value, make func([]Value) Value) (Value, error) {
	i, isInt, err := indexOfT(t, key)
	if err != nil {
		return Value{}, err
	}
	if isInt {
		if j, ok := NormIndex(i, len(items)); ok {
			return items[j], nil
		}
		return Value{}, Errorf(IndexErrorType, "%s index out of range", kind)
	}
	if s, ok := key.ref.(*Slice); ok {
		start, _, step, n, err := SliceIndices(t, s, len(items))
		if err != nil {
			return Value{}, err
		}
		return make(sliceItems(items, start, step, n)), nil
	}
	return Value{}, Errorf(TypeErrorType, "%s indices must be integers or slices, not %s", kind, key.TypeName())
}

// SetItem is container[key] = v.
func SetItem(t *Thread, container, key, v Value) error {
	switch c := container.ref.(type) {
	case *List:
		i, isInt, err := indexOfT(t, key)
		if err != nil {
			return err
		}
		if isInt {
			j, ok := NormIndex(i, len(c.Items))
			if !ok {
				return Errorf(IndexErrorType, "list assignment index out of range")
			}
			c.Items[j] = v
			return nil
		}
		if s, ok := key.ref.(*Slice); ok {
			return listSetSlice(t, c, s, v)
		}
		return Errorf(TypeErrorType, "list indices must be integers or slices, not %s", key.TypeName())
	case *Dict:
		return c.Set(t, key, v)
	case *Instance:
		if ok, err := setItemUser(t, container, key, v); ok {
			return err
		}
	case goSetter:
		return c.SetItem(t, key, v)
	}
	return Errorf(TypeErrorType, "'%s' object does not support item assignment", container.TypeName())
}

func listSetSlice(t *Thread, l *List, s *Slice, v Value) error {
	var items []Value
	if o, ok := v.ref.(*List); ok && o == l {
		items = append([]Value(nil), l.Items...)
	} else {
		var err error
		items, err = Collect(t, v)
		if err != nil {
			if _, isIter := err.(*Exception); isIter && AsException(err).IsInstance(TypeErrorType) {
				if !s.Step.IsNone() && !(s.Step.IsInt() && s.Step.AsInt() == 1) {
					return Errorf(TypeErrorType, "must assign iterable to extended slice")
				}
				return Errorf(TypeErrorType, "can only assign an iterable")
			}
			return err
		}
	}
	start, stop, step, n, err := SliceIndices(t, s, len(l.Items))
	if err != nil {
		return err
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		out := make([]Value, 0, len(l.Items)-(stop-start)+len(items))
		out = append(out, l.Items[:start]...)
		out = append(out, items...)
		out = append(out, l.Items[stop:]...)
		l.Items = out
		return nil
	}
	if len(items) != n {
		return Errorf(ValueErrorType, "attempt to assign sequence of size %d to extended slice of size %d", len(items), n)
	}
	for i, k := start, 0; k < n; i, k = i+step, k+1 {
		l.Items[i] = items[k]
	}
	return nil
}

// DelItem is del container[key].
func DelItem(t *Thread, container, key Value) error {
	switch c := container.ref.(type) {
	case *List:
		i, isInt, err := indexOfT(t, key)
		if err != nil {
			return err
		}
		if isInt {
			j, ok := NormIndex(i, len(c.Items))
			if !ok {
				return Errorf(IndexErrorType, "list assignment index out of range")
			}
			c.Items = append(c.Items[:j], c.Items[j+1:]...)
			return nil
		}
		if s, ok := key.ref.(*Slice); ok {
			start, _, step, n, err := SliceIndices(t, s, len(c.Items))
			if err != nil {
				return err
			}
			if step < 0 {
				start, step = start+(n-1)*step, -step
			}
			drop := make(map[int]bool, n)
			for i, k := start, 0; k < n; i, k = i+step, k+1 {
				drop[i] = true
			}
			out := c.Items[:0]
			for i, it := range c.Items {
				if !drop[i] {
					out = append(out, it)
				}
			}
			for i := len(out); i < len(c.Items); i++ {
				c.Items[i] = Value{}
			}
			c.Items = out
			return nil
		}
		return Errorf(TypeErrorType, "list indices must be integers or slices, not %s", key.TypeName())
	case *Dict:
		_, ok, err := c.Delete(t, key)
		if err != nil {
			return err
		}
		if !ok {
			return NewException(KeyErrorType, key)
		}
		return nil
	case *Instance:
		if ok, err := delItemUser(t, container, key); ok {
			return err
		}
	case goDeleter:
		return c.DelItem(t, key)
	}
	// CPython: an index on a type with sequence methods fails in
	// PySequence_DelItem, anything else in PyObject_DelItem.
	seq := container.ref.Type().Heap
	switch container.ref.(type) {
	case *Str, *Tuple, *Range, *Set, *DictView, *Bytes:
		seq = true
	}
	if _, isInt, _ := indexOf(key); seq && isInt {
		return Errorf(TypeErrorType, "'%s' object doesn't support item deletion", container.TypeName())
	}
	return Errorf(TypeErrorType, "'%s' object does not support item deletion", container.TypeName())
}

// Contains is item in container.
func Contains(t *Thread, container, item Value) (bool, error) {
	switch c := container.ref.(type) {
	case *List:
		return seqContains(t, c.Items, item)
	case *Tuple:
		return seqContains(t, c.Items, item)
	case *Str:
		s, ok := item.ref.(*Str)
		if !ok {
			return false, Errorf(TypeErrorType, "'in <string>' requires string as left operand, not %s", item.TypeName())
		}
		return containsString(c.s, s.s), nil
	case *Dict:
		_, ok, err := c.Get(t, item)
		return ok, err
	case *DictView:
		if c.Kind == DictIterKeys {
			_, ok, err := c.D.Get(t, item)
			return ok, err
		}
	case *Set:
		return c.Contains(t, item)
	case *Instance, *Type:
		if r, ok, err := containsUser(t, container, item); ok {
			return r, err
		}
	case goContainer:
		return c.Contains(t, item)
	case *Range:
		if c.Big != nil && IsIntLike(item) {
			return c.Big.Contains(bigOf(item)), nil
		}
		if IsIntLike(item) && !isSmall(item) {
			return false, nil
		}
		if IsIntLike(item) && isSmall(item) {
			x := int64(item.raw)
			n := c.Len()
			if n == 0 {
				return false, nil
			}
			if c.Step > 0 && (x < c.Start || x >= c.Stop) || c.Step < 0 && (x > c.Start || x <= c.Stop) {
				return false, nil
			}
			return (x-c.Start)%c.Step == 0, nil
		}
	}
	it, err := GetIter(t, container)
	if err != nil {
		return false, Errorf(TypeErrorType, "argument of type '%s' is not iterable", container.TypeName())
	}
	for {
		v, ok, err := it.Next(t)
		if err != nil || !ok {
			return false, err
		}
		if v.Is(item) {
			return true, nil
		}
		eq, err := Equal(t, v, item)
		if err != nil || eq {
			return eq, err
		}
	}
}

func seqContains(t *Thread, items []Value, item Value) (bool, error) {
	for _, v := range items {
		if v.Is(item) {
			return true, nil
		}
		eq, err := Equal(t, v, item)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

func containsString(s, sub string) bool {
	return strings.Contains(s, sub)
}

// Len is len(v).
func Len(t *Thread, v Value) (int, error) {
	switch c := v.ref.(type) {
	case *List:
		return len(c.Items), nil
	case *Tuple:
		return len(c.Items), nil
	case *Str:
		return c.Len(), nil
	case *Dict:
		return c.Len(), nil
	case *DictView:
		return c.D.Len(), nil
	case *Range:
		if c.Big != nil {
			return bigRangeLen(c.Big)
		}
		return int(c.Len()), nil
	case *Set:
		return c.used, nil
	case *Instance, *Type:
		if n, ok, err := lenUser(t, v); ok {
			return n, err
		}
	case goSizer:
		return c.Len(t)
	}
	return 0, Errorf(TypeErrorType, "object of type '%s' has no len()", v.TypeName())
}
