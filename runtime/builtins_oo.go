package runtime

// Builtins of the object model (super, property, staticmethod, classmethod,
// delattr, vars) and the special methods of builtin types that Python code
// can call explicitly: object.__init__, super().__setitem__(k, v),
// int.__new__(cls, x), Exception.__str__(self), ...
//
// The core operations never call these wrappers for builtin values (they
// have their own fast paths); the wrappers exist for code that names a
// special method, and so that a class statement's method lookup finds the
// builtin behaviour at the right place in the MRO.

func init() {
	SuperType.New = newSuper
	PropertyType.New = newProperty
	StaticMethodType.New = func(t *Thread, _ *Type, args []Value, kw []string) (Value, error) {
		if err := exactArgs("staticmethod", args, kw, 1); err != nil {
			return Value{}, err
		}
		return FromObject(&StaticMethod{Fn: args[0]}), nil
	}
	ClassMethodType.New = func(t *Thread, _ *Type, args []Value, kw []string) (Value, error) {
		if err := exactArgs("classmethod", args, kw, 1); err != nil {
			return Value{}, err
		}
		return FromObject(&ClassMethod{Fn: args[0]}), nil
	}
	for _, ty := range []*Type{SuperType, PropertyType, StaticMethodType, ClassMethodType} {
		Builtins[ty.Name] = FromObject(ty)
	}
	Builtins["delattr"] = NewBuiltin("delattr", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := positional("delattr", "delattr", args, kw, 2, 2); err != nil {
			return Value{}, err
		}
		name, ok := AsStr(args[1])
		if !ok {
			return Value{}, Errorf(TypeErrorType, "attribute name must be string, not '%s'", args[1].TypeName())
		}
		return None, DelAttr(t, args[0], name)
	})
	if _, ok := Builtins["vars"]; !ok {
		Builtins["vars"] = NewBuiltin("vars", func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := positional("vars", "vars", args, kw, 1, 1); err != nil {
				return Value{}, err
			}
			r, err := GetAttr(t, args[0], "__dict__")
			if err != nil {
				return Value{}, Errorf(TypeErrorType, "vars() argument must have __dict__ attribute")
			}
			return r, nil
		})
	}

	objectMethods()
	containerMethods()
	exceptionMethods()

	// type(name, bases, dict) makes a class like a class statement.
	if prev := TypeType.New; prev != nil {
		TypeType.New = func(t *Thread, typ *Type, args []Value, kw []string) (Value, error) {
			if len(args) != 3 || len(kw) != 0 {
				return prev(t, typ, args, kw)
			}
			return typeNew3(t, args)
		}
	}
}

// typeNew3 is type(name, bases, dict).
func typeNew3(t *Thread, args []Value) (Value, error) {
	name, ok := AsStr(args[0])
	if !ok {
		return Value{}, Errorf(TypeErrorType, "type.__new__() argument 1 must be str, not %s", args[0].TypeName())
	}
	bt, ok := args[1].ref.(*Tuple)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "type.__new__() argument 2 must be tuple, not %s", args[1].TypeName())
	}
	d, ok := args[2].ref.(*Dict)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "type.__new__() argument 3 must be dict, not %s", args[2].TypeName())
	}
	var bases []*Type
	for _, b := range bt.Items {
		bty, ok := b.ref.(*Type)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "bases must be types")
		}
		bases = append(bases, bty)
	}
	ns := d.Copy()
	if _, ok := ns.GetStr("__module__"); !ok {
		mod := "__main__"
		if m, ok := t.Modules["__main__"]; ok {
			if v, ok := m.Globals.Get("__name__"); ok {
				mod, _ = AsStr(v)
			}
		}
		ns.SetStr("__module__", NewStr(mod))
	}
	cls, err := NewClass(t, name, name, bases, ns)
	if err != nil {
		return Value{}, err
	}
	return FromObject(cls), nil
}

// wrapper installs a special method of a builtin type unless the type
// already has one.
func wrapper(typ *Type, name string, fn BuiltinFunc) {
	if _, ok := typ.Dict[name]; ok {
		return
	}
	addMethod(typ, name, fn)
}

func objectMethods() {
	o := ObjectType
	wrapper(o, "__init__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if len(args) > 1 {
			typ := args[0].Type()
			if _, owner := typ.lookupOwner("__init__"); owner != ObjectType {
				return Value{}, Errorf(TypeErrorType, "object.__init__() takes exactly one argument (the instance to initialize)")
			}
			if _, owner := typ.lookupOwner("__new__"); owner == ObjectType {
				return Value{}, Errorf(TypeErrorType, "%s() takes no arguments", typ.Name)
			}
		}
		return None, nil
	})
	o.Dict["__new__"] = FromObject(&StaticMethod{Fn: NewBuiltin("__new__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if len(args) == 0 {
			return Value{}, Errorf(TypeErrorType, "object.__new__(): not enough arguments")
		}
		cls, ok := args[0].ref.(*Type)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "object.__new__(X): X is not a type object (%s)", args[0].TypeName())
		}
		if len(args) > 1 {
			if _, owner := cls.lookupOwner("__new__"); owner != ObjectType {
				return Value{}, Errorf(TypeErrorType, "object.__new__() takes exactly one argument (the type to instantiate)")
			}
			if _, owner := cls.lookupOwner("__init__"); owner == ObjectType {
				return Value{}, Errorf(TypeErrorType, "%s() takes no arguments", cls.Name)
			}
		}
		if !cls.Heap {
			return Call(t, args[0], nil, nil)
		}
		return allocate(t, cls, nil, nil)
	})})
	wrapper(o, "__repr__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if args[0].Type().Heap {
			return NewStr(defaultRepr(args[0])), nil
		}
		s, err := Repr(t, args[0])
		return NewStr(s), err
	})
	wrapper(o, "__str__", func(t *Thread, args []Value, kw []string) (Value, error) {
		s, err := Repr(t, args[0])
		return NewStr(s), err
	})
	wrapper(o, "__format__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := exactArgs("object.__format__", args[1:], kw, 1); err != nil {
			return Value{}, err
		}
		spec, ok := AsStr(args[1])
		if !ok {
			return Value{}, Errorf(TypeErrorType, "__format__() argument must be str, not %s", args[1].TypeName())
		}
		if spec != "" {
			return Value{}, Errorf(TypeErrorType, "unsupported format string passed to %s.__format__", args[0].TypeName())
		}
		s, err := ToStr(t, args[0])
		return NewStr(s), err
	})
	wrapper(o, "__hash__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if args[0].Type().Heap {
			return Int(IdentityHash(args[0])), nil
		}
		h, err := Hash(t, args[0])
		return Int(h), err
	})
	for op, name := range compareDunders {
		op := CompareOp(op)
		wrapper(o, name, func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := exactArgs("object."+name, args[1:], kw, 1); err != nil {
				return Value{}, err
			}
			self, other := args[0], args[1]
			if !self.Type().Heap {
				return richOne(t, op, self, other)
			}
			switch op {
			case CmpEQ:
				if self.Is(other) {
					return True, nil
				}
			case CmpNE:
				r, err := richOne(t, CmpEQ, self, other)
				if err != nil || isNotImplemented(r) {
					return r, err
				}
				b, err := Truth(t, r)
				return Bool(!b), err
			}
			return NotImplemented, nil
		})
	}
	wrapper(o, "__setattr__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := exactArgs("object.__setattr__", args[1:], kw, 2); err != nil {
			return Value{}, err
		}
		name, ok := AsStr(args[1])
		if !ok {
			return Value{}, Errorf(TypeErrorType, "attribute name must be string, not '%s'", args[1].TypeName())
		}
		if own, ok := args[0].ref.(ownAttrs); ok {
			return None, genericSetAttr(t, args[0], args[0].Type(), own, name, args[2])
		}
		return None, SetAttr(t, args[0], name, args[2])
	})
	wrapper(o, "__delattr__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := exactArgs("object.__delattr__", args[1:], kw, 1); err != nil {
			return Value{}, err
		}
		name, ok := AsStr(args[1])
		if !ok {
			return Value{}, Errorf(TypeErrorType, "attribute name must be string, not '%s'", args[1].TypeName())
		}
		if own, ok := args[0].ref.(ownAttrs); ok {
			return None, genericDelAttr(t, args[0], args[0].Type(), own, name)
		}
		return None, DelAttr(t, args[0], name)
	})
	wrapper(o, "__getattribute__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := exactArgs("object.__getattribute__", args[1:], kw, 1); err != nil {
			return Value{}, err
		}
		name, ok := AsStr(args[1])
		if !ok {
			return Value{}, Errorf(TypeErrorType, "attribute name must be string, not '%s'", args[1].TypeName())
		}
		if own, ok := args[0].ref.(ownAttrs); ok {
			r, found, err := genericGetAttribute(t, args[0], args[0].Type(), own, name)
			if err == nil && !found {
				err = Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", args[0].TypeName(), name)
			}
			return r, err
		}
		return GetAttr(t, args[0], name)
	})
	o.Dict["__init_subclass__"] = FromObject(&ClassMethod{Fn: NewBuiltin("__init_subclass__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if len(args) > 1 || len(kw) > 0 {
			return Value{}, Errorf(TypeErrorType, "__init_subclass__() takes no keyword arguments")
		}
		return None, nil
	})})
}

// containerMethods installs the special methods of the builtin containers
// and numbers that subclasses reach through super() or by name.
func containerMethods() {
	for _, typ := range []*Type{ListType, DictType, TupleType, StrType, SetType, FrozenSetType, IntType, FloatType} {
		typ := typ
		recv := func(args []Value) Value {
			if b, ok := baseOf(args[0]); ok {
				return b
			}
			return args[0]
		}
		switch typ {
		case ListType, DictType, TupleType, StrType, SetType, FrozenSetType:
			wrapper(typ, "__len__", func(t *Thread, args []Value, kw []string) (Value, error) {
				n, err := Len(t, recv(args))
				return Int(int64(n)), err
			})
			wrapper(typ, "__contains__", func(t *Thread, args []Value, kw []string) (Value, error) {
				if err := exactArgs(typ.Name+".__contains__", args[1:], kw, 1); err != nil {
					return Value{}, err
				}
				r, err := Contains(t, recv(args), args[1])
				return Bool(r), err
			})
			wrapper(typ, "__iter__", func(t *Thread, args []Value, kw []string) (Value, error) {
				it, err := GetIter(t, recv(args))
				if err != nil {
					return Value{}, err
				}
				return FromObject(it), nil
			})
		}
		switch typ {
		case ListType, DictType, TupleType, StrType:
			wrapper(typ, "__getitem__", func(t *Thread, args []Value, kw []string) (Value, error) {
				if err := exactArgs(typ.Name+".__getitem__", args[1:], kw, 1); err != nil {
					return Value{}, err
				}
				return GetItem(t, recv(args), args[1])
			})
		}
		switch typ {
		case ListType, DictType:
			wrapper(typ, "__setitem__", func(t *Thread, args []Value, kw []string) (Value, error) {
				if err := exactArgs(typ.Name+".__setitem__", args[1:], kw, 2); err != nil {
					return Value{}, err
				}
				return None, SetItem(t, recv(args), args[1], args[2])
			})
			wrapper(typ, "__delitem__", func(t *Thread, args []Value, kw []string) (Value, error) {
				if err := exactArgs(typ.Name+".__delitem__", args[1:], kw, 1); err != nil {
					return Value{}, err
				}
				return None, DelItem(t, recv(args), args[1])
			})
		}
		wrapper(typ, "__repr__", func(t *Thread, args []Value, kw []string) (Value, error) {
			s, err := Repr(t, recv(args))
			return NewStr(s), err
		})
		wrapper(typ, "__str__", func(t *Thread, args []Value, kw []string) (Value, error) {
			s, err := ToStr(t, recv(args))
			return NewStr(s), err
		})
		wrapper(typ, "__hash__", func(t *Thread, args []Value, kw []string) (Value, error) {
			h, err := Hash(t, recv(args))
			return Int(h), err
		})
		for op, name := range compareDunders {
			op := CompareOp(op)
			wrapper(typ, name, func(t *Thread, args []Value, kw []string) (Value, error) {
				if err := exactArgs(typ.Name+"."+name, args[1:], kw, 1); err != nil {
					return Value{}, err
				}
				other := args[1]
				if b, ok := baseOf(other); ok {
					other = b
				}
				return richOne(t, op, recv(args), other)
			})
		}
		for op := BinaryOp(0); op < binaryOpCount; op++ {
			op := op
			d := op.Dunders()
			wrapper(typ, d[0], func(t *Thread, args []Value, kw []string) (Value, error) {
				if err := exactArgs(typ.Name+"."+d[0], args[1:], kw, 1); err != nil {
					return Value{}, err
				}
				return binaryWrapper(t, op, recv(args), args[1], false)
			})
			wrapper(typ, d[1], func(t *Thread, args []Value, kw []string) (Value, error) {
				if err := exactArgs(typ.Name+"."+d[1], args[1:], kw, 1); err != nil {
					return Value{}, err
				}
				return binaryWrapper(t, op, args[1], recv(args), false)
			})
		}
		if typ == ListType {
			wrapper(typ, "__iadd__", func(t *Thread, args []Value, kw []string) (Value, error) {
				if err := exactArgs("list.__iadd__", args[1:], kw, 1); err != nil {
					return Value{}, err
				}
				if _, err := Binary(t, OpAdd, recv(args), args[1], true); err != nil {
					return Value{}, err
				}
				return args[0], nil
			})
		}
	}
	// Conversions, which the library reaches through callSpecial for
	// instances of subclasses of int and float.
	for _, typ := range []*Type{IntType, FloatType} {
		typ := typ
		recv := func(args []Value) Value {
			if b, ok := baseOf(args[0]); ok {
				return b
			}
			return args[0]
		}
		wrapper(typ, "__float__", func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := exactArgs(typ.Name+".__float__", args[1:], kw, 0); err != nil {
				return Value{}, err
			}
			f, err := toFloat(recv(args))
			return Float(f), err
		})
		// divmod() and round() of the builtin value.
		for _, name := range []string{"__divmod__", "__rdivmod__", "__round__"} {
			name := name
			wrapper(typ, name, func(t *Thread, args []Value, kw []string) (Value, error) {
				a := append([]Value{recv(args)}, args[1:]...)
				for i, v := range a {
					if b, ok := baseOf(v); ok {
						a[i] = b
					}
				}
				switch name {
				case "__rdivmod__":
					if len(a) != 2 {
						return Value{}, exactArgs(typ.Name+"."+name, args[1:], kw, 1)
					}
					a[0], a[1] = a[1], a[0]
					fallthrough
				case "__divmod__":
					if len(a) != 2 {
						return Value{}, exactArgs(typ.Name+"."+name, args[1:], kw, 1)
					}
					if !isNumber(a[0]) || !isNumber(a[1]) {
						return NotImplemented, nil
					}
					return Call(t, Builtins["divmod"], a, kw)
				}
				return Call(t, Builtins["round"], a, kw)
			})
		}
		for _, name := range []string{"__int__", "__trunc__"} {
			name := name
			wrapper(typ, name, func(t *Thread, args []Value, kw []string) (Value, error) {
				if err := exactArgs(typ.Name+"."+name, args[1:], kw, 0); err != nil {
					return Value{}, err
				}
				return ToInt(t, recv(args))
			})
		}
	}
	for _, typ := range []*Type{IntType, FloatType, StrType} {
		typ := typ
		wrapper(typ, "__format__", func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := exactArgs(typ.Name+".__format__", args[1:], kw, 1); err != nil {
				return Value{}, err
			}
			spec, ok := AsStr(args[1])
			if !ok {
				return Value{}, Errorf(TypeErrorType, "%s.__format__() argument must be str, not %s", typ.Name, args[1].TypeName())
			}
			v := args[0]
			if b, ok := baseOf(v); ok {
				v = b
			}
			s, err := FormatValue(t, v, spec)
			return NewStr(s), err
		})
	}
	wrapper(IntType, "__index__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := exactArgs("int.__index__", args[1:], kw, 0); err != nil {
			return Value{}, err
		}
		if b, ok := baseOf(args[0]); ok {
			return Index(t, b)
		}
		return Index(t, args[0])
	})
	wrapper(ListType, "__init__", func(t *Thread, args []Value, kw []string) (Value, error) {
		l, ok := recvList(args[0])
		if !ok {
			return Value{}, descriptorError(ListType, "__init__", args[0])
		}
		if err := positional("list", "list", args[1:], kw, 0, 1); err != nil {
			return Value{}, err
		}
		l.Items = nil
		if len(args) == 2 {
			items, err := collectSpecial(t, args[1])
			if err != nil {
				return Value{}, err
			}
			l.Items = items
		}
		return None, nil
	})
	wrapper(DictType, "__init__", func(t *Thread, args []Value, kw []string) (Value, error) {
		v := args[0]
		if b, ok := baseOf(v); ok {
			v = b
		}
		d, ok := v.ref.(*Dict)
		if !ok {
			return Value{}, descriptorError(DictType, "__init__", args[0])
		}
		return None, dictUpdate(t, "dict", d, args[1:], kw)
	})
	for _, typ := range []*Type{IntType, FloatType, StrType, TupleType, FrozenSetType, ListType, DictType, SetType} {
		typ := typ
		typ.Dict["__new__"] = FromObject(&StaticMethod{Fn: NewBuiltin("__new__", func(t *Thread, args []Value, kw []string) (Value, error) {
			if len(args) == 0 {
				return Value{}, Errorf(TypeErrorType, "%s.__new__(): not enough arguments", typ.Name)
			}
			cls, ok := args[0].ref.(*Type)
			if !ok {
				return Value{}, Errorf(TypeErrorType, "%s.__new__(X): X is not a type object (%s)", typ.Name, args[0].TypeName())
			}
			if !cls.IsSubtype(typ) {
				return Value{}, Errorf(TypeErrorType, "%s.__new__(%s): %s is not a subtype of %s", typ.Name, cls.Name, cls.Name, typ.Name)
			}
			if !cls.Heap {
				return Call(t, args[0], args[1:], kw)
			}
			switch typ {
			case ListType, DictType, SetType:
				return allocate(t, cls, nil, nil)
			}
			return allocate(t, cls, args[1:], kw)
		})})
	}
}

// binaryWrapper is a number or sequence method such as int.__add__: the
// builtin operation, or NotImplemented when the types do not support it.
func binaryWrapper(t *Thread, op BinaryOp, a, b Value, inplace bool) (Value, error) {
	if b2, ok := baseOf(b); ok {
		b = b2
	}
	if a2, ok := baseOf(a); ok {
		a = a2
	}
	r, err := Binary(t, op, a, b, inplace)
	if err != nil && AsException(err).IsInstance(TypeErrorType) && unsupportedOperand(err) {
		return NotImplemented, nil
	}
	return r, err
}

// unsupportedOperand reports whether err is the TypeError of an operator
// that does not apply to its operand types.
func unsupportedOperand(err error) bool {
	msg := AsException(err).Message()
	for _, p := range []string{"unsupported operand type", "can only concatenate", "can't multiply sequence"} {
		if len(msg) >= len(p) && msg[:len(p)] == p {
			return true
		}
	}
	return false
}

func recvList(v Value) (*List, bool) {
	if b, ok := baseOf(v); ok {
		v = b
	}
	l, ok := v.ref.(*List)
	return l, ok
}

func exceptionMethods() {
	b := BaseExceptionType
	b.Dict["__init__"] = NewBuiltin("__init__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if len(args) == 0 {
			return Value{}, Errorf(TypeErrorType, "descriptor '__init__' of 'BaseException' object needs an argument")
		}
		e, ok := args[0].ref.(*Exception)
		if !ok {
			return Value{}, descriptorError(BaseExceptionType, "__init__", args[0])
		}
		if len(kw) > 0 {
			return Value{}, Errorf(TypeErrorType, "%s() takes no keyword arguments", e.typ.Name)
		}
		e.Args = append([]Value(nil), args[1:]...)
		return None, nil
	})
	b.Dict["__new__"] = FromObject(&StaticMethod{Fn: NewBuiltin("__new__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if len(args) == 0 {
			return Value{}, Errorf(TypeErrorType, "BaseException.__new__(): not enough arguments")
		}
		cls, ok := args[0].ref.(*Type)
		if !ok || !cls.IsSubtype(BaseExceptionType) {
			return Value{}, Errorf(TypeErrorType, "BaseException.__new__(X): X is not a subtype of BaseException")
		}
		pos, _ := SplitKwargs(args[1:], kw)
		return FromObject(&Exception{typ: cls, Args: append([]Value(nil), pos...)}), nil
	})})
	b.Dict["__str__"] = NewBuiltin("__str__", func(t *Thread, args []Value, kw []string) (Value, error) {
		e, ok := args[0].ref.(*Exception)
		if !ok {
			return Value{}, descriptorError(BaseExceptionType, "__str__", args[0])
		}
		return NewStr(e.Message()), nil
	})
	b.Dict["__repr__"] = NewBuiltin("__repr__", func(t *Thread, args []Value, kw []string) (Value, error) {
		e, ok := args[0].ref.(*Exception)
		if !ok {
			return Value{}, descriptorError(BaseExceptionType, "__repr__", args[0])
		}
		if len(e.Args) == 1 {
			s, err := Repr(t, e.Args[0])
			return NewStr(e.typ.Name + "(" + s + ")"), err
		}
		s, err := reprSeq(t, nil, "(", ")", e.Args, false)
		return NewStr(e.typ.Name + s), err
	})
	b.Dict["with_traceback"] = NewBuiltin("with_traceback", func(t *Thread, args []Value, kw []string) (Value, error) {
		return args[0], nil
	})
}

// BindBuiltin binds a builtin method found in a builtin type to self; other
// values are returned as they are.
func BindBuiltin(v, self Value) Value {
	if b, ok := v.ref.(*Builtin); ok && !b.HasSelf {
		return FromObject(&Builtin{Name: b.Name, Fn: b.Fn, Self: self, HasSelf: true})
	}
	return v
}

func isNumber(v Value) bool { return IsIntLike(v) || v.IsFloat() }
