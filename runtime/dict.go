package runtime

// Dict is a Python dict: insertion-ordered entries plus an open-addressing
// index of entry positions, as in CPython's compact dict. Deleted entries
// leave a hole (key unbound) until the next resize compacts them.
type Dict struct {
	entries []dictEntry
	index   []int32 // -1 empty, -2 deleted, else position in entries
	used    int
	// version changes whenever the key set changes, so iterators can detect it.
	version uint64
}

type dictEntry struct {
	hash int64
	key  Value
	val  Value
}

const (
	slotEmpty   = -1
	slotDeleted = -2
)

// Type returns dict.
func (*Dict) Type() *Type { return DictType }

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{} }

// Len returns the number of items.
func (d *Dict) Len() int { return d.used }

// lookup returns the index slot and entry position for key (pos -1 if absent).
func (d *Dict) lookup(t *Thread, key Value, h int64) (slot int, pos int, err error) {
	if len(d.index) == 0 {
		return -1, -1, nil
	}
	mask := uint64(len(d.index) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	firstFree := -1
	for {
		ix := d.index[i]
		switch {
		case ix == slotEmpty:
			if firstFree >= 0 {
				return firstFree, -1, nil
			}
			return int(i), -1, nil
		case ix == slotDeleted:
			if firstFree < 0 {
				firstFree = int(i)
			}
		default:
			e := &d.entries[ix]
			if e.hash == h {
				if e.key.Is(key) {
					return int(i), int(ix), nil
				}
				eq, err := Equal(t, e.key, key)
				if err != nil {
					return 0, 0, err
				}
				if eq {
					return int(i), int(ix), nil
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// Get returns d[key]; ok is false when absent.
func (d *Dict) Get(t *Thread, key Value) (Value, bool, error) {
	h, err := Hash(t, key)
	if err != nil {
		return Value{}, false, err
	}
	_, pos, err := d.lookup(t, key, h)
	if err != nil || pos < 0 {
		return Value{}, false, err
	}
	return d.entries[pos].val, true, nil
}

// GetStr looks up a str key without building a Value.
func (d *Dict) GetStr(key string) (Value, bool) {
	v, ok, _ := d.Get(nil, NewStr(key))
	return v, ok
}

// Set stores d[key] = val.
func (d *Dict) Set(t *Thread, key, val Value) error {
	h, err := Hash(t, key)
	if err != nil {
		return err
	}
	slot, pos, err := d.lookup(t, key, h)
	if err != nil {
		return err
	}
	if pos >= 0 {
		d.entries[pos].val = val
		return nil
	}
	if slot < 0 || (len(d.entries)+1)*3 > len(d.index)*2 {
		d.resize()
		slot, _, _ = d.lookup(t, key, h)
	}
	d.index[slot] = int32(len(d.entries))
	d.entries = append(d.entries, dictEntry{hash: h, key: key, val: val})
	d.used++
	d.version++
	return nil
}

// SetStr stores d[key] = val for a str key.
func (d *Dict) SetStr(key string, val Value) { _ = d.Set(nil, NewStr(key), val) }

// Delete removes key; ok is false when it was absent.
func (d *Dict) Delete(t *Thread, key Value) (Value, bool, error) {
	h, err := Hash(t, key)
	if err != nil {
		return Value{}, false, err
	}
	slot, pos, err := d.lookup(t, key, h)
	if err != nil || pos < 0 {
		return Value{}, false, err
	}
	old := d.entries[pos].val
	d.index[slot] = slotDeleted
	d.entries[pos] = dictEntry{}
	d.used--
	d.version++
	if pos == len(d.entries)-1 {
		d.entries = d.entries[:pos]
	}
	return old, true, nil
}

// resize rebuilds the index for the live entries, compacting holes.
func (d *Dict) resize() {
	live := make([]dictEntry, 0, d.used+1)
	for _, e := range d.entries {
		if !e.key.IsUnbound() {
			live = append(live, e)
		}
	}
	size := 8
	for size*2 < (d.used+1)*3 {
		size *= 2
	}
	d.entries = live
	d.index = make([]int32, size)
	for i := range d.index {
		d.index[i] = slotEmpty
	}
	mask := uint64(size - 1)
	for pos, e := range live {
		perturb := uint64(e.hash)
		i := uint64(e.hash) & mask
		for d.index[i] != slotEmpty {
			perturb >>= 5
			i = (i*5 + perturb + 1) & mask
		}
		d.index[i] = int32(pos)
	}
}

// Clear removes all items.
func (d *Dict) Clear() {
	*d = Dict{version: d.version + 1}
}

// Items calls f for each live entry in insertion order until f returns false.
func (d *Dict) Items(f func(k, v Value) bool) {
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key.IsUnbound() {
			continue
		}
		if !f(e.key, e.val) {
			return
		}
	}
}

// Keys returns the keys in insertion order.
func (d *Dict) Keys() []Value {
	out := make([]Value, 0, d.used)
	d.Items(func(k, _ Value) bool { out = append(out, k); return true })
	return out
}

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	c := &Dict{used: d.used}
	c.entries = append([]dictEntry(nil), d.entries...)
	c.index = append([]int32(nil), d.index...)
	return c
}

// Equal compares two dicts by items.
func (d *Dict) Equal(t *Thread, o *Dict) (bool, error) {
	if d.used != o.used {
		return false, nil
	}
	for _, e := range d.entries {
		if e.key.IsUnbound() {
			continue
		}
		v, ok, err := o.Get(t, e.key)
		if err != nil || !ok {
			return false, err
		}
		if !v.Is(e.val) {
			eq, err := Equal(t, e.val, v)
			if err != nil || !eq {
				return false, err
			}
		}
	}
	return true, nil
}

// entryAt returns the i-th slot of the entry array for iterators; ok is
// false past the end; a deleted slot has an unbound key.
func (d *Dict) entryAt(i int) (dictEntry, bool) {
	if i >= len(d.entries) {
		return dictEntry{}, false
	}
	return d.entries[i], true
}
