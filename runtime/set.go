package runtime

import "strings"

// Set is a Python set or frozenset. It is CPython's hash table
// (Objects/setobject.c) transcribed: open addressing where each probe
// looks at LINEAR_PROBES neighbours before jumping by the perturbed
// recurrence, the same minimum size, fill/used accounting, dummy entries
// and resizing rules, and the same algorithms for the set operations. So
// iteration order, which is table order, is the order CPython prints for
// any elements whose hashes agree with CPython's (ints, floats, strs with
// PYTHONHASHSEED=0, tuples of those).
type Set struct {
	table  []setEntry
	fill   int // active + dummy entries
	used   int // active entries
	finger int // where pop() resumes
	frozen bool
	hash   int64 // frozenset hash cache (-1: not computed)
}

// setEntry is a table slot: empty (key unbound, hash 0), dummy (key
// unbound, hash -1, a deleted entry) or active.
type setEntry struct {
	key  Value
	hash int64
}

const (
	setMinSize   = 8
	linearProbes = 9
	perturbShift = 5
)

// Set types.
var (
	SetType       = NewType("set", ObjectType)
	FrozenSetType = NewType("frozenset", ObjectType)
	SetIterType   = NewType("set_iterator", ObjectType)
)

// Type returns set or frozenset.
func (s *Set) Type() *Type {
	if s.frozen {
		return FrozenSetType
	}
	return SetType
}

// NewSet returns an empty set.
func NewSet() *Set { return &Set{table: make([]setEntry, setMinSize), hash: -1} }

// NewFrozenSet returns an empty frozenset.
func NewFrozenSet() *Set {
	s := NewSet()
	s.frozen = true
	return s
}

// Len returns the number of elements.
func (s *Set) Len() int { return s.used }

// Frozen reports whether s is a frozenset.
func (s *Set) Frozen() bool { return s.frozen }

func (s *Set) mask() int { return len(s.table) - 1 }

func isDummy(e *setEntry) bool { return e.key.ref == nil && e.hash == -1 }

// keysEqual is the comparison of set_lookkey: identity, then str
// equality, then ==.
func keysEqual(t *Thread, a, b Value) (bool, error) {
	if a.Is(b) {
		return true, nil
	}
	if x, ok := a.ref.(*Str); ok {
		if y, ok := b.ref.(*Str); ok {
			return x.s == y.s, nil
		}
	}
	return Equal(t, a, b)
}

// lookup returns the index of key's entry, or -1.
func (s *Set) lookup(t *Thread, key Value, h int64) (int, error) {
restart:
	table := s.table
	mask := uint64(len(table) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		j := i
		for {
			e := &table[j]
			if e.hash == 0 && e.key.ref == nil {
				return -1, nil
			}
			if e.hash == h && e.key.ref != nil {
				start := e.key
				eq, err := keysEqual(t, start, key)
				if err != nil {
					return -1, err
				}
				if len(s.table) == 0 || &s.table[0] != &table[0] || !table[j].key.Is(start) {
					goto restart
				}
				if eq {
					return int(j), nil
				}
			}
			if probes == 0 {
				break
			}
			probes--
			j++
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// addEntry is set_add_entry.
func (s *Set) addEntry(t *Thread, key Value, h int64) error {
restart:
	table := s.table
	mask := uint64(len(table) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	free := -1
	var slot uint64
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		j := i
		for {
			e := &table[j]
			if e.hash == 0 && e.key.ref == nil {
				slot = j
				goto unused
			}
			if e.hash == h && e.key.ref != nil {
				start := e.key
				eq, err := keysEqual(t, start, key)
				if err != nil {
					return err
				}
				if eq {
					return nil
				}
				if &s.table[0] != &table[0] || !table[j].key.Is(start) {
					goto restart
				}
			} else if e.hash == -1 && e.key.ref == nil {
				free = int(j)
			}
			if probes == 0 {
				break
			}
			probes--
			j++
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
unused:
	if free >= 0 {
		s.used++
		table[free] = setEntry{key: key, hash: h}
		return nil
	}
	s.fill++
	s.used++
	table[slot] = setEntry{key: key, hash: h}
	if uint64(s.fill)*5 < mask*3 {
		return nil
	}
	if s.used > 50000 {
		s.resize(s.used * 2)
	} else {
		s.resize(s.used * 4)
	}
	return nil
}

// insertClean puts a key known to be absent into a table without dummies.
func insertClean(table []setEntry, key Value, h int64) {
	mask := uint64(len(table) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		if table[i].key.ref == nil {
			table[i] = setEntry{key: key, hash: h}
			return
		}
		if i+linearProbes <= mask {
			for j := i + 1; j <= i+linearProbes; j++ {
				if table[j].key.ref == nil {
					table[j] = setEntry{key: key, hash: h}
					return
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// resize is set_table_resize: the smallest power of two above minused.
func (s *Set) resize(minused int) {
	size := setMinSize
	for size <= minused {
		size <<= 1
	}
	old := s.table
	s.table = make([]setEntry, size)
	s.fill = s.used
	for _, e := range old {
		if e.key.ref != nil {
			insertClean(s.table, e.key, e.hash)
		}
	}
}

// Add adds key (set.add).
func (s *Set) Add(t *Thread, key Value) error {
	h, err := Hash(t, key)
	if err != nil {
		return err
	}
	return s.addEntry(t, key, h)
}

// Contains reports whether key is in s; an unhashable set key is looked
// up as a frozenset, as CPython does.
func (s *Set) Contains(t *Thread, key Value) (bool, error) {
	h, err := Hash(t, key)
	if err != nil {
		if o, ok := key.ref.(*Set); ok && !o.frozen {
			f := o.copyAs(true)
			h, _ = Hash(t, FromObject(f))
			i, err := s.lookup(t, FromObject(f), h)
			return i >= 0, err
		}
		return false, err
	}
	i, err := s.lookup(t, key, h)
	return i >= 0, err
}

// discardEntry removes key; ok reports whether it was present.
func (s *Set) discardEntry(t *Thread, key Value, h int64) (bool, error) {
	i, err := s.lookup(t, key, h)
	if err != nil || i < 0 {
		return false, err
	}
	s.table[i] = setEntry{hash: -1}
	s.used--
	return true, nil
}

// Discard removes key if present (set.discard).
func (s *Set) Discard(t *Thread, key Value) (bool, error) {
	h, err := Hash(t, key)
	if err != nil {
		if o, ok := key.ref.(*Set); ok && !o.frozen {
			f := FromObject(o.copyAs(true))
			h, _ = Hash(t, f)
			return s.discardEntry(t, f, h)
		}
		return false, err
	}
	return s.discardEntry(t, key, h)
}

// Clear empties the set.
func (s *Set) Clear() {
	s.table = make([]setEntry, setMinSize)
	s.fill, s.used = 0, 0
}

// Pop removes and returns an arbitrary element, as set.pop does.
func (s *Set) Pop() (Value, error) {
	if s.used == 0 {
		return Value{}, NewException(KeyErrorType, NewStr("pop from an empty set"))
	}
	mask := s.mask()
	i := s.finger & mask
	for s.table[i].key.ref == nil {
		i++
		if i > mask {
			i = 0
		}
	}
	k := s.table[i].key
	s.table[i] = setEntry{hash: -1}
	s.used--
	s.finger = i + 1
	return k, nil
}

// Items returns the elements in iteration order.
func (s *Set) Items() []Value {
	out := make([]Value, 0, s.used)
	for _, e := range s.table {
		if e.key.ref != nil {
			out = append(out, e.key)
		}
	}
	return out
}

// merge is set_merge: add every element of o.
func (s *Set) merge(t *Thread, o *Set) error {
	if o == s || o.used == 0 {
		return nil
	}
	if (s.fill+o.used)*5 >= s.mask()*3 {
		s.resize((s.used + o.used) * 2)
	}
	if s.fill == 0 && len(s.table) == len(o.table) && o.fill == o.used {
		copy(s.table, o.table)
		s.fill, s.used = o.fill, o.used
		return nil
	}
	if s.fill == 0 {
		s.fill, s.used = o.used, o.used
		for _, e := range o.table {
			if e.key.ref != nil {
				insertClean(s.table, e.key, e.hash)
			}
		}
		return nil
	}
	for _, e := range o.table {
		if e.key.ref != nil {
			if err := s.addEntry(t, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// Update adds every element of an iterable (set_update_internal).
func (s *Set) Update(t *Thread, v Value) error {
	if b, ok := baseOf(v); ok {
		v = b
	}
	switch o := v.ref.(type) {
	case *Set:
		return s.merge(t, o)
	case *Dict:
		n := o.Len()
		if (s.fill+n)*5 >= s.mask()*3 {
			s.resize((s.used + n) * 2)
		}
		var err error
		o.Items(func(k, _ Value) bool {
			err = s.Add(t, k)
			return err == nil
		})
		return err
	}
	it, err := GetIter(t, v)
	if err != nil {
		return err
	}
	for {
		x, ok, err := it.Next(t)
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		if err := s.Add(t, x); err != nil {
			return err
		}
	}
}

// copyAs returns a copy of s (make_new_set with s as the iterable).
func (s *Set) copyAs(frozen bool) *Set {
	c := NewSet()
	c.frozen = frozen
	_ = c.merge(nil, s)
	return c
}

// Copy returns a shallow copy of the same kind.
func (s *Set) Copy() *Set { return s.copyAs(s.frozen) }

// asSet returns v as a *Set when it is a set or frozenset (or an instance
// of a subclass of one).
func asSet(v Value) (*Set, bool) {
	if b, ok := baseOf(v); ok {
		v = b
	}
	s, ok := v.ref.(*Set)
	return s, ok
}

// setFromIterable makes a temporary set of an iterable's elements.
func setFromIterable(t *Thread, v Value) (*Set, error) {
	if s, ok := asSet(v); ok {
		return s, nil
	}
	s := NewSet()
	if err := s.Update(t, v); err != nil {
		return nil, err
	}
	return s, nil
}

// Union is s | other (set_or): a copy of s updated with other.
func (s *Set) Union(t *Thread, other Value) (*Set, error) {
	r := s.Copy()
	return r, r.Update(t, other)
}

// Intersection is set_intersection.
func (s *Set) Intersection(t *Thread, other Value) (*Set, error) {
	r := NewSet()
	r.frozen = s.frozen
	if o, ok := asSet(other); ok {
		if o == s {
			return s.Copy(), nil
		}
		a, b := s, o
		if b.used > a.used {
			a, b = b, a
		}
		for _, e := range b.table {
			if e.key.ref == nil {
				continue
			}
			i, err := a.lookup(t, e.key, e.hash)
			if err != nil {
				return nil, err
			}
			if i >= 0 {
				if err := r.addEntry(t, e.key, e.hash); err != nil {
					return nil, err
				}
			}
		}
		return r, nil
	}
	it, err := GetIter(t, other)
	if err != nil {
		return nil, err
	}
	for {
		x, ok, err := it.Next(t)
		if err != nil {
			return nil, err
		}
		if !ok {
			return r, nil
		}
		h, err := Hash(t, x)
		if err != nil {
			return nil, err
		}
		i, err := s.lookup(t, x, h)
		if err != nil {
			return nil, err
		}
		if i >= 0 {
			if err := r.addEntry(t, x, h); err != nil {
				return nil, err
			}
		}
	}
}

// DifferenceUpdate removes the elements of other (set_difference_update_internal).
func (s *Set) DifferenceUpdate(t *Thread, other Value) error {
	if o, ok := asSet(other); ok {
		if o == s {
			s.Clear()
			return nil
		}
		for _, e := range o.table {
			if e.key.ref != nil {
				if _, err := s.discardEntry(t, e.key, e.hash); err != nil {
					return err
				}
			}
		}
	} else {
		it, err := GetIter(t, other)
		if err != nil {
			return err
		}
		for {
			x, ok, err := it.Next(t)
			if err != nil {
				return err
			}
			if !ok {
				break
			}
			if _, err := s.Discard(t, x); err != nil {
				return err
			}
		}
	}
	// More than a quarter dummies: resize them away.
	if s.fill-s.used <= s.mask()/4 {
		return nil
	}
	if s.used > 50000 {
		s.resize(s.used * 2)
	} else {
		s.resize(s.used * 4)
	}
	return nil
}

// Difference is set_difference.
func (s *Set) Difference(t *Thread, other Value) (*Set, error) {
	var otherSize int
	o, isSet := asSet(other)
	d, isDict := other.ref.(*Dict)
	switch {
	case isSet:
		otherSize = o.used
	case isDict:
		otherSize = d.Len()
	}
	if (!isSet && !isDict) || s.used>>2 > otherSize {
		r := s.Copy()
		return r, r.DifferenceUpdate(t, other)
	}
	r := NewSet()
	r.frozen = s.frozen
	for _, e := range s.table {
		if e.key.ref == nil {
			continue
		}
		var found bool
		if isSet {
			i, err := o.lookup(t, e.key, e.hash)
			if err != nil {
				return nil, err
			}
			found = i >= 0
		} else {
			_, ok, err := d.Get(t, e.key)
			if err != nil {
				return nil, err
			}
			found = ok
		}
		if !found {
			if err := r.addEntry(t, e.key, e.hash); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

// SymmetricDifferenceUpdate is set_symmetric_difference_update.
func (s *Set) SymmetricDifferenceUpdate(t *Thread, other Value) error {
	o, ok := asSet(other)
	if ok && o == s {
		s.Clear()
		return nil
	}
	if !ok {
		var err error
		if o, err = setFromIterable(t, other); err != nil {
			return err
		}
	}
	for _, e := range o.table {
		if e.key.ref == nil {
			continue
		}
		found, err := s.discardEntry(t, e.key, e.hash)
		if err != nil {
			return err
		}
		if !found {
			if err := s.addEntry(t, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// SymmetricDifference is set_symmetric_difference: a set made from other,
// updated with s.
func (s *Set) SymmetricDifference(t *Thread, other Value) (*Set, error) {
	r := NewSet()
	r.frozen = s.frozen
	if err := r.Update(t, other); err != nil {
		return nil, err
	}
	return r, r.SymmetricDifferenceUpdate(t, FromObject(s))
}

// IsSubset reports whether every element of s is in o.
func (s *Set) IsSubset(t *Thread, o *Set) (bool, error) {
	if s.used > o.used {
		return false, nil
	}
	for _, e := range s.table {
		if e.key.ref == nil {
			continue
		}
		i, err := o.lookup(t, e.key, e.hash)
		if err != nil || i < 0 {
			return false, err
		}
	}
	return true, nil
}

// frozenHash is CPython's frozenset hash.
func (s *Set) frozenHash() int64 {
	if s.hash != -1 {
		return s.hash
	}
	shuffle := func(h uint64) uint64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167 }
	var h uint64
	for _, e := range s.table {
		if e.key.ref != nil {
			h ^= shuffle(uint64(e.hash))
		}
	}
	h ^= (uint64(s.used) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if int64(h) == -1 {
		h = 590923713
	}
	s.hash = int64(h)
	return s.hash
}

// SetIter iterates over a set in table order.
type SetIter struct {
	s    *Set
	pos  int
	used int
}

// Type returns set_iterator.
func (*SetIter) Type() *Type { return SetIterType }

// Next implements Iterator.
func (it *SetIter) Next(*Thread) (Value, bool, error) {
	if it.s == nil {
		return Value{}, false, nil
	}
	if it.s.used != it.used {
		it.used = -1
		return Value{}, false, Errorf(RuntimeErrorType, "Set changed size during iteration")
	}
	for it.pos < len(it.s.table) {
		e := it.s.table[it.pos]
		it.pos++
		if e.key.ref != nil {
			return e.key, true, nil
		}
	}
	it.s = nil
	return Value{}, false, nil
}

// reprSet renders {1, 2}, set(), frozenset({1}) or Name({...}) for subclasses.
func reprSet(t *Thread, s *Set, name string) (string, error) {
	if s.used == 0 {
		return name + "()", nil
	}
	if !t.enterRepr(s) {
		return name + "(...)", nil
	}
	defer t.leaveRepr(s)
	var b strings.Builder
	if name != "set" {
		b.WriteString(name)
		b.WriteByte('(')
	}
	b.WriteByte('{')
	first := true
	for _, e := range s.table {
		if e.key.ref == nil {
			continue
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		r, err := Repr(t, e.key)
		if err != nil {
			return "", err
		}
		b.WriteString(r)
	}
	b.WriteByte('}')
	if name != "set" {
		b.WriteByte(')')
	}
	return b.String(), nil
}

// setBinary implements | & - ^ between sets; ok is false when an operand
// is not a set (the caller reports the TypeError).
func setBinary(t *Thread, op BinaryOp, a, b Value, inplace bool) (Value, bool, error) {
	x, ok := asSet(a)
	if !ok {
		return Value{}, false, nil
	}
	y, ok := asSet(b)
	if !ok {
		return Value{}, false, nil
	}
	if inplace && !x.frozen {
		var err error
		switch op {
		case OpOr:
			err = x.merge(t, y)
		case OpAnd:
			var r *Set
			if r, err = x.Intersection(t, FromObject(y)); err == nil {
				x.table, x.fill, x.used = r.table, r.fill, r.used
			}
		case OpSub:
			err = x.DifferenceUpdate(t, FromObject(y))
		case OpXor:
			err = x.SymmetricDifferenceUpdate(t, FromObject(y))
		default:
			return Value{}, false, nil
		}
		return a, true, err
	}
	var r *Set
	var err error
	switch op {
	case OpOr:
		r, err = x.Union(t, FromObject(y))
	case OpAnd:
		r, err = x.Intersection(t, FromObject(y))
	case OpSub:
		r, err = x.Difference(t, FromObject(y))
	case OpXor:
		r, err = x.SymmetricDifference(t, FromObject(y))
	default:
		return Value{}, false, nil
	}
	if err != nil {
		return Value{}, true, err
	}
	return FromObject(r), true, nil
}

// setCompare implements the subset comparisons and equality of sets.
func setCompare(t *Thread, op CompareOp, a, b Value) (bool, bool, error) {
	x, ok := asSet(a)
	if !ok {
		return false, false, nil
	}
	y, ok := asSet(b)
	if !ok {
		if v, isView := setView(b); isView {
			return viewCompare(t, op.Swapped(), v, a)
		}
		return false, false, nil
	}
	switch op {
	case CmpEQ, CmpNE:
		if x.used != y.used {
			return op == CmpNE, true, nil
		}
		if x.frozen && y.frozen && x.frozenHash() != y.frozenHash() {
			return op == CmpNE, true, nil
		}
		r, err := x.IsSubset(t, y)
		return r == (op == CmpEQ), true, err
	case CmpLE:
		r, err := x.IsSubset(t, y)
		return r, true, err
	case CmpGE:
		r, err := y.IsSubset(t, x)
		return r, true, err
	case CmpLT:
		if x.used >= y.used {
			return false, true, nil
		}
		r, err := x.IsSubset(t, y)
		return r, true, err
	}
	if y.used >= x.used {
		return false, true, nil
	}
	r, err := y.IsSubset(t, x)
	return r, true, err
}

// setView returns v as a dict_keys or dict_items view, which behave as sets.
func setView(v Value) (*DictView, bool) {
	dv, ok := v.ref.(*DictView)
	return dv, ok && dv.Kind != DictIterValues
}

// newSetOf makes a new set of an iterable's elements.
func newSetOf(t *Thread, v Value) (*Set, error) {
	s := NewSet()
	return s, s.Update(t, v)
}

// viewBinary implements | & - ^ with dict_keys or dict_items views, as
// CPython's dictviews_or etc. do: the result is a set.
func viewBinary(t *Thread, op BinaryOp, a, b Value) (Value, bool, error) {
	_, aView := setView(a)
	_, bView := setView(b)
	if !aView && !bView {
		return Value{}, false, nil
	}
	var r *Set
	var err error
	switch op {
	case OpOr, OpSub, OpXor:
		if r, err = newSetOf(t, a); err != nil {
			return Value{}, true, err
		}
		switch op {
		case OpOr:
			err = r.Update(t, b)
		case OpSub:
			err = r.DifferenceUpdate(t, b)
		default:
			err = r.SymmetricDifferenceUpdate(t, b)
		}
	case OpAnd:
		self, other := a, b
		if !aView {
			self, other = b, a
		}
		n, err := Len(t, self)
		if err != nil {
			return Value{}, true, err
		}
		if o, ok := other.ref.(*Set); ok && !o.frozen && n <= o.used {
			r, err := o.Intersection(t, self)
			if err != nil {
				return Value{}, true, err
			}
			return FromObject(r), true, nil
		}
		if _, ok := setView(other); ok {
			if m, err := Len(t, other); err == nil && m > n {
				self, other = other, self
			}
		}
		r = NewSet()
		it, err := GetIter(t, other)
		if err != nil {
			return Value{}, true, err
		}
		for {
			x, ok, err := it.Next(t)
			if err != nil {
				return Value{}, true, err
			}
			if !ok {
				break
			}
			in, err := Contains(t, self, x)
			if err != nil {
				return Value{}, true, err
			}
			if in {
				if err := r.Add(t, x); err != nil {
					return Value{}, true, err
				}
			}
		}
	default:
		return Value{}, false, nil
	}
	if err != nil {
		return Value{}, true, err
	}
	return FromObject(r), true, nil
}

// viewCompare is dictview_richcompare: views of keys and items compare
// with sets and other such views by containment.
func viewCompare(t *Thread, op CompareOp, x *DictView, b Value) (bool, bool, error) {
	if x.Kind == DictIterValues {
		return false, false, nil
	}
	if _, isSet := asSet(b); !isSet {
		if _, isView := setView(b); !isView {
			return false, false, nil
		}
	}
	self := FromObject(x)
	ns, err := Len(t, self)
	if err != nil {
		return false, true, err
	}
	no, err := Len(t, b)
	if err != nil {
		return false, true, err
	}
	allIn := func(a, b Value) (bool, error) {
		it, err := GetIter(t, a)
		if err != nil {
			return false, err
		}
		for {
			v, ok, err := it.Next(t)
			if err != nil || !ok {
				return err == nil, err
			}
			in, err := Contains(t, b, v)
			if err != nil || !in {
				return false, err
			}
		}
	}
	var r bool
	switch op {
	case CmpEQ, CmpNE:
		if ns == no {
			r, err = allIn(self, b)
		}
		if op == CmpNE {
			r = !r
		}
	case CmpLT:
		if ns < no {
			r, err = allIn(self, b)
		}
	case CmpLE:
		if ns <= no {
			r, err = allIn(self, b)
		}
	case CmpGT:
		if ns > no {
			r, err = allIn(b, self)
		}
	case CmpGE:
		if ns >= no {
			r, err = allIn(b, self)
		}
	}
	return r, true, err
}
