package runtime

// Methods of dict.

func init() {
	dictMethod("get", func(t *Thread, d *Dict, args []Value, kw []string) (Value, error) {
		if err := positional("dict.get", "get", args, kw, 1, 2); err != nil {
			return Value{}, err
		}
		v, ok, err := d.Get(t, args[0])
		if err != nil || ok {
			return v, err
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return None, nil
	})
	dictMethod("setdefault", func(t *Thread, d *Dict, args []Value, kw []string) (Value, error) {
		if err := positional("dict.setdefault", "setdefault", args, kw, 1, 2); err != nil {
			return Value{}, err
		}
		v, ok, err := d.Get(t, args[0])
		if err != nil || ok {
			return v, err
		}
		dflt := None
		if len(args) == 2 {
			dflt = args[1]
		}
		return dflt, d.Set(t, args[0], dflt)
	})
	dictMethod("pop", func(t *Thread, d *Dict, args []Value, kw []string) (Value, error) {
		if err := positional("dict.pop", "pop", args, kw, 1, 2); err != nil {
			return Value{}, err
		}
		if d.Len() == 0 {
			// CPython answers for an empty dict without hashing the key.
			if len(args) == 2 {
				return args[1], nil
			}
			return Value{}, NewException(KeyErrorType, args[0])
		}
		v, ok, err := d.Delete(t, args[0])
		if err != nil || ok {
			return v, err
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return Value{}, NewException(KeyErrorType, args[0])
	})
	dictMethod("popitem", func(t *Thread, d *Dict, args []Value, kw []string) (Value, error) {
		if err := exactArgs("dict.popitem", args, kw, 0); err != nil {
			return Value{}, err
		}
		for i := len(d.entries) - 1; i >= 0; i-- {
			e := d.entries[i]
			if e.key.IsUnbound() {
				continue
			}
			if _, _, err := d.Delete(t, e.key); err != nil {
				return Value{}, err
			}
			return TupleValue(e.key, e.val), nil
		}
		return Value{}, NewException(KeyErrorType, NewStr("popitem(): dictionary is empty"))
	})
	for name, kind := range map[string]DictIterKind{"keys": DictIterKeys, "values": DictIterValues, "items": DictIterItems} {
		qual, kind := "dict."+name, kind
		dictMethod(name, func(t *Thread, d *Dict, args []Value, kw []string) (Value, error) {
			if err := exactArgs(qual, args, kw, 0); err != nil {
				return Value{}, err
			}
			return FromObject(&DictView{D: d, Kind: kind}), nil
		})
	}
	dictMethod("update", func(t *Thread, d *Dict, args []Value, kw []string) (Value, error) {
		return None, dictUpdate(t, "update", d, args, kw)
	})
	// __reversed__ makes reversed() work on instances of dict subclasses.
	dictMethod("__reversed__", func(t *Thread, d *Dict, args []Value, kw []string) (Value, error) {
		if err := exactArgs("dict.__reversed__", args, kw, 0); err != nil {
			return Value{}, err
		}
		it, err := Reversed(t, FromObject(d))
		return FromObject(it), err
	})
	dictMethod("copy", func(t *Thread, d *Dict, args []Value, kw []string) (Value, error) {
		if err := exactArgs("dict.copy", args, kw, 0); err != nil {
			return Value{}, err
		}
		return FromObject(d.Copy()), nil
	})
	dictMethod("clear", func(t *Thread, d *Dict, args []Value, kw []string) (Value, error) {
		if err := exactArgs("dict.clear", args, kw, 0); err != nil {
			return Value{}, err
		}
		d.Clear()
		return None, nil
	})
	// fromkeys is a class method: a Builtin already bound to dict, which
	// attribute lookup leaves bound (see LookupAttr), so d.fromkeys(xs) and
	// dict.fromkeys(xs) both receive the type first.
	DictType.Dict["fromkeys"] = FromObject(&Builtin{Name: "fromkeys", Self: FromObject(DictType), HasSelf: true,
		Fn: func(t *Thread, args []Value, kw []string) (Value, error) {
			args = args[1:]
			if err := positional("dict.fromkeys", "fromkeys", args, kw, 1, 2); err != nil {
				return Value{}, err
			}
			val := None
			if len(args) == 2 {
				val = args[1]
			}
			d := NewDict()
			it, err := GetIterSpecial(t, args[0])
			if err != nil {
				return Value{}, err
			}
			for {
				k, ok, err := it.Next(t)
				if err != nil {
					return Value{}, err
				}
				if !ok {
					return FromObject(d), nil
				}
				if err := d.Set(t, k, val); err != nil {
					return Value{}, err
				}
			}
		}})
}

func dictMethod(name string, fn func(t *Thread, d *Dict, args []Value, kw []string) (Value, error)) {
	addMethod(DictType, name, func(t *Thread, args []Value, kw []string) (Value, error) {
		d, ok := args[0].ref.(*Dict)
		if !ok {
			return Value{}, descriptorError(DictType, name, args[0])
		}
		return fn(t, d, args[1:], kw)
	})
}

// dictUpdate is dict.update(d, [other], **kw) and the body of dict(...).
func dictUpdate(t *Thread, name string, d *Dict, args []Value, kw []string) error {
	pos, kwvals := SplitKwargs(args, kw)
	if err := checkPositional(name, len(pos), 0, 1); err != nil {
		return err
	}
	if len(pos) == 1 {
		if err := dictMerge(t, d, pos[0]); err != nil {
			return err
		}
	}
	for i, k := range kw {
		if err := d.Set(t, NewStr(k), kwvals[i]); err != nil {
			return err
		}
	}
	return nil
}

// eachMappingItem calls f for each item of src if src is a mapping (a
// dict, or anything with keys() whose items src[k] gives), in order, and
// reports whether it was one.
func eachMappingItem(t *Thread, src Value, f func(k, v Value) error) (bool, error) {
	if o, ok := src.ref.(*Dict); ok {
		for _, k := range o.Keys() {
			v, _, _ := o.Get(t, k)
			if err := f(k, v); err != nil {
				return true, err
			}
		}
		return true, nil
	}
	keys, ok, err := LookupAttr(t, src, "keys")
	if err != nil || !ok {
		return false, err
	}
	kv, err := Call(t, keys, nil, nil)
	if err != nil {
		return true, err
	}
	ks, err := collectSpecial(t, kv)
	if err != nil {
		return true, err
	}
	for _, k := range ks {
		v, err := getItemSpecial(t, src, k)
		if err != nil {
			return true, err
		}
		if err := f(k, v); err != nil {
			return true, err
		}
	}
	return true, nil
}

// dictMerge adds the items of a mapping (a dict or anything with keys()) or
// of an iterable of key/value pairs.
func dictMerge(t *Thread, d *Dict, src Value) error {
	if ok, err := eachMappingItem(t, src, func(k, v Value) error { return d.Set(t, k, v) }); ok || err != nil {
		return err
	}
	it, err := GetIterSpecial(t, src)
	if err != nil {
		return err
	}
	for i := 0; ; i++ {
		item, ok, err := it.Next(t)
		if err != nil || !ok {
			return err
		}
		pair, err := collectSpecial(t, item)
		if err != nil {
			if AsException(err).IsInstance(TypeErrorType) {
				return Errorf(TypeErrorType, "cannot convert dictionary update sequence element #%d to a sequence", i)
			}
			return err
		}
		if len(pair) != 2 {
			return Errorf(ValueErrorType, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
		}
		if err := d.Set(t, pair[0], pair[1]); err != nil {
			return err
		}
	}
}

// getItemSpecial is GetItem that also calls __getitem__ of user objects.
func getItemSpecial(t *Thread, c, k Value) (Value, error) {
	if r, ok, err := callSpecial(t, c, "__getitem__", k); ok || err != nil {
		return r, err
	}
	return GetItem(t, c, k)
}
