package runtime

import (
	"sort"
	"strings"
)

// Library classes and metaclasses.
//
// Some standard-library types are classes that programs subclass and
// extend: collections.defaultdict, OrderedDict, Counter and namedtuple
// classes, enum.Enum, abc.ABC. They are built here as heap types (Heap
// set, made by NewClass), so that subclassing, isinstance, super() and
// special-method dispatch all go through the class machinery of class.go
// and instance.go unchanged. Their methods are GoMethods: Go functions
// that bind to an instance as Python functions do (a Builtin stored in a
// class does not bind, as a C function stored in a class does not).
//
// Each interpreter builds its own copies when it imports the module:
// heap types cache lookups and record their subclasses, so a class shared
// by interpreters running in parallel would be mutated concurrently.
//
// A few classes need behaviour that CPython gets from a metaclass:
// iterating over an Enum class, len() of it, Color(1), Color['RED'], and
// the abstract-method check of ABCMeta. Type.meta holds such a metaclass:
// a heap type derived from type, built by newLibMeta, whose GoMethods are
// the class-level special methods. type(cls) gives it, and the core
// operations on class objects (GetIter, Len, Contains, GetItem, Repr,
// Reversed, SetAttr, calling) try its special methods through callUser,
// exactly as they do for instances of heap types; classes whose
// metaclass is type skip all of this after one nil check. Programs cannot
// define metaclasses yet: only these library ones are accepted as
// metaclass= (SupportedMetaclass) or as bases of a class.

// MethodDescriptorType is the type of GoMethod.
var MethodDescriptorType = NewType("method_descriptor", ObjectType)

func init() { libCallableDunder(MethodDescriptorType) }

// GoMethod is a method implemented in Go in the namespace of a library
// class. Read through an instance it binds like a function; args[0] of
// Fn is the instance.
type GoMethod struct {
	Name  string
	Owner *Type
	Fn    BuiltinFunc
}

// Type returns method_descriptor.
func (*GoMethod) Type() *Type { return MethodDescriptorType }

// Call calls the method unbound, with the instance first:
// Counter.update(c, "abc").
func (m *GoMethod) Call(t *Thread, args []Value, kw []string) (Value, error) {
	owner := "object"
	if m.Owner != nil {
		owner = m.Owner.Name
	}
	if len(args)-len(kw) < 1 {
		return Value{}, Errorf(TypeErrorType, "unbound method %s.%s() needs an argument", owner, m.Name)
	}
	if m.Owner != nil && !args[0].Type().IsSubtype(m.Owner) {
		return Value{}, Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.Name, owner, args[0].TypeName())
	}
	return m.Fn(t, args, kw)
}

// Repr is "<method 'most_common' of 'Counter' objects>".
func (m *GoMethod) Repr(*Thread) (string, error) {
	owner := "object"
	if m.Owner != nil {
		owner = m.Owner.Name
	}
	return "<method '" + m.Name + "' of '" + owner + "' objects>", nil
}

// GetAttr implements Attributer: __name__ and __qualname__.
func (m *GoMethod) GetAttr(t *Thread, name string) (Value, bool, error) {
	switch name {
	case "__name__":
		return NewStr(m.Name), true, nil
	case "__qualname__":
		if m.Owner != nil {
			return NewStr(m.Owner.Name + "." + m.Name), true, nil
		}
		return NewStr(m.Name), true, nil
	case "__objclass__":
		if m.Owner != nil {
			return FromObject(m.Owner), true, nil
		}
	}
	return Value{}, false, nil
}

// libClassMethod wraps fn as a class method: fn gets the class first.
func libClassMethod(name string, fn BuiltinFunc) Value {
	return FromObject(&ClassMethod{Fn: NewBuiltin(name, fn)})
}

// libStaticMethod wraps fn as a static method (a __new__ gets the class
// first, as its caller passes it).
func libStaticMethod(name string, fn BuiltinFunc) Value {
	return FromObject(&StaticMethod{Fn: NewBuiltin(name, fn)})
}

// libProperty is a read-only property computed by get(t, self).
func libProperty(name string, get func(t *Thread, self Value) (Value, error)) Value {
	return FromObject(&Property{Get: NewBuiltin(name, func(t *Thread, args []Value, kw []string) (Value, error) {
		return get(t, args[0])
	}), Set: None, Del: None, Doc: None})
}

// newLibClass makes a library class with a class statement's semantics:
// NewClassMeta with a namespace holding attrs and methods (as GoMethods),
// entered in sorted order so that nothing depends on map order.
func newLibClass(t *Thread, name, module string, bases []*Type, meta *Type, methods map[string]BuiltinFunc, attrs map[string]Value) (*Type, error) {
	// name may be a C type's tp_name ("collections.defaultdict"); its
	// last component is the __qualname__.
	qual := name[strings.LastIndexByte(name, '.')+1:]
	ns := NewDict()
	ns.SetStr("__module__", NewStr(module))
	ns.SetStr("__qualname__", NewStr(qual))
	var gms []*GoMethod
	for _, k := range sortedKeys(attrs) {
		ns.SetStr(k, attrs[k])
	}
	for _, k := range sortedKeys(methods) {
		m := &GoMethod{Name: k, Fn: methods[k]}
		gms = append(gms, m)
		ns.SetStr(k, FromObject(m))
	}
	cls, err := NewClassMeta(t, name, qual, bases, ns, meta)
	if err != nil {
		return nil, err
	}
	for _, m := range gms {
		m.Owner = cls
	}
	return cls, nil
}

// mustLibClass is newLibClass for classes whose creation cannot fail.
func mustLibClass(t *Thread, name, module string, bases []*Type, meta *Type, methods map[string]BuiltinFunc, attrs map[string]Value) *Type {
	cls, err := newLibClass(t, name, module, bases, meta, methods, attrs)
	if err != nil {
		panic("runtime: building library class " + name + ": " + err.Error())
	}
	return cls
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// newLibMeta makes a library metaclass: a heap type derived from type
// whose methods are the class-level special methods of the classes it
// makes. Its __init__(cls, name, bases, ns), if any, runs when a class
// is created (NewClassMeta), with ns the class body's namespace.
func newLibMeta(name, module string, methods map[string]BuiltinFunc) *Type {
	m := &Type{Name: name, QualName: name, Module: module, Base: TypeType, Bases: []*Type{TypeType},
		Dict: map[string]Value{}, Heap: true, version: nextTypeVersion(), layout: TypeType}
	m.MRO = []*Type{m, TypeType, ObjectType}
	m.shape = newRootShape(m)
	for k, fn := range methods {
		m.Dict[k] = FromObject(&GoMethod{Name: k, Owner: m, Fn: fn})
	}
	m.Dict["__doc__"] = None
	m.Dict["__module__"] = NewStr(module)
	m.New = func(t *Thread, typ *Type, args []Value, kw []string) (Value, error) {
		return Value{}, Errorf(NotImplementedErrorType, "calling the metaclass %s directly is not supported yet", typ.Name)
	}
	return m
}

// isLibMeta reports whether t is a library metaclass.
func isLibMeta(t *Type) bool { return t.Heap && t != TypeType && t.IsSubtype(TypeType) }

// SupportedMetaclass reports whether a class statement may name mt as
// metaclass=: type itself or a library metaclass (abc.ABCMeta,
// enum.EnumType).
func SupportedMetaclass(mt *Type) bool { return mt == TypeType || isLibMeta(mt) }

// calculateMeta is _PyType_CalculateMetaclass: the most derived of the
// explicit metaclass and the metaclasses of the bases.
func calculateMeta(meta *Type, bases []*Type) (*Type, error) {
	winner := meta
	if winner == nil {
		winner = TypeType
	}
	for _, b := range bases {
		bm := b.Type()
		switch {
		case winner.IsSubtype(bm):
		case bm.IsSubtype(winner):
			winner = bm
		default:
			return nil, Errorf(TypeErrorType, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
	}
	return winner, nil
}

// metaInitArgs checks the arguments of a library metaclass's __init__
// hook: (cls, name, bases, ns).
func metaInitArgs(args []Value, kw []string) (*Type, *Dict, error) {
	if len(args) != 4 || len(kw) != 0 {
		return nil, nil, Errorf(TypeErrorType, "type.__init__() takes 1 or 3 arguments")
	}
	cls, ok := args[0].ref.(*Type)
	ns, ok2 := args[3].ref.(*Dict)
	if !ok || !ok2 {
		return nil, nil, Errorf(TypeErrorType, "type.__init__() argument 3 must be dict, not %s", args[3].TypeName())
	}
	return cls, ns, nil
}

// metaInit runs the metaclass's __init__ hook on a new class.
func metaInit(t *Thread, cls *Type, bases []*Type, ns *Dict) error {
	f, owner := cls.meta.lookupOwner("__init__")
	if owner == nil || !owner.Heap {
		return nil
	}
	bs := make([]Value, len(bases))
	for i, b := range bases {
		bs[i] = FromObject(b)
	}
	_, err := callMethod(t, f, owner, FromObject(cls), NewStr(cls.Name), TupleValue(bs...), FromObject(ns))
	return err
}

// metaCall is calling a class whose metaclass defines __call__ (an Enum
// class: Color(1) looks a member up); ok is false otherwise.
func metaCall(t *Thread, cls *Type, args []Value, kw []string) (Value, bool, error) {
	f, owner := cls.meta.lookupOwner("__call__")
	if owner == nil || !owner.Heap {
		return Value{}, false, nil
	}
	bound, err := descrGet(t, f, owner, FromObject(cls), cls.meta)
	if err != nil {
		return Value{}, true, err
	}
	r, err := Call(t, bound, args, kw)
	return r, true, err
}

// metaGetAttr finds an attribute of a class in its metaclass
// (Color.__members__), after the class's own MRO, then asks the
// metaclass's __getattr__.
func metaGetAttr(t *Thread, cls *Type, name string) (Value, bool, error) {
	v, owner := cls.meta.lookupOwner(name)
	if owner == nil {
		if ga, gowner := cls.meta.lookupOwner("__getattr__"); gowner != nil && gowner.Heap {
			r, err := callMethod(t, ga, gowner, FromObject(cls), NewStr(name))
			return r, err == nil, err
		}
		return Value{}, false, nil
	}
	r, err := descrGet(t, v, owner, FromObject(cls), cls.meta)
	return r, err == nil, err
}

// metaSetAttr calls the metaclass's __setattr__ on a class; ok is false
// when it has none.
func metaSetAttr(th *Thread, cls *Type, name string, v Value) (bool, error) {
	f, owner := cls.meta.lookupOwner("__setattr__")
	if owner == nil || !owner.Heap {
		return false, nil
	}
	_, err := callMethod(th, f, owner, FromObject(cls), NewStr(name), v)
	return true, err
}

// metaDelAttr calls the metaclass's __delattr__ on a class; ok is false
// when it has none.
func metaDelAttr(th *Thread, cls *Type, name string) (bool, error) {
	f, owner := cls.meta.lookupOwner("__delattr__")
	if owner == nil || !owner.Heap {
		return false, nil
	}
	_, err := callMethod(th, f, owner, FromObject(cls), NewStr(name))
	return true, err
}

// metaIter is iter(cls) through the metaclass's __iter__.
func metaIter(t *Thread, cls *Type) (Iterator, bool, error) {
	r, ok, err := callUser(t, FromObject(cls), "__iter__")
	if !ok || err != nil {
		return nil, ok, err
	}
	it, isIter := r.ref.(Iterator)
	if !isIter {
		return nil, true, Errorf(TypeErrorType, "iter() returned non-iterator of type '%s'", r.TypeName())
	}
	return it, true, nil
}

// metaReversed is reversed(cls) through the metaclass's __reversed__.
func metaReversed(t *Thread, cls *Type) (Iterator, bool, error) {
	r, ok, err := callUser(t, FromObject(cls), "__reversed__")
	if !ok || err != nil {
		return nil, ok, err
	}
	it, isIter := r.ref.(Iterator)
	if !isIter {
		return nil, true, Errorf(TypeErrorType, "'%s' object is not an iterator", r.TypeName())
	}
	return it, true, nil
}

// instanceOf returns the instance a GoMethod of cls was called on.
func instanceOf(args []Value) *Instance {
	o, _ := args[0].ref.(*Instance)
	return o
}

// instanceDict returns the dict a library dict subclass instance extends.
func instanceDict(v Value) (*Dict, bool) {
	if o, ok := v.ref.(*Instance); ok {
		d, ok := o.base.ref.(*Dict)
		return d, ok
	}
	return nil, false
}
