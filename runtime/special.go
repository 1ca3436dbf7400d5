package runtime

// Special methods: how the core operations (arith.go, compare.go, item.go,
// iter.go, repr.go, call.go) reach methods that class statements define.
// Each core operation handles the builtin types first, in its own fast
// path; only values whose type is a heap type (Type.Heap) get here. The
// rules follow CPython's slot functions (typeobject.c, abstract.c,
// object.c): special methods are looked up on the type, never on the
// instance; a binary operator tries the reflected method of a right
// operand whose type is a subclass of the left one's first; NotImplemented
// passes the turn; instances of subclasses of builtin types fall back to
// the builtin behaviour on the value they extend.

var compareDunders = [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}

func isNotImplemented(v Value) bool { return v.ref == NotImplemented.ref }

// binaryUser tries the special methods of heap-type operands; ok is
// false when none of them applies (the caller goes on with the builtin
// behaviour and then with baseBinary).
func binaryUser(t *Thread, op BinaryOp, a, b Value, inplace bool) (Value, bool, error) {
	d := op.Dunders()
	if inplace {
		if r, ok, err := callUser(t, a, d[2], b); ok && (err != nil || !isNotImplemented(r)) {
			return r, true, err
		}
	}
	ta, tb := a.Type(), b.Type()
	fa, oa, hasA := userMethod(a, d[0])
	var rb Value
	var ob *Type
	hasB := false
	if ta != tb {
		rb, ob, hasB = userMethod(b, d[1])
	}
	if hasB && tb.IsSubtype(ta) {
		ra, _, _ := userMethod(a, d[1])
		if !ra.Is(rb) {
			r, err := callMethod(t, rb, ob, b, a)
			if err != nil || !isNotImplemented(r) {
				return r, true, err
			}
			hasB = false
		}
	}
	if hasA {
		r, err := callMethod(t, fa, oa, a, b)
		if err != nil || !isNotImplemented(r) {
			return r, true, err
		}
	}
	if hasB {
		r, err := callMethod(t, rb, ob, b, a)
		if err != nil || !isNotImplemented(r) {
			return r, true, err
		}
	}
	if hasA || hasB {
		return Value{}, true, binaryTypeError(op, a, b, inplace)
	}
	return Value{}, false, nil
}

// baseBinary retries a binary operation on the builtin values inside
// instances of subclasses of builtin types.
func baseBinary(t *Thread, op BinaryOp, a, b Value, inplace bool) (Value, bool, error) {
	ua, okA := baseOf(a)
	ub, okB := baseOf(b)
	if !okA && !okB {
		return Value{}, false, nil
	}
	if !okA {
		ua = a
	}
	if !okB {
		ub = b
	}
	r, err := Binary(t, op, ua, ub, inplace)
	if err != nil {
		if e := AsException(err); e.IsInstance(TypeErrorType) {
			return Value{}, true, binaryTypeError(op, a, b, inplace)
		}
		return Value{}, true, err
	}
	if okA && inplace && r.Is(ua) {
		return a, true, nil // list += extended the value in place
	}
	return r, true, nil
}

// unaryUser implements -x, +x, ~x and abs(x) for heap types.
func unaryUser(t *Thread, v Value, name string) (Value, bool, error) {
	if r, ok, err := callUser(t, v, name); ok {
		return r, true, err
	}
	if b, ok := baseOf(v); ok {
		var r Value
		var err error
		switch name {
		case "__neg__":
			r, err = Negate(t, b)
		case "__pos__":
			r, err = Positive(t, b)
		case "__invert__":
			r, err = Invert(t, b)
		default:
			r, err = Abs(t, b)
		}
		return r, true, err
	}
	return Value{}, false, nil
}

// richOne is one step of do_richcompare: x's comparison with y.
func richOne(t *Thread, op CompareOp, x, y Value) (Value, error) {
	if x.ref.Type().Heap {
		if m, owner, ok := userMethod(x, compareDunders[op]); ok {
			return callMethod(t, m, owner, x, y)
		}
		if op == CmpNE {
			// object.__ne__ inverts __eq__.
			if m, owner, ok := userMethod(x, "__eq__"); ok {
				r, err := callMethod(t, m, owner, x, y)
				if err != nil || isNotImplemented(r) {
					return r, err
				}
				b, err := Truth(t, r)
				return Bool(!b), err
			}
		}
		if bx, ok := baseOf(x); ok {
			by := y
			if b, ok := baseOf(y); ok {
				by = b
			}
			r, ok, err := compareBuiltin(t, op, bx, by)
			if err != nil || ok {
				return Bool(r), err
			}
		}
		if op == CmpEQ && x.Is(y) {
			return True, nil
		}
		return NotImplemented, nil
	}
	if by, ok := baseOf(y); ok {
		// The builtin comparisons accept instances of subclasses
		// ({'a': 1} == Counter(a=1) after Counter.__eq__ declined).
		y = by
	}
	r, ok, err := compareBuiltin(t, op, x, y)
	if err != nil || ok {
		return Bool(r), err
	}
	return NotImplemented, nil
}

// compareUser is do_richcompare for operands at least one of which has a
// heap type.
func compareUser(t *Thread, op CompareOp, a, b Value) (Value, error) {
	ta, tb := a.Type(), b.Type()
	reversed := false
	if ta != tb && tb.IsSubtype(ta) {
		reversed = true
		r, err := richOne(t, op.Swapped(), b, a)
		if err != nil || !isNotImplemented(r) {
			return r, err
		}
	}
	r, err := richOne(t, op, a, b)
	if err != nil || !isNotImplemented(r) {
		return r, err
	}
	if !reversed {
		r, err := richOne(t, op.Swapped(), b, a)
		if err != nil || !isNotImplemented(r) {
			return r, err
		}
	}
	switch op {
	case CmpEQ:
		return Bool(a.Is(b)), nil
	case CmpNE:
		return Bool(!a.Is(b)), nil
	}
	return Value{}, Errorf(TypeErrorType, "'%s' not supported between instances of '%s' and '%s'", op, a.TypeName(), b.TypeName())
}

// truthUser is bool(v) for heap types: __bool__, then __len__.
func truthUser(t *Thread, v Value) (bool, error) {
	if r, ok, err := callUser(t, v, "__bool__"); ok {
		if err != nil {
			return false, err
		}
		if !r.IsBool() {
			return false, Errorf(TypeErrorType, "__bool__ should return bool, returned %s", r.TypeName())
		}
		return r.AsBool(), nil
	}
	if _, _, ok := userMethod(v, "__len__"); ok {
		n, err := Len(t, v)
		return n != 0, err
	}
	if b, ok := baseOf(v); ok {
		return Truth(t, b)
	}
	return true, nil
}

// lenUser is len(v) for heap types.
func lenUser(t *Thread, v Value) (int, bool, error) {
	r, ok, err := callUser(t, v, "__len__")
	if !ok {
		if b, isSub := baseOf(v); isSub {
			n, err := Len(t, b)
			return n, true, err
		}
		return 0, false, nil
	}
	if err != nil {
		return 0, true, err
	}
	n, err := Index(t, r)
	if err != nil {
		return 0, true, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", r.TypeName())
	}
	if intSign(n) < 0 {
		return 0, true, Errorf(ValueErrorType, "__len__() should return >= 0")
	}
	if !isSmall(n) || n.AsInt() > 1<<62 {
		return 0, true, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
	}
	return int(n.AsInt()), true, nil
}

// hashUser is hash(v) for heap types.
func hashUser(t *Thread, v Value) (int64, error) {
	typ := v.Type()
	m, owner := typ.lookupOwner("__hash__")
	if owner != nil && owner.Heap {
		if m.IsNone() {
			return 0, Errorf(TypeErrorType, "unhashable type: '%s'", typ.Name)
		}
		r, err := callMethod(t, m, owner, v)
		if err != nil {
			return 0, err
		}
		if !IsIntLike(r) {
			return 0, Errorf(TypeErrorType, "__hash__ method should return an integer")
		}
		if isSmall(r) {
			h := r.AsInt()
			if h == -1 {
				h = -2
			}
			return h, nil
		}
		return hashInt(r), nil
	}
	if b, ok := baseOf(v); ok {
		h, err := Hash(t, b)
		if err != nil {
			return 0, Errorf(TypeErrorType, "unhashable type: '%s'", typ.Name)
		}
		return h, nil
	}
	return IdentityHash(v), nil
}

// reprUser is repr(v) for heap types.
func reprUser(t *Thread, v Value) (string, bool, error) {
	r, ok, err := callUser(t, v, "__repr__")
	if !ok {
		return "", false, nil
	}
	if err != nil {
		return "", true, err
	}
	s, isStr := AsStr(r)
	if !isStr {
		return "", true, Errorf(TypeErrorType, "__repr__ returned non-string (type %s)", r.TypeName())
	}
	return s, true, nil
}

// strUser is str(v) for heap types: __str__, else repr.
func strUser(t *Thread, v Value) (string, bool, error) {
	r, ok, err := callUser(t, v, "__str__")
	if !ok {
		return "", false, nil
	}
	if err != nil {
		return "", true, err
	}
	s, isStr := AsStr(r)
	if !isStr {
		return "", true, Errorf(TypeErrorType, "__str__ returned non-string (type %s)", r.TypeName())
	}
	return s, true, nil
}

// instanceRepr is repr() of an instance without __repr__: the builtin
// repr of the value a builtin subclass extends, or <module.C object at ...>.
func instanceRepr(t *Thread, o *Instance) (string, error) {
	if !o.base.IsUnbound() {
		if s, ok := o.base.ref.(*Set); ok {
			name := o.Type().Name
			if s.used == 0 {
				return name + "()", nil
			}
			r, err := reprSet(t, s, "set")
			return name + "(" + r + ")", err
		}
		return Repr(t, o.base)
	}
	return defaultRepr(FromObject(o)), nil
}

// ExceptionStr is str(e), calling __str__ of exception classes defined in
// Python.
func ExceptionStr(t *Thread, e *Exception) string {
	if e.typ.Heap {
		s, ok, err := strUser(t, FromObject(e))
		if ok {
			if err != nil {
				return "<exception str() failed>"
			}
			return s
		}
	}
	return e.Message()
}

// getItemUser is v[key] for heap types.
func getItemUser(t *Thread, v, key Value) (Value, bool, error) {
	if r, ok, err := callUser(t, v, "__getitem__", key); ok {
		return r, true, err
	}
	b, ok := baseOf(v)
	if !ok {
		return Value{}, false, nil
	}
	if d, isDict := b.ref.(*Dict); isDict {
		r, found, err := d.Get(t, key)
		if err != nil {
			return Value{}, true, err
		}
		if found {
			return r, true, nil
		}
		if r, ok, err := callUser(t, v, "__missing__", key); ok {
			return r, true, err
		}
		return Value{}, true, NewException(KeyErrorType, key)
	}
	r, err := GetItem(t, b, key)
	return r, true, err
}

// setItemUser is v[key] = x for heap types.
func setItemUser(t *Thread, v, key, x Value) (bool, error) {
	if _, ok, err := callUser(t, v, "__setitem__", key, x); ok {
		return true, err
	}
	if b, ok := baseOf(v); ok {
		return true, SetItem(t, b, key, x)
	}
	return false, nil
}

// delItemUser is del v[key] for heap types.
func delItemUser(t *Thread, v, key Value) (bool, error) {
	if _, ok, err := callUser(t, v, "__delitem__", key); ok {
		return true, err
	}
	if b, ok := baseOf(v); ok {
		return true, DelItem(t, b, key)
	}
	return false, nil
}

// containsUser is item in v for heap types; ok false means "iterate".
func containsUser(t *Thread, v, item Value) (bool, bool, error) {
	if r, ok, err := callUser(t, v, "__contains__", item); ok {
		if err != nil {
			return false, true, err
		}
		b, err := Truth(t, r)
		return b, true, err
	}
	if b, ok := baseOf(v); ok {
		r, err := Contains(t, b, item)
		return r, true, err
	}
	return false, false, nil
}

// iterUser is iter(v) for instances.
func iterUser(t *Thread, o *Instance) (Iterator, error) {
	v := FromObject(o)
	if m, owner, ok := userMethod(v, "__iter__"); ok {
		if m.IsNone() {
			return nil, Errorf(TypeErrorType, "'%s' object is not iterable", v.TypeName())
		}
		r, err := callMethod(t, m, owner, v)
		if err != nil {
			return nil, err
		}
		if it, isIt := r.ref.(Iterator); isIt {
			if ri, isInst := r.ref.(*Instance); isInst {
				if _, _, hasNext := userMethod(FromObject(ri), "__next__"); !hasNext {
					return nil, Errorf(TypeErrorType, "iter() returned non-iterator of type '%s'", r.TypeName())
				}
			}
			return it, nil
		}
		return nil, Errorf(TypeErrorType, "iter() returned non-iterator of type '%s'", r.TypeName())
	}
	if !o.base.IsUnbound() {
		return GetIter(t, o.base)
	}
	if _, _, ok := userMethod(v, "__getitem__"); ok {
		return &seqProtoIter{obj: v}, nil
	}
	return nil, Errorf(TypeErrorType, "'%s' object is not iterable", v.TypeName())
}

// Next implements Iterator for instances of classes with __next__ (so
// that iter(x) is x when __iter__ returns self).
func (o *Instance) Next(t *Thread) (Value, bool, error) {
	v := FromObject(o)
	r, ok, err := callUser(t, v, "__next__")
	if !ok {
		return Value{}, false, Errorf(TypeErrorType, "'%s' object is not an iterator", v.TypeName())
	}
	if err != nil {
		if AsException(err).IsInstance(StopIterationType) {
			return Value{}, false, nil
		}
		return Value{}, false, err
	}
	return r, true, nil
}

// seqProtoIter iterates an object with __getitem__ but no __iter__:
// v[0], v[1], ... until IndexError or StopIteration.
type seqProtoIter struct {
	obj  Value
	i    int64
	done bool
}

// IteratorType is the type of sequence-protocol iterators.
var IteratorType = NewType("iterator", ObjectType)

func (*seqProtoIter) Type() *Type { return IteratorType }

func (it *seqProtoIter) Next(t *Thread) (Value, bool, error) {
	if it.done {
		return Value{}, false, nil
	}
	r, err := GetItem(t, it.obj, Int(it.i))
	if err != nil {
		e := AsException(err)
		if e.IsInstance(IndexErrorType) || e.IsInstance(StopIterationType) {
			it.done = true
			return Value{}, false, nil
		}
		return Value{}, false, err
	}
	it.i++
	return r, true, nil
}

// callInstance calls an instance: its class's __call__.
func callInstance(t *Thread, o *Instance, args []Value, kw []string) (Value, error) {
	v := FromObject(o)
	m, owner, ok := userMethod(v, "__call__")
	if !ok {
		return Value{}, Errorf(TypeErrorType, "'%s' object is not callable", v.TypeName())
	}
	if m.ref != nil && m.ref.Type() == FunctionType {
		return Call(t, m, prepend(v, args), kw)
	}
	bound, err := descrGet(t, m, owner, v, o.Type())
	if err != nil {
		return Value{}, err
	}
	return Call(t, bound, args, kw)
}

// formatUser is format(v, spec) for heap types.
func formatUser(t *Thread, v Value, spec string) (string, bool, error) {
	r, ok, err := callUser(t, v, "__format__", NewStr(spec))
	if !ok {
		if b, isSub := baseOf(v); isSub && spec != "" {
			// int, float and str have their own __format__; the other
			// builtin types have object's, and with an empty spec all
			// of them give str(v), which the caller computes.
			switch b.ref.(type) {
			case intKind, boolKind, *BigInt, floatKind, *Str:
				s, err := FormatValue(t, b, spec)
				return s, true, err
			}
		}
		return "", false, nil
	}
	if err != nil {
		return "", true, err
	}
	s, isStr := AsStr(r)
	if !isStr {
		return "", true, Errorf(TypeErrorType, "__format__ must return a str, not %s", r.TypeName())
	}
	return s, true, nil
}
