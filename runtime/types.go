package runtime

// Type is a Python type: a builtin type, an exception class or (later) a user
// class. Builtin types keep their methods in Dict as *Builtin values that take
// the receiver as their first argument.
type Type struct {
	Name string
	Base *Type
	// MRO is the method resolution order, starting with the type itself.
	MRO  []*Type
	Dict map[string]Value
	// New implements calling the type: int("3"), list(xs), ValueError("x").
	// Nil means the type cannot be instantiated from Python.
	New func(t *Thread, typ *Type, args []Value, kw []string) (Value, error)
	// Module is the __module__ shown in reprs of non-builtin types ("" for builtins).
	Module string

	// The fields below serve classes made by class statements (Heap);
	// see class.go.
	Heap     bool
	QualName string
	Bases    []*Type
	// version changes whenever the type's or a base's namespace changes,
	// so caches keyed by (shape, version) stay valid exactly as long as
	// what they cached.
	version    uint64
	subclasses []*Type
	// lookups caches MRO lookups of a heap type (absent names included).
	lookups map[string]typeLookup
	// shape is the root shape of the class's instances.
	shape *Shape
	// noDict is set when every class in the MRO has __slots__: instances
	// accept only the slot names and have no __dict__.
	noDict    bool
	slotNames map[string]bool
	// layout is the builtin type whose objects instances are made of
	// (object, list, dict, int, an exception class, ...).
	layout *Type
	// slotHint is the most attributes an instance has had: new instances
	// reserve that many slots.
	slotHint int
	// meta is the metaclass when it is not type (enum.EnumType,
	// abc.ABCMeta); see libclass.go.
	meta *Type
}

type typeLookup struct {
	v     Value
	owner *Type
}

// Type returns the class's metaclass: type, or a library metaclass.
func (t *Type) Type() *Type {
	if t.meta != nil {
		return t.meta
	}
	return TypeType
}

// NewType creates a builtin type with the given base (nil for object itself).
func NewType(name string, base *Type) *Type {
	t := &Type{Name: name, Base: base, Dict: map[string]Value{}, version: nextTypeVersion()}
	t.MRO = []*Type{t}
	if base != nil {
		t.MRO = append(t.MRO, base.MRO...)
	}
	return t
}

// IsSubtype reports whether t is u or derives from it.
func (t *Type) IsSubtype(u *Type) bool {
	if t == u {
		return true
	}
	for _, m := range t.MRO {
		if m == u {
			return true
		}
	}
	return false
}

// Lookup finds name in the type's MRO dictionaries.
func (t *Type) Lookup(name string) (Value, bool) {
	v, owner := t.lookupOwner(name)
	return v, owner != nil
}

// lookupOwner finds name in the MRO and also returns the type whose
// dictionary holds it (nil when absent). Heap types cache the answer.
func (t *Type) lookupOwner(name string) (Value, *Type) {
	if t.Heap {
		if r, ok := t.lookups[name]; ok {
			return r.v, r.owner
		}
	}
	var r typeLookup
	for _, m := range t.MRO {
		if v, ok := m.Dict[name]; ok {
			r = typeLookup{v, m}
			break
		}
	}
	if t.Heap {
		if t.lookups == nil {
			t.lookups = map[string]typeLookup{}
		}
		t.lookups[name] = r
	}
	return r.v, r.owner
}

// Builtin types.
var (
	ObjectType   = NewType("object", nil)
	TypeType     = NewType("type", ObjectType)
	IntType      = NewType("int", ObjectType)
	BoolType     = NewType("bool", IntType)
	FloatType    = NewType("float", ObjectType)
	NoneType     = NewType("NoneType", ObjectType)
	StrType      = NewType("str", ObjectType)
	ListType     = NewType("list", ObjectType)
	TupleType    = NewType("tuple", ObjectType)
	DictType     = NewType("dict", ObjectType)
	RangeType    = NewType("range", ObjectType)
	ModuleType   = NewType("module", ObjectType)
	FunctionType = NewType("function", ObjectType)
	BuiltinType  = NewType("builtin_function_or_method", ObjectType)
	MethodType   = NewType("method", ObjectType)
	CodeType     = NewType("code", ObjectType)

	NotImplementedType = NewType("NotImplementedType", ObjectType)
	EllipsisType       = NewType("ellipsis", ObjectType)

	ListIterType     = NewType("list_iterator", ObjectType)
	TupleIterType    = NewType("tuple_iterator", ObjectType)
	RangeIterType    = NewType("range_iterator", ObjectType)
	StrIterType      = NewType("str_ascii_iterator", ObjectType)
	DictKeyIterType  = NewType("dict_keyiterator", ObjectType)
	DictValIterType  = NewType("dict_valueiterator", ObjectType)
	DictItemIterType = NewType("dict_itemiterator", ObjectType)
	DictKeysType     = NewType("dict_keys", ObjectType)
	DictValuesType   = NewType("dict_values", ObjectType)
	DictItemsType    = NewType("dict_items", ObjectType)
	EnumerateType    = NewType("enumerate", ObjectType)
	ZipType          = NewType("zip", ObjectType)
	ReversedType     = NewType("reversed", ObjectType)
	ListRevIterType  = NewType("list_reverseiterator", ObjectType)
	MapType          = NewType("map", ObjectType)
	FilterType       = NewType("filter", ObjectType)
	CallIterType     = NewType("callable_iterator", ObjectType)
)

// singleton is an object with no state beyond its type (NotImplemented, Ellipsis).
type singleton struct{ t *Type }

func (s *singleton) Type() *Type { return s.t }

// NotImplemented and Ellipsis are the singleton constants.
var (
	NotImplemented = FromObject(&singleton{NotImplementedType})
	Ellipsis       = FromObject(&singleton{EllipsisType})
)
