package runtime

import (
	"sort"
	"strings"
)

// The abc module: ABCMeta, ABC and abstractmethod.
//
// ABCMeta is a library metaclass (libclass.go). When it creates a class it
// computes __abstractmethods__ as ABCMeta.__new__ does: the names in the
// class body whose values are abstract, plus the names abstract in a base
// that the new class still resolves to an abstract value. Instantiating a
// class with abstract methods then fails in object.__new__ (allocate) with
// CPython's TypeError. Virtual subclasses (register, __subclasshook__)
// are not modelled: register raises NotImplementedError rather than leave
// isinstance answering differently from CPython.

func init() {
	BuiltinModules["abc"] = newABCModule
}

func newABCModule(t *Thread) *Module {
	m := NewModule("abc")
	meta := newLibMeta("ABCMeta", "abc", map[string]BuiltinFunc{
		"__init__": abcMetaInit,
		"register": func(t *Thread, args []Value, kw []string) (Value, error) {
			return Value{}, Errorf(NotImplementedErrorType, "ABCMeta.register (virtual subclasses) is not supported yet")
		},
	})
	abc := mustLibClass(t, "ABC", "abc", nil, meta, nil, map[string]Value{
		"__slots__": TupleValue(),
		"__doc__":   NewStr("Helper class that provides a standard way to create an ABC using\ninheritance."),
	})
	libSetModuleFuncs(m, map[string]Value{
		"ABCMeta":        FromObject(meta),
		"ABC":            FromObject(abc),
		"abstractmethod": NewBuiltin("abstractmethod", abcAbstractMethod),
	})
	return m
}

// abcAbstractMethod is abstractmethod(f): it marks f and returns it.
func abcAbstractMethod(t *Thread, args []Value, kw []string) (Value, error) {
	if err := exactArgs("abstractmethod", args, kw, 1); err != nil {
		return Value{}, err
	}
	if err := SetAttr(t, args[0], "__isabstractmethod__", True); err != nil {
		return Value{}, err
	}
	return args[0], nil
}

// isAbstract is getattr(v, "__isabstractmethod__", False) for the values a
// class body holds: property, staticmethod and classmethod answer for the
// functions they wrap, as their CPython descriptors do.
func isAbstract(t *Thread, v Value) (bool, error) {
	switch d := v.ref.(type) {
	case *Property:
		for _, f := range []Value{d.Get, d.Set, d.Del} {
			if f.IsUnbound() || f.IsNone() {
				continue
			}
			if ok, err := isAbstract(t, f); ok || err != nil {
				return ok, err
			}
		}
		return false, nil
	case *StaticMethod:
		return isAbstract(t, d.Fn)
	case *ClassMethod:
		return isAbstract(t, d.Fn)
	}
	if v.IsUnbound() {
		return false, nil
	}
	r, ok, err := LookupAttr(t, v, "__isabstractmethod__")
	if err != nil {
		if AsException(err).IsInstance(AttributeErrorType) {
			return false, nil
		}
		return false, err
	}
	if !ok {
		return false, nil
	}
	return Truth(t, r)
}

// abcMetaInit is the ABCMeta class-creation hook: it sets
// __abstractmethods__ (compute_abstract_methods in Lib/_py_abc.py).
func abcMetaInit(t *Thread, args []Value, kw []string) (Value, error) {
	cls, ns, err := metaInitArgs(args, kw)
	if err != nil {
		return Value{}, err
	}
	abstracts := map[string]bool{}
	ns.Items(func(k, v Value) bool {
		name, ok := AsStr(k)
		if !ok {
			return true
		}
		var abs bool
		if abs, err = isAbstract(t, v); err != nil {
			return false
		}
		if abs {
			abstracts[name] = true
		}
		return true
	})
	if err != nil {
		return Value{}, err
	}
	for _, b := range cls.Bases {
		for _, name := range abstractNames(b) {
			// getattr(cls, name): isAbstract sees through the
			// descriptors that getattr would have unwrapped.
			v, owner := cls.lookupOwner(name)
			if owner == nil {
				continue
			}
			abs, err := isAbstract(t, v)
			if err != nil {
				return Value{}, err
			}
			if abs {
				abstracts[name] = true
			}
		}
	}
	fs := NewFrozenSet()
	for _, name := range sortedKeys(abstracts) {
		if err := fs.Add(t, NewStr(name)); err != nil {
			return Value{}, err
		}
	}
	cls.Dict["__abstractmethods__"] = FromObject(fs)
	cls.modified()
	return None, nil
}

// abstractNames lists the class's own __abstractmethods__.
func abstractNames(cls *Type) []string {
	v, ok := cls.Dict["__abstractmethods__"]
	if !ok {
		return nil
	}
	s, ok := v.ref.(*Set)
	if !ok {
		return nil
	}
	var names []string
	for _, item := range s.Items() {
		if n, ok := AsStr(item); ok {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}

// abstractInstantiation is object.__new__'s check for classes with
// abstract methods.
func abstractInstantiation(cls *Type) error {
	names := abstractNames(cls)
	if len(names) == 0 {
		return nil
	}
	word := "method"
	if len(names) > 1 {
		word = "methods"
	}
	return Errorf(TypeErrorType, "Can't instantiate abstract class %s with abstract %s %s", cls.Name, word, strings.Join(names, ", "))
}
