package runtime

// The bisect module, as CPython's _bisectmodule.c: binary search with
// "<" only, an optional key applied to the list's items, and insort
// inserting with list.insert (or the object's insert method).

func init() {
	BuiltinModules["bisect"] = newBisectModule
}

func newBisectModule(t *Thread) *Module {
	m := NewModule("bisect")
	right := NewBuiltin("bisect_right", func(t *Thread, args []Value, kw []string) (Value, error) {
		return bisectCall(t, "bisect_right", true, false, args, kw)
	})
	insortRight := NewBuiltin("insort_right", func(t *Thread, args []Value, kw []string) (Value, error) {
		return bisectCall(t, "insort_right", true, true, args, kw)
	})
	libSetModuleFuncs(m, map[string]Value{
		"bisect": right,
		"bisect_left": NewBuiltin("bisect_left", func(t *Thread, args []Value, kw []string) (Value, error) {
			return bisectCall(t, "bisect_left", false, false, args, kw)
		}),
		"bisect_right": right,
		"insort":       insortRight,
		"insort_left": NewBuiltin("insort_left", func(t *Thread, args []Value, kw []string) (Value, error) {
			return bisectCall(t, "insort_left", false, true, args, kw)
		}),
		"insort_right": insortRight,
	})
	return m
}

// bisectHi converts the hi argument: None (or absent) is -1, meaning len(a).
func bisectHi(t *Thread, v Value) (int, error) {
	if v.IsUnbound() || v.IsNone() {
		return -1, nil
	}
	if !IsIntLike(v) {
		if !libHasIndex(v) {
			return 0, Errorf(TypeErrorType, "argument should be integer or None, not '%s'", v.TypeName())
		}
	}
	return asSsize(t, v)
}

func bisectCall(t *Thread, name string, right, insort bool, args []Value, kw []string) (Value, error) {
	spec := kwSpec{fname: name, names: []string{"a", "x", "lo", "hi", "key"}, minPos: 2, maxPos: 4}
	a, err := spec.unpack(args, kw)
	if err != nil {
		return Value{}, err
	}
	lo := 0
	if given(a[2]) {
		if lo, err = asSsize(t, a[2]); err != nil {
			return Value{}, err
		}
	}
	hi, err := bisectHi(t, a[3])
	if err != nil {
		return Value{}, err
	}
	key := orDefault(a[4], None)
	seq, x := a[0], a[1]
	item := x
	if insort && !key.IsNone() {
		if item, err = libCall1(t, key, x); err != nil {
			return Value{}, err
		}
	}
	i, err := bisectSeq(t, seq, item, lo, hi, key, right)
	if err != nil {
		return Value{}, err
	}
	if !insort {
		return Int(int64(i)), nil
	}
	if l, ok := seq.ref.(*List); ok {
		l.Items = listInsertAt(l.Items, i, x)
		return None, nil
	}
	ins, err := GetAttr(t, seq, "insert")
	if err != nil {
		return Value{}, err
	}
	_, err = libCall(t, ins, []Value{Int(int64(i)), x}, nil)
	return None, err
}

// listInsertAt is list.insert(i, x) for 0 <= i (clamped to the length).
func listInsertAt(items []Value, i int, x Value) []Value {
	if i > len(items) {
		i = len(items)
	}
	items = append(items, Value{})
	copy(items[i+1:], items[i:])
	items[i] = x
	return items
}

// bisectSeq is internal_bisect_left/right over any sequence.
func bisectSeq(t *Thread, seq, item Value, lo, hi int, key Value, right bool) (int, error) {
	if lo < 0 {
		return 0, Errorf(ValueErrorType, "lo must be non-negative")
	}
	if hi == -1 {
		n, err := libLen(t, seq)
		if err != nil {
			return 0, err
		}
		hi = n
	}
	l, isList := seq.ref.(*List)
	for lo < hi {
		mid := int(uint(lo+hi) / 2)
		var litem Value
		if isList && mid < len(l.Items) {
			litem = l.Items[mid]
		} else {
			var err error
			if litem, err = libGetItem(t, seq, Int(int64(mid))); err != nil {
				return 0, err
			}
		}
		if !key.IsUnbound() && !key.IsNone() {
			var err error
			if litem, err = libCall1(t, key, litem); err != nil {
				return 0, err
			}
		}
		var less bool
		var err error
		if right {
			less, err = libLess(t, item, litem)
		} else {
			less, err = libLess(t, litem, item)
		}
		if err != nil {
			return 0, err
		}
		if less == right {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, nil
}

// libBisect is bisect over a slice of values (random.choices, sample).
func libBisect(t *Thread, items []Value, x Value, lo, hi int, key Value, right bool) (int, error) {
	return bisectSeq(t, FromObject(&List{Items: items}), x, lo, hi, key, right)
}
