package runtime

import (
	"sort"
	"strings"
)

// defaultdict, OrderedDict and Counter: library classes (libclass.go)
// derived from dict. Their instances are *Instance values extending a
// *Dict (Instance.base), as instances of any class derived from dict are,
// so every dict operation and method works on them unchanged and
// isinstance(x, dict) holds; the classes add or override the methods
// below. defaultdict and OrderedDict are C types in CPython: their Name
// is the tp_name ("collections.defaultdict") that error messages show,
// and __name__ is its last component. Counter is a Python class there.
//
// OrderedDict keeps its order in the dict it extends: a Dict is already
// insertion-ordered, move_to_end deletes and re-inserts, and
// popitem(last=False) removes the first entry.

// Views of OrderedDicts (their reprs say odict_keys([...])).
var (
	odictKeysType   = NewType("odict_keys", DictKeysType)
	odictValuesType = NewType("odict_values", DictValuesType)
	odictItemsType  = NewType("odict_items", DictItemsType)
)

// dictOf returns the dict v is or extends.
func dictOf(v Value) (*Dict, bool) {
	if d, ok := v.ref.(*Dict); ok {
		return d, true
	}
	return instanceDict(v)
}

// shortTypeName is _PyType_Name: the type's name without its module.
func shortTypeName(t *Type) string {
	return t.Name[strings.LastIndexByte(t.Name, '.')+1:]
}

// libDictSelf checks that a method of a dict-derived library class got an
// instance extending a dict.
func libDictSelf(name string, args []Value) (*Instance, *Dict, error) {
	if o, ok := args[0].ref.(*Instance); ok {
		if d, ok := o.base.ref.(*Dict); ok {
			return o, d, nil
		}
	}
	return nil, nil, Errorf(TypeErrorType, "descriptor '%s' requires a 'dict' object but received a '%s'", name, args[0].TypeName())
}

// ---------------------------------------------------------------------------
// defaultdict

func newDefaultDictClass(t *Thread) *Type {
	factory := func(o *Instance) Value {
		if v, ok := o.getOwn("default_factory"); ok {
			return v
		}
		return None
	}
	// remake is type(dd)(dd.default_factory, arg), which copy() and |
	// use (CPython's new_defdict).
	remake := func(t *Thread, o *Instance, arg Value) (Value, error) {
		return Call(t, FromObject(o.Type()), []Value{factory(o), arg}, nil)
	}
	or := func(t *Thread, args []Value, reflected bool) (Value, error) {
		o, _, err := libDictSelf("__or__", args)
		if err != nil {
			return Value{}, err
		}
		if err := exactArgs("__or__", args[1:], nil, 1); err != nil {
			return Value{}, err
		}
		if _, ok := dictOf(args[1]); !ok {
			return NotImplemented, nil
		}
		left, right := args[0], args[1]
		if reflected {
			left, right = right, left
		}
		r, err := remake(t, o, left)
		if err != nil {
			return Value{}, err
		}
		rd, ok := dictOf(r)
		if !ok {
			return r, nil
		}
		return r, dictMerge(t, rd, right)
	}
	methods := map[string]BuiltinFunc{
		"__init__": func(t *Thread, args []Value, kw []string) (Value, error) {
			o, d, err := libDictSelf("__init__", args)
			if err != nil {
				return Value{}, err
			}
			rest := args[1:]
			f := None
			if len(rest)-len(kw) > 0 {
				f, rest = rest[0], rest[1:]
				if !f.IsNone() && !IsCallable(f) {
					return Value{}, Errorf(TypeErrorType, "first argument must be callable or None")
				}
			}
			o.setOwn("default_factory", f)
			return None, dictUpdate(t, "dict", d, rest, kw)
		},
		"__missing__": func(t *Thread, args []Value, kw []string) (Value, error) {
			o, _, err := libDictSelf("__missing__", args)
			if err != nil {
				return Value{}, err
			}
			if len(kw) > 0 || len(args) != 2 {
				return Value{}, Errorf(TypeErrorType, "defaultdict.__missing__() takes exactly one argument (%d given)", len(args)-1)
			}
			f := factory(o)
			if f.IsNone() {
				return Value{}, NewException(KeyErrorType, args[1])
			}
			v, err := Call(t, f, nil, nil)
			if err != nil {
				return Value{}, err
			}
			return v, SetItem(t, args[0], args[1], v)
		},
		"__repr__": func(t *Thread, args []Value, kw []string) (Value, error) {
			o, d, err := libDictSelf("__repr__", args)
			if err != nil {
				return Value{}, err
			}
			f := factory(o)
			fr := "None"
			if !f.IsNone() {
				if !t.enterRepr(f.ref) {
					fr = "..."
				} else {
					fr, err = Repr(t, f)
					t.leaveRepr(f.ref)
					if err != nil {
						return Value{}, err
					}
				}
			}
			dr, err := Repr(t, FromObject(d))
			if err != nil {
				return Value{}, err
			}
			return NewStr(shortTypeName(o.Type()) + "(" + fr + ", " + dr + ")"), nil
		},
		"copy": func(t *Thread, args []Value, kw []string) (Value, error) {
			o, _, err := libDictSelf("copy", args)
			if err != nil {
				return Value{}, err
			}
			if err := exactArgs("defaultdict.copy", args[1:], kw, 0); err != nil {
				return Value{}, err
			}
			return remake(t, o, args[0])
		},
		"__or__": func(t *Thread, args []Value, kw []string) (Value, error) {
			return or(t, args, false)
		},
		"__ror__": func(t *Thread, args []Value, kw []string) (Value, error) {
			return or(t, args, true)
		},
		"__ior__": dictInplaceOr,
	}
	methods["__copy__"] = methods["copy"]
	cls := mustLibClass(t, "collections.defaultdict", "collections", []*Type{DictType}, nil, methods, map[string]Value{
		"__slots__": TupleValue(NewStr("default_factory")),
		"fromkeys":  libClassMethod("fromkeys", libFromKeys),
		"__doc__":   NewStr("defaultdict(default_factory=None, /, [...]) --> dict with default factory"),
		// __new__ gives default_factory its initial None even when a
		// subclass's __init__ does not call defaultdict.__init__.
		"__new__": libStaticMethod("__new__", func(t *Thread, args []Value, kw []string) (Value, error) {
			cls, ok := args[0].ref.(*Type)
			if !ok {
				return Value{}, Errorf(TypeErrorType, "defaultdict.__new__(X): X is not a type object (%s)", args[0].TypeName())
			}
			v, err := allocate(t, cls, nil, nil)
			if err != nil {
				return Value{}, err
			}
			if o, ok := v.ref.(*Instance); ok {
				o.setOwn("default_factory", None)
			}
			return v, nil
		}),
	})
	return cls
}

// dictInplaceOr is d |= other for the dict-derived library classes: the
// dict update, in place.
func dictInplaceOr(t *Thread, args []Value, kw []string) (Value, error) {
	_, d, err := libDictSelf("__ior__", args)
	if err != nil {
		return Value{}, err
	}
	if err := exactArgs("__ior__", args[1:], kw, 1); err != nil {
		return Value{}, err
	}
	return args[0], dictMerge(t, d, args[1])
}

// ---------------------------------------------------------------------------
// OrderedDict

var (
	odictMoveSpec    = kwSpec{fname: "move_to_end", names: []string{"key", "last"}, minPos: 1, maxPos: 2}
	odictPopitemSpec = kwSpec{fname: "popitem", names: []string{"last"}, maxPos: 1}
)

// odictUpdate is the update of OrderedDict.__init__, update and |=
// (mutablemapping_update_arg): items are stored with self[k] = v.
func odictUpdate(t *Thread, self, other Value) error {
	if ok, err := eachMappingItem(t, other, func(k, v Value) error { return SetItem(t, self, k, v) }); ok || err != nil {
		return err
	}
	pairs := other
	if items, ok, err := LookupAttr(t, other, "items"); err != nil {
		return err
	} else if ok {
		if pairs, err = Call(t, items, nil, nil); err != nil {
			return err
		}
	}
	it, err := GetIterSpecial(t, pairs)
	if err != nil {
		return err
	}
	for {
		pair, ok, err := it.Next(t)
		if err != nil || !ok {
			return err
		}
		pit, err := GetIterSpecial(t, pair)
		if err != nil {
			return err
		}
		var kv [2]Value
		for i := 0; i < 3; i++ {
			x, ok, err := pit.Next(t)
			if err != nil {
				return err
			}
			if !ok {
				if i < 2 {
					return Errorf(ValueErrorType, "need more than %d value%s to unpack", i, plural(i))
				}
				break
			}
			if i == 2 {
				return Errorf(ValueErrorType, "too many values to unpack (expected 2)")
			}
			kv[i] = x
		}
		if err := SetItem(t, self, kv[0], kv[1]); err != nil {
			return err
		}
	}
}

// odictUpdateArgs is OrderedDict.update(self, [other], **kw).
func odictUpdateArgs(t *Thread, args []Value, kw []string, tooMany func(n int) error) error {
	self := args[0]
	pos, kwvals := SplitKwargs(args[1:], kw)
	if len(pos) > 1 {
		return tooMany(len(pos))
	}
	if len(pos) == 1 {
		if err := odictUpdate(t, self, pos[0]); err != nil {
			return err
		}
	}
	for i, k := range kw {
		if err := SetItem(t, self, NewStr(k), kwvals[i]); err != nil {
			return err
		}
	}
	return nil
}

func newOrderedDictClass(t *Thread) *Type {
	var cls *Type
	view := func(name string, kind DictIterKind, typ *Type) BuiltinFunc {
		return func(t *Thread, args []Value, kw []string) (Value, error) {
			_, d, err := libDictSelf(name, args)
			if err != nil {
				return Value{}, err
			}
			if err := exactArgs("OrderedDict."+name, args[1:], kw, 0); err != nil {
				return Value{}, err
			}
			return FromObject(&DictView{D: d, Kind: kind, T: typ}), nil
		}
	}
	or := func(t *Thread, args []Value, reflected bool) (Value, error) {
		if _, _, err := libDictSelf("__or__", args); err != nil {
			return Value{}, err
		}
		if err := exactArgs("__or__", args[1:], nil, 1); err != nil {
			return Value{}, err
		}
		if _, ok := dictOf(args[1]); !ok {
			return NotImplemented, nil
		}
		left, right := args[0], args[1]
		if reflected {
			left, right = right, left
		}
		r, err := Call(t, FromObject(args[0].Type()), []Value{left}, nil)
		if err != nil {
			return Value{}, err
		}
		return r, odictUpdate(t, r, right)
	}
	methods := map[string]BuiltinFunc{
		"__init__": func(t *Thread, args []Value, kw []string) (Value, error) {
			if _, _, err := libDictSelf("__init__", args); err != nil {
				return Value{}, err
			}
			return None, odictUpdateArgs(t, args, kw, func(n int) error {
				return Errorf(TypeErrorType, "expected at most 1 arguments, got %d", n)
			})
		},
		"update": func(t *Thread, args []Value, kw []string) (Value, error) {
			if _, _, err := libDictSelf("update", args); err != nil {
				return Value{}, err
			}
			return None, odictUpdateArgs(t, args, kw, func(n int) error {
				return Errorf(TypeErrorType, "update expected at most 1 argument, got %d", n)
			})
		},
		"move_to_end": func(t *Thread, args []Value, kw []string) (Value, error) {
			_, d, err := libDictSelf("move_to_end", args)
			if err != nil {
				return Value{}, err
			}
			a, err := odictMoveSpec.unpack(args[1:], kw)
			if err != nil {
				return Value{}, err
			}
			last := true
			if given(a[1]) {
				if last, err = Truth(t, a[1]); err != nil {
					return Value{}, err
				}
			}
			return None, odictMoveToEnd(t, d, a[0], last)
		},
		"popitem": func(t *Thread, args []Value, kw []string) (Value, error) {
			_, d, err := libDictSelf("popitem", args)
			if err != nil {
				return Value{}, err
			}
			a, err := odictPopitemSpec.unpack(args[1:], kw)
			if err != nil {
				return Value{}, err
			}
			last := true
			if given(a[0]) {
				if last, err = Truth(t, a[0]); err != nil {
					return Value{}, err
				}
			}
			keys := d.Keys()
			if len(keys) == 0 {
				return Value{}, NewException(KeyErrorType, NewStr("dictionary is empty"))
			}
			k := keys[0]
			if last {
				k = keys[len(keys)-1]
			}
			v, _, err := d.Delete(t, k)
			if err != nil {
				return Value{}, err
			}
			return TupleValue(k, v), nil
		},
		"__eq__": func(t *Thread, args []Value, kw []string) (Value, error) {
			_, d, err := libDictSelf("__eq__", args)
			if err != nil {
				return Value{}, err
			}
			if err := exactArgs("__eq__", args[1:], kw, 1); err != nil {
				return Value{}, err
			}
			od, ok := dictOf(args[1])
			if !ok {
				return NotImplemented, nil
			}
			eq, err := d.Equal(t, od)
			if err != nil || !eq {
				return Bool(eq), err
			}
			if !args[1].Type().IsSubtype(cls) {
				return True, nil
			}
			// Two OrderedDicts are equal only with their keys in the same order.
			ka, kb := d.Keys(), od.Keys()
			for i := range ka {
				if eq, err := libEqual(t, ka[i], kb[i]); err != nil || !eq {
					return False, err
				}
			}
			return True, nil
		},
		"__repr__": func(t *Thread, args []Value, kw []string) (Value, error) {
			o, d, err := libDictSelf("__repr__", args)
			if err != nil {
				return Value{}, err
			}
			name := shortTypeName(o.Type())
			if d.Len() == 0 {
				return NewStr(name + "()"), nil
			}
			if !t.enterRepr(o) {
				return NewStr("..."), nil
			}
			defer t.leaveRepr(o)
			var items []Value
			for _, k := range d.Keys() {
				v, err := GetItem(t, args[0], k)
				if err != nil {
					return Value{}, err
				}
				items = append(items, TupleValue(k, v))
			}
			r, err := Repr(t, NewList(items))
			if err != nil {
				return Value{}, err
			}
			return NewStr(name + "(" + r + ")"), nil
		},
		"__reversed__": func(t *Thread, args []Value, kw []string) (Value, error) {
			_, d, err := libDictSelf("__reversed__", args)
			if err != nil {
				return Value{}, err
			}
			it, err := Reversed(t, FromObject(d))
			return FromObject(it), err
		},
		"copy": func(t *Thread, args []Value, kw []string) (Value, error) {
			_, d, err := libDictSelf("copy", args)
			if err != nil {
				return Value{}, err
			}
			if err := exactArgs("OrderedDict.copy", args[1:], kw, 0); err != nil {
				return Value{}, err
			}
			r, err := Call(t, FromObject(args[0].Type()), nil, nil)
			if err != nil {
				return Value{}, err
			}
			for _, k := range d.Keys() {
				v, err := GetItem(t, args[0], k)
				if err != nil {
					return Value{}, err
				}
				if err := SetItem(t, r, k, v); err != nil {
					return Value{}, err
				}
			}
			return r, nil
		},
		"keys":   view("keys", DictIterKeys, odictKeysType),
		"values": view("values", DictIterValues, odictValuesType),
		"items":  view("items", DictIterItems, odictItemsType),
		"__or__": func(t *Thread, args []Value, kw []string) (Value, error) {
			return or(t, args, false)
		},
		"__ror__": func(t *Thread, args []Value, kw []string) (Value, error) {
			return or(t, args, true)
		},
		"__ior__": func(t *Thread, args []Value, kw []string) (Value, error) {
			if _, _, err := libDictSelf("__ior__", args); err != nil {
				return Value{}, err
			}
			if err := exactArgs("__ior__", args[1:], kw, 1); err != nil {
				return Value{}, err
			}
			return args[0], odictUpdate(t, args[0], args[1])
		},
	}
	cls = mustLibClass(t, "collections.OrderedDict", "collections", []*Type{DictType}, nil, methods, map[string]Value{
		"__doc__":  NewStr("Dictionary that remembers insertion order"),
		"fromkeys": libClassMethod("fromkeys", libFromKeys),
	})
	return cls
}

// libFromKeys is dict.fromkeys(iterable, value=None) as a class method of
// a dict-derived library class: cls(), then self[key] = value.
func libFromKeys(t *Thread, args []Value, kw []string) (Value, error) {
	if err := positional("fromkeys", "fromkeys", args[1:], kw, 1, 2); err != nil {
		return Value{}, err
	}
	val := None
	if len(args) == 3 {
		val = args[2]
	}
	r, err := Call(t, args[0], nil, nil)
	if err != nil {
		return Value{}, err
	}
	keys, err := collectSpecial(t, args[1])
	if err != nil {
		return Value{}, err
	}
	for _, k := range keys {
		if err := SetItem(t, r, k, val); err != nil {
			return Value{}, err
		}
	}
	return r, nil
}

// odictMoveToEnd moves key to the end (or the start) of the order.
func odictMoveToEnd(t *Thread, d *Dict, key Value, last bool) error {
	v, ok, err := d.Delete(t, key)
	if err != nil {
		return err
	}
	if !ok {
		return NewException(KeyErrorType, key)
	}
	if last {
		return d.Set(t, key, v)
	}
	rest := make([]dictEntry, 0, d.used)
	for _, e := range d.entries {
		if !e.key.IsUnbound() {
			rest = append(rest, e)
		}
	}
	d.Clear()
	if err := d.Set(t, key, v); err != nil {
		return err
	}
	for _, e := range rest {
		if err := d.Set(t, e.key, e.val); err != nil {
			return err
		}
	}
	return nil
}

// ---------------------------------------------------------------------------
// Counter

var counterDoc = NewStr("Dict subclass for counting hashable items.  Sometimes called a bag\nor multiset.  Elements are stored as dictionary keys and their counts\nare stored as dictionary values.")

func newCounterClass(t *Thread) *Type {
	var cls *Type
	isCounter := func(v Value) bool { return v.Type().IsSubtype(cls) }
	// get is self[elem] (0 when missing, through __missing__).
	get := func(t *Thread, self, elem Value) (Value, error) { return GetItem(t, self, elem) }
	// selfGet is self.get(elem, 0): the dict's value, no __missing__.
	selfGet := func(t *Thread, d *Dict, elem Value) (Value, error) {
		v, ok, err := d.Get(t, elem)
		if err != nil || ok {
			return v, err
		}
		return Int(0), nil
	}
	newCounter := func(t *Thread) (Value, *Dict, error) {
		r, err := Call(t, FromObject(cls), nil, nil)
		if err != nil {
			return Value{}, nil, err
		}
		d, _ := instanceDict(r)
		return r, d, nil
	}
	sig := func(name string, params ...string) *pySig {
		return &pySig{qual: "Counter." + name, names: append([]string{"self"}, params...)}
	}
	updSig := func(name string) *pySig {
		return &pySig{qual: "Counter." + name, names: []string{"self", "iterable"}, posOnly: 2, defaults: []Value{None}, varKw: true}
	}
	var update, subtract func(t *Thread, self Value, d *Dict, iterable Value, kw []string, kwvals []Value) error
	update = func(t *Thread, self Value, d *Dict, iterable Value, kw []string, kwvals []Value) error {
		if !iterable.IsNone() {
			if od, ok := dictOf(iterable); ok {
				if d.Len() > 0 {
					for _, k := range od.Keys() {
						count, _, _ := od.Get(t, k)
						old, err := selfGet(t, d, k)
						if err != nil {
							return err
						}
						nv, err := Binary(t, OpAdd, count, old, false)
						if err != nil {
							return err
						}
						if err := SetItem(t, self, k, nv); err != nil {
							return err
						}
					}
				} else if err := dictMerge(t, d, iterable); err != nil {
					return err
				}
			} else if err := counterCount(t, self, d, iterable, OpAdd); err != nil {
				return err
			}
		}
		if len(kw) > 0 {
			kd := NewDict()
			for i, k := range kw {
				kd.SetStr(k, kwvals[i])
			}
			return update(t, self, d, FromObject(kd), nil, nil)
		}
		return nil
	}
	subtract = func(t *Thread, self Value, d *Dict, iterable Value, kw []string, kwvals []Value) error {
		if !iterable.IsNone() {
			if od, ok := dictOf(iterable); ok {
				for _, k := range od.Keys() {
					count, _, _ := od.Get(t, k)
					old, err := selfGet(t, d, k)
					if err != nil {
						return err
					}
					nv, err := Binary(t, OpSub, old, count, false)
					if err != nil {
						return err
					}
					if err := SetItem(t, self, k, nv); err != nil {
						return err
					}
				}
			} else if err := counterCount(t, self, d, iterable, OpSub); err != nil {
				return err
			}
		}
		if len(kw) > 0 {
			kd := NewDict()
			for i, k := range kw {
				kd.SetStr(k, kwvals[i])
			}
			return subtract(t, self, d, FromObject(kd), nil, nil)
		}
		return nil
	}
	updater := func(name string, f func(t *Thread, self Value, d *Dict, iterable Value, kw []string, kwvals []Value) error) BuiltinFunc {
		s := updSig(name)
		return func(t *Thread, args []Value, kw []string) (Value, error) {
			vals, ekw, evals, err := s.bind(args, kw)
			if err != nil {
				return Value{}, err
			}
			_, d, err := libDictSelf(name, args)
			if err != nil {
				return Value{}, err
			}
			return None, f(t, args[0], d, vals[1], ekw, evals)
		}
	}
	// binop builds the Counter results of + - | &: keep(elem, count,
	// other[elem]) gives the new count or unbound to leave elem out;
	// extra, if set, handles the elements only other has.
	binop := func(name string, keep func(t *Thread, count, other Value) (Value, error), extra func(t *Thread, count Value) (Value, error)) BuiltinFunc {
		s := sig(name, "other")
		return func(t *Thread, args []Value, kw []string) (Value, error) {
			if _, err := s.unpack(args, kw); err != nil {
				return Value{}, err
			}
			if !isCounter(args[1]) {
				return NotImplemented, nil
			}
			_, d, err := libDictSelf(name, args)
			if err != nil {
				return Value{}, err
			}
			od, _ := instanceDict(args[1])
			r, rd, err := newCounter(t)
			if err != nil {
				return Value{}, err
			}
			for _, k := range d.Keys() {
				count, _, _ := d.Get(t, k)
				other, err := get(t, args[1], k)
				if err != nil {
					return Value{}, err
				}
				nv, err := keep(t, count, other)
				if err != nil {
					return Value{}, err
				}
				if !nv.IsUnbound() {
					if err := rd.Set(t, k, nv); err != nil {
						return Value{}, err
					}
				}
			}
			if extra != nil && od != nil {
				for _, k := range od.Keys() {
					if _, in, err := d.Get(t, k); err != nil || in {
						if err != nil {
							return Value{}, err
						}
						continue
					}
					count, _, _ := od.Get(t, k)
					nv, err := extra(t, count)
					if err != nil {
						return Value{}, err
					}
					if !nv.IsUnbound() {
						if err := rd.Set(t, k, nv); err != nil {
							return Value{}, err
						}
					}
				}
			}
			return r, nil
		}
	}
	positive := func(t *Thread, v Value) (Value, error) {
		if ok, err := compareBool(t, CmpGT, v, Int(0)); err != nil || !ok {
			return Value{}, err
		}
		return v, nil
	}
	// unary builds +c and -c: the counts f maps to positive values.
	unary := func(name string, neg bool) BuiltinFunc {
		return func(t *Thread, args []Value, kw []string) (Value, error) {
			_, d, err := libDictSelf(name, args)
			if err != nil {
				return Value{}, err
			}
			r, rd, err := newCounter(t)
			if err != nil {
				return Value{}, err
			}
			for _, k := range d.Keys() {
				count, _, _ := d.Get(t, k)
				op := CmpGT
				if neg {
					op = CmpLT
				}
				ok, err := compareBool(t, op, count, Int(0))
				if err != nil {
					return Value{}, err
				}
				if !ok {
					continue
				}
				if neg {
					if count, err = Binary(t, OpSub, Int(0), count, false); err != nil {
						return Value{}, err
					}
				}
				if err := rd.Set(t, k, count); err != nil {
					return Value{}, err
				}
			}
			return r, nil
		}
	}
	// keepPositive drops the elements whose count is not > 0.
	keepPositive := func(t *Thread, self Value, d *Dict) (Value, error) {
		var drop []Value
		for _, k := range d.Keys() {
			count, _, _ := d.Get(t, k)
			ok, err := compareBool(t, CmpGT, count, Int(0))
			if err != nil {
				return Value{}, err
			}
			if !ok {
				drop = append(drop, k)
			}
		}
		for _, k := range drop {
			if err := DelItem(t, self, k); err != nil {
				return Value{}, err
			}
		}
		return self, nil
	}
	// inplace builds += -= |= &=: step updates self from one element of
	// other (of self, for &=).
	inplace := func(name string, step func(t *Thread, self, other, elem, count Value) error, overSelf bool) BuiltinFunc {
		s := sig(name, "other")
		return func(t *Thread, args []Value, kw []string) (Value, error) {
			if _, err := s.unpack(args, kw); err != nil {
				return Value{}, err
			}
			_, d, err := libDictSelf(name, args)
			if err != nil {
				return Value{}, err
			}
			src := args[1]
			if overSelf {
				src = args[0]
			}
			pairs, err := dictItems(t, src)
			if err != nil {
				return Value{}, err
			}
			for _, p := range pairs {
				if err := step(t, args[0], args[1], p[0], p[1]); err != nil {
					return Value{}, err
				}
			}
			return keepPositive(t, args[0], d)
		}
	}
	// compare builds the comparisons: all counts compare with op, missing
	// counts being zero; < and > also need the counters to differ.
	compare := func(name string, op CompareOp) BuiltinFunc {
		s := sig(name, "other")
		var all func(t *Thread, a, b Value, op CompareOp) (bool, error)
		all = func(t *Thread, a, b Value, op CompareOp) (bool, error) {
			for _, c := range []Value{a, b} {
				d, _ := instanceDict(c)
				for _, e := range d.Keys() {
					x, err := get(t, a, e)
					if err != nil {
						return false, err
					}
					y, err := get(t, b, e)
					if err != nil {
						return false, err
					}
					ok, err := compareBool(t, op, x, y)
					if err != nil || !ok {
						return false, err
					}
				}
			}
			return true, nil
		}
		return func(t *Thread, args []Value, kw []string) (Value, error) {
			if _, err := s.unpack(args, kw); err != nil {
				return Value{}, err
			}
			if !isCounter(args[1]) {
				return NotImplemented, nil
			}
			self, other := args[0], args[1]
			switch op {
			case CmpNE:
				eq, err := all(t, self, other, CmpEQ)
				return Bool(!eq), err
			case CmpLT, CmpGT:
				weak := CmpLE
				if op == CmpGT {
					weak = CmpGE
				}
				if ok, err := all(t, self, other, weak); err != nil || !ok {
					return False, err
				}
				eq, err := all(t, self, other, CmpEQ)
				return Bool(!eq), err
			}
			ok, err := all(t, self, other, op)
			return Bool(ok), err
		}
	}
	methods := map[string]BuiltinFunc{
		"__init__": updater("__init__", update),
		"update":   updater("update", update),
		"subtract": updater("subtract", subtract),
		"__missing__": func(t *Thread, args []Value, kw []string) (Value, error) {
			if _, err := sig("__missing__", "key").unpack(args, kw); err != nil {
				return Value{}, err
			}
			return Int(0), nil
		},
		"total": func(t *Thread, args []Value, kw []string) (Value, error) {
			if _, err := sig("total").unpack(args, kw); err != nil {
				return Value{}, err
			}
			_, d, err := libDictSelf("total", args)
			if err != nil {
				return Value{}, err
			}
			sum := Int(0)
			for _, k := range d.Keys() {
				v, _, _ := d.Get(t, k)
				if sum, err = Binary(t, OpAdd, sum, v, false); err != nil {
					return Value{}, err
				}
			}
			return sum, nil
		},
		"most_common": func(t *Thread, args []Value, kw []string) (Value, error) {
			vals, err := (&pySig{qual: "Counter.most_common", names: []string{"self", "n"}, defaults: []Value{None}}).unpack(args, kw)
			if err != nil {
				return Value{}, err
			}
			_, d, err := libDictSelf("most_common", args)
			if err != nil {
				return Value{}, err
			}
			items, err := counterMostCommon(t, d, vals[1])
			if err != nil {
				return Value{}, err
			}
			return NewList(items), nil
		},
		"elements": func(t *Thread, args []Value, kw []string) (Value, error) {
			if _, err := sig("elements").unpack(args, kw); err != nil {
				return Value{}, err
			}
			_, d, err := libDictSelf("elements", args)
			if err != nil {
				return Value{}, err
			}
			pairs, err := dictItems(t, FromObject(d))
			if err != nil {
				return Value{}, err
			}
			return FromObject(&counterElements{pairs: pairs}), nil
		},
		"copy": func(t *Thread, args []Value, kw []string) (Value, error) {
			if _, err := sig("copy").unpack(args, kw); err != nil {
				return Value{}, err
			}
			return Call(t, FromObject(args[0].Type()), []Value{args[0]}, nil)
		},
		"__delitem__": func(t *Thread, args []Value, kw []string) (Value, error) {
			if _, err := sig("__delitem__", "elem").unpack(args, kw); err != nil {
				return Value{}, err
			}
			_, d, err := libDictSelf("__delitem__", args)
			if err != nil {
				return Value{}, err
			}
			_, _, err = d.Delete(t, args[1])
			return None, err
		},
		"__repr__": func(t *Thread, args []Value, kw []string) (Value, error) {
			o, d, err := libDictSelf("__repr__", args)
			if err != nil {
				return Value{}, err
			}
			name := shortTypeName(o.Type())
			if d.Len() == 0 {
				return NewStr(name + "()"), nil
			}
			shown := d
			items, err := counterMostCommon(t, d, None)
			if err == nil {
				shown = NewDict()
				for _, it := range items {
					p := it.ref.(*Tuple).Items
					if err := shown.Set(t, p[0], p[1]); err != nil {
						return Value{}, err
					}
				}
			} else if !AsException(err).IsInstance(TypeErrorType) {
				return Value{}, err
			}
			r, err := Repr(t, FromObject(shown))
			if err != nil {
				return Value{}, err
			}
			return NewStr(name + "(" + r + ")"), nil
		},
		"__add__": binop("__add__", func(t *Thread, count, other Value) (Value, error) {
			nv, err := Binary(t, OpAdd, count, other, false)
			if err != nil {
				return Value{}, err
			}
			return positive(t, nv)
		}, func(t *Thread, count Value) (Value, error) { return positive(t, count) }),
		"__sub__": binop("__sub__", func(t *Thread, count, other Value) (Value, error) {
			nv, err := Binary(t, OpSub, count, other, false)
			if err != nil {
				return Value{}, err
			}
			return positive(t, nv)
		}, func(t *Thread, count Value) (Value, error) {
			if ok, err := compareBool(t, CmpLT, count, Int(0)); err != nil || !ok {
				return Value{}, err
			}
			return Binary(t, OpSub, Int(0), count, false)
		}),
		"__or__": binop("__or__", func(t *Thread, count, other Value) (Value, error) {
			nv := count
			if less, err := compareBool(t, CmpLT, count, other); err != nil {
				return Value{}, err
			} else if less {
				nv = other
			}
			return positive(t, nv)
		}, func(t *Thread, count Value) (Value, error) { return positive(t, count) }),
		"__and__": binop("__and__", func(t *Thread, count, other Value) (Value, error) {
			nv := other
			if less, err := compareBool(t, CmpLT, count, other); err != nil {
				return Value{}, err
			} else if less {
				nv = count
			}
			return positive(t, nv)
		}, nil),
		"__pos__": unary("__pos__", false),
		"__neg__": unary("__neg__", true),
		"__iadd__": inplace("__iadd__", func(t *Thread, self, _, elem, count Value) error {
			return counterAugment(t, self, elem, count, OpAdd)
		}, false),
		"__isub__": inplace("__isub__", func(t *Thread, self, _, elem, count Value) error {
			return counterAugment(t, self, elem, count, OpSub)
		}, false),
		"__iand__": inplace("__iand__", func(t *Thread, self, other, elem, count Value) error {
			oc, err := GetItem(t, other, elem)
			if err != nil {
				return err
			}
			if less, err := compareBool(t, CmpLT, oc, count); err != nil || !less {
				return err
			}
			return SetItem(t, self, elem, oc)
		}, true),
		"__ior__": inplace("__ior__", func(t *Thread, self, _, elem, otherCount Value) error {
			count, err := get(t, self, elem)
			if err != nil {
				return err
			}
			if more, err := compareBool(t, CmpGT, otherCount, count); err != nil || !more {
				return err
			}
			return SetItem(t, self, elem, otherCount)
		}, false),
		"__eq__": compare("__eq__", CmpEQ),
		"__ne__": compare("__ne__", CmpNE),
		"__le__": compare("__le__", CmpLE),
		"__lt__": compare("__lt__", CmpLT),
		"__ge__": compare("__ge__", CmpGE),
		"__gt__": compare("__gt__", CmpGT),
	}
	cls = mustLibClass(t, "Counter", "collections", []*Type{DictType}, nil, methods, map[string]Value{
		"__doc__": counterDoc,
		"fromkeys": libClassMethod("fromkeys", func(t *Thread, args []Value, kw []string) (Value, error) {
			return Value{}, Errorf(NotImplementedErrorType, "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")
		}),
	})
	return cls
}

// compareBool is bool(a op b).
func compareBool(t *Thread, op CompareOp, a, b Value) (bool, error) {
	r, err := Compare(t, op, a, b)
	if err != nil {
		return false, err
	}
	return Truth(t, r)
}

// counterCount is _count_elements (op OpAdd) and the iterable case of
// subtract (OpSub): self[elem] = self.get(elem, 0) op 1 for each element.
func counterCount(t *Thread, self Value, d *Dict, iterable Value, op BinaryOp) error {
	it, err := GetIterSpecial(t, iterable)
	if err != nil {
		return err
	}
	for {
		elem, ok, err := it.Next(t)
		if err != nil || !ok {
			return err
		}
		old, found, err := d.Get(t, elem)
		if err != nil {
			return err
		}
		if !found {
			old = Int(0)
		}
		nv, err := Binary(t, op, old, Int(1), false)
		if err != nil {
			return err
		}
		if err := SetItem(t, self, elem, nv); err != nil {
			return err
		}
	}
}

// counterAugment is self[elem] op= count.
func counterAugment(t *Thread, self, elem, count Value, op BinaryOp) error {
	old, err := GetItem(t, self, elem)
	if err != nil {
		return err
	}
	nv, err := Binary(t, op, old, count, true)
	if err != nil {
		return err
	}
	return SetItem(t, self, elem, nv)
}

// dictItems snapshots the (key, value) pairs of a dict or of a mapping's
// items().
func dictItems(t *Thread, v Value) ([][2]Value, error) {
	if d, ok := dictOf(v); ok {
		out := make([][2]Value, 0, d.Len())
		d.Items(func(k, val Value) bool {
			out = append(out, [2]Value{k, val})
			return true
		})
		return out, nil
	}
	items, err := GetAttr(t, v, "items")
	if err != nil {
		return nil, err
	}
	r, err := Call(t, items, nil, nil)
	if err != nil {
		return nil, err
	}
	ps, err := collectSpecial(t, r)
	if err != nil {
		return nil, err
	}
	out := make([][2]Value, 0, len(ps))
	for _, p := range ps {
		kv, err := collectSpecial(t, p)
		if err != nil {
			return nil, err
		}
		if len(kv) != 2 {
			return nil, Errorf(ValueErrorType, "too many values to unpack (expected 2)")
		}
		out = append(out, [2]Value{kv[0], kv[1]})
	}
	return out, nil
}

// counterMostCommon is most_common(n): the items sorted by count, largest
// first, equal counts in insertion order (sorted(..., reverse=True) and
// heapq.nlargest are both stable that way), then the first n.
func counterMostCommon(t *Thread, d *Dict, n Value) ([]Value, error) {
	pairs, _ := dictItems(t, FromObject(d))
	limit := len(pairs)
	if !n.IsNone() && !libHasIndex(n) {
		// heapq.nlargest's steps: n == 1 takes the maximum, n >= len
		// slices a sorted list with n, else range(n) fails.
		if one, err := libEqual(t, n, Int(1)); err != nil {
			return nil, err
		} else if one {
			n = Int(1)
		} else if ge, err := compareBool(t, CmpGE, n, Int(int64(len(pairs)))); err != nil {
			return nil, err
		} else if ge {
			return nil, Errorf(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
		} else {
			return nil, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", n.TypeName())
		}
	}
	if !n.IsNone() {
		k, err := asSsize(t, n)
		if err != nil {
			return nil, err
		}
		limit = max(0, min(k, len(pairs)))
	}
	var cmpErr error
	sort.SliceStable(pairs, func(i, j int) bool {
		if cmpErr != nil {
			return false
		}
		less, err := compareBool(t, CmpLT, pairs[j][1], pairs[i][1])
		if err != nil {
			cmpErr = err
		}
		return less
	})
	if cmpErr != nil {
		return nil, cmpErr
	}
	out := make([]Value, limit)
	for i := range out {
		out[i] = TupleValue(pairs[i][0], pairs[i][1])
	}
	return out, nil
}

// counterElements is the iterator Counter.elements() returns (an
// itertools.chain of repeats in CPython): each element as many times as
// its count, counts below one giving nothing.
type counterElements struct {
	pairs [][2]Value
	i     int
	left  int
	begun bool
}

func (*counterElements) Type() *Type { return itChainType }

func (c *counterElements) Next(t *Thread) (Value, bool, error) {
	for {
		if c.begun && c.left > 0 {
			c.left--
			return c.pairs[c.i][0], true, nil
		}
		if c.begun {
			c.i++
		}
		if c.i >= len(c.pairs) {
			return Value{}, false, nil
		}
		c.begun = true
		count := c.pairs[c.i][1]
		if !IsIntLike(count) {
			if _, _, ok := userMethod(count, "__index__"); !ok {
				c.i = len(c.pairs)
				return Value{}, false, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", count.TypeName())
			}
		}
		n, err := asSsize(t, count)
		if err != nil {
			c.i = len(c.pairs)
			return Value{}, false, err
		}
		c.left = max(n, 0)
	}
}
