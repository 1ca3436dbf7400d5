package runtime

// The heapq module: CPython's _heapq sift functions (min-heap and the max
// variants nsmallest and merge use) and heapq.py's nlargest, nsmallest
// and merge, so that the lists they leave and return match CPython's.

func init() {
	BuiltinModules["heapq"] = newHeapqModule
}

var heapqMergeType = NewType("generator", ObjectType)

func newHeapqModule(t *Thread) *Module {
	m := NewModule("heapq")
	libSetModuleFuncs(m, map[string]Value{
		"_heapify_max": NewBuiltin("_heapify_max", func(t *Thread, a []Value, kw []string) (Value, error) {
			return hqHeapify(t, "_heapify_max", true, a, kw)
		}),
		"_heappop_max": NewBuiltin("_heappop_max", func(t *Thread, a []Value, kw []string) (Value, error) {
			return hqHeappop(t, "_heappop_max", true, a, kw)
		}),
		"_heapreplace_max": NewBuiltin("_heapreplace_max", func(t *Thread, a []Value, kw []string) (Value, error) {
			return hqHeapreplace(t, "_heapreplace_max", true, a, kw)
		}),
		"heapify":     NewBuiltin("heapify", func(t *Thread, a []Value, kw []string) (Value, error) { return hqHeapify(t, "heapify", false, a, kw) }),
		"heappop":     NewBuiltin("heappop", func(t *Thread, a []Value, kw []string) (Value, error) { return hqHeappop(t, "heappop", false, a, kw) }),
		"heappush":    NewBuiltin("heappush", hqHeappush),
		"heappushpop": NewBuiltin("heappushpop", hqHeappushpop),
		"heapreplace": NewBuiltin("heapreplace", func(t *Thread, a []Value, kw []string) (Value, error) {
			return hqHeapreplace(t, "heapreplace", false, a, kw)
		}),
		"merge":     NewBuiltin("merge", hqMerge),
		"nlargest":  NewBuiltin("nlargest", func(t *Thread, a []Value, kw []string) (Value, error) { return hqNBest(t, "nlargest", true, a, kw) }),
		"nsmallest": NewBuiltin("nsmallest", func(t *Thread, a []Value, kw []string) (Value, error) { return hqNBest(t, "nsmallest", false, a, kw) }),
	})
	return m
}

// hqLess is the heap order: a < b, or b < a for the max-heap variants.
func hqLess(t *Thread, a, b Value, max bool) (bool, error) {
	if max {
		a, b = b, a
	}
	if a.IsInt() && b.IsInt() {
		return a.AsInt() < b.AsInt(), nil
	}
	return libLess(t, a, b)
}

const errHeapChanged = "list changed size during iteration"

// siftdown moves heap[pos] up towards startpos (CPython's naming).
func hqSiftdown(t *Thread, h *List, startpos, pos int, max bool) error {
	size := len(h.Items)
	if pos >= size {
		return Errorf(IndexErrorType, "index out of range")
	}
	for pos > startpos {
		parentpos := (pos - 1) >> 1
		newitem, parent := h.Items[pos], h.Items[parentpos]
		lt, err := hqLess(t, newitem, parent, max)
		if err != nil {
			return err
		}
		if size != len(h.Items) {
			return Errorf(RuntimeErrorType, errHeapChanged)
		}
		if !lt {
			break
		}
		h.Items[parentpos], h.Items[pos] = h.Items[pos], h.Items[parentpos]
		pos = parentpos
	}
	return nil
}

// siftup moves the smaller child up from pos to a leaf, then sifts down.
func hqSiftup(t *Thread, h *List, pos int, max bool) error {
	endpos := len(h.Items)
	startpos := pos
	if pos >= endpos {
		return Errorf(IndexErrorType, "index out of range")
	}
	limit := endpos >> 1
	for pos < limit {
		childpos := 2*pos + 1
		if childpos+1 < endpos {
			lt, err := hqLess(t, h.Items[childpos], h.Items[childpos+1], max)
			if err != nil {
				return err
			}
			if !lt {
				childpos++
			}
			if endpos != len(h.Items) {
				return Errorf(RuntimeErrorType, errHeapChanged)
			}
		}
		h.Items[childpos], h.Items[pos] = h.Items[pos], h.Items[childpos]
		pos = childpos
	}
	return hqSiftdown(t, h, startpos, pos, max)
}

// hqList checks the heap argument.
func hqList(v Value, msg string) (*List, error) {
	l, ok := v.ref.(*List)
	if !ok {
		return nil, Errorf(TypeErrorType, "%s must be list, not %s", msg, v.TypeName())
	}
	return l, nil
}

func hqHeappush(t *Thread, args []Value, kw []string) (Value, error) {
	if err := positional("_heapq.heappush", "heappush", args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	h, err := hqList(args[0], "heappush() argument 1")
	if err != nil {
		return Value{}, err
	}
	h.Items = append(h.Items, args[1])
	return None, hqSiftdown(t, h, 0, len(h.Items)-1, false)
}

// hqPop is heappop on a list.
func hqPop(t *Thread, h *List, max bool) (Value, error) {
	n := len(h.Items)
	if n == 0 {
		return Value{}, Errorf(IndexErrorType, "index out of range")
	}
	last := h.Items[n-1]
	h.Items[n-1] = Value{}
	h.Items = h.Items[:n-1]
	if n == 1 {
		return last, nil
	}
	ret := h.Items[0]
	h.Items[0] = last
	if err := hqSiftup(t, h, 0, max); err != nil {
		return Value{}, err
	}
	return ret, nil
}

func hqHeappop(t *Thread, name string, max bool, args []Value, kw []string) (Value, error) {
	if err := exactArgs("_heapq."+name, args, kw, 1); err != nil {
		return Value{}, err
	}
	h, err := hqList(args[0], name+"() argument")
	if err != nil {
		return Value{}, err
	}
	return hqPop(t, h, max)
}

// hqReplace is heapreplace on a list.
func hqReplace(t *Thread, h *List, item Value, max bool) (Value, error) {
	if len(h.Items) == 0 {
		return Value{}, Errorf(IndexErrorType, "index out of range")
	}
	ret := h.Items[0]
	h.Items[0] = item
	if err := hqSiftup(t, h, 0, max); err != nil {
		return Value{}, err
	}
	return ret, nil
}

func hqHeapreplace(t *Thread, name string, max bool, args []Value, kw []string) (Value, error) {
	if err := positional("_heapq."+name, name, args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	h, err := hqList(args[0], name+"() argument 1")
	if err != nil {
		return Value{}, err
	}
	return hqReplace(t, h, args[1], max)
}

func hqHeappushpop(t *Thread, args []Value, kw []string) (Value, error) {
	if err := positional("_heapq.heappushpop", "heappushpop", args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	h, err := hqList(args[0], "heappushpop() argument 1")
	if err != nil {
		return Value{}, err
	}
	item := args[1]
	if len(h.Items) == 0 {
		return item, nil
	}
	lt, err := hqLess(t, h.Items[0], item, false)
	if err != nil {
		return Value{}, err
	}
	if !lt {
		return item, nil
	}
	if len(h.Items) == 0 {
		return Value{}, Errorf(IndexErrorType, "index out of range")
	}
	ret := h.Items[0]
	h.Items[0] = item
	if err := hqSiftup(t, h, 0, false); err != nil {
		return Value{}, err
	}
	return ret, nil
}

// hqKeepTopBit is keep_top_bit: n with all but its highest bit cleared.
func hqKeepTopBit(n int) int {
	i := 0
	for n > 1 {
		n >>= 1
		i++
	}
	return n << i
}

// hqHeapifyList is heapify_internal, including CPython's cache-friendly
// order of siftups for lists longer than 2500.
func hqHeapifyList(t *Thread, h *List, max bool) error {
	n := len(h.Items)
	if n <= 2500 {
		for i := n>>1 - 1; i >= 0; i-- {
			if err := hqSiftup(t, h, i, max); err != nil {
				return err
			}
		}
		return nil
	}
	m := n >> 1
	leftmost := hqKeepTopBit(m+1) - 1
	mhalf := m >> 1
	run := func(from, to int) error {
		for i := from; i >= to; i-- {
			j := i
			for {
				if err := hqSiftup(t, h, j, max); err != nil {
					return err
				}
				if j&1 == 0 {
					break
				}
				j >>= 1
			}
		}
		return nil
	}
	if err := run(leftmost-1, mhalf); err != nil {
		return err
	}
	return run(m-1, leftmost)
}

func hqHeapify(t *Thread, name string, max bool, args []Value, kw []string) (Value, error) {
	if err := exactArgs("_heapq."+name, args, kw, 1); err != nil {
		return Value{}, err
	}
	h, err := hqList(args[0], name+"() argument")
	if err != nil {
		return Value{}, err
	}
	return None, hqHeapifyList(t, h, max)
}

// ---------------------------------------------------------------------------
// nlargest and nsmallest (heapq.py).

var hqNBestSig = map[bool]*libSig{
	true:  {name: "nlargest", params: []string{"n", "iterable", "key"}, ndef: 1},
	false: {name: "nsmallest", params: []string{"n", "iterable", "key"}, ndef: 1},
}

func hqNBest(t *Thread, name string, largest bool, args []Value, kw []string) (Value, error) {
	a, err := hqNBestSig[largest].bind(args, kw)
	if err != nil {
		return Value{}, err
	}
	nv, iterable, key := a[0], a[1], orDefault(a[2], None)
	if one, err := libEqual(t, nv, Int(1)); err != nil {
		return Value{}, err
	} else if one {
		it, err := libIter(t, iterable)
		if err != nil {
			return Value{}, err
		}
		sentinel := FromObject(&Instance{})
		fn := builtinMin
		if largest {
			fn = builtinMax
		}
		r, err := fn(t, []Value{FromObject(it), sentinel, key}, []string{"default", "key"})
		if err != nil {
			return Value{}, err
		}
		if r.Is(sentinel) {
			return NewList(nil), nil
		}
		return NewList([]Value{r}), nil
	}
	if size, err := libLen(t, iterable); err == nil {
		ge, err := libCompareBool(t, CmpGE, nv, Int(int64(size)))
		if err != nil {
			return Value{}, err
		}
		if ge {
			sorted, err := builtinSorted(t, []Value{iterable, key, Bool(largest)}, []string{"key", "reverse"})
			if err != nil {
				return Value{}, err
			}
			return GetItem(t, sorted, FromObject(&Slice{Start: None, Stop: nv, Step: None}))
		}
	} else if e := AsException(err); !e.IsInstance(TypeErrorType) && !e.IsInstance(AttributeErrorType) {
		return Value{}, err
	}
	nx, err := Index(t, nv)
	if err != nil {
		return Value{}, err
	}
	n := 0
	if intSign(nx) > 0 {
		if n, err = asSsize(t, nx); err != nil {
			return Value{}, err
		}
	}
	it, err := libIter(t, iterable)
	if err != nil {
		return Value{}, err
	}
	withKey := !key.IsNone()
	// order counts up from 0 (nsmallest) or down from 0 (nlargest), so
	// that ties keep the iteration order.
	dir := int64(1)
	if largest {
		dir = -1
	}
	entry := func(elem Value, order int64) (Value, error) {
		if !withKey {
			return TupleValue(elem, Int(order)), nil
		}
		k, err := libCall1(t, key, elem)
		if err != nil {
			return Value{}, err
		}
		return TupleValue(k, Int(order), elem), nil
	}
	var result []Value
	for i := 0; i < n; i++ {
		elem, ok, err := it.Next(t)
		if err != nil {
			return Value{}, err
		}
		if !ok {
			break
		}
		e, err := entry(elem, int64(i)*dir)
		if err != nil {
			return Value{}, err
		}
		result = append(result, e)
	}
	if len(result) == 0 {
		return NewList(nil), nil
	}
	h := &List{Items: result}
	max := !largest
	if err := hqHeapifyList(t, h, max); err != nil {
		return Value{}, err
	}
	top := h.Items[0].ref.(*Tuple).Items[0]
	order := int64(n) * dir
	for {
		elem, ok, err := it.Next(t)
		if err != nil {
			return Value{}, err
		}
		if !ok {
			break
		}
		k := elem
		if withKey {
			if k, err = libCall1(t, key, elem); err != nil {
				return Value{}, err
			}
		}
		var better bool
		if largest {
			better, err = libLess(t, top, k)
		} else {
			better, err = libLess(t, k, top)
		}
		if err != nil {
			return Value{}, err
		}
		if !better {
			continue
		}
		var e Value
		if withKey {
			e = TupleValue(k, Int(order), elem)
		} else {
			e = TupleValue(elem, Int(order))
		}
		if _, err := hqReplace(t, h, e, max); err != nil {
			return Value{}, err
		}
		top = h.Items[0].ref.(*Tuple).Items[0]
		order += dir
	}
	if largest {
		_, err = listSort(t, h, []Value{True}, []string{"reverse"})
	} else {
		_, err = listSort(t, h, nil, nil)
	}
	if err != nil {
		return Value{}, err
	}
	out := make([]Value, len(h.Items))
	for i, e := range h.Items {
		items := e.ref.(*Tuple).Items
		out[i] = items[len(items)-1]
		if !withKey {
			out[i] = items[0]
		}
	}
	return NewList(out), nil
}

// ---------------------------------------------------------------------------
// merge (heapq.py's generator).

type mergeIter struct {
	iterables []Value
	key       Value
	reverse   bool
	h         *List // of [value, order, it] or [key, order, value, it]
	started   bool
	advance   bool     // the head's value was yielded: fetch its next
	tail      Iterator // the last iterator, yielded directly
	done      bool
}

func (*mergeIter) Type() *Type { return heapqMergeType }

// Repr is "<generator object merge at 0x...>".
func (m *mergeIter) Repr(*Thread) (string, error) {
	return "<generator object merge at " + libAddr(FromObject(m)) + ">", nil
}

func hqMerge(t *Thread, args []Value, kw []string) (Value, error) {
	pos, kwvals := SplitKwargs(args, kw)
	m := &mergeIter{iterables: append([]Value(nil), pos...), key: None}
	for i, k := range kw {
		switch k {
		case "key":
			m.key = kwvals[i]
		case "reverse":
			b, err := Truth(t, kwvals[i])
			if err != nil {
				return Value{}, err
			}
			m.reverse = b
		default:
			return Value{}, Errorf(TypeErrorType, "merge() got an unexpected keyword argument '%s'", k)
		}
	}
	return FromObject(m), nil
}

func (m *mergeIter) valueIndex() int {
	if m.key.IsNone() {
		return 0
	}
	return 2
}

func (m *mergeIter) start(t *Thread) error {
	m.h = &List{}
	dir := int64(1)
	if m.reverse {
		dir = -1
	}
	for order, v := range m.iterables {
		it, err := libIter(t, v)
		if err != nil {
			return err
		}
		x, ok, err := it.Next(t)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		o := Int(int64(order) * dir)
		if m.key.IsNone() {
			m.h.Items = append(m.h.Items, NewList([]Value{x, o, FromObject(it)}))
			continue
		}
		k, err := libCall1(t, m.key, x)
		if err != nil {
			return err
		}
		m.h.Items = append(m.h.Items, NewList([]Value{k, o, x, FromObject(it)}))
	}
	m.iterables = nil
	return hqHeapifyList(t, m.h, m.reverse)
}

func (m *mergeIter) Next(t *Thread) (Value, bool, error) {
	if m.done {
		return Value{}, false, nil
	}
	v, ok, err := m.next(t)
	if err != nil || !ok {
		m.done = true
	}
	return v, ok, err
}

func (m *mergeIter) next(t *Thread) (Value, bool, error) {
	if m.tail != nil {
		return m.tail.Next(t)
	}
	if !m.started {
		m.started = true
		if err := m.start(t); err != nil {
			return Value{}, false, err
		}
	}
	vi := m.valueIndex()
	if m.advance {
		m.advance = false
		s := m.h.Items[0].ref.(*List)
		it := s.Items[len(s.Items)-1].ref.(Iterator)
		x, ok, err := it.Next(t)
		if err != nil {
			return Value{}, false, err
		}
		if !ok {
			if _, err := hqPop(t, m.h, m.reverse); err != nil {
				return Value{}, false, err
			}
		} else {
			if m.key.IsNone() {
				s.Items[0] = x
			} else {
				k, err := libCall1(t, m.key, x)
				if err != nil {
					return Value{}, false, err
				}
				s.Items[0], s.Items[2] = k, x
			}
			if _, err := hqReplace(t, m.h, FromObject(s), m.reverse); err != nil {
				return Value{}, false, err
			}
		}
	}
	switch len(m.h.Items) {
	case 0:
		return Value{}, false, nil
	case 1:
		s := m.h.Items[0].ref.(*List)
		m.tail = s.Items[len(s.Items)-1].ref.(Iterator)
		return s.Items[vi], true, nil
	}
	s := m.h.Items[0].ref.(*List)
	m.advance = true
	return s.Items[vi], true, nil
}
