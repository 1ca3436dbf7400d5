package runtime

// Constructors and methods of set and frozenset.

func init() {
	SetType.New = newSetValue
	FrozenSetType.New = newFrozenSetValue
	Builtins["set"] = FromObject(SetType)
	Builtins["frozenset"] = FromObject(FrozenSetType)

	// Methods of both set and frozenset.
	for _, typ := range []*Type{SetType, FrozenSetType} {
		typ := typ
		name := typ.Name
		setMethod(typ, "copy", func(t *Thread, s *Set, args []Value, kw []string) (Value, error) {
			if err := exactArgs(name+".copy", args, kw, 0); err != nil {
				return Value{}, err
			}
			if s.frozen {
				return FromObject(s), nil
			}
			return FromObject(s.Copy()), nil
		})
		setMethod(typ, "union", func(t *Thread, s *Set, args []Value, kw []string) (Value, error) {
			if err := NoKwargs(name+".union", kw); err != nil {
				return Value{}, err
			}
			r := s.Copy()
			for _, a := range args {
				if err := r.Update(t, a); err != nil {
					return Value{}, err
				}
			}
			return FromObject(r), nil
		})
		setMethod(typ, "intersection", func(t *Thread, s *Set, args []Value, kw []string) (Value, error) {
			if err := NoKwargs(name+".intersection", kw); err != nil {
				return Value{}, err
			}
			r := s.Copy()
			for _, a := range args {
				var err error
				if r, err = r.Intersection(t, a); err != nil {
					return Value{}, err
				}
			}
			return FromObject(r), nil
		})
		setMethod(typ, "difference", func(t *Thread, s *Set, args []Value, kw []string) (Value, error) {
			if err := NoKwargs(name+".difference", kw); err != nil {
				return Value{}, err
			}
			if len(args) == 0 {
				return FromObject(s.Copy()), nil
			}
			r, err := s.Difference(t, args[0])
			if err != nil {
				return Value{}, err
			}
			for _, a := range args[1:] {
				if err := r.DifferenceUpdate(t, a); err != nil {
					return Value{}, err
				}
			}
			return FromObject(r), nil
		})
		setMethod(typ, "symmetric_difference", func(t *Thread, s *Set, args []Value, kw []string) (Value, error) {
			if err := exactArgs(name+".symmetric_difference", args, kw, 1); err != nil {
				return Value{}, err
			}
			r, err := s.SymmetricDifference(t, args[0])
			if err != nil {
				return Value{}, err
			}
			return FromObject(r), nil
		})
		setMethod(typ, "issubset", func(t *Thread, s *Set, args []Value, kw []string) (Value, error) {
			if err := exactArgs(name+".issubset", args, kw, 1); err != nil {
				return Value{}, err
			}
			o, err := setFromIterable(t, args[0])
			if err != nil {
				return Value{}, err
			}
			r, err := s.IsSubset(t, o)
			return Bool(r), err
		})
		setMethod(typ, "issuperset", func(t *Thread, s *Set, args []Value, kw []string) (Value, error) {
			if err := exactArgs(name+".issuperset", args, kw, 1); err != nil {
				return Value{}, err
			}
			o, err := setFromIterable(t, args[0])
			if err != nil {
				return Value{}, err
			}
			r, err := o.IsSubset(t, s)
			return Bool(r), err
		})
		setMethod(typ, "isdisjoint", func(t *Thread, s *Set, args []Value, kw []string) (Value, error) {
			if err := exactArgs(name+".isdisjoint", args, kw, 1); err != nil {
				return Value{}, err
			}
			it, err := GetIter(t, args[0])
			if err != nil {
				return Value{}, err
			}
			for {
				x, ok, err := it.Next(t)
				if err != nil {
					return Value{}, err
				}
				if !ok {
					return True, nil
				}
				in, err := s.Contains(t, x)
				if err != nil {
					return Value{}, err
				}
				if in {
					return False, nil
				}
			}
		})
		setMethod(typ, "__contains__", func(t *Thread, s *Set, args []Value, kw []string) (Value, error) {
			if err := exactArgs(name+".__contains__", args, kw, 1); err != nil {
				return Value{}, err
			}
			r, err := s.Contains(t, args[0])
			return Bool(r), err
		})
		setMethod(typ, "__len__", func(t *Thread, s *Set, args []Value, kw []string) (Value, error) {
			return Int(int64(s.used)), exactArgs(name+".__len__", args, kw, 0)
		})
		setMethod(typ, "__iter__", func(t *Thread, s *Set, args []Value, kw []string) (Value, error) {
			return FromObject(&SetIter{s: s, used: s.used}), exactArgs(name+".__iter__", args, kw, 0)
		})
	}

	// Methods of set only.
	setMethod(SetType, "add", func(t *Thread, s *Set, args []Value, kw []string) (Value, error) {
		if err := exactArgs("set.add", args, kw, 1); err != nil {
			return Value{}, err
		}
		return None, s.Add(t, args[0])
	})
	setMethod(SetType, "remove", func(t *Thread, s *Set, args []Value, kw []string) (Value, error) {
		if err := exactArgs("set.remove", args, kw, 1); err != nil {
			return Value{}, err
		}
		ok, err := s.Discard(t, args[0])
		if err != nil {
			return Value{}, err
		}
		if !ok {
			return Value{}, NewException(KeyErrorType, args[0])
		}
		return None, nil
	})
	setMethod(SetType, "discard", func(t *Thread, s *Set, args []Value, kw []string) (Value, error) {
		if err := exactArgs("set.discard", args, kw, 1); err != nil {
			return Value{}, err
		}
		_, err := s.Discard(t, args[0])
		return None, err
	})
	setMethod(SetType, "pop", func(t *Thread, s *Set, args []Value, kw []string) (Value, error) {
		if err := exactArgs("set.pop", args, kw, 0); err != nil {
			return Value{}, err
		}
		return s.Pop()
	})
	setMethod(SetType, "clear", func(t *Thread, s *Set, args []Value, kw []string) (Value, error) {
		if err := exactArgs("set.clear", args, kw, 0); err != nil {
			return Value{}, err
		}
		s.Clear()
		return None, nil
	})
	setMethod(SetType, "update", func(t *Thread, s *Set, args []Value, kw []string) (Value, error) {
		if err := NoKwargs("set.update", kw); err != nil {
			return Value{}, err
		}
		for _, a := range args {
			if err := s.Update(t, a); err != nil {
				return Value{}, err
			}
		}
		return None, nil
	})
	setMethod(SetType, "intersection_update", func(t *Thread, s *Set, args []Value, kw []string) (Value, error) {
		if err := NoKwargs("set.intersection_update", kw); err != nil {
			return Value{}, err
		}
		r := s
		for _, a := range args {
			var err error
			if r, err = r.Intersection(t, a); err != nil {
				return Value{}, err
			}
		}
		if r != s {
			s.table, s.fill, s.used = r.table, r.fill, r.used
		}
		return None, nil
	})
	setMethod(SetType, "difference_update", func(t *Thread, s *Set, args []Value, kw []string) (Value, error) {
		if err := NoKwargs("set.difference_update", kw); err != nil {
			return Value{}, err
		}
		for _, a := range args {
			if err := s.DifferenceUpdate(t, a); err != nil {
				return Value{}, err
			}
		}
		return None, nil
	})
	setMethod(SetType, "symmetric_difference_update", func(t *Thread, s *Set, args []Value, kw []string) (Value, error) {
		if err := exactArgs("set.symmetric_difference_update", args, kw, 1); err != nil {
			return Value{}, err
		}
		return None, s.SymmetricDifferenceUpdate(t, args[0])
	})
	setMethod(SetType, "__init__", func(t *Thread, s *Set, args []Value, kw []string) (Value, error) {
		if err := checkSetArgs("set", args, kw); err != nil {
			return Value{}, err
		}
		s.Clear()
		if len(args) == 1 {
			return None, s.Update(t, args[0])
		}
		return None, nil
	})
}

// setMethod installs a method of set or frozenset that checks its receiver.
func setMethod(typ *Type, name string, fn func(t *Thread, s *Set, args []Value, kw []string) (Value, error)) {
	addMethod(typ, name, func(t *Thread, args []Value, kw []string) (Value, error) {
		s, ok := asSet(args[0])
		if !ok || (typ == SetType && s.frozen) {
			return Value{}, descriptorError(typ, name, args[0])
		}
		return fn(t, s, args[1:], kw)
	})
}

func checkSetArgs(name string, args []Value, kw []string) error {
	if len(kw) > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
	}
	return checkPositional(name, len(args), 0, 1)
}

func newSetValue(t *Thread, _ *Type, args []Value, kw []string) (Value, error) {
	if err := checkSetArgs("set", args, kw); err != nil {
		return Value{}, err
	}
	s := NewSet()
	if len(args) == 1 {
		if err := s.Update(t, args[0]); err != nil {
			return Value{}, err
		}
	}
	return FromObject(s), nil
}

func newFrozenSetValue(t *Thread, _ *Type, args []Value, kw []string) (Value, error) {
	if err := checkSetArgs("frozenset", args, kw); err != nil {
		return Value{}, err
	}
	if len(args) == 1 {
		if f, ok := args[0].ref.(*Set); ok && f.frozen {
			return args[0], nil
		}
	}
	s := NewFrozenSet()
	if len(args) == 1 {
		if err := s.Update(t, args[0]); err != nil {
			return Value{}, err
		}
	}
	return FromObject(s), nil
}
