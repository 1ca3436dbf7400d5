package runtime

import "math"

// The itertools module. Every iterator here is lazy and consumes its
// inputs exactly as CPython's itertoolsmodule.c does, so side effects on
// shared iterators match.

func init() {
	BuiltinModules["itertools"] = newItertoolsModule
	for _, ctor := range []struct {
		typ *Type
		fn  func(t *Thread, args []Value, kw []string) (Value, error)
	}{
		{itAccumulateType, newAccumulate},
		{itChainType, newChain},
		{itCombinationsType, newCombinations},
		{itCWRType, newCWR},
		{itCompressType, newCompress},
		{itCountType, newCount},
		{itCycleType, newCycle},
		{itDropwhileType, newDropwhile},
		{itFilterfalseType, newFilterfalse},
		{itGroupbyType, newGroupby},
		{itIsliceType, newIslice},
		{itPairwiseType, newPairwise},
		{itPermutationsType, newPermutations},
		{itProductType, newProduct},
		{itRepeatType, newRepeat},
		{itStarmapType, newStarmap},
		{itTakewhileType, newTakewhile},
		{itZipLongestType, newZipLongest},
	} {
		fn := ctor.fn
		ctor.typ.New = func(t *Thread, _ *Type, args []Value, kw []string) (Value, error) {
			return fn(t, args, kw)
		}
	}
	itChainType.Dict["from_iterable"] = FromObject(&Builtin{Name: "from_iterable", Self: FromObject(itChainType), HasSelf: true,
		Fn: func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := exactArgs("chain.from_iterable", args[1:], kw, 1); err != nil {
				return Value{}, err
			}
			src, err := libIter(t, args[1])
			if err != nil {
				return Value{}, err
			}
			return FromObject(&chainIter{source: src}), nil
		}})
}

// Types of the itertools iterators.
var (
	itAccumulateType   = NewType("itertools.accumulate", ObjectType)
	itChainType        = NewType("itertools.chain", ObjectType)
	itCombinationsType = NewType("itertools.combinations", ObjectType)
	itCWRType          = NewType("itertools.combinations_with_replacement", ObjectType)
	itCompressType     = NewType("itertools.compress", ObjectType)
	itCountType        = NewType("itertools.count", ObjectType)
	itCycleType        = NewType("itertools.cycle", ObjectType)
	itDropwhileType    = NewType("itertools.dropwhile", ObjectType)
	itFilterfalseType  = NewType("itertools.filterfalse", ObjectType)
	itGroupbyType      = NewType("itertools.groupby", ObjectType)
	itGrouperType      = NewType("itertools._grouper", ObjectType)
	itIsliceType       = NewType("itertools.islice", ObjectType)
	itPairwiseType     = NewType("itertools.pairwise", ObjectType)
	itPermutationsType = NewType("itertools.permutations", ObjectType)
	itProductType      = NewType("itertools.product", ObjectType)
	itRepeatType       = NewType("itertools.repeat", ObjectType)
	itStarmapType      = NewType("itertools.starmap", ObjectType)
	itTakewhileType    = NewType("itertools.takewhile", ObjectType)
	itTeeType          = NewType("itertools._tee", ObjectType)
	itZipLongestType   = NewType("itertools.zip_longest", ObjectType)
)

func newItertoolsModule(t *Thread) *Module {
	m := NewModule("itertools")
	funcs := map[string]Value{"tee": NewBuiltin("tee", itTee)}
	for _, typ := range []*Type{
		itAccumulateType, itChainType, itCombinationsType, itCWRType, itCompressType,
		itCountType, itCycleType, itDropwhileType, itFilterfalseType, itGroupbyType,
		itIsliceType, itPairwiseType, itPermutationsType, itProductType, itRepeatType,
		itStarmapType, itTakewhileType, itZipLongestType,
	} {
		funcs[typ.Name[len("itertools."):]] = FromObject(typ)
	}
	libSetModuleFuncs(m, funcs)
	return m
}

// itShortName is _PyType_Name: the type name after the module prefix.
func itShortName(typ *Type) string { return typ.Name[len("itertools."):] }

// ---------------------------------------------------------------------------
// count, repeat, cycle

type countIter struct {
	cnt, step Value
}

func (*countIter) Type() *Type { return itCountType }

func (c *countIter) Next(t *Thread) (Value, bool, error) {
	v := c.cnt
	if v.IsInt() && c.step.IsInt() {
		if s, o := AddInt64(v.AsInt(), c.step.AsInt()); !o {
			c.cnt = Int(s)
			return v, true, nil
		}
	}
	n, err := Binary(t, OpAdd, c.cnt, c.step, false)
	if err != nil {
		return Value{}, false, err
	}
	c.cnt = n
	return v, true, nil
}

// Repr is "count(5)" or "count(5, 2)".
func (c *countIter) Repr(t *Thread) (string, error) {
	cs, err := Repr(t, c.cnt)
	if err != nil {
		return "", err
	}
	if IsIntLike(c.step) && isSmall(c.step) && c.step.AsInt() == 1 {
		return "count(" + cs + ")", nil
	}
	ss, err := Repr(t, c.step)
	if err != nil {
		return "", err
	}
	return "count(" + cs + ", " + ss + ")", nil
}

// itIsNumber is PyNumber_Check.
func itIsNumber(v Value) bool {
	switch v.ref.(type) {
	case intKind, floatKind, boolKind, *BigInt:
		return true
	}
	if _, ok := v.ref.(Attributer); ok {
		for _, n := range []string{"__index__", "__int__", "__float__"} {
			if _, ok := v.Type().Lookup(n); ok {
				return true
			}
		}
	}
	return false
}

var countSpec = kwSpec{fname: "count", names: []string{"start", "step"}, minPos: 0, maxPos: 2}

func newCount(t *Thread, args []Value, kw []string) (Value, error) {
	a, err := countSpec.unpack(args, kw)
	if err != nil {
		return Value{}, err
	}
	start, step := orDefault(a[0], Int(0)), orDefault(a[1], Int(1))
	if !itIsNumber(start) || !itIsNumber(step) {
		return Value{}, Errorf(TypeErrorType, "a number is required")
	}
	return FromObject(&countIter{cnt: start, step: step}), nil
}

type repeatIter struct {
	obj  Value
	left int64 // -1: forever
}

func (*repeatIter) Type() *Type { return itRepeatType }

func (r *repeatIter) Next(*Thread) (Value, bool, error) {
	if r.left == 0 {
		return Value{}, false, nil
	}
	if r.left > 0 {
		r.left--
	}
	return r.obj, true, nil
}

// Repr is "repeat(x)" or "repeat(x, n)".
func (r *repeatIter) Repr(t *Thread) (string, error) {
	s, err := Repr(t, r.obj)
	if err != nil {
		return "", err
	}
	if r.left < 0 {
		return "repeat(" + s + ")", nil
	}
	return "repeat(" + s + ", " + itoaLib(int(r.left)) + ")", nil
}

var repeatSpec = kwSpec{fname: "repeat", names: []string{"object", "times"}, minPos: 1, maxPos: 2}

func newRepeat(t *Thread, args []Value, kw []string) (Value, error) {
	a, err := repeatSpec.unpack(args, kw)
	if err != nil {
		return Value{}, err
	}
	left := int64(-1)
	if given(a[1]) {
		if left, err = indexInt(t, a[1], "ssize_t"); err != nil {
			return Value{}, err
		}
		if left < 0 {
			left = 0
		}
	}
	return FromObject(&repeatIter{obj: a[0], left: left}), nil
}

type cycleIter struct {
	it        Iterator
	saved     []Value
	index     int
	firstPass bool
}

func (*cycleIter) Type() *Type { return itCycleType }

func (c *cycleIter) Next(t *Thread) (Value, bool, error) {
	if c.it != nil {
		v, ok, err := c.it.Next(t)
		if err != nil {
			return Value{}, false, err
		}
		if ok {
			if !c.firstPass {
				c.saved = append(c.saved, v)
			}
			return v, true, nil
		}
		c.it = nil
	}
	if len(c.saved) == 0 {
		return Value{}, false, nil
	}
	v := c.saved[c.index]
	c.index++
	if c.index >= len(c.saved) {
		c.index = 0
	}
	return v, true, nil
}

func newCycle(t *Thread, args []Value, kw []string) (Value, error) {
	if err := positional("cycle", "cycle", args, kw, 1, 1); err != nil {
		return Value{}, err
	}
	it, err := libIter(t, args[0])
	if err != nil {
		return Value{}, err
	}
	return FromObject(&cycleIter{it: it}), nil
}

// ---------------------------------------------------------------------------
// chain, islice, starmap, takewhile, dropwhile, filterfalse, compress, pairwise

type chainIter struct {
	source Iterator // of iterables; nil when exhausted
	active Iterator
}

func (*chainIter) Type() *Type { return itChainType }

func (c *chainIter) Next(t *Thread) (Value, bool, error) {
	for c.source != nil {
		if c.active == nil {
			iterable, ok, err := c.source.Next(t)
			if err != nil || !ok {
				c.source = nil
				return Value{}, false, err
			}
			if c.active, err = libIter(t, iterable); err != nil {
				c.source = nil
				return Value{}, false, err
			}
		}
		v, ok, err := c.active.Next(t)
		if err != nil {
			return Value{}, false, err
		}
		if ok {
			return v, true, nil
		}
		c.active = nil
	}
	return Value{}, false, nil
}

func newChain(t *Thread, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return Value{}, NoKwargs("chain", kw)
	}
	return FromObject(&chainIter{source: &SeqIter{Items: append([]Value(nil), args...), T: TupleIterType}}), nil
}

type isliceIter struct {
	it                    Iterator // nil when exhausted
	next, stop, step, cnt int
}

func (*isliceIter) Type() *Type { return itIsliceType }

func (s *isliceIter) Next(t *Thread) (Value, bool, error) {
	if s.it == nil {
		return Value{}, false, nil
	}
	for s.cnt < s.next {
		_, ok, err := s.it.Next(t)
		if err != nil || !ok {
			s.it = nil
			return Value{}, false, err
		}
		s.cnt++
	}
	if s.stop != -1 && s.cnt >= s.stop {
		s.it = nil
		return Value{}, false, nil
	}
	v, ok, err := s.it.Next(t)
	if err != nil || !ok {
		s.it = nil
		return Value{}, false, err
	}
	s.cnt++
	old := s.next
	s.next += s.step
	if s.next < old || (s.stop != -1 && s.next > s.stop) {
		s.next = s.stop
	}
	return v, true, nil
}

// itSsize is PyNumber_AsSsize_t(v, PyExc_OverflowError) with any error
// mapped to -1, as islice does.
func itSsize(t *Thread, v Value) int {
	x, err := Index(t, v)
	if err != nil || !isSmall(x) {
		return -1
	}
	return clampInt(x.AsInt())
}

func newIslice(t *Thread, args []Value, kw []string) (Value, error) {
	if err := positional("islice", "islice", args, kw, 2, 4); err != nil {
		return Value{}, err
	}
	start, stop, step := 0, -1, 1
	const stopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	if len(args) == 2 {
		if !args[1].IsNone() {
			if stop = itSsize(t, args[1]); stop == -1 {
				return Value{}, Errorf(ValueErrorType, stopMsg)
			}
		}
	} else {
		if !args[1].IsNone() {
			start = itSsize(t, args[1])
		}
		if !args[2].IsNone() {
			if stop = itSsize(t, args[2]); stop == -1 {
				return Value{}, Errorf(ValueErrorType, stopMsg)
			}
		}
	}
	if start < 0 || stop < -1 {
		return Value{}, Errorf(ValueErrorType, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
	}
	if len(args) == 4 && !args[3].IsNone() {
		step = itSsize(t, args[3])
	}
	if step < 1 {
		return Value{}, Errorf(ValueErrorType, "Step for islice() must be a positive integer or None.")
	}
	it, err := libIter(t, args[0])
	if err != nil {
		return Value{}, err
	}
	return FromObject(&isliceIter{it: it, next: start, stop: stop, step: step}), nil
}

type starmapIter struct {
	fn Value
	it Iterator
}

func (*starmapIter) Type() *Type { return itStarmapType }

func (s *starmapIter) Next(t *Thread) (Value, bool, error) {
	a, ok, err := s.it.Next(t)
	if err != nil || !ok {
		return Value{}, false, err
	}
	items, err := libCollect(t, a)
	if err != nil {
		return Value{}, false, err
	}
	r, err := libCall(t, s.fn, items, nil)
	return r, err == nil, err
}

func newStarmap(t *Thread, args []Value, kw []string) (Value, error) {
	if err := positional("starmap", "starmap", args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	it, err := libIter(t, args[1])
	if err != nil {
		return Value{}, err
	}
	return FromObject(&starmapIter{fn: args[0], it: it}), nil
}

// predIter is takewhile, dropwhile and filterfalse.
type predIter struct {
	typ  *Type
	pred Value
	it   Iterator
	done bool // takewhile: stopped; dropwhile: done dropping
}

func (p *predIter) Type() *Type { return p.typ }

func (p *predIter) test(t *Thread, v Value) (bool, error) {
	if p.typ == itFilterfalseType && p.pred.IsNone() {
		return libTruth(t, v)
	}
	r, err := libCall1(t, p.pred, v)
	if err != nil {
		return false, err
	}
	return libTruth(t, r)
}

func (p *predIter) Next(t *Thread) (Value, bool, error) {
	switch p.typ {
	case itTakewhileType:
		if p.done {
			return Value{}, false, nil
		}
		v, ok, err := p.it.Next(t)
		if err != nil || !ok {
			return Value{}, false, err
		}
		keep, err := p.test(t, v)
		if err != nil {
			return Value{}, false, err
		}
		if keep {
			return v, true, nil
		}
		p.done = true
		return Value{}, false, nil
	case itDropwhileType:
		for {
			v, ok, err := p.it.Next(t)
			if err != nil || !ok {
				return Value{}, false, err
			}
			if p.done {
				return v, true, nil
			}
			drop, err := p.test(t, v)
			if err != nil {
				return Value{}, false, err
			}
			if !drop {
				p.done = true
				return v, true, nil
			}
		}
	}
	for {
		v, ok, err := p.it.Next(t)
		if err != nil || !ok {
			return Value{}, false, err
		}
		b, err := p.test(t, v)
		if err != nil {
			return Value{}, false, err
		}
		if !b {
			return v, true, nil
		}
	}
}

func newPredIter(t *Thread, typ *Type, args []Value, kw []string) (Value, error) {
	name := itShortName(typ)
	if err := positional(name, name, args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	it, err := libIter(t, args[1])
	if err != nil {
		return Value{}, err
	}
	return FromObject(&predIter{typ: typ, pred: args[0], it: it}), nil
}

func newTakewhile(t *Thread, args []Value, kw []string) (Value, error) {
	return newPredIter(t, itTakewhileType, args, kw)
}

func newDropwhile(t *Thread, args []Value, kw []string) (Value, error) {
	return newPredIter(t, itDropwhileType, args, kw)
}

func newFilterfalse(t *Thread, args []Value, kw []string) (Value, error) {
	return newPredIter(t, itFilterfalseType, args, kw)
}

type compressIter struct {
	data, sel Iterator
}

func (*compressIter) Type() *Type { return itCompressType }

func (c *compressIter) Next(t *Thread) (Value, bool, error) {
	for {
		d, ok, err := c.data.Next(t)
		if err != nil || !ok {
			return Value{}, false, err
		}
		s, ok, err := c.sel.Next(t)
		if err != nil || !ok {
			return Value{}, false, err
		}
		b, err := libTruth(t, s)
		if err != nil {
			return Value{}, false, err
		}
		if b {
			return d, true, nil
		}
	}
}

var compressSpec = kwSpec{fname: "compress", names: []string{"data", "selectors"}, minPos: 2, maxPos: 2}

func newCompress(t *Thread, args []Value, kw []string) (Value, error) {
	a, err := compressSpec.unpack(args, kw)
	if err != nil {
		return Value{}, err
	}
	d, err := libIter(t, a[0])
	if err != nil {
		return Value{}, err
	}
	s, err := libIter(t, a[1])
	if err != nil {
		return Value{}, err
	}
	return FromObject(&compressIter{data: d, sel: s}), nil
}

type pairwiseIter struct {
	it  Iterator
	old Value
}

func (*pairwiseIter) Type() *Type { return itPairwiseType }

func (p *pairwiseIter) Next(t *Thread) (Value, bool, error) {
	if p.it == nil {
		return Value{}, false, nil
	}
	if p.old.IsUnbound() {
		v, ok, err := p.it.Next(t)
		if err != nil || !ok {
			p.it = nil
			return Value{}, false, err
		}
		p.old = v
	}
	v, ok, err := p.it.Next(t)
	if err != nil || !ok {
		p.it, p.old = nil, Value{}
		return Value{}, false, err
	}
	r := TupleValue(p.old, v)
	p.old = v
	return r, true, nil
}

func newPairwise(t *Thread, args []Value, kw []string) (Value, error) {
	if err := positional("pairwise", "pairwise", args, kw, 1, 1); err != nil {
		return Value{}, err
	}
	it, err := libIter(t, args[0])
	if err != nil {
		return Value{}, err
	}
	return FromObject(&pairwiseIter{it: it}), nil
}

// ---------------------------------------------------------------------------
// accumulate, zip_longest

type accumulateIter struct {
	it      Iterator
	fn      Value // None for +
	total   Value // unbound before the first item
	initial Value // unbound once used
}

func (*accumulateIter) Type() *Type { return itAccumulateType }

func (a *accumulateIter) Next(t *Thread) (Value, bool, error) {
	if !a.initial.IsUnbound() {
		a.total, a.initial = a.initial, Value{}
		return a.total, true, nil
	}
	v, ok, err := a.it.Next(t)
	if err != nil || !ok {
		return Value{}, false, err
	}
	if a.total.IsUnbound() {
		a.total = v
		return v, true, nil
	}
	var n Value
	if a.fn.IsNone() {
		n, err = Binary(t, OpAdd, a.total, v, false)
	} else {
		n, err = libCall(t, a.fn, []Value{a.total, v}, nil)
	}
	if err != nil {
		return Value{}, false, err
	}
	a.total = n
	return n, true, nil
}

var accumulateSpec = kwSpec{fname: "accumulate", names: []string{"iterable", "func", "initial"}, minPos: 1, maxPos: 2}

func newAccumulate(t *Thread, args []Value, kw []string) (Value, error) {
	a, err := accumulateSpec.unpack(args, kw)
	if err != nil {
		return Value{}, err
	}
	it, err := libIter(t, a[0])
	if err != nil {
		return Value{}, err
	}
	init := a[2]
	if init.IsNone() {
		init = Value{}
	}
	return FromObject(&accumulateIter{it: it, fn: orDefault(a[1], None), initial: init}), nil
}

type zipLongestIter struct {
	its      []Iterator // nil entries are exhausted
	active   int
	fill     Value
	finished bool
}

func (*zipLongestIter) Type() *Type { return itZipLongestType }

func (z *zipLongestIter) Next(t *Thread) (Value, bool, error) {
	if len(z.its) == 0 || z.active == 0 {
		return Value{}, false, nil
	}
	items := make([]Value, len(z.its))
	for i, it := range z.its {
		if it == nil {
			items[i] = z.fill
			continue
		}
		v, ok, err := it.Next(t)
		if err != nil {
			z.active = 0
			return Value{}, false, err
		}
		if !ok {
			z.active--
			if z.active == 0 {
				return Value{}, false, nil
			}
			z.its[i] = nil
			v = z.fill
		}
		items[i] = v
	}
	return TupleValue(items...), true, nil
}

func newZipLongest(t *Thread, args []Value, kw []string) (Value, error) {
	pos, kwvals := SplitKwargs(args, kw)
	fill := None
	for i, k := range kw {
		if k != "fillvalue" {
			return Value{}, Errorf(TypeErrorType, "zip_longest() got an unexpected keyword argument")
		}
		fill = kwvals[i]
	}
	its := make([]Iterator, len(pos))
	for i, v := range pos {
		it, err := libIter(t, v)
		if err != nil {
			return Value{}, err
		}
		its[i] = it
	}
	return FromObject(&zipLongestIter{its: its, active: len(its), fill: fill}), nil
}

// ---------------------------------------------------------------------------
// product, permutations, combinations, combinations_with_replacement

type productIter struct {
	pools   [][]Value
	indices []int
	started bool
	stopped bool
}

func (*productIter) Type() *Type { return itProductType }

func (p *productIter) Next(t *Thread) (Value, bool, error) {
	if p.stopped {
		return Value{}, false, nil
	}
	n := len(p.pools)
	if !p.started {
		p.started = true
		for _, pool := range p.pools {
			if len(pool) == 0 {
				p.stopped = true
				return Value{}, false, nil
			}
		}
	} else {
		i := n - 1
		for ; i >= 0; i-- {
			p.indices[i]++
			if p.indices[i] == len(p.pools[i]) {
				p.indices[i] = 0
				continue
			}
			break
		}
		if i < 0 {
			p.stopped = true
			return Value{}, false, nil
		}
	}
	out := make([]Value, n)
	for i, pool := range p.pools {
		out[i] = pool[p.indices[i]]
	}
	return TupleValue(out...), true, nil
}

func newProduct(t *Thread, args []Value, kw []string) (Value, error) {
	pos, kwvals := SplitKwargs(args, kw)
	repeat := int64(1)
	for i, k := range kw {
		if k != "repeat" {
			return Value{}, invalidKeyword(k, "product")
		}
		var err error
		if repeat, err = indexInt(t, kwvals[i], "ssize_t"); err != nil {
			return Value{}, err
		}
		if repeat < 0 {
			return Value{}, Errorf(ValueErrorType, "repeat argument cannot be negative")
		}
	}
	if len(pos) > 0 && repeat > math.MaxInt32/int64(len(pos)) {
		return Value{}, Errorf(OverflowErrorType, "repeat argument too large")
	}
	base := make([][]Value, len(pos))
	for i, v := range pos {
		items, err := libCollect(t, v)
		if err != nil {
			return Value{}, err
		}
		base[i] = items
	}
	var pools [][]Value
	for r := int64(0); r < repeat; r++ {
		pools = append(pools, base...)
	}
	return FromObject(&productIter{pools: pools, indices: make([]int, len(pools))}), nil
}

// itRArg converts the r argument of the combinatoric iterators.
func itRArg(t *Thread, v Value, msgNotInt string) (int, error) {
	if !IsIntLike(v) {
		if msgNotInt != "" {
			return 0, Errorf(TypeErrorType, "%s", msgNotInt)
		}
		if _, err := Index(t, v); err != nil {
			return 0, err
		}
	}
	n, err := indexInt(t, v, "ssize_t")
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, Errorf(ValueErrorType, "r must be non-negative")
	}
	return clampInt(n), nil
}

type permutationsIter struct {
	pool            []Value
	r               int
	indices, cycles []int
	started         bool
	stopped         bool
}

func (*permutationsIter) Type() *Type { return itPermutationsType }

func (p *permutationsIter) Next(t *Thread) (Value, bool, error) {
	n, r := len(p.pool), p.r
	if p.stopped {
		return Value{}, false, nil
	}
	if !p.started {
		p.started = true
		if r > n {
			p.stopped = true
			return Value{}, false, nil
		}
	} else {
		if n == 0 {
			p.stopped = true
			return Value{}, false, nil
		}
		i := r - 1
		for ; i >= 0; i-- {
			p.cycles[i]--
			if p.cycles[i] == 0 {
				// Rotate indices[i:] left by one.
				first := p.indices[i]
				copy(p.indices[i:], p.indices[i+1:])
				p.indices[n-1] = first
				p.cycles[i] = n - i
			} else {
				j := p.cycles[i]
				p.indices[i], p.indices[n-j] = p.indices[n-j], p.indices[i]
				break
			}
		}
		if i < 0 {
			p.stopped = true
			return Value{}, false, nil
		}
	}
	out := make([]Value, r)
	for k := 0; k < r; k++ {
		out[k] = p.pool[p.indices[k]]
	}
	return TupleValue(out...), true, nil
}

var permutationsSpec = kwSpec{fname: "permutations", names: []string{"iterable", "r"}, minPos: 1, maxPos: 2}

func newPermutations(t *Thread, args []Value, kw []string) (Value, error) {
	a, err := permutationsSpec.unpack(args, kw)
	if err != nil {
		return Value{}, err
	}
	pool, err := libCollect(t, a[0])
	if err != nil {
		return Value{}, err
	}
	r := len(pool)
	if rv := a[1]; given(rv) && !rv.IsNone() {
		if r, err = itRArg(t, rv, "Expected int as r"); err != nil {
			return Value{}, err
		}
	}
	n := len(pool)
	p := &permutationsIter{pool: pool, r: r, indices: make([]int, n)}
	for i := range p.indices {
		p.indices[i] = i
	}
	if r <= n {
		p.cycles = make([]int, r)
		for i := range p.cycles {
			p.cycles[i] = n - i
		}
	}
	return FromObject(p), nil
}

// combIter is combinations and combinations_with_replacement.
type combIter struct {
	typ     *Type
	pool    []Value
	r       int
	indices []int
	started bool
	stopped bool
}

func (c *combIter) Type() *Type { return c.typ }

func (c *combIter) Next(t *Thread) (Value, bool, error) {
	n, r := len(c.pool), c.r
	if c.stopped {
		return Value{}, false, nil
	}
	repl := c.typ == itCWRType
	if !c.started {
		c.started = true
		if (!repl && r > n) || (repl && n == 0 && r > 0) {
			c.stopped = true
			return Value{}, false, nil
		}
	} else {
		i := r - 1
		if repl {
			for ; i >= 0 && c.indices[i] == n-1; i-- {
			}
			if i < 0 {
				c.stopped = true
				return Value{}, false, nil
			}
			idx := c.indices[i] + 1
			for j := i; j < r; j++ {
				c.indices[j] = idx
			}
		} else {
			for ; i >= 0 && c.indices[i] == i+n-r; i-- {
			}
			if i < 0 {
				c.stopped = true
				return Value{}, false, nil
			}
			c.indices[i]++
			for j := i + 1; j < r; j++ {
				c.indices[j] = c.indices[j-1] + 1
			}
		}
	}
	out := make([]Value, r)
	for k := 0; k < r; k++ {
		out[k] = c.pool[c.indices[k]]
	}
	return TupleValue(out...), true, nil
}

func newCombIter(t *Thread, typ *Type, args []Value, kw []string) (Value, error) {
	spec := kwSpec{fname: itShortName(typ), names: []string{"iterable", "r"}, minPos: 2, maxPos: 2}
	a, err := spec.unpack(args, kw)
	if err != nil {
		return Value{}, err
	}
	pool, err := libCollect(t, a[0])
	if err != nil {
		return Value{}, err
	}
	r, err := itRArg(t, a[1], "")
	if err != nil {
		return Value{}, err
	}
	c := &combIter{typ: typ, pool: pool, r: r, indices: make([]int, r)}
	if typ == itCombinationsType {
		for i := range c.indices {
			c.indices[i] = i
		}
	}
	return FromObject(c), nil
}

func newCombinations(t *Thread, args []Value, kw []string) (Value, error) {
	return newCombIter(t, itCombinationsType, args, kw)
}

func newCWR(t *Thread, args []Value, kw []string) (Value, error) {
	return newCombIter(t, itCWRType, args, kw)
}

// ---------------------------------------------------------------------------
// groupby

type groupbyIter struct {
	it                       Iterator
	keyfn                    Value
	tgtkey, currkey, currval Value
	currgrouper              *grouperIter
}

func (*groupbyIter) Type() *Type { return itGroupbyType }

// step advances to the next item; ok is false at the end.
func (g *groupbyIter) step(t *Thread) (bool, error) {
	v, ok, err := g.it.Next(t)
	if err != nil || !ok {
		return false, err
	}
	k := v
	if !g.keyfn.IsNone() {
		if k, err = libCall1(t, g.keyfn, v); err != nil {
			return false, err
		}
	}
	g.currval, g.currkey = v, k
	return true, nil
}

func (g *groupbyIter) Next(t *Thread) (Value, bool, error) {
	g.currgrouper = nil
	for {
		if g.currkey.IsUnbound() {
			// fall through to step
		} else if g.tgtkey.IsUnbound() {
			break
		} else {
			eq, err := libEqual(t, g.tgtkey, g.currkey)
			if err != nil {
				return Value{}, false, err
			}
			if !eq {
				break
			}
		}
		ok, err := g.step(t)
		if err != nil || !ok {
			return Value{}, false, err
		}
	}
	g.tgtkey = g.currkey
	gr := &grouperIter{parent: g, tgtkey: g.tgtkey}
	g.currgrouper = gr
	return TupleValue(g.currkey, FromObject(gr)), true, nil
}

type grouperIter struct {
	parent *groupbyIter
	tgtkey Value
}

func (*grouperIter) Type() *Type { return itGrouperType }

func (gr *grouperIter) Next(t *Thread) (Value, bool, error) {
	g := gr.parent
	if g.currgrouper != gr {
		return Value{}, false, nil
	}
	if g.currval.IsUnbound() {
		ok, err := g.step(t)
		if err != nil || !ok {
			return Value{}, false, err
		}
	}
	eq, err := libEqual(t, gr.tgtkey, g.currkey)
	if err != nil || !eq {
		return Value{}, false, err
	}
	v := g.currval
	g.currval, g.currkey = Value{}, Value{}
	return v, true, nil
}

var groupbySpec = kwSpec{fname: "groupby", names: []string{"iterable", "key"}, minPos: 1, maxPos: 2}

func newGroupby(t *Thread, args []Value, kw []string) (Value, error) {
	a, err := groupbySpec.unpack(args, kw)
	if err != nil {
		return Value{}, err
	}
	it, err := libIter(t, a[0])
	if err != nil {
		return Value{}, err
	}
	return FromObject(&groupbyIter{it: it, keyfn: orDefault(a[1], None)}), nil
}

// ---------------------------------------------------------------------------
// tee

// teeSource is the iterator tee copies share; teeNode is a linked list of
// the items read from it (the last node is the unfilled tail).
type teeSource struct{ it Iterator }

type teeNode struct {
	v      Value
	next   *teeNode
	filled bool
}

type teeIter struct {
	src  *teeSource
	node *teeNode
}

func (*teeIter) Type() *Type { return itTeeType }

func (ti *teeIter) Next(t *Thread) (Value, bool, error) {
	n := ti.node
	if !n.filled {
		v, ok, err := ti.src.it.Next(t)
		if err != nil || !ok {
			return Value{}, false, err
		}
		n.v, n.filled, n.next = v, true, &teeNode{}
	}
	ti.node = n.next
	return n.v, true, nil
}

func itTee(t *Thread, args []Value, kw []string) (Value, error) {
	if err := positional("tee", "tee", args, kw, 1, 2); err != nil {
		return Value{}, err
	}
	n := int64(2)
	if len(args) == 2 {
		var err error
		if n, err = indexInt(t, args[1], "ssize_t"); err != nil {
			return Value{}, err
		}
	}
	if n < 0 {
		return Value{}, Errorf(ValueErrorType, "n must be >= 0")
	}
	if n == 0 {
		return TupleValue(), nil
	}
	var first *teeIter
	if ti, ok := args[0].ref.(*teeIter); ok {
		first = &teeIter{src: ti.src, node: ti.node}
	} else {
		it, err := libIter(t, args[0])
		if err != nil {
			return Value{}, err
		}
		first = &teeIter{src: &teeSource{it: it}, node: &teeNode{}}
	}
	out := make([]Value, n)
	for i := range out {
		out[i] = FromObject(&teeIter{src: first.src, node: first.node})
	}
	return TupleValue(out...), nil
}
