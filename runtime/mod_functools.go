package runtime

import (
	"fmt"
	"strings"
)

// The functools module: reduce, partial, lru_cache, cache, cmp_to_key,
// wraps and update_wrapper.
//
// partial objects, lru_cache wrappers and cmp_to_key keys are Go objects
// with a Call method (and RichCompare for keys); see the protocol notes in
// mod_operator.go.

func init() {
	BuiltinModules["functools"] = newFunctoolsModule
	PartialType.New = newPartial
	libCallableDunder(PartialType)
	libCallableDunder(LRUWrapperType)
	libCallableDunder(KeyWrapperType)
	addMethod(LRUWrapperType, "cache_info", lruCacheInfo)
	addMethod(LRUWrapperType, "cache_clear", lruCacheClear)
	addMethod(LRUWrapperType, "cache_parameters", lruCacheParameters)
}

// Types of functools objects.
var (
	PartialType    = NewType("functools.partial", ObjectType)
	LRUWrapperType = NewType("functools._lru_cache_wrapper", ObjectType)
	KeyWrapperType = NewType("functools.KeyWrapper", ObjectType)
	CacheInfoType  = NewType("CacheInfo", TupleType)
)

func init() { CacheInfoType.Module = "functools" }

func newFunctoolsModule(t *Thread) *Module {
	m := NewModule("functools")
	libSetModuleFuncs(m, map[string]Value{
		"WRAPPER_ASSIGNMENTS": TupleValue(NewStr("__module__"), NewStr("__name__"), NewStr("__qualname__"), NewStr("__doc__"), NewStr("__annotations__")),
		"WRAPPER_UPDATES":     TupleValue(NewStr("__dict__")),
		"cache":               NewBuiltin("cache", ftCache),
		"cmp_to_key":          NewBuiltin("cmp_to_key", ftCmpToKey),
		"lru_cache":           NewBuiltin("lru_cache", ftLRUCache),
		"partial":             FromObject(PartialType),
		"reduce":              NewBuiltin("reduce", ftReduce),
		"update_wrapper":      NewBuiltin("update_wrapper", ftUpdateWrapper),
		"wraps":               NewBuiltin("wraps", ftWraps),
	})
	return m
}

func ftReduce(t *Thread, args []Value, kw []string) (Value, error) {
	if err := positional("reduce", "reduce", args, kw, 2, 3); err != nil {
		return Value{}, err
	}
	fn := args[0]
	it, err := libIter(t, args[1])
	if err != nil {
		if AsException(err).IsInstance(TypeErrorType) {
			return Value{}, Errorf(TypeErrorType, "reduce() arg 2 must support iteration")
		}
		return Value{}, err
	}
	var acc Value
	if len(args) == 3 {
		acc = args[2]
	}
	for {
		v, ok, err := it.Next(t)
		if err != nil {
			return Value{}, err
		}
		if !ok {
			break
		}
		if acc.IsUnbound() {
			acc = v
			continue
		}
		if acc, err = libCall(t, fn, []Value{acc, v}, nil); err != nil {
			return Value{}, err
		}
	}
	if acc.IsUnbound() {
		return Value{}, Errorf(TypeErrorType, "reduce() of empty iterable with no initial value")
	}
	return acc, nil
}

// ---------------------------------------------------------------------------
// partial

// Partial is functools.partial(func, *args, **keywords).
type Partial struct {
	fn     Value
	args   []Value
	kwVals []Value
	kwKeys []string
	dict   *Dict
}

// Type returns functools.partial.
func (*Partial) Type() *Type { return PartialType }

func newPartial(t *Thread, _ *Type, args []Value, kw []string) (Value, error) {
	pos, kwvals := SplitKwargs(args, kw)
	if len(pos) == 0 {
		return Value{}, Errorf(TypeErrorType, "type 'partial' takes at least one argument")
	}
	fn := pos[0]
	p := &Partial{}
	if inner, ok := fn.ref.(*Partial); ok && inner.dict == nil {
		p.args = append(p.args, inner.args...)
		p.kwKeys = append(p.kwKeys, inner.kwKeys...)
		p.kwVals = append(p.kwVals, inner.kwVals...)
		fn = inner.fn
	} else if !IsCallable(fn) {
		if _, ok := fn.ref.(libCaller); !ok {
			return Value{}, Errorf(TypeErrorType, "the first argument must be callable")
		}
	}
	p.fn = fn
	p.args = append(p.args, pos[1:]...)
	p.kwKeys, p.kwVals = ftMergeKw(p.kwKeys, p.kwVals, kw, kwvals)
	return FromObject(p), nil
}

// ftMergeKw is {**a, **b} for keyword arguments: later values win and keys
// keep their first position.
func ftMergeKw(ak []string, av []Value, bk []string, bv []Value) ([]string, []Value) {
	keys := append([]string(nil), ak...)
	vals := append([]Value(nil), av...)
outer:
	for i, k := range bk {
		for j, k2 := range keys {
			if k2 == k {
				vals[j] = bv[i]
				continue outer
			}
		}
		keys = append(keys, k)
		vals = append(vals, bv[i])
	}
	return keys, vals
}

// Call calls func(*args, *call_args, **{**keywords, **call_keywords}).
func (p *Partial) Call(t *Thread, args []Value, kw []string) (Value, error) {
	pos, kwvals := SplitKwargs(args, kw)
	all := make([]Value, 0, len(p.args)+len(args)+len(p.kwVals))
	all = append(all, p.args...)
	all = append(all, pos...)
	keys, vals := p.kwKeys, p.kwVals
	if len(kw) > 0 {
		keys, vals = ftMergeKw(p.kwKeys, p.kwVals, kw, kwvals)
	}
	all = append(all, vals...)
	return libCall(t, p.fn, all, keys)
}

// GetAttr implements Attributer: func, args, keywords and __dict__.
func (p *Partial) GetAttr(t *Thread, name string) (Value, bool, error) {
	switch name {
	case "func":
		return p.fn, true, nil
	case "args":
		return TupleValue(append([]Value(nil), p.args...)...), true, nil
	case "keywords":
		d := NewDict()
		for i, k := range p.kwKeys {
			d.SetStr(k, p.kwVals[i])
		}
		return FromObject(d), true, nil
	case "__dict__":
		if p.dict == nil {
			p.dict = NewDict()
		}
		return FromObject(p.dict), true, nil
	}
	if p.dict != nil {
		if v, ok := p.dict.GetStr(name); ok {
			return v, true, nil
		}
	}
	v, ok := libTypeAttr(FromObject(p), name)
	return v, ok, nil
}

// SetAttr sets an instance attribute.
func (p *Partial) SetAttr(t *Thread, name string, v Value) error {
	switch name {
	case "func", "args", "keywords":
		return Errorf(AttributeErrorType, "readonly attribute")
	}
	if p.dict == nil {
		p.dict = NewDict()
	}
	p.dict.SetStr(name, v)
	return nil
}

// Repr is "functools.partial(<function f at ...>, 1, k=2)".
func (p *Partial) Repr(t *Thread) (string, error) {
	if !t.enterRepr(p) {
		return "...", nil
	}
	defer t.leaveRepr(p)
	var b strings.Builder
	b.WriteString("functools.partial(")
	s, err := Repr(t, p.fn)
	if err != nil {
		return "", err
	}
	b.WriteString(s)
	for _, a := range p.args {
		s, err := Repr(t, a)
		if err != nil {
			return "", err
		}
		b.WriteString(", ")
		b.WriteString(s)
	}
	for i, k := range p.kwKeys {
		s, err := Repr(t, p.kwVals[i])
		if err != nil {
			return "", err
		}
		fmt.Fprintf(&b, ", %s=%s", k, s)
	}
	b.WriteString(")")
	return b.String(), nil
}

// ---------------------------------------------------------------------------
// lru_cache

// LRUWrapper is the callable lru_cache returns (functools._lru_cache_wrapper).
type LRUWrapper struct {
	fn      Value
	maxsize int // -1 for no bound
	typed   bool
	cache   *Dict // key -> result (unbounded) or key -> *lruLink (bounded)
	root    lruLink
	hits    int64
	misses  int64
	kwdMark Value
	dict    *Dict
}

// lruLink is an entry of a bounded cache's recency list; root.next is the
// least recently used.
type lruLink struct {
	prev, next  *lruLink
	key, result Value
}

func (*lruLink) Type() *Type { return ObjectType }

// Type returns functools._lru_cache_wrapper.
func (*LRUWrapper) Type() *Type { return LRUWrapperType }

// NewLRUWrapper wraps fn in a cache of maxsize entries (-1: unbounded).
func NewLRUWrapper(fn Value, maxsize int, typed bool) *LRUWrapper {
	w := &LRUWrapper{fn: fn, maxsize: maxsize, typed: typed, cache: NewDict(), kwdMark: FromObject(&Instance{})}
	w.root.prev, w.root.next = &w.root, &w.root
	return w
}

func ftLRUCache(t *Thread, args []Value, kw []string) (Value, error) {
	a, err := (&libSig{name: "lru_cache", params: []string{"maxsize", "typed"}, ndef: 2}).bind(args, kw)
	if err != nil {
		return Value{}, err
	}
	maxsizeV, typedV := orDefault(a[0], Int(128)), orDefault(a[1], False)
	maxsize := -1
	switch {
	case IsIntLike(maxsizeV):
		n, err := clampIndex(t, maxsizeV)
		if err != nil {
			return Value{}, err
		}
		if n < 0 {
			n = 0
		}
		maxsize = clampInt(n)
	case (IsCallable(maxsizeV) || ftIsCaller(maxsizeV)) && typedV.IsBool():
		w, err := ftNewWrapper(t, maxsizeV, 128, typedV)
		if err != nil {
			return Value{}, err
		}
		return FromObject(w), nil
	case !maxsizeV.IsNone():
		return Value{}, Errorf(TypeErrorType, "Expected first argument to be an integer, a callable, or None")
	}
	return NewBuiltin("decorating_function", func(t *Thread, args []Value, kw []string) (Value, error) {
		a, err := (&libSig{name: "lru_cache.<locals>.decorating_function", params: []string{"user_function"}}).bind(args, kw)
		if err != nil {
			return Value{}, err
		}
		w, err := ftNewWrapper(t, a[0], maxsize, typedV)
		if err != nil {
			return Value{}, err
		}
		return FromObject(w), nil
	}), nil
}

func ftIsCaller(v Value) bool {
	_, ok := v.ref.(libCaller)
	return ok
}

// ftNewWrapper is _lru_cache_wrapper(fn, ...) followed by update_wrapper.
func ftNewWrapper(t *Thread, fn Value, maxsize int, typedV Value) (*LRUWrapper, error) {
	if !IsCallable(fn) && !ftIsCaller(fn) {
		return nil, Errorf(TypeErrorType, "the first argument must be callable")
	}
	typed, err := Truth(t, typedV)
	if err != nil {
		return nil, err
	}
	w := NewLRUWrapper(fn, maxsize, typed)
	if _, err := ftUpdateWrapper(t, []Value{FromObject(w), fn}, nil); err != nil {
		return nil, err
	}
	return w, nil
}

func ftCache(t *Thread, args []Value, kw []string) (Value, error) {
	a, err := (&libSig{name: "cache", params: []string{"user_function"}}).bind(args, kw)
	if err != nil {
		return Value{}, err
	}
	w, err := ftNewWrapper(t, a[0], -1, False)
	if err != nil {
		return Value{}, err
	}
	return FromObject(w), nil
}

// makeKey is _make_key: a lone int or str argument is its own key,
// otherwise a tuple of the arguments, a marker and the keyword items (and
// the argument types when typed).
func (w *LRUWrapper) makeKey(args []Value, kw []string) Value {
	pos, kwvals := SplitKwargs(args, kw)
	if !w.typed && len(kw) == 0 {
		if len(pos) == 1 {
			switch pos[0].ref.(type) {
			case intKind, *BigInt, *Str:
				return pos[0]
			}
		}
		return TupleValue(append([]Value(nil), pos...)...)
	}
	key := append([]Value(nil), pos...)
	if len(kw) > 0 {
		key = append(key, w.kwdMark)
		for i, k := range kw {
			key = append(key, NewStr(k), kwvals[i])
		}
	}
	if w.typed {
		for _, v := range pos {
			key = append(key, FromObject(v.Type()))
		}
		for _, v := range kwvals {
			key = append(key, FromObject(v.Type()))
		}
	}
	return TupleValue(key...)
}

func (w *LRUWrapper) unlink(l *lruLink) {
	l.prev.next = l.next
	l.next.prev = l.prev
}

func (w *LRUWrapper) appendLink(l *lruLink) {
	last := w.root.prev
	last.next = l
	w.root.prev = l
	l.prev = last
	l.next = &w.root
}

// Call looks the arguments up in the cache, calling the function on a miss.
func (w *LRUWrapper) Call(t *Thread, args []Value, kw []string) (Value, error) {
	if w.maxsize == 0 {
		w.misses++
		return libCall(t, w.fn, args, kw)
	}
	key := w.makeKey(args, kw)
	v, ok, err := w.cache.Get(t, key)
	if err != nil {
		return Value{}, err
	}
	if ok {
		w.hits++
		if w.maxsize < 0 {
			return v, nil
		}
		l := v.ref.(*lruLink)
		w.unlink(l)
		w.appendLink(l)
		return l.result, nil
	}
	w.misses++
	result, err := libCall(t, w.fn, append([]Value(nil), args...), kw)
	if err != nil {
		return Value{}, err
	}
	if w.maxsize < 0 {
		return result, w.cache.Set(t, key, result)
	}
	if _, ok, err := w.cache.Get(t, key); err != nil || ok {
		// A recursive call added the key meanwhile.
		return result, err
	}
	if w.cache.Len() < w.maxsize || w.root.next == &w.root {
		l := &lruLink{key: key, result: result}
		if err := w.cache.Set(t, key, FromObject(l)); err != nil {
			return Value{}, err
		}
		w.appendLink(l)
		return result, nil
	}
	// Full: reuse the oldest link for the new entry.
	l := w.root.next
	w.unlink(l)
	if _, _, err := w.cache.Delete(t, l.key); err != nil {
		return Value{}, err
	}
	l.key, l.result = key, result
	if err := w.cache.Set(t, key, FromObject(l)); err != nil {
		return Value{}, err
	}
	w.appendLink(l)
	return result, nil
}

// GetAttr implements Attributer: methods, __wrapped__ and the attributes
// update_wrapper copied.
func (w *LRUWrapper) GetAttr(t *Thread, name string) (Value, bool, error) {
	if name == "__dict__" {
		if w.dict == nil {
			w.dict = NewDict()
		}
		return FromObject(w.dict), true, nil
	}
	if w.dict != nil {
		if v, ok := w.dict.GetStr(name); ok {
			return v, true, nil
		}
	}
	v, ok := libTypeAttr(FromObject(w), name)
	return v, ok, nil
}

// SetAttr sets an attribute (update_wrapper copies __name__ etc.).
func (w *LRUWrapper) SetAttr(t *Thread, name string, v Value) error {
	if w.dict == nil {
		w.dict = NewDict()
	}
	w.dict.SetStr(name, v)
	return nil
}

// Repr is "<functools._lru_cache_wrapper object at 0x...>".
func (w *LRUWrapper) Repr(*Thread) (string, error) {
	return "<functools._lru_cache_wrapper object at " + libAddr(FromObject(w)) + ">", nil
}

func lruSelf(name string, args []Value) (*LRUWrapper, error) {
	w, ok := args[0].ref.(*LRUWrapper)
	if !ok {
		return nil, descriptorError(LRUWrapperType, name, args[0])
	}
	return w, nil
}

func lruCacheInfo(t *Thread, args []Value, kw []string) (Value, error) {
	w, err := lruSelf("cache_info", args)
	if err != nil {
		return Value{}, err
	}
	if err := exactArgs("cache_info", args[1:], kw, 0); err != nil {
		return Value{}, err
	}
	maxsize := None
	if w.maxsize >= 0 {
		maxsize = Int(int64(w.maxsize))
	}
	return FromObject(&CacheInfo{items: []Value{Int(w.hits), Int(w.misses), maxsize, Int(int64(w.cache.Len()))}}), nil
}

func lruCacheClear(t *Thread, args []Value, kw []string) (Value, error) {
	w, err := lruSelf("cache_clear", args)
	if err != nil {
		return Value{}, err
	}
	if err := exactArgs("cache_clear", args[1:], kw, 0); err != nil {
		return Value{}, err
	}
	w.cache.Clear()
	w.root.prev, w.root.next = &w.root, &w.root
	w.hits, w.misses = 0, 0
	return None, nil
}

func lruCacheParameters(t *Thread, args []Value, kw []string) (Value, error) {
	w, err := lruSelf("cache_parameters", args)
	if err != nil {
		return Value{}, err
	}
	if err := exactArgs("cache_parameters", args[1:], kw, 0); err != nil {
		return Value{}, err
	}
	d := NewDict()
	if w.maxsize < 0 {
		d.SetStr("maxsize", None)
	} else {
		d.SetStr("maxsize", Int(int64(w.maxsize)))
	}
	d.SetStr("typed", Bool(w.typed))
	return FromObject(d), nil
}

// CacheInfo is the named tuple cache_info() returns.
type CacheInfo struct{ items []Value }

var cacheInfoFields = []string{"hits", "misses", "maxsize", "currsize"}

// Type returns CacheInfo.
func (*CacheInfo) Type() *Type { return CacheInfoType }

// Repr is "CacheInfo(hits=1, misses=2, maxsize=128, currsize=2)".
func (c *CacheInfo) Repr(t *Thread) (string, error) {
	var b strings.Builder
	b.WriteString("CacheInfo(")
	for i, v := range c.items {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := Repr(t, v)
		if err != nil {
			return "", err
		}
		b.WriteString(cacheInfoFields[i] + "=" + s)
	}
	b.WriteString(")")
	return b.String(), nil
}

// GetAttr implements Attributer: the field names.
func (c *CacheInfo) GetAttr(t *Thread, name string) (Value, bool, error) {
	for i, f := range cacheInfoFields {
		if f == name {
			return c.items[i], true, nil
		}
	}
	v, ok := libTypeAttr(FromObject(c), name)
	return v, ok, nil
}

// Len is 4.
func (c *CacheInfo) Len(*Thread) (int, error) { return len(c.items), nil }

// GetItem indexes the tuple.
func (c *CacheInfo) GetItem(t *Thread, key Value) (Value, error) {
	return GetItem(t, TupleValue(c.items...), key)
}

// Iter iterates over the fields.
func (c *CacheInfo) Iter(*Thread) (Iterator, error) {
	return &SeqIter{Items: c.items, T: TupleIterType}, nil
}

// RichCompare compares as a tuple.
func (c *CacheInfo) RichCompare(t *Thread, op CompareOp, other Value) (Value, bool, error) {
	var o []Value
	switch x := other.ref.(type) {
	case *CacheInfo:
		o = x.items
	case *Tuple:
		o = x.Items
	default:
		return Value{}, false, nil
	}
	r, err := Compare(t, op, TupleValue(c.items...), TupleValue(o...))
	return r, true, err
}

// ---------------------------------------------------------------------------
// cmp_to_key

// KeyWrapper is a key made by cmp_to_key(mycmp): calling the function
// returned by cmp_to_key wraps an object, and wrapped objects compare by
// calling mycmp.
type KeyWrapper struct {
	cmp Value
	obj Value // unbound for the factory itself
}

// Type returns functools.KeyWrapper.
func (*KeyWrapper) Type() *Type { return KeyWrapperType }

func ftCmpToKey(t *Thread, args []Value, kw []string) (Value, error) {
	a, err := (&kwSpec{fname: "cmp_to_key", names: []string{"mycmp"}, minPos: 1, maxPos: 1}).unpack(args, kw)
	if err != nil {
		return Value{}, err
	}
	return FromObject(&KeyWrapper{cmp: a[0]}), nil
}

// Call wraps an object: K(obj).
func (k *KeyWrapper) Call(t *Thread, args []Value, kw []string) (Value, error) {
	a, err := (&kwSpec{fname: "K", names: []string{"obj"}, minPos: 1, maxPos: 1}).unpack(args, kw)
	if err != nil {
		return Value{}, err
	}
	return FromObject(&KeyWrapper{cmp: k.cmp, obj: a[0]}), nil
}

// RichCompare is mycmp(self.obj, other.obj) op 0.
func (k *KeyWrapper) RichCompare(t *Thread, op CompareOp, other Value) (Value, bool, error) {
	o, ok := other.ref.(*KeyWrapper)
	if !ok || o.obj.IsUnbound() || k.obj.IsUnbound() {
		return Value{}, true, Errorf(TypeErrorType, "other argument must be K instance")
	}
	r, err := libCall(t, k.cmp, []Value{k.obj, o.obj}, nil)
	if err != nil {
		return Value{}, true, err
	}
	res, err := libRichCompare(t, op, r, Int(0))
	return res, true, err
}

// GetAttr implements Attributer: obj.
func (k *KeyWrapper) GetAttr(t *Thread, name string) (Value, bool, error) {
	if name == "obj" {
		if k.obj.IsUnbound() {
			return Value{}, false, Errorf(AttributeErrorType, "obj")
		}
		return k.obj, true, nil
	}
	v, ok := libTypeAttr(FromObject(k), name)
	return v, ok, nil
}

// Hash is None in CPython: keys are unhashable.
func (k *KeyWrapper) Hash(*Thread) (int64, error) {
	return 0, Errorf(TypeErrorType, "unhashable type: 'functools.KeyWrapper'")
}

// ---------------------------------------------------------------------------
// update_wrapper and wraps

var ftWrapperAssignments = []string{"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}

var ftUpdateWrapperSig = libSig{name: "update_wrapper", params: []string{"wrapper", "wrapped", "assigned", "updated"}, ndef: 2}

func ftUpdateWrapper(t *Thread, args []Value, kw []string) (Value, error) {
	a, err := ftUpdateWrapperSig.bind(args, kw)
	if err != nil {
		return Value{}, err
	}
	return ftUpdate(t, a[0], a[1], a[2], a[3])
}

// ftUpdate is functools.update_wrapper; assigned and updated are unbound
// for the defaults.
func ftUpdate(t *Thread, wrapper, wrapped, assigned, updated Value) (Value, error) {
	names := ftWrapperAssignments
	if given(assigned) {
		vs, err := libCollect(t, assigned)
		if err != nil {
			return Value{}, err
		}
		names = nil
		for _, v := range vs {
			s, err := attrName(v)
			if err != nil {
				return Value{}, err
			}
			names = append(names, s)
		}
	}
	for _, n := range names {
		v, err := GetAttr(t, wrapped, n)
		if err != nil {
			if AsException(err).IsInstance(AttributeErrorType) {
				continue
			}
			return Value{}, err
		}
		if err := SetAttr(t, wrapper, n, v); err != nil {
			return Value{}, err
		}
	}
	upd := []string{"__dict__"}
	if given(updated) {
		vs, err := libCollect(t, updated)
		if err != nil {
			return Value{}, err
		}
		upd = nil
		for _, v := range vs {
			s, err := attrName(v)
			if err != nil {
				return Value{}, err
			}
			upd = append(upd, s)
		}
	}
	for _, n := range upd {
		dst, err := GetAttr(t, wrapper, n)
		if err != nil {
			return Value{}, err
		}
		src, err := GetAttr(t, wrapped, n)
		if err != nil {
			if !AsException(err).IsInstance(AttributeErrorType) {
				return Value{}, err
			}
			continue
		}
		dd, ok1 := dst.ref.(*Dict)
		sd, ok2 := src.ref.(*Dict)
		if !ok1 || !ok2 {
			continue
		}
		var serr error
		sd.Items(func(k, v Value) bool {
			serr = dd.Set(t, k, v)
			return serr == nil
		})
		if serr != nil {
			return Value{}, serr
		}
	}
	if err := SetAttr(t, wrapper, "__wrapped__", wrapped); err != nil {
		return Value{}, err
	}
	return wrapper, nil
}

var ftWrapsSig = libSig{name: "wraps", params: []string{"wrapped", "assigned", "updated"}, ndef: 2}

// ftWraps is functools.wraps: a decorator applying update_wrapper. (CPython
// returns a partial of update_wrapper; this returns a builtin.)
func ftWraps(t *Thread, args []Value, kw []string) (Value, error) {
	a, err := ftWrapsSig.bind(args, kw)
	if err != nil {
		return Value{}, err
	}
	wrapped, assigned, updated := a[0], a[1], a[2]
	return NewBuiltin("update_wrapper", func(t *Thread, args []Value, kw []string) (Value, error) {
		b, err := (&libSig{name: "update_wrapper", params: []string{"wrapper"}}).bind(args, kw)
		if err != nil {
			return Value{}, err
		}
		return ftUpdate(t, b[0], wrapped, assigned, updated)
	}), nil
}
