package runtime

import "fmt"

// Descriptors: the objects that change what reading a class attribute
// through an instance gives (staticmethod, classmethod, property, the
// members __slots__ creates), and super.

var (
	StaticMethodType = NewType("staticmethod", ObjectType)
	ClassMethodType  = NewType("classmethod", ObjectType)
	PropertyType     = NewType("property", ObjectType)
	MemberType       = NewType("member_descriptor", ObjectType)
	SuperType        = NewType("super", ObjectType)
)

// StaticMethod is staticmethod(fn): read through a class or an instance it
// gives fn itself.
type StaticMethod struct{ Fn Value }

// Type returns staticmethod.
func (*StaticMethod) Type() *Type { return StaticMethodType }

// GetAttr implements Attributer.
func (s *StaticMethod) GetAttr(t *Thread, name string) (Value, bool, error) {
	if name == "__func__" || name == "__wrapped__" {
		return s.Fn, true, nil
	}
	return forwardAttr(t, s.Fn, name)
}

// ClassMethod is classmethod(fn): read through a class or an instance it
// gives fn bound to the class.
type ClassMethod struct{ Fn Value }

// Type returns classmethod.
func (*ClassMethod) Type() *Type { return ClassMethodType }

// GetAttr implements Attributer.
func (c *ClassMethod) GetAttr(t *Thread, name string) (Value, bool, error) {
	if name == "__func__" || name == "__wrapped__" {
		return c.Fn, true, nil
	}
	return forwardAttr(t, c.Fn, name)
}

// forwardAttr gives static and class methods their function's
// __name__ and __doc__, as CPython 3.10+ does.
func forwardAttr(t *Thread, fn Value, name string) (Value, bool, error) {
	switch name {
	case "__name__", "__qualname__", "__doc__", "__module__":
		return LookupAttr(t, fn, name)
	}
	return Value{}, false, nil
}

// Property is property(fget, fset, fdel, doc).
type Property struct {
	Get, Set, Del, Doc Value
}

// Type returns property.
func (*Property) Type() *Type { return PropertyType }

// name is the property's name for error messages: its getter's __name__.
func (p *Property) name(fallback string) string {
	for _, f := range []Value{p.Get, p.Set, p.Del} {
		if f.IsUnbound() || f.IsNone() {
			continue
		}
		if v, ok, _ := LookupAttr(nil, f, "__name__"); ok {
			if s, ok := AsStr(v); ok {
				return s
			}
		}
	}
	return fallback
}

// GetAttr implements Attributer: fget, fset, fdel, __doc__ and the
// setter/getter/deleter decorators.
func (p *Property) GetAttr(t *Thread, name string) (Value, bool, error) {
	orNone := func(v Value) Value {
		if v.IsUnbound() {
			return None
		}
		return v
	}
	switch name {
	case "fget":
		return orNone(p.Get), true, nil
	case "fset":
		return orNone(p.Set), true, nil
	case "fdel":
		return orNone(p.Del), true, nil
	case "__doc__":
		return orNone(p.Doc), true, nil
	case "getter", "setter", "deleter":
		return FromObject(&Builtin{Name: name, HasSelf: true, Self: FromObject(p), Fn: func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := exactArgs(name, args[1:], kw, 1); err != nil {
				return Value{}, err
			}
			q := *p
			switch name {
			case "getter":
				q.Get = args[1]
			case "setter":
				q.Set = args[1]
			default:
				q.Del = args[1]
			}
			return FromObject(&q), nil
		}}), true, nil
	}
	return Value{}, false, nil
}

func newProperty(t *Thread, _ *Type, args []Value, kw []string) (Value, error) {
	a, err := propertySpec.unpack(args, kw)
	if err != nil {
		return Value{}, err
	}
	p := &Property{Get: a[0], Set: a[1], Del: a[2], Doc: a[3]}
	if p.Doc.IsUnbound() && !p.Get.IsUnbound() && !p.Get.IsNone() {
		if d, ok, _ := LookupAttr(t, p.Get, "__doc__"); ok {
			p.Doc = d
		}
	}
	return FromObject(p), nil
}

var propertySpec = kwSpec{fname: "property", names: []string{"fget", "fset", "fdel", "doc"}, maxPos: 4}

// SlotDescr is the member descriptor of a __slots__ name.
type SlotDescr struct {
	Name  string
	Owner *Type
}

// Type returns member_descriptor.
func (*SlotDescr) Type() *Type { return MemberType }

// Repr renders <member 'x' of 'C' objects>.
func (d *SlotDescr) Repr(*Thread) (string, error) {
	return fmt.Sprintf("<member '%s' of '%s' objects>", d.Name, d.Owner.Name), nil
}

// Super is super(type, obj): attribute lookups start after type in the
// MRO of obj's class (or of obj itself when it is a class).
type Super struct {
	// Start is the class whose successors are searched; Obj the bound
	// object; ObjType the class whose MRO is used.
	Start   *Type
	Obj     Value
	ObjType *Type
}

// Type returns super.
func (*Super) Type() *Type { return SuperType }

// Repr renders <super: <class 'C'>, <C object>>.
func (s *Super) Repr(t *Thread) (string, error) {
	start, _ := Repr(t, FromObject(s.Start))
	if s.Obj.IsUnbound() {
		return "<super: " + start + ", NULL>", nil
	}
	return "<super: " + start + ", <" + s.ObjType.Name + " object>>", nil
}

// GetAttr implements Attributer.
func (s *Super) GetAttr(t *Thread, name string) (Value, bool, error) {
	if name == "__class__" {
		return FromObject(SuperType), true, nil
	}
	if name == "__thisclass__" {
		return FromObject(s.Start), true, nil
	}
	if name == "__self__" {
		return s.Obj, true, nil
	}
	mro := s.ObjType.MRO
	i := 0
	for i < len(mro) && mro[i] != s.Start {
		i++
	}
	for i++; i < len(mro); i++ {
		owner := mro[i]
		v, ok := owner.Dict[name]
		if !ok {
			continue
		}
		if _, isType := s.Obj.ref.(*Type); isType && s.Obj.ref == Object(s.ObjType) {
			// super(C, cls): class-level binding.
			r, err := typeBind(t, v, owner, s.ObjType)
			return r, err == nil, err
		}
		r, err := descrGet(t, v, owner, s.Obj, s.ObjType)
		return r, err == nil, err
	}
	return Value{}, false, nil
}

func newSuper(t *Thread, _ *Type, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return Value{}, Errorf(TypeErrorType, "super() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		return Value{}, Errorf(RuntimeErrorType, "super(): __class__ cell not found")
	case 1:
		// The compiler turns super() in a method without arguments into
		// super(__class__); unbound super objects are not supported.
		return Value{}, Errorf(RuntimeErrorType, "super(): no arguments")
	case 2:
	default:
		return Value{}, Errorf(TypeErrorType, "super() takes at most 2 arguments (%d given)", len(args))
	}
	start, ok := args[0].ref.(*Type)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "super() argument 1 must be a type, not %s", args[0].TypeName())
	}
	obj := args[1]
	if ot, isType := obj.ref.(*Type); isType && ot.IsSubtype(start) {
		return FromObject(&Super{Start: start, Obj: obj, ObjType: ot}), nil
	}
	if obj.Type().IsSubtype(start) {
		return FromObject(&Super{Start: start, Obj: obj, ObjType: obj.Type()}), nil
	}
	return Value{}, Errorf(TypeErrorType, "super(type, obj): obj must be an instance or subtype of type")
}

// GetAttr implements Attributer for bound methods.
func (m *BoundMethod) GetAttr(t *Thread, name string) (Value, bool, error) {
	switch name {
	case "__self__":
		return m.Self, true, nil
	case "__func__":
		return m.Fn, true, nil
	case "__class__":
		return FromObject(MethodType), true, nil
	}
	return LookupAttr(t, m.Fn, name)
}

// Repr renders <bound method C.f of <obj repr>>.
func (m *BoundMethod) Repr(t *Thread) (string, error) {
	name := "?"
	if v, ok, _ := LookupAttr(t, m.Fn, "__qualname__"); ok {
		name, _ = AsStr(v)
	} else if v, ok, _ := LookupAttr(t, m.Fn, "__name__"); ok {
		name, _ = AsStr(v)
	}
	self, err := Repr(t, m.Self)
	if err != nil {
		return "", err
	}
	return "<bound method " + name + " of " + self + ">", nil
}

// Repr renders <staticmethod(<function f at ...>)>.
func (s *StaticMethod) Repr(t *Thread) (string, error) {
	r, err := Repr(t, s.Fn)
	return "<staticmethod(" + r + ")>", err
}

// Repr renders <classmethod(<function f at ...>)>.
func (c *ClassMethod) Repr(t *Thread) (string, error) {
	r, err := Repr(t, c.Fn)
	return "<classmethod(" + r + ")>", err
}

// GetAttr implements Attributer for slices: start, stop, step, indices.
func (s *Slice) GetAttr(t *Thread, name string) (Value, bool, error) {
	switch name {
	case "start":
		return s.Start, true, nil
	case "stop":
		return s.Stop, true, nil
	case "step":
		return s.Step, true, nil
	case "indices":
		return FromObject(&Builtin{Name: "indices", HasSelf: true, Self: FromObject(s), Fn: func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := exactArgs("slice.indices", args[1:], kw, 1); err != nil {
				return Value{}, err
			}
			n, err := Index(t, args[1])
			if err != nil {
				return Value{}, err
			}
			if intSign(n) < 0 {
				return Value{}, Errorf(ValueErrorType, "length should not be negative")
			}
			if !isSmall(n) {
				return Value{}, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
			}
			start, stop, step, _, err := SliceIndices(t, s, int(n.AsInt()))
			if err != nil {
				return Value{}, err
			}
			return TupleValue(Int(int64(start)), Int(int64(stop)), Int(int64(step))), nil
		}}), true, nil
	}
	return Value{}, false, nil
}
