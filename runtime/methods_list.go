package runtime

// Methods of list, and list.sort: a port of CPython 3.11's timsort
// (Objects/listsort.txt), so that the sequence of "<" comparisons, and with
// it the result for inconsistent orders and the first failing comparison,
// matches CPython.

func init() {
	listMethod("append", func(t *Thread, l *List, args []Value, kw []string) (Value, error) {
		if err := exactArgs("list.append", args, kw, 1); err != nil {
			return Value{}, err
		}
		l.Items = append(l.Items, args[0])
		return None, nil
	})
	listMethod("extend", func(t *Thread, l *List, args []Value, kw []string) (Value, error) {
		if err := exactArgs("list.extend", args, kw, 1); err != nil {
			return Value{}, err
		}
		items, err := collectSpecial(t, args[0])
		if err != nil {
			return Value{}, err
		}
		l.Items = append(l.Items, items...)
		return None, nil
	})
	listMethod("pop", func(t *Thread, l *List, args []Value, kw []string) (Value, error) {
		if err := positional("list.pop", "pop", args, kw, 0, 1); err != nil {
			return Value{}, err
		}
		i := -1
		if len(args) == 1 {
			var err error
			if i, err = asSsize(t, args[0]); err != nil {
				return Value{}, err
			}
		}
		n := len(l.Items)
		if n == 0 {
			return Value{}, Errorf(IndexErrorType, "pop from empty list")
		}
		j, ok := NormIndex(int64(i), n)
		if !ok {
			return Value{}, Errorf(IndexErrorType, "pop index out of range")
		}
		v := l.Items[j]
		copy(l.Items[j:], l.Items[j+1:])
		l.Items[n-1] = Value{}
		l.Items = l.Items[:n-1]
		return v, nil
	})
	listMethod("insert", func(t *Thread, l *List, args []Value, kw []string) (Value, error) {
		if err := positional("list.insert", "insert", args, kw, 2, 2); err != nil {
			return Value{}, err
		}
		i, err := asSsize(t, args[0])
		if err != nil {
			return Value{}, err
		}
		n := len(l.Items)
		if i < 0 {
			i = max(i+n, 0)
		}
		i = min(i, n)
		l.Items = append(l.Items, Value{})
		copy(l.Items[i+1:], l.Items[i:n])
		l.Items[i] = args[1]
		return None, nil
	})
	listMethod("index", func(t *Thread, l *List, args []Value, kw []string) (Value, error) {
		return seqIndex(t, "list.index", args, kw, func(v Value) error {
			s, err := Repr(t, v)
			if err != nil {
				return err
			}
			return Errorf(ValueErrorType, "%s is not in list", s)
		}, func() []Value { return l.Items })
	})
	listMethod("count", func(t *Thread, l *List, args []Value, kw []string) (Value, error) {
		if err := exactArgs("list.count", args, kw, 1); err != nil {
			return Value{}, err
		}
		return seqCount(t, func() []Value { return l.Items }, args[0])
	})
	listMethod("remove", func(t *Thread, l *List, args []Value, kw []string) (Value, error) {
		if err := exactArgs("list.remove", args, kw, 1); err != nil {
			return Value{}, err
		}
		for i := 0; i < len(l.Items); i++ {
			eq, err := identityEqual(t, l.Items[i], args[0])
			if err != nil {
				return Value{}, err
			}
			if eq {
				if i < len(l.Items) {
					l.Items = append(l.Items[:i], l.Items[i+1:]...)
				}
				return None, nil
			}
		}
		return Value{}, Errorf(ValueErrorType, "list.remove(x): x not in list")
	})
	listMethod("reverse", func(t *Thread, l *List, args []Value, kw []string) (Value, error) {
		if err := exactArgs("list.reverse", args, kw, 0); err != nil {
			return Value{}, err
		}
		reverseValues(l.Items)
		return None, nil
	})
	listMethod("copy", func(t *Thread, l *List, args []Value, kw []string) (Value, error) {
		if err := exactArgs("list.copy", args, kw, 0); err != nil {
			return Value{}, err
		}
		return NewList(append([]Value(nil), l.Items...)), nil
	})
	listMethod("clear", func(t *Thread, l *List, args []Value, kw []string) (Value, error) {
		if err := exactArgs("list.clear", args, kw, 0); err != nil {
			return Value{}, err
		}
		l.Items = nil
		return None, nil
	})
	listMethod("sort", func(t *Thread, l *List, args []Value, kw []string) (Value, error) {
		return listSort(t, l, args, kw)
	})
}

// listMethod installs a method of list whose receiver is checked and passed
// separately from its arguments.
func listMethod(name string, fn func(t *Thread, l *List, args []Value, kw []string) (Value, error)) {
	addMethod(ListType, name, func(t *Thread, args []Value, kw []string) (Value, error) {
		l, ok := args[0].ref.(*List)
		if !ok {
			return Value{}, descriptorError(ListType, name, args[0])
		}
		return fn(t, l, args[1:], kw)
	})
}

// identityEqual is PyObject_RichCompareBool(a, b, Py_EQ): identity first.
func identityEqual(t *Thread, a, b Value) (bool, error) {
	if a.Is(b) {
		return true, nil
	}
	return Equal(t, a, b)
}

// seqIndex is list.index and tuple.index: (value, start=0, stop=maxsize).
// items is re-read on every step because == may mutate a list.
func seqIndex(t *Thread, qualname string, args []Value, kw []string, notFound func(Value) error, items func() []Value) (Value, error) {
	if err := positional(qualname, "index", args, kw, 1, 3); err != nil {
		return Value{}, err
	}
	n := len(items())
	start, stop := 0, n
	for i, p := range []*int{&start, &stop} {
		if len(args) <= i+1 {
			break
		}
		v := args[i+1]
		if !IsIntLike(v) {
			if _, isObj := v.ref.(Attributer); !isObj {
				return Value{}, Errorf(TypeErrorType, "slice indices must be integers or have an __index__ method")
			}
		}
		x, err := clampIndex(t, v)
		if err != nil {
			return Value{}, err
		}
		if x < 0 {
			x = max(x+int64(n), 0)
		}
		*p = clampInt(x)
	}
	for i := start; i < stop && i < len(items()); i++ {
		eq, err := identityEqual(t, items()[i], args[0])
		if err != nil {
			return Value{}, err
		}
		if eq {
			return Int(int64(i)), nil
		}
	}
	return Value{}, notFound(args[0])
}

func seqCount(t *Thread, items func() []Value, x Value) (Value, error) {
	n := 0
	for i := 0; i < len(items()); i++ {
		eq, err := identityEqual(t, items()[i], x)
		if err != nil {
			return Value{}, err
		}
		if eq {
			n++
		}
	}
	return Int(int64(n)), nil
}

func reverseValues(v []Value) {
	for i, j := 0, len(v)-1; i < j; i, j = i+1, j-1 {
		v[i], v[j] = v[j], v[i]
	}
}

var sortSpec = kwSpec{fname: "sort", names: []string{"key", "reverse"}}

// listSort is list.sort(*, key=None, reverse=False). As in CPython the list
// looks empty while it is being sorted, and changing it meanwhile is an error.
func listSort(t *Thread, l *List, args []Value, kw []string) (Value, error) {
	a, err := sortSpec.unpack(args, kw)
	if err != nil {
		return Value{}, err
	}
	key := a[0]
	if key.IsNone() {
		key = Value{}
	}
	reverse := false
	if given(a[1]) {
		r, err := asCInt(t, a[1])
		if err != nil {
			return Value{}, err
		}
		reverse = r != 0
	}
	items := l.Items
	l.Items = nil
	defer func() { l.Items = items }()
	keys, vals := items, []Value(nil)
	if given(key) {
		keys, vals = make([]Value, len(items)), items
		for i, v := range items {
			if keys[i], err = Call(t, key, []Value{v}, nil); err != nil {
				return Value{}, err
			}
		}
	}
	if len(items) < 2 {
		if l.Items != nil {
			return Value{}, Errorf(ValueErrorType, "list modified during sort")
		}
		return None, nil
	}
	if reverse {
		reverseValues(keys)
		if vals != nil {
			reverseValues(vals)
		}
	}
	ms := &mergeState{t: t, keys: keys, vals: vals, minGallop: minGallop}
	err = ms.sort()
	if err == nil && l.Items != nil {
		err = Errorf(ValueErrorType, "list modified during sort")
	}
	if reverse {
		reverseValues(items)
	}
	if err != nil {
		return Value{}, err
	}
	return None, nil
}

// SortValues sorts vs in place with Python's ordering ("<" only), stably.
func SortValues(t *Thread, vs []Value) error {
	if len(vs) < 2 {
		return nil
	}
	ms := &mergeState{t: t, keys: vs, minGallop: minGallop}
	return ms.sort()
}

const (
	minGallop       = 7
	maxMergePending = 85
)

type sortRun struct{ base, len, power int }

// mergeState is CPython's MergeState. keys are compared; vals (nil when
// sorting without key=) move in lockstep with keys.
type mergeState struct {
	t          *Thread
	keys, vals []Value
	tmpK, tmpV []Value
	minGallop  int
	pending    []sortRun
}

// lt is ISLT: keys compared with "<" only.
func (ms *mergeState) lt(a, b Value) (bool, error) {
	switch {
	case a.IsInt() && b.IsInt():
		return a.AsInt() < b.AsInt(), nil
	case a.IsFloat() && b.IsFloat():
		return a.AsFloat() < b.AsFloat(), nil
	}
	if x, ok := a.ref.(*Str); ok {
		if y, ok := b.ref.(*Str); ok {
			return x.s < y.s, nil
		}
	}
	r, err := Compare(ms.t, CmpLT, a, b)
	if err != nil {
		return false, err
	}
	if r.IsBool() {
		return r.AsBool(), nil
	}
	return Truth(ms.t, r)
}

// move copies n items (keys and vals) from src[si:] to dst[di:], like memmove.
func (ms *mergeState) move(dstK, dstV []Value, di int, srcK, srcV []Value, si, n int) {
	copy(dstK[di:di+n], srcK[si:si+n])
	if ms.vals != nil {
		copy(dstV[di:di+n], srcV[si:si+n])
	}
}

func (ms *mergeState) sort() error {
	n := len(ms.keys)
	minrun := computeMinrun(n)
	lo, remaining := 0, n
	for remaining > 0 {
		run, desc, err := ms.countRun(lo, lo+remaining)
		if err != nil {
			return err
		}
		if desc {
			reverseValues(ms.keys[lo : lo+run])
			if ms.vals != nil {
				reverseValues(ms.vals[lo : lo+run])
			}
		}
		if run < minrun {
			force := min(remaining, minrun)
			if err := ms.binarySort(lo, lo+force, lo+run); err != nil {
				return err
			}
			run = force
		}
		if err := ms.foundNewRun(run); err != nil {
			return err
		}
		ms.pending = append(ms.pending, sortRun{base: lo, len: run})
		lo += run
		remaining -= run
	}
	return ms.forceCollapse()
}

func computeMinrun(n int) int {
	r := 0
	for n >= 64 {
		r |= n & 1
		n >>= 1
	}
	return n + r
}

// binarySort sorts [lo, hi) given that [lo, start) is already sorted.
func (ms *mergeState) binarySort(lo, hi, start int) error {
	k, v := ms.keys, ms.vals
	if lo == start {
		start++
	}
	for ; start < hi; start++ {
		l, r := lo, start
		pivot := k[r]
		for l < r {
			p := l + (r-l)>>1
			less, err := ms.lt(pivot, k[p])
			if err != nil {
				return err
			}
			if less {
				r = p
			} else {
				l = p + 1
			}
		}
		copy(k[l+1:start+1], k[l:start])
		k[l] = pivot
		if v != nil {
			pv := v[start]
			copy(v[l+1:start+1], v[l:start])
			v[l] = pv
		}
	}
	return nil
}

// countRun returns the length of the run starting at lo and whether it is
// strictly descending.
func (ms *mergeState) countRun(lo, hi int) (int, bool, error) {
	k := ms.keys
	if lo+1 == hi {
		return 1, false, nil
	}
	n := 2
	desc, err := ms.lt(k[lo+1], k[lo])
	if err != nil {
		return 0, false, err
	}
	for i := lo + 2; i < hi; i, n = i+1, n+1 {
		less, err := ms.lt(k[i], k[i-1])
		if err != nil {
			return 0, false, err
		}
		if less != desc {
			break
		}
	}
	return n, desc, nil
}

// gallopLeft returns the leftmost position in a[0:n] where key belongs.
func (ms *mergeState) gallopLeft(key Value, a []Value, n, hint int) (int, error) {
	lastofs, ofs := 0, 1
	less, err := ms.lt(a[hint], key)
	if err != nil {
		return 0, err
	}
	if less {
		maxofs := n - hint
		for ofs < maxofs {
			less, err := ms.lt(a[hint+ofs], key)
			if err != nil {
				return 0, err
			}
			if !less {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		lastofs += hint
		ofs += hint
	} else {
		maxofs := hint + 1
		for ofs < maxofs {
			less, err := ms.lt(a[hint-ofs], key)
			if err != nil {
				return 0, err
			}
			if less {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		lastofs, ofs = hint-ofs, hint-lastofs
	}
	lastofs++
	for lastofs < ofs {
		m := lastofs + (ofs-lastofs)>>1
		less, err := ms.lt(a[m], key)
		if err != nil {
			return 0, err
		}
		if less {
			lastofs = m + 1
		} else {
			ofs = m
		}
	}
	return ofs, nil
}

// gallopRight returns the rightmost position in a[0:n] where key belongs.
func (ms *mergeState) gallopRight(key Value, a []Value, n, hint int) (int, error) {
	lastofs, ofs := 0, 1
	less, err := ms.lt(key, a[hint])
	if err != nil {
		return 0, err
	}
	if less {
		maxofs := hint + 1
		for ofs < maxofs {
			less, err := ms.lt(key, a[hint-ofs])
			if err != nil {
				return 0, err
			}
			if !less {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		lastofs, ofs = hint-ofs, hint-lastofs
	} else {
		maxofs := n - hint
		for ofs < maxofs {
			less, err := ms.lt(key, a[hint+ofs])
			if err != nil {
				return 0, err
			}
			if less {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		lastofs += hint
		ofs += hint
	}
	lastofs++
	for lastofs < ofs {
		m := lastofs + (ofs-lastofs)>>1
		less, err := ms.lt(key, a[m])
		if err != nil {
			return 0, err
		}
		if less {
			ofs = m
		} else {
			lastofs = m + 1
		}
	}
	return ofs, nil
}

func (ms *mergeState) getTemp(n int) {
	if cap(ms.tmpK) < n {
		ms.tmpK = make([]Value, n)
		if ms.vals != nil {
			ms.tmpV = make([]Value, n)
		}
	}
	ms.tmpK = ms.tmpK[:n]
	if ms.vals != nil {
		ms.tmpV = ms.tmpV[:n]
	}
}

// mergeLo merges the adjacent runs [pa, pa+na) and [pb, pb+nb), na <= nb,
// using a temporary copy of the first run.
func (ms *mergeState) mergeLo(pa, na, pb, nb int) (err error) {
	K, V := ms.keys, ms.vals
	ms.getTemp(na)
	tK, tV := ms.tmpK, ms.tmpV
	ms.move(tK, tV, 0, K, V, pa, na)
	dest, ia, ib := pa, 0, pb
	put := func(srcK, srcV []Value, i int) {
		K[dest] = srcK[i]
		if V != nil {
			V[dest] = srcV[i]
		}
		dest++
	}
	defer func() {
		if err != nil && na > 0 {
			ms.move(K, V, dest, tK, tV, ia, na)
		}
	}()
	put(K, V, ib)
	ib++
	nb--
	if nb == 0 {
		return ms.finishLo(&dest, tK, tV, &ia, &na)
	}
	if na == 1 {
		goto copyB
	}
	for {
		acount, bcount := 0, 0
		for {
			less, err := ms.lt(K[ib], tK[ia])
			if err != nil {
				return err
			}
			if less {
				put(K, V, ib)
				ib++
				bcount++
				acount = 0
				nb--
				if nb == 0 {
					return ms.finishLo(&dest, tK, tV, &ia, &na)
				}
				if bcount >= ms.minGallop {
					break
				}
			} else {
				put(tK, tV, ia)
				ia++
				acount++
				bcount = 0
				na--
				if na == 1 {
					goto copyB
				}
				if acount >= ms.minGallop {
					break
				}
			}
		}
		ms.minGallop++
		for {
			if ms.minGallop > 1 {
				ms.minGallop--
			}
			k, err := ms.gallopRight(K[ib], tK[ia:], na, 0)
			if err != nil {
				return err
			}
			acount = k
			if k > 0 {
				ms.move(K, V, dest, tK, tV, ia, k)
				dest += k
				ia += k
				na -= k
				if na == 1 {
					goto copyB
				}
				if na == 0 {
					return nil
				}
			}
			put(K, V, ib)
			ib++
			nb--
			if nb == 0 {
				return ms.finishLo(&dest, tK, tV, &ia, &na)
			}
			k, err = ms.gallopLeft(tK[ia], K[ib:], nb, 0)
			if err != nil {
				return err
			}
			bcount = k
			if k > 0 {
				ms.move(K, V, dest, K, V, ib, k)
				dest += k
				ib += k
				nb -= k
				if nb == 0 {
					return ms.finishLo(&dest, tK, tV, &ia, &na)
				}
			}
			put(tK, tV, ia)
			ia++
			na--
			if na == 1 {
				goto copyB
			}
			if acount < minGallop && bcount < minGallop {
				break
			}
		}
		ms.minGallop++
	}
copyB:
	// The last element of the first run belongs at the end of the merge.
	ms.move(K, V, dest, K, V, ib, nb)
	K[dest+nb] = tK[ia]
	if V != nil {
		V[dest+nb] = tV[ia]
	}
	return nil
}

// finishLo copies what is left of the first run into place.
func (ms *mergeState) finishLo(dest *int, tK, tV []Value, ia, na *int) error {
	if *na > 0 {
		ms.move(ms.keys, ms.vals, *dest, tK, tV, *ia, *na)
		*na = 0
	}
	return nil
}

// mergeHi merges the adjacent runs [pa, pa+na) and [pb, pb+nb), na > nb,
// from the right, using a temporary copy of the second run.
func (ms *mergeState) mergeHi(pa, na, pb, nb int) (err error) {
	K, V := ms.keys, ms.vals
	ms.getTemp(nb)
	tK, tV := ms.tmpK, ms.tmpV
	ms.move(tK, tV, 0, K, V, pb, nb)
	dest, ia, ib := pb+nb-1, pa+na-1, nb-1
	put := func(srcK, srcV []Value, i int) {
		K[dest] = srcK[i]
		if V != nil {
			V[dest] = srcV[i]
		}
		dest--
	}
	defer func() {
		if nb > 0 {
			ms.move(K, V, dest-(nb-1), tK, tV, 0, nb)
		}
	}()
	put(K, V, ia)
	ia--
	na--
	if na == 0 {
		return nil
	}
	if nb == 1 {
		goto copyA
	}
	for {
		acount, bcount := 0, 0
		for {
			less, err := ms.lt(tK[ib], K[ia])
			if err != nil {
				return err
			}
			if less {
				put(K, V, ia)
				ia--
				acount++
				bcount = 0
				na--
				if na == 0 {
					return nil
				}
				if acount >= ms.minGallop {
					break
				}
			} else {
				put(tK, tV, ib)
				ib--
				bcount++
				acount = 0
				nb--
				if nb == 1 {
					goto copyA
				}
				if bcount >= ms.minGallop {
					break
				}
			}
		}
		ms.minGallop++
		for {
			if ms.minGallop > 1 {
				ms.minGallop--
			}
			k, err := ms.gallopRight(tK[ib], K[pa:], na, na-1)
			if err != nil {
				return err
			}
			k = na - k
			acount = k
			if k > 0 {
				dest -= k
				ia -= k
				ms.move(K, V, dest+1, K, V, ia+1, k)
				na -= k
				if na == 0 {
					return nil
				}
			}
			put(tK, tV, ib)
			ib--
			nb--
			if nb == 1 {
				goto copyA
			}
			k, err = ms.gallopLeft(K[ia], tK, nb, nb-1)
			if err != nil {
				return err
			}
			k = nb - k
			bcount = k
			if k > 0 {
				dest -= k
				ib -= k
				ms.move(K, V, dest+1, tK, tV, ib+1, k)
				nb -= k
				if nb == 1 {
					goto copyA
				}
				if nb == 0 {
					return nil
				}
			}
			put(K, V, ia)
			ia--
			na--
			if na == 0 {
				return nil
			}
			if acount < minGallop && bcount < minGallop {
				break
			}
		}
		ms.minGallop++
	}
copyA:
	// The first element of the second run belongs at the front of the merge.
	ms.move(K, V, dest-na+1, K, V, ia-na+1, na)
	dest -= na
	K[dest] = tK[ib]
	if V != nil {
		V[dest] = tV[ib]
	}
	nb = 0
	return nil
}

// mergeAt merges the pending runs i and i+1.
func (ms *mergeState) mergeAt(i int) error {
	p := ms.pending
	pa, na := p[i].base, p[i].len
	pb, nb := p[i+1].base, p[i+1].len
	p[i].len = na + nb
	if i == len(p)-3 {
		p[i+1] = p[i+2]
	}
	ms.pending = p[:len(p)-1]
	k, err := ms.gallopRight(ms.keys[pb], ms.keys[pa:], na, 0)
	if err != nil {
		return err
	}
	pa += k
	na -= k
	if na == 0 {
		return nil
	}
	nb, err = ms.gallopLeft(ms.keys[pa+na-1], ms.keys[pb:], nb, nb-1)
	if err != nil || nb <= 0 {
		return err
	}
	if na <= nb {
		return ms.mergeLo(pa, na, pb, nb)
	}
	return ms.mergeHi(pa, na, pb, nb)
}

// powerLoop computes the powersort "power" of the run [s1, s1+n1) followed
// by a run of length n2, in a list of length n.
func powerLoop(s1, n1, n2, n int) int {
	result := 0
	a := 2*s1 + n1
	b := a + n1 + n2
	for {
		result++
		if a >= n {
			a -= n
			b -= n
		} else if b >= n {
			break
		}
		a <<= 1
		b <<= 1
	}
	return result
}

// foundNewRun applies powersort's merge policy before a run of length n2
// is pushed.
func (ms *mergeState) foundNewRun(n2 int) error {
	if len(ms.pending) == 0 {
		return nil
	}
	top := &ms.pending[len(ms.pending)-1]
	power := powerLoop(top.base, top.len, n2, len(ms.keys))
	for len(ms.pending) > 1 && ms.pending[len(ms.pending)-2].power > power {
		if err := ms.mergeAt(len(ms.pending) - 2); err != nil {
			return err
		}
	}
	ms.pending[len(ms.pending)-1].power = power
	return nil
}

func (ms *mergeState) forceCollapse() error {
	for len(ms.pending) > 1 {
		p := ms.pending
		n := len(p) - 2
		if n > 0 && p[n-1].len < p[n+1].len {
			n--
		}
		if err := ms.mergeAt(n); err != nil {
			return err
		}
	}
	return nil
}
