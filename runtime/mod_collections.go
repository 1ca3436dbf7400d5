package runtime

import (
	"math"
	"strings"
)

// The collections module. deque (a ring buffer with CPython's mutation
// checks, maxlen and reprs) lives here; defaultdict, OrderedDict and
// Counter are in mod_collections_dicts.go, namedtuple in
// mod_collections_namedtuple.go.

func init() {
	BuiltinModules["collections"] = newCollectionsModule
	DequeType.New = newDeque
	for name, fn := range dequeMethods() {
		addMethod(DequeType, name, fn)
	}
}

// Deque types.
var (
	DequeType        = NewType("collections.deque", ObjectType)
	DequeIterType    = NewType("_collections._deque_iterator", ObjectType)
	DequeRevIterType = NewType("_collections._deque_reverse_iterator", ObjectType)
)

func newCollectionsModule(t *Thread) *Module {
	m := NewModule("collections")
	m.Globals.Set("deque", FromObject(DequeType))
	defaultdict := newDefaultDictClass(t)
	odict := newOrderedDictClass(t)
	counter := newCounterClass(t)
	libSetModuleFuncs(m, map[string]Value{
		"Counter":     FromObject(counter),
		"OrderedDict": FromObject(odict),
		"defaultdict": FromObject(defaultdict),
		"namedtuple":  NewBuiltin("namedtuple", collNamedTuple),
	})
	return m
}

// Deque is collections.deque: a ring buffer.
type Deque struct {
	buf    []Value // len(buf) is a power of two (or 0)
	head   int
	n      int
	maxlen int // -1: unbounded
	state  uint64
}

// Type returns collections.deque.
func (*Deque) Type() *Type { return DequeType }

// NewDeque returns an empty deque; maxlen -1 means unbounded.
func NewDeque(maxlen int) *Deque { return &Deque{maxlen: maxlen} }

// At returns the i-th item, 0 <= i < Len.
func (d *Deque) At(i int) Value { return d.buf[(d.head+i)&(len(d.buf)-1)] }

func (d *Deque) set(i int, v Value) { d.buf[(d.head+i)&(len(d.buf)-1)] = v }

// Items returns a copy of the items in order.
func (d *Deque) Items() []Value {
	out := make([]Value, d.n)
	for i := range out {
		out[i] = d.At(i)
	}
	return out
}

func (d *Deque) grow() {
	if d.n < len(d.buf) {
		return
	}
	size := 8
	if len(d.buf) > 0 {
		size = 2 * len(d.buf)
	}
	nb := make([]Value, size)
	for i := 0; i < d.n; i++ {
		nb[i] = d.At(i)
	}
	d.buf, d.head = nb, 0
}

func (d *Deque) pushRight(v Value) {
	d.grow()
	d.n++
	d.set(d.n-1, v)
}

func (d *Deque) pushLeft(v Value) {
	d.grow()
	d.head = (d.head - 1) & (len(d.buf) - 1)
	d.n++
	d.set(0, v)
}

func (d *Deque) popRight() Value {
	v := d.At(d.n - 1)
	d.set(d.n-1, Value{})
	d.n--
	return v
}

func (d *Deque) popLeft() Value {
	v := d.At(0)
	d.set(0, Value{})
	d.head = (d.head + 1) & (len(d.buf) - 1)
	d.n--
	return v
}

// Append is d.append(v): a full bounded deque drops its leftmost item.
func (d *Deque) Append(v Value) {
	d.state++
	if d.maxlen == 0 {
		return
	}
	d.pushRight(v)
	if d.maxlen >= 0 && d.n > d.maxlen {
		d.popLeft()
	}
}

// AppendLeft is d.appendleft(v).
func (d *Deque) AppendLeft(v Value) {
	d.state++
	if d.maxlen == 0 {
		return
	}
	d.pushLeft(v)
	if d.maxlen >= 0 && d.n > d.maxlen {
		d.popRight()
	}
}

// Rotate is d.rotate(k).
func (d *Deque) Rotate(k int) {
	d.state++
	if d.n <= 1 {
		return
	}
	k %= d.n
	if k < 0 {
		k += d.n
	}
	if k > d.n/2 {
		for j := d.n - k; j > 0; j-- {
			d.pushRight(d.popLeft())
		}
		return
	}
	for ; k > 0; k-- {
		d.pushLeft(d.popRight())
	}
}

func (d *Deque) clear() {
	d.state++
	d.buf, d.head, d.n = nil, 0, 0
}

// Len implements len().
func (d *Deque) Len(*Thread) (int, error) { return d.n, nil }

// Iter returns an iterator that fails if the deque is mutated.
func (d *Deque) Iter(*Thread) (Iterator, error) {
	return &dequeIter{d: d, state: d.state, left: d.n}, nil
}

// Hash raises: deques are unhashable.
func (d *Deque) Hash(*Thread) (int64, error) {
	return 0, Errorf(TypeErrorType, "unhashable type: 'collections.deque'")
}

// index converts a subscript. d[k] (seqMsg) rejects non-ints with
// PySequence's wording; the __getitem__ etc. slot wrappers use __index__'s.
func (d *Deque) index(t *Thread, key Value, seqMsg bool) (int, error) {
	if !IsIntLike(key) {
		if seqMsg {
			if !libHasIndex(key) {
				return 0, Errorf(TypeErrorType, "sequence index must be integer, not '%s'", key.TypeName())
			}
		}
		x, err := Index(t, key)
		if err != nil {
			return 0, err
		}
		key = x
	}
	if !isSmall(key) {
		return 0, Errorf(IndexErrorType, "cannot fit 'int' into an index-sized integer")
	}
	i, ok := NormIndex(key.AsInt(), d.n)
	if !ok {
		return 0, Errorf(IndexErrorType, "deque index out of range")
	}
	return i, nil
}

// GetItem is d[i].
func (d *Deque) GetItem(t *Thread, key Value) (Value, error) {
	i, err := d.index(t, key, true)
	if err != nil {
		return Value{}, err
	}
	return d.At(i), nil
}

// SetItem is d[i] = v.
func (d *Deque) SetItem(t *Thread, key, v Value) error {
	i, err := d.index(t, key, true)
	if err != nil {
		return err
	}
	d.set(i, v)
	return nil
}

// DelItem is del d[i].
func (d *Deque) DelItem(t *Thread, key Value) error {
	i, err := d.index(t, key, true)
	if err != nil {
		return err
	}
	d.delAt(i)
	return nil
}

func (d *Deque) delAt(i int) {
	d.state++
	for j := i; j < d.n-1; j++ {
		d.set(j, d.At(j+1))
	}
	d.popRight()
}

// Contains is x in d.
func (d *Deque) Contains(t *Thread, x Value) (bool, error) {
	state := d.state
	for i := 0; i < d.n; i++ {
		eq, err := libEqual(t, d.At(i), x)
		if err != nil {
			return false, err
		}
		if state != d.state {
			return false, Errorf(RuntimeErrorType, "deque mutated during iteration")
		}
		if eq {
			return true, nil
		}
	}
	return false, nil
}

// RichCompare compares two deques as sequences.
func (d *Deque) RichCompare(t *Thread, op CompareOp, other Value) (Value, bool, error) {
	o, ok := other.ref.(*Deque)
	if !ok {
		return Value{}, false, nil
	}
	r, _, err := compareSeq(t, op, d.Items(), o.Items())
	return Bool(r), true, err
}

// copyDeque returns a new deque with the same items and maxlen.
func (d *Deque) copyDeque() *Deque {
	c := NewDeque(d.maxlen)
	for _, v := range d.Items() {
		c.pushRight(v)
	}
	return c
}

// repeat appends the current items n-1 more times (d *= n).
func (d *Deque) repeat(n int) {
	if n <= 0 || d.n == 0 {
		d.clear()
		return
	}
	items := d.Items()
	for ; n > 1; n-- {
		for _, v := range items {
			d.Append(v)
		}
	}
}

// BinaryOp implements d + deque, d * n, n * d, d += iterable and d *= n.
func (d *Deque) BinaryOp(t *Thread, op BinaryOp, other Value, right, inplace bool) (Value, bool, error) {
	switch op {
	case OpAdd:
		if right {
			return Value{}, false, nil
		}
		if inplace {
			return FromObject(d), true, d.extend(t, other, false)
		}
		o, ok := other.ref.(*Deque)
		if !ok {
			return Value{}, true, Errorf(TypeErrorType, "can only concatenate deque (not \"%s\") to deque", other.TypeName())
		}
		c := d.copyDeque()
		return FromObject(c), true, c.extend(t, FromObject(o), false)
	case OpMul:
		if !libHasIndex(other) {
			return Value{}, true, Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", other.TypeName())
		}
		n, err := asSsize(t, other)
		if err != nil {
			return Value{}, true, err
		}
		if inplace && !right {
			d.repeat(n)
			return FromObject(d), true, nil
		}
		c := d.copyDeque()
		c.repeat(n)
		return FromObject(c), true, nil
	}
	return Value{}, false, nil
}

// GetAttr implements Attributer: maxlen and the methods.
func (d *Deque) GetAttr(t *Thread, name string) (Value, bool, error) {
	if name == "maxlen" {
		if d.maxlen < 0 {
			return None, true, nil
		}
		return Int(int64(d.maxlen)), true, nil
	}
	v, ok := libTypeAttr(FromObject(d), name)
	return v, ok, nil
}

// SetAttr rejects assignments: deque attributes are read-only.
func (d *Deque) SetAttr(t *Thread, name string, v Value) error {
	if name == "maxlen" {
		return Errorf(AttributeErrorType, "attribute 'maxlen' of 'collections.deque' objects is not writable")
	}
	if _, ok := DequeType.Lookup(name); ok {
		return Errorf(AttributeErrorType, "'collections.deque' object attribute '%s' is read-only", name)
	}
	return Errorf(AttributeErrorType, "'collections.deque' object has no attribute '%s'", name)
}

// Repr is "deque([1, 2])" or "deque([1, 2], maxlen=3)".
func (d *Deque) Repr(t *Thread) (string, error) {
	if !t.enterRepr(d) {
		return "[...]", nil
	}
	defer t.leaveRepr(d)
	var b strings.Builder
	b.WriteString("deque([")
	for i, v := range d.Items() {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := Repr(t, v)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	b.WriteString("]")
	if d.maxlen >= 0 {
		b.WriteString(", maxlen=" + itoaLib(d.maxlen))
	}
	b.WriteString(")")
	return b.String(), nil
}

// extend appends the items of an iterable (a snapshot if it is d itself).
func (d *Deque) extend(t *Thread, v Value, left bool) error {
	if o, ok := v.ref.(*Deque); ok && o == d {
		v = NewList(d.Items())
	}
	it, err := libIter(t, v)
	if err != nil {
		return err
	}
	for {
		x, ok, err := it.Next(t)
		if err != nil || !ok {
			return err
		}
		if left {
			d.AppendLeft(x)
		} else {
			d.Append(x)
		}
	}
}

var dequeSpec = kwSpec{fname: "deque", names: []string{"iterable", "maxlen"}, minPos: 0, maxPos: 2}

func newDeque(t *Thread, _ *Type, args []Value, kw []string) (Value, error) {
	a, err := dequeSpec.unpack(args, kw)
	if err != nil {
		return Value{}, err
	}
	maxlen := -1
	if m := a[1]; given(m) && !m.IsNone() {
		if !IsIntLike(m) {
			return Value{}, Errorf(TypeErrorType, "an integer is required")
		}
		n, err := asSsize(t, m)
		if err != nil {
			return Value{}, err
		}
		if n < 0 {
			return Value{}, Errorf(ValueErrorType, "maxlen must be non-negative")
		}
		maxlen = n
	}
	d := NewDeque(maxlen)
	if given(a[0]) {
		if err := d.extend(t, a[0], false); err != nil {
			return Value{}, err
		}
	}
	return FromObject(d), nil
}

// dequeIter iterates forwards or backwards over a deque.
type dequeIter struct {
	d       *Deque
	state   uint64
	i, left int
	rev     bool
}

func (it *dequeIter) Type() *Type {
	if it.rev {
		return DequeRevIterType
	}
	return DequeIterType
}

func (it *dequeIter) Next(*Thread) (Value, bool, error) {
	if it.d.state != it.state {
		it.left = 0
		return Value{}, false, Errorf(RuntimeErrorType, "deque mutated during iteration")
	}
	if it.left == 0 {
		return Value{}, false, nil
	}
	it.left--
	var v Value
	if it.rev {
		v = it.d.At(it.d.n - 1 - it.i)
	} else {
		v = it.d.At(it.i)
	}
	it.i++
	return v, true, nil
}

func dequeSelf(name string, args []Value) (*Deque, error) {
	d, ok := args[0].ref.(*Deque)
	if !ok {
		return nil, descriptorError(DequeType, name, args[0])
	}
	return d, nil
}

// dequeMethod wraps a method taking exactly nargs arguments (METH_O or
// METH_NOARGS messages).
func dequeMethod(name string, nargs int, fn func(t *Thread, d *Deque, args []Value) (Value, error)) BuiltinFunc {
	return func(t *Thread, args []Value, kw []string) (Value, error) {
		d, err := dequeSelf(name, args)
		if err != nil {
			return Value{}, err
		}
		if err := exactArgs("deque."+name, args[1:], kw, nargs); err != nil {
			return Value{}, err
		}
		return fn(t, d, args[1:])
	}
}

// dequeFind returns the index of the first item equal to x in [start, stop).
func (d *Deque) find(t *Thread, x Value, start, stop int) (int, error) {
	state := d.state
	for i := start; i < stop && i < d.n; i++ {
		eq, err := libEqual(t, d.At(i), x)
		if err != nil {
			return -1, err
		}
		if state != d.state {
			return -1, Errorf(RuntimeErrorType, "deque mutated during iteration")
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

func dequeMethods() map[string]BuiltinFunc {
	notIn := func(t *Thread, x Value) error {
		s, err := Repr(t, x)
		if err != nil {
			return err
		}
		return Errorf(ValueErrorType, "%s is not in deque", s)
	}
	return map[string]BuiltinFunc{
		"append": dequeMethod("append", 1, func(t *Thread, d *Deque, a []Value) (Value, error) {
			d.Append(a[0])
			return None, nil
		}),
		"appendleft": dequeMethod("appendleft", 1, func(t *Thread, d *Deque, a []Value) (Value, error) {
			d.AppendLeft(a[0])
			return None, nil
		}),
		"pop": dequeMethod("pop", 0, func(t *Thread, d *Deque, a []Value) (Value, error) {
			if d.n == 0 {
				return Value{}, Errorf(IndexErrorType, "pop from an empty deque")
			}
			d.state++
			return d.popRight(), nil
		}),
		"popleft": dequeMethod("popleft", 0, func(t *Thread, d *Deque, a []Value) (Value, error) {
			if d.n == 0 {
				return Value{}, Errorf(IndexErrorType, "pop from an empty deque")
			}
			d.state++
			return d.popLeft(), nil
		}),
		"extend": dequeMethod("extend", 1, func(t *Thread, d *Deque, a []Value) (Value, error) {
			return None, d.extend(t, a[0], false)
		}),
		"extendleft": dequeMethod("extendleft", 1, func(t *Thread, d *Deque, a []Value) (Value, error) {
			return None, d.extend(t, a[0], true)
		}),
		"clear": dequeMethod("clear", 0, func(t *Thread, d *Deque, a []Value) (Value, error) {
			d.clear()
			return None, nil
		}),
		"copy": dequeMethod("copy", 0, func(t *Thread, d *Deque, a []Value) (Value, error) {
			return FromObject(d.copyDeque()), nil
		}),
		"__copy__": dequeMethod("__copy__", 0, func(t *Thread, d *Deque, a []Value) (Value, error) {
			return FromObject(d.copyDeque()), nil
		}),
		"count": dequeMethod("count", 1, func(t *Thread, d *Deque, a []Value) (Value, error) {
			state := d.state
			n := int64(0)
			for i := 0; i < d.n; i++ {
				eq, err := libEqual(t, d.At(i), a[0])
				if err != nil {
					return Value{}, err
				}
				if state != d.state {
					return Value{}, Errorf(RuntimeErrorType, "deque mutated during iteration")
				}
				if eq {
					n++
				}
			}
			return Int(n), nil
		}),
		"remove": dequeMethod("remove", 1, func(t *Thread, d *Deque, a []Value) (Value, error) {
			i, err := d.find(t, a[0], 0, d.n)
			if err != nil {
				return Value{}, err
			}
			if i < 0 {
				return Value{}, notIn(t, a[0])
			}
			d.delAt(i)
			return None, nil
		}),
		"reverse": dequeMethod("reverse", 0, func(t *Thread, d *Deque, a []Value) (Value, error) {
			d.state++
			for i, j := 0, d.n-1; i < j; i, j = i+1, j-1 {
				x, y := d.At(i), d.At(j)
				d.set(i, y)
				d.set(j, x)
			}
			return None, nil
		}),
		"rotate": func(t *Thread, args []Value, kw []string) (Value, error) {
			d, err := dequeSelf("rotate", args)
			if err != nil {
				return Value{}, err
			}
			if err := positional("deque.rotate", "deque.rotate", args[1:], kw, 0, 1); err != nil {
				return Value{}, err
			}
			k := 1
			if len(args) == 2 {
				if k, err = asSsize(t, args[1]); err != nil {
					return Value{}, err
				}
			}
			d.Rotate(k)
			return None, nil
		},
		"index": func(t *Thread, args []Value, kw []string) (Value, error) {
			d, err := dequeSelf("index", args)
			if err != nil {
				return Value{}, err
			}
			if err := positional("deque.index", "index", args[1:], kw, 1, 3); err != nil {
				return Value{}, err
			}
			start, stop := 0, math.MaxInt
			if len(args) > 2 {
				if start, err = optSliceIndex(t, args[2], 0); err != nil {
					return Value{}, err
				}
			}
			if len(args) > 3 {
				if stop, err = optSliceIndex(t, args[3], math.MaxInt); err != nil {
					return Value{}, err
				}
			}
			if start < 0 {
				if start += d.n; start < 0 {
					start = 0
				}
			}
			if stop < 0 {
				if stop += d.n; stop < 0 {
					stop = 0
				}
			}
			i, err := d.find(t, args[1], start, stop)
			if err != nil {
				return Value{}, err
			}
			if i < 0 {
				return Value{}, notIn(t, args[1])
			}
			return Int(int64(i)), nil
		},
		"insert": func(t *Thread, args []Value, kw []string) (Value, error) {
			d, err := dequeSelf("insert", args)
			if err != nil {
				return Value{}, err
			}
			if err := positional("deque.insert", "insert", args[1:], kw, 2, 2); err != nil {
				return Value{}, err
			}
			i, err := asSsize(t, args[1])
			if err != nil {
				return Value{}, err
			}
			if d.maxlen >= 0 && d.n >= d.maxlen {
				return Value{}, Errorf(IndexErrorType, "deque already at its maximum size")
			}
			if i < 0 {
				if i += d.n; i < 0 {
					i = 0
				}
			}
			if i > d.n {
				i = d.n
			}
			d.state++
			d.pushRight(Value{})
			for j := d.n - 1; j > i; j-- {
				d.set(j, d.At(j-1))
			}
			d.set(i, args[2])
			return None, nil
		},
		"__len__": dequeMethod("__len__", 0, func(t *Thread, d *Deque, a []Value) (Value, error) {
			return Int(int64(d.n)), nil
		}),
		"__iter__": dequeMethod("__iter__", 0, func(t *Thread, d *Deque, a []Value) (Value, error) {
			it, _ := d.Iter(t)
			return FromObject(it), nil
		}),
		"__reversed__": dequeMethod("__reversed__", 0, func(t *Thread, d *Deque, a []Value) (Value, error) {
			return FromObject(&dequeIter{d: d, state: d.state, left: d.n, rev: true}), nil
		}),
		"__getitem__": dequeMethod("__getitem__", 1, func(t *Thread, d *Deque, a []Value) (Value, error) {
			i, err := d.index(t, a[0], false)
			if err != nil {
				return Value{}, err
			}
			return d.At(i), nil
		}),
		"__setitem__": func(t *Thread, args []Value, kw []string) (Value, error) {
			d, err := dequeSelf("__setitem__", args)
			if err != nil {
				return Value{}, err
			}
			if err := positional("deque.__setitem__", "__setitem__", args[1:], kw, 2, 2); err != nil {
				return Value{}, err
			}
			i, err := d.index(t, args[1], false)
			if err != nil {
				return Value{}, err
			}
			d.set(i, args[2])
			return None, nil
		},
		"__delitem__": dequeMethod("__delitem__", 1, func(t *Thread, d *Deque, a []Value) (Value, error) {
			i, err := d.index(t, a[0], false)
			if err != nil {
				return Value{}, err
			}
			d.delAt(i)
			return None, nil
		}),
		"__contains__": dequeMethod("__contains__", 1, func(t *Thread, d *Deque, a []Value) (Value, error) {
			r, err := d.Contains(t, a[0])
			return Bool(r), err
		}),
	}
}
