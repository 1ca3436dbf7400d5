package runtime

import (
	"strings"
)

// The enum module: Enum, IntEnum, StrEnum, ReprEnum, auto, unique and the
// metaclass EnumType (also EnumMeta).
//
// Enum classes are heap classes whose metaclass is EnumType, a library
// metaclass (libclass.go). Its __init__ hook runs when a class statement
// creates an enum class and does what EnumType.__new__ does in
// Lib/enum.py: it picks the members out of the class body's namespace
// (in definition order; dunder, _sunder_ and private names, descriptors
// and _ignore_ names are not members), resolves auto() values, makes one
// instance per distinct value (aliases share the first member with an
// equal value) and records them in _member_names_, _member_map_ and
// _value2member_map_, replacing the raw values in the class namespace.
// The metaclass's other methods give the class its behaviour: Color(1)
// (__call__ looks a member up by value), Color['RED'], iteration,
// len(), `in`, repr <enum 'Color'>, and refusing to reassign members.
//
// Members of mixed-in enums (IntEnum, class E(str, Enum)) extend their
// data type's value like instances of any subclass of int or str.
//
// Not supported: the functional API (Enum('Color', 'RED GREEN')), custom
// __new__ in enum classes, Flag and IntFlag (NotImplementedError), and
// detecting a name defined twice in the class body (CPython's class body
// namespace raises TypeError at the second assignment; here the later
// value wins).

func init() {
	BuiltinModules["enum"] = newEnumModule
	EnumAutoType.Module = "enum"
	EnumAutoType.New = func(t *Thread, _ *Type, args []Value, kw []string) (Value, error) {
		if err := exactArgs("auto", args, kw, 0); err != nil {
			return Value{}, err
		}
		return FromObject(&enumAuto{}), nil
	}
}

// EnumAutoType is enum.auto.
var EnumAutoType = NewType("auto", ObjectType)

// enumAuto is an auto() placeholder in an enum class body.
type enumAuto struct{}

// Type returns enum.auto.
func (*enumAuto) Type() *Type { return EnumAutoType }

// Repr is CPython's repr of an unresolved auto().
func (*enumAuto) Repr(*Thread) (string, error) { return "auto(_auto_null)", nil }

// enumMod holds one interpreter's enum classes.
type enumMod struct {
	meta, enum, reprEnum, strEnum *Type
}

func newEnumModule(t *Thread) *Module {
	e := &enumMod{}
	e.meta = newLibMeta("EnumType", "enum", e.metaMethods())
	e.meta.Dict["__members__"] = libProperty("__members__", func(t *Thread, self Value) (Value, error) {
		cls, ok := self.ref.(*Type)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "descriptor '__members__' for 'EnumType' objects doesn't apply to a '%s' object", self.TypeName())
		}
		m, ok := enumTable(cls, "_member_map_")
		if !ok {
			return FromObject(NewDict()), nil
		}
		return FromObject(m.ref.(*Dict).Copy()), nil
	})
	e.enum = mustLibClass(t, "Enum", "enum", nil, e.meta, e.enumMethods(), map[string]Value{
		"__doc__": NewStr("Create a collection of name/value pairs."),
		"name": libProperty("name", func(t *Thread, self Value) (Value, error) {
			return enumAttr(self, "_name_")
		}),
		"value": libProperty("value", func(t *Thread, self Value) (Value, error) {
			return enumAttr(self, "_value_")
		}),
		"_missing_": libClassMethod("_missing_", func(t *Thread, args []Value, kw []string) (Value, error) {
			return None, nil
		}),
		"_generate_next_value_": libStaticMethod("_generate_next_value_", enumNextValue),
	})
	e.reprEnum = mustLibClass(t, "ReprEnum", "enum", []*Type{e.enum}, nil, map[string]BuiltinFunc{
		// str() and format() of the mixed-in data type.
		"__str__": func(t *Thread, args []Value, kw []string) (Value, error) {
			if b, ok := baseOf(args[0]); ok {
				s, err := ToStr(t, b)
				return NewStr(s), err
			}
			return enumStr(t, args[0])
		},
		"__format__": func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := exactArgs("__format__", args[1:], kw, 1); err != nil {
				return Value{}, err
			}
			spec, _ := AsStr(args[1])
			if b, ok := baseOf(args[0]); ok {
				s, err := FormatValue(t, b, spec)
				return NewStr(s), err
			}
			return enumFormat(t, args[0], spec)
		},
	}, map[string]Value{
		"__doc__": NewStr("Only changes the repr(), leaving str() and format() to the mixed-in type."),
	})
	intEnum := mustLibClass(t, "IntEnum", "enum", []*Type{IntType, e.reprEnum}, nil, nil, map[string]Value{
		"__doc__": NewStr("Enum where members are also (and must be) ints"),
	})
	e.strEnum = mustLibClass(t, "StrEnum", "enum", []*Type{StrType, e.reprEnum}, nil, nil, map[string]Value{
		"__doc__": NewStr("Enum where members are also (and must be) strings"),
		"_generate_next_value_": libStaticMethod("_generate_next_value_", func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := exactArgs("_generate_next_value_", args, kw, 4); err != nil {
				return Value{}, err
			}
			s, ok := AsStr(args[0])
			if !ok {
				return Value{}, Errorf(TypeErrorType, "%s is not a string", args[0].TypeName())
			}
			return NewStr(strings.ToLower(s)), nil
		}),
	})
	// Flag and IntFlag are recognised so that using them fails clearly.
	nyi := map[string]Value{"__tracejit_unsupported__": True}
	flag := mustLibClass(t, "Flag", "enum", []*Type{e.enum}, nil, nil, nyi)
	intFlag := mustLibClass(t, "IntFlag", "enum", []*Type{IntType, e.reprEnum}, nil, nil, nyi)
	m := NewModule("enum")
	libSetModuleFuncs(m, map[string]Value{
		"EnumType": FromObject(e.meta),
		"EnumMeta": FromObject(e.meta),
		"Enum":     FromObject(e.enum),
		"ReprEnum": FromObject(e.reprEnum),
		"IntEnum":  FromObject(intEnum),
		"StrEnum":  FromObject(e.strEnum),
		"Flag":     FromObject(flag),
		"IntFlag":  FromObject(intFlag),
		"auto":     FromObject(EnumAutoType),
		"unique":   NewBuiltin("unique", enumUnique),
	})
	return m
}

// enumTable returns one of the member tables an enum class keeps in its
// own namespace (_member_names_, _member_map_, _value2member_map_,
// _unhashable_values_).
func enumTable(cls *Type, name string) (Value, bool) {
	v, ok := cls.Dict[name]
	return v, ok && !v.IsUnbound()
}

func enumNames(cls *Type) []Value {
	if v, ok := enumTable(cls, "_member_names_"); ok {
		if l, ok := v.ref.(*List); ok {
			return l.Items
		}
	}
	return nil
}

func enumMemberMap(cls *Type) *Dict {
	if v, ok := enumTable(cls, "_member_map_"); ok {
		if d, ok := v.ref.(*Dict); ok {
			return d
		}
	}
	return NewDict()
}

// enumMembers lists the canonical members in definition order.
func enumMembers(cls *Type) []Value {
	names := enumNames(cls)
	mm := enumMemberMap(cls)
	out := make([]Value, 0, len(names))
	for _, n := range names {
		if m, ok, _ := mm.Get(nil, n); ok {
			out = append(out, m)
		}
	}
	return out
}

// enumAttr reads a member's _name_ or _value_.
func enumAttr(v Value, name string) (Value, error) {
	if o, ok := v.ref.(*Instance); ok {
		if r, ok := o.getOwn(name); ok {
			return r, nil
		}
	}
	return Value{}, Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", v.TypeName(), name)
}

// enumStr is Enum.__str__: "Color.RED".
func enumStr(t *Thread, v Value) (Value, error) {
	name, err := enumAttr(v, "_name_")
	if err != nil {
		return Value{}, err
	}
	s, err := ToStr(t, name)
	return NewStr(shortTypeName(v.Type()) + "." + s), err
}

// enumFormat is Enum.__format__: str(self) formatted as a str.
func enumFormat(t *Thread, v Value, spec string) (Value, error) {
	s, err := ToStr(t, v)
	if err != nil {
		return Value{}, err
	}
	r, err := FormatValue(t, NewStr(s), spec)
	return NewStr(r), err
}

func (e *enumMod) enumMethods() map[string]BuiltinFunc {
	return map[string]BuiltinFunc{
		"__init__": func(t *Thread, args []Value, kw []string) (Value, error) {
			return None, nil // members are initialised when the class is made
		},
		"__repr__": func(t *Thread, args []Value, kw []string) (Value, error) {
			name, err := enumAttr(args[0], "_name_")
			if err != nil {
				return Value{}, err
			}
			value, err := enumAttr(args[0], "_value_")
			if err != nil {
				return Value{}, err
			}
			ns, err := ToStr(t, name)
			if err != nil {
				return Value{}, err
			}
			vr, err := Repr(t, value)
			if err != nil {
				return Value{}, err
			}
			return NewStr("<" + shortTypeName(args[0].Type()) + "." + ns + ": " + vr + ">"), nil
		},
		"__str__": func(t *Thread, args []Value, kw []string) (Value, error) {
			return enumStr(t, args[0])
		},
		"__format__": func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := exactArgs("__format__", args[1:], kw, 1); err != nil {
				return Value{}, err
			}
			spec, ok := AsStr(args[1])
			if !ok {
				return Value{}, Errorf(TypeErrorType, "__format__() argument must be str, not %s", args[1].TypeName())
			}
			return enumFormat(t, args[0], spec)
		},
		"__hash__": func(t *Thread, args []Value, kw []string) (Value, error) {
			if b, ok := baseOf(args[0]); ok {
				h, err := Hash(t, b)
				return Int(h), err
			}
			name, err := enumAttr(args[0], "_name_")
			if err != nil {
				return Value{}, err
			}
			h, err := Hash(t, name)
			return Int(h), err
		},
		"__copy__": func(t *Thread, args []Value, kw []string) (Value, error) {
			return args[0], nil
		},
		"__deepcopy__": func(t *Thread, args []Value, kw []string) (Value, error) {
			return args[0], nil
		},
	}
}

func (e *enumMod) metaMethods() map[string]BuiltinFunc {
	enumClass := func(args []Value) *Type { return args[0].ref.(*Type) }
	return map[string]BuiltinFunc{
		"__init__": e.createMembers,
		"__call__": func(t *Thread, args []Value, kw []string) (Value, error) {
			cls := enumClass(args)
			// The functional API (names=, module=, ...) makes a new enum.
			var kept []string
			var keptVals []Value
			npos := len(args) - len(kw)
			for i, k := range kw {
				switch k {
				case "names", "module", "qualname", "type", "start", "boundary":
					return Value{}, Errorf(NotImplementedErrorType, "the functional Enum API (%s(..., %s=...)) is not supported yet", cls.Name, k)
				}
				kept = append(kept, k)
				keptVals = append(keptVals, args[npos+i])
			}
			args = append(append([]Value(nil), args[:npos]...), keptVals...)
			vals, err := (&pySig{qual: "EnumType.__call__", names: []string{"cls", "value", "names"}, defaults: []Value{None}}).unpack(args, kept)
			if err != nil {
				return Value{}, err
			}
			if !vals[2].IsNone() {
				return Value{}, Errorf(NotImplementedErrorType, "the functional Enum API (%s(name, names)) is not supported yet", cls.Name)
			}
			return enumLookup(t, cls, vals[1])
		},
		"__getattr__": func(t *Thread, args []Value, kw []string) (Value, error) {
			// Only reached for names the class does not have.
			if name, _ := AsStr(args[1]); !isDunder(name) {
				if m, ok, err := enumMemberMap(enumClass(args)).Get(t, args[1]); err != nil || ok {
					return m, err
				}
			}
			return Value{}, NewException(AttributeErrorType, args[1])
		},
		"__getitem__": func(t *Thread, args []Value, kw []string) (Value, error) {
			m, ok, err := enumMemberMap(enumClass(args)).Get(t, args[1])
			if err != nil || ok {
				return m, err
			}
			return Value{}, NewException(KeyErrorType, args[1])
		},
		"__iter__": func(t *Thread, args []Value, kw []string) (Value, error) {
			return FromObject(&ListIter{L: &List{Items: enumMembers(enumClass(args))}}), nil
		},
		"__reversed__": func(t *Thread, args []Value, kw []string) (Value, error) {
			ms := enumMembers(enumClass(args))
			for i, j := 0, len(ms)-1; i < j; i, j = i+1, j-1 {
				ms[i], ms[j] = ms[j], ms[i]
			}
			return FromObject(&ListIter{L: &List{Items: ms}}), nil
		},
		"__len__": func(t *Thread, args []Value, kw []string) (Value, error) {
			return Int(int64(len(enumNames(enumClass(args))))), nil
		},
		"__contains__": func(t *Thread, args []Value, kw []string) (Value, error) {
			cls, member := enumClass(args), args[1]
			if !member.Type().IsSubtype(e.enum) {
				// CPython 3.11 also warns (DeprecationWarning) here.
				return Value{}, Errorf(TypeErrorType, "unsupported operand type(s) for 'in': '%s' and '%s'", typeQualName(member.Type()), typeQualName(cls.Type()))
			}
			if !member.Type().IsSubtype(cls) {
				return False, nil
			}
			name, err := enumAttr(member, "_name_")
			if err != nil {
				return Value{}, err
			}
			_, ok, err := enumMemberMap(cls).Get(t, name)
			return Bool(ok), err
		},
		"__repr__": func(t *Thread, args []Value, kw []string) (Value, error) {
			return NewStr("<enum " + StrRepr(shortTypeName(enumClass(args))) + ">"), nil
		},
		"__bool__": func(t *Thread, args []Value, kw []string) (Value, error) {
			return True, nil
		},
		"__setattr__": func(t *Thread, args []Value, kw []string) (Value, error) {
			cls := enumClass(args)
			name, _ := AsStr(args[1])
			if _, ok, _ := enumMemberMap(cls).Get(t, args[1]); ok {
				return Value{}, Errorf(AttributeErrorType, "cannot reassign member %s", StrRepr(name))
			}
			return None, cls.setAttr(t, name, args[2])
		},
		"__delattr__": func(t *Thread, args []Value, kw []string) (Value, error) {
			cls := enumClass(args)
			name, _ := AsStr(args[1])
			if _, ok, _ := enumMemberMap(cls).Get(t, args[1]); ok {
				return Value{}, Errorf(AttributeErrorType, "%s cannot delete member %s.", StrRepr(shortTypeName(cls)), StrRepr(name))
			}
			return None, cls.delAttr(t, name)
		},
	}
}

// typeQualName is cls.__qualname__.
func typeQualName(cls *Type) string {
	if cls.QualName != "" {
		return cls.QualName
	}
	return shortTypeName(cls)
}

// enumLookup is Enum.__new__(cls, value): the member with that value.
func enumLookup(t *Thread, cls *Type, value Value) (Value, error) {
	if value.Type() == cls {
		return value, nil
	}
	if v, ok := enumTable(cls, "_value2member_map_"); ok {
		m, found, err := v.ref.(*Dict).Get(t, value)
		switch {
		case err != nil && AsException(err).IsInstance(TypeErrorType):
			// An unhashable value: compare with every member's.
			for _, m := range enumMemberMap(cls).Keys() {
				member, _, _ := enumMemberMap(cls).Get(t, m)
				mv, err := enumAttr(member, "_value_")
				if err != nil {
					return Value{}, err
				}
				if eq, err := libEqual(t, mv, value); err != nil || eq {
					return member, err
				}
			}
		case err != nil:
			return Value{}, err
		case found:
			return m, nil
		}
	}
	if enumMemberMap(cls).Len() == 0 {
		r, err := Repr(t, FromObject(cls))
		if err != nil {
			return Value{}, err
		}
		return Value{}, Errorf(TypeErrorType, "%s has no members defined", r)
	}
	vr, err := Repr(t, value)
	if err != nil {
		return Value{}, err
	}
	notValid := Errorf(ValueErrorType, "%s is not a valid %s", vr, typeQualName(cls))
	missing, ok, err := typeGetAttr(t, cls, "_missing_")
	if err != nil || !ok {
		return Value{}, notValid
	}
	r, err := Call(t, missing, []Value{value}, nil)
	if err != nil {
		return Value{}, err
	}
	if r.Type().IsSubtype(cls) {
		return r, nil
	}
	if r.IsNone() {
		return Value{}, notValid
	}
	rr, err := Repr(t, r)
	if err != nil {
		return Value{}, err
	}
	return Value{}, Errorf(TypeErrorType, "error in %s._missing_: returned %s instead of None or a valid member", shortTypeName(cls), rr)
}

// enumNextValue is Enum._generate_next_value_: 1 for the first member,
// then one more than the last value when that is the largest so far.
// (CPython falls back on a deprecated rule, with a warning, otherwise.)
func enumNextValue(t *Thread, args []Value, kw []string) (Value, error) {
	if err := exactArgs("_generate_next_value_", args, kw, 4); err != nil {
		return Value{}, err
	}
	start, last := args[1], args[3]
	l, ok := last.ref.(*List)
	if !ok || len(l.Items) == 0 {
		return start, nil
	}
	lastV := l.Items[len(l.Items)-1]
	for _, v := range l.Items {
		if !IsIntLike(v) {
			return Value{}, Errorf(NotImplementedErrorType, "auto() after a non-integer value is not supported yet")
		}
	}
	for _, v := range l.Items {
		if bigger, err := compareBool(t, CmpGT, v, lastV); err != nil || bigger {
			if err != nil {
				return Value{}, err
			}
			return Value{}, Errorf(NotImplementedErrorType, "auto() after a value smaller than an earlier one is not supported yet")
		}
	}
	return Binary(t, OpAdd, lastV, Int(1), false)
}

// enumUnique is the @unique decorator: no aliases allowed.
func enumUnique(t *Thread, args []Value, kw []string) (Value, error) {
	if err := exactArgs("unique", args, kw, 1); err != nil {
		return Value{}, err
	}
	cls, ok := args[0].ref.(*Type)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "unique() argument must be an enum class, not '%s'", args[0].TypeName())
	}
	mm := enumMemberMap(cls)
	var dups []string
	for _, k := range mm.Keys() {
		m, _, _ := mm.Get(t, k)
		canon, err := enumAttr(m, "_name_")
		if err != nil {
			return Value{}, err
		}
		if eq, err := libEqual(t, k, canon); err != nil || !eq {
			if err != nil {
				return Value{}, err
			}
			ks, _ := AsStr(k)
			cs, _ := AsStr(canon)
			dups = append(dups, ks+" -> "+cs)
		}
	}
	if len(dups) > 0 {
		r, err := Repr(t, args[0])
		if err != nil {
			return Value{}, err
		}
		return Value{}, Errorf(ValueErrorType, "duplicate values found in %s: %s", r, strings.Join(dups, ", "))
	}
	return args[0], nil
}

// isDunder, isSunder and isPrivate classify class body names as Lib/enum.py does.
func isDunder(n string) bool {
	return len(n) > 4 && n[:2] == "__" && n[len(n)-2:] == "__" && n[2] != '_' && n[len(n)-3] != '_'
}

func isSunder(n string) bool {
	return len(n) > 2 && n[0] == '_' && n[1] != '_' && n[len(n)-1] == '_' && n[len(n)-2] != '_'
}

func isPrivate(clsName, n string) bool {
	pattern := "_" + clsName + "__"
	return len(n) > len(pattern) && strings.HasPrefix(n, pattern) && !strings.HasSuffix(n, "__")
}

// isDescriptorValue is _is_descriptor: values with __get__, __set__ or
// __delete__ stay plain class attributes.
func isDescriptorValue(v Value) bool {
	switch d := v.ref.(type) {
	case *GoMethod, *Property, *StaticMethod, *ClassMethod, *SlotDescr:
		return true
	case *Instance:
		cls := d.Type()
		for _, n := range []string{"__get__", "__set__", "__delete__"} {
			if _, owner := cls.lookupOwner(n); owner != nil && owner.Heap {
				return true
			}
		}
		return false
	}
	return v.ref != nil && v.ref.Type() == FunctionType
}

// allowedSunder are the _sunder_ names an enum class body may define.
var allowedSunder = map[string]bool{
	"_order_": true, "_generate_next_value_": true, "_numeric_repr_": true, "_missing_": true,
	"_ignore_": true, "_iter_member_": true, "_iter_member_by_value_": true, "_iter_member_by_def_": true,
}

// createMembers is the EnumType class-creation hook (see the file comment).
func (e *enumMod) createMembers(t *Thread, args []Value, kw []string) (Value, error) {
	cls, ns, err := metaInitArgs(args, kw)
	if err != nil {
		return Value{}, err
	}
	var firstEnum *Type
	for _, b := range cls.Bases {
		if b.Type().IsSubtype(e.meta) {
			firstEnum = b
		}
		for _, m := range b.MRO {
			if m == cls || !m.Type().IsSubtype(e.meta) {
				continue
			}
			if len(enumNames(m)) > 0 {
				r, _ := Repr(t, FromObject(m))
				return Value{}, Errorf(TypeErrorType, "<enum %s> cannot extend %s", StrRepr(cls.Name), r)
			}
			if _, ok := m.Dict["__tracejit_unsupported__"]; ok {
				return Value{}, Errorf(NotImplementedErrorType, "enum.%s is not supported yet (class %s)", m.Name, cls.Name)
			}
		}
	}

	// Names the class body lists in _ignore_ are dropped.
	ignore := map[string]bool{}
	if v, ok := ns.GetStr("_ignore_"); ok {
		var names []string
		if s, ok := AsStr(v); ok {
			names = strings.Fields(strings.ReplaceAll(s, ",", " "))
		} else {
			items, err := collectSpecial(t, v)
			if err != nil {
				return Value{}, err
			}
			for _, it := range items {
				if s, ok := AsStr(it); ok {
					names = append(names, s)
				}
			}
		}
		for _, n := range names {
			ignore[n] = true
		}
	}

	// The generator of auto() values: the body's own, or the enum base's.
	var gen Value
	if v, ok := ns.GetStr("_generate_next_value_"); ok {
		gen = v
		if sm, ok := v.ref.(*StaticMethod); ok {
			gen = sm.Fn
		}
	} else if firstEnum != nil {
		if v, ok, err := typeGetAttr(t, firstEnum, "_generate_next_value_"); err != nil {
			return Value{}, err
		} else if ok {
			gen = v
		}
	}

	type proto struct {
		name  string
		value Value
	}
	var protos []proto
	var lastValues []Value
	ns.Items(func(k, v Value) bool {
		name, ok := AsStr(k)
		if !ok {
			return true
		}
		switch {
		case isPrivate(cls.Name, name), isDunder(name):
			return true
		case isSunder(name):
			if !allowedSunder[name] {
				err = Errorf(ValueErrorType, "_sunder_ names, such as %s, are reserved for future Enum use", StrRepr(name))
				return false
			}
			return true
		case ignore[name], isDescriptorValue(v):
			return true
		}
		if _, isAuto := v.ref.(*enumAuto); isAuto {
			if gen.IsUnbound() {
				err = Errorf(TypeErrorType, "auto() needs _generate_next_value_")
				return false
			}
			v, err = Call(t, gen, []Value{NewStr(name), Int(1), Int(int64(len(protos))), NewList(append([]Value(nil), lastValues...))}, nil)
			if err != nil {
				return false
			}
		} else if tu, ok := v.ref.(*Tuple); ok {
			for _, x := range tu.Items {
				if _, isAuto := x.ref.(*enumAuto); isAuto {
					err = Errorf(NotImplementedErrorType, "auto() inside a tuple value is not supported yet (%s.%s)", cls.Name, name)
					return false
				}
			}
		}
		lastValues = append(lastValues, v)
		protos = append(protos, proto{name, v})
		return true
	})
	if err != nil {
		return Value{}, err
	}
	for n := range ignore {
		delete(cls.Dict, n)
	}
	delete(cls.Dict, "_ignore_")
	delete(cls.Dict, "_order_")
	if _, custom := cls.Dict["__new__"]; custom && len(protos) > 0 {
		return Value{}, Errorf(NotImplementedErrorType, "__new__ in enum classes is not supported yet (class %s)", cls.Name)
	}

	memberNames := &List{}
	memberMap := NewDict()
	valueMap := NewDict()
	unhashable := &List{}
	cls.Dict["_member_names_"] = FromObject(memberNames)
	cls.Dict["_member_map_"] = FromObject(memberMap)
	cls.Dict["_value2member_map_"] = FromObject(valueMap)
	cls.Dict["_unhashable_values_"] = FromObject(unhashable)
	layout := cls.layout
	if layout == nil {
		layout = ObjectType
	}
	cls.Dict["_member_type_"] = FromObject(layout)
	cls.modified()
	for _, p := range protos {
		member, err := e.newMember(t, cls, layout, p.name, p.value)
		if err != nil {
			return Value{}, err
		}
		value, _ := enumAttr(member, "_value_")
		// An equal value already has a member: this name is an alias.
		canon, found, err := valueMap.Get(t, value)
		if err != nil {
			if !AsException(err).IsInstance(TypeErrorType) {
				return Value{}, err
			}
			for _, k := range memberMap.Keys() {
				m, _, _ := memberMap.Get(t, k)
				mv, _ := enumAttr(m, "_value_")
				if eq, err := libEqual(t, mv, value); err != nil {
					return Value{}, err
				} else if eq {
					canon, found = m, true
					break
				}
			}
		}
		if found {
			member = canon
		} else {
			memberNames.Items = append(memberNames.Items, NewStr(p.name))
		}
		cls.Dict[p.name] = member
		if err := memberMap.Set(t, NewStr(p.name), member); err != nil {
			return Value{}, err
		}
		if _, ok, err := valueMap.Get(t, value); err == nil && !ok {
			_ = valueMap.Set(t, value, member)
		} else if err != nil {
			unhashable.Items = append(unhashable.Items, value)
		}
	}
	// repr(), str() and format() must be the enum's, not the mixed-in
	// data type's or object's (unless the class defines its own).
	if firstEnum != nil {
		for _, name := range []string{"__repr__", "__str__", "__format__"} {
			if _, own := ns.GetStr(name); own {
				continue
			}
			if _, owner := cls.lookupOwner(name); owner != nil && owner.Heap {
				continue
			}
			if v, owner := firstEnum.lookupOwner(name); owner != nil {
				cls.Dict[name] = v
			}
		}
	}
	cls.modified()
	return None, nil
}

// newMember makes the member for one name of an enum class body.
func (e *enumMod) newMember(t *Thread, cls, layout *Type, name string, value Value) (Value, error) {
	args := []Value{value}
	if tu, ok := value.ref.(*Tuple); ok {
		args = tu.Items
	}
	o := NewInstance(cls)
	if layout != ObjectType {
		if e.strEnum != nil && cls.IsSubtype(e.strEnum) && len(args) == 1 {
			if _, ok := AsStr(args[0]); !ok {
				r, err := Repr(t, args[0])
				if err != nil {
					return Value{}, err
				}
				return Value{}, Errorf(TypeErrorType, "%s is not a string", r)
			}
		}
		b, err := layout.New(t, layout, args, nil)
		if err != nil {
			return Value{}, err
		}
		o.base = b
		value = b
	}
	v := FromObject(o)
	o.setOwn("_value_", value)
	o.setOwn("_name_", NewStr(name))
	o.setOwn("__objclass__", FromObject(cls))
	if init, owner := cls.lookupOwner("__init__"); owner != nil && owner.Heap {
		if _, err := callMethod(t, init, owner, v, args...); err != nil {
			return Value{}, err
		}
	}
	o.setOwn("_sort_order_", Int(int64(len(enumNames(cls)))))
	return v, nil
}
