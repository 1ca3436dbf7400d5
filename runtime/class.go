package runtime

import (
	"strings"
	"sync/atomic"
)

// Classes made by class statements are *Type values with Heap set. Their
// MRO is computed by C3 linearization, their namespace is Type.Dict, and
// calling one runs __new__ and __init__ (callClass). Attribute lookups on
// their instances follow Python's descriptor rules (instance.go).

// typeVersionCounter is shared by the interpreters of a process, which
// may create classes concurrently.
var typeVersionCounter atomic.Uint64

func nextTypeVersion() uint64 {
	return typeVersionCounter.Add(1)
}

// Version identifies the current contents of the type's namespace and its
// bases': it changes whenever any of them is modified.
func (t *Type) Version() uint64 { return t.version }

// modified invalidates caches that depend on t's namespace, in t and in
// every subclass.
func (t *Type) modified() {
	t.version = nextTypeVersion()
	t.lookups = nil
	for _, s := range t.subclasses {
		s.modified()
	}
}

// qualified is the class's name as tracebacks and reprs show it:
// module.QualName, without the module for builtins.
func (t *Type) qualified() string {
	q := t.QualName
	if q == "" {
		q = t.Name
	}
	if t.Module == "" || t.Module == "builtins" {
		return q
	}
	return t.Module + "." + q
}

// tracebackName is the class name an uncaught exception is printed with:
// the qualified name, prefixed by the module unless that is builtins or
// __main__ (CPython's print_exception).
func (t *Type) tracebackName() string {
	q := t.QualName
	if q == "" {
		q = t.Name
	}
	if t.Module == "" || t.Module == "builtins" || t.Module == "__main__" {
		return q
	}
	return t.Module + "." + q
}

// acceptableBase reports whether a builtin type can be subclassed here.
func acceptableBase(b *Type) bool {
	if b.Heap || b.IsSubtype(BaseExceptionType) {
		return true
	}
	switch b {
	case ObjectType, ListType, DictType, TupleType, StrType, IntType, FloatType, SetType, FrozenSetType:
		return true
	}
	return false
}

// NewClass creates a class: the class statement's __build_class__ after the
// body ran. ns is the class namespace; module is its __module__.
func NewClass(t *Thread, name, qualname string, bases []*Type, ns *Dict) (*Type, error) {
	return NewClassMeta(t, name, qualname, bases, ns, nil)
}

// NewClassMeta is NewClass with an explicit metaclass= (nil for none),
// which must satisfy SupportedMetaclass.
func NewClassMeta(t *Thread, name, qualname string, bases []*Type, ns *Dict, meta *Type) (*Type, error) {
	if len(bases) == 0 {
		bases = []*Type{ObjectType}
	}
	for i, b := range bases {
		if b.IsSubtype(TypeType) {
			return nil, Errorf(NotImplementedErrorType, "metaclasses are not supported yet (class %s)", name)
		}
		if !acceptableBase(b) {
			return nil, Errorf(TypeErrorType, "type '%s' is not an acceptable base type", b.Name)
		}
		for _, c := range bases[:i] {
			if c == b {
				return nil, Errorf(TypeErrorType, "duplicate base class %s", b.Name)
			}
		}
	}
	meta, err := calculateMeta(meta, bases)
	if err != nil {
		return nil, err
	}
	cls := &Type{Name: name, QualName: qualname, Base: bases[0], Bases: bases, Dict: map[string]Value{}, Heap: true, version: nextTypeVersion()}
	if meta != TypeType {
		cls.meta = meta
	}
	mro, err := c3(cls, bases)
	if err != nil {
		return nil, err
	}
	cls.MRO = mro
	// The instance layout: the one builtin type (other than object)
	// the bases derive from; two different ones conflict.
	cls.layout = ObjectType
	for _, b := range bases {
		l := b
		if b.Heap {
			l = b.layout
		}
		switch {
		case l == ObjectType:
		case cls.layout == ObjectType || l.IsSubtype(cls.layout):
			cls.layout = l
		case cls.layout.IsSubtype(l):
		default:
			return nil, Errorf(TypeErrorType, "multiple bases have instance lay-out conflict")
		}
	}
	var slots []string
	hasSlots := false
	var ferr error
	ns.Items(func(k, v Value) bool {
		key, ok := AsStr(k)
		if !ok {
			return true
		}
		switch key {
		case "__new__":
			if v.Type() == FunctionType {
				v = FromObject(&StaticMethod{Fn: v})
			}
		case "__init_subclass__", "__class_getitem__":
			if v.Type() == FunctionType {
				v = FromObject(&ClassMethod{Fn: v})
			}
		case "__qualname__":
			if s, ok := AsStr(v); ok {
				cls.QualName = s
			}
			return true
		case "__module__":
			if s, ok := AsStr(v); ok {
				cls.Module = s
			}
		case "__getattribute__", "__del__":
			// Overriding every attribute lookup, and finalizers (which
			// CPython runs when the reference count drops), are not
			// modelled: refuse rather than ignore them.
			if v.Type() == FunctionType {
				ferr = Errorf(NotImplementedErrorType, "defining %s in a class is not supported yet (class %s)", key, name)
				return false
			}
		case "__slots__":
			hasSlots = true
			if s, ok := AsStr(v); ok {
				slots = []string{s}
				break
			}
			items, err := Collect(t, v)
			if err != nil {
				ferr = err
				return false
			}
			for _, it := range items {
				s, ok := AsStr(it)
				if !ok {
					ferr = Errorf(TypeErrorType, "__slots__ items must be strings, not '%s'", it.TypeName())
					return false
				}
				slots = append(slots, s)
			}
		}
		cls.Dict[key] = v
		return true
	})
	if ferr != nil {
		return nil, ferr
	}
	if _, ok := cls.Dict["__eq__"]; ok {
		if _, ok := cls.Dict["__hash__"]; !ok {
			cls.Dict["__hash__"] = None
		}
	}
	if _, ok := cls.Dict["__doc__"]; !ok {
		cls.Dict["__doc__"] = None
	}
	// __slots__: member descriptors; instances have no __dict__ when no
	// class in the MRO provides one.
	cls.noDict = hasSlots
	for _, b := range mro[1:] {
		if b.Heap && !b.noDict {
			cls.noDict = false
		}
	}
	for _, s := range slots {
		if s == "__dict__" {
			cls.noDict = false
			continue
		}
		if _, clash := cls.Dict[s]; clash {
			return nil, Errorf(ValueErrorType, "'%s' in __slots__ conflicts with class variable", s)
		}
		cls.Dict[s] = FromObject(&SlotDescr{Name: s, Owner: cls})
	}
	cls.New = callClass
	cls.shape = newRootShape(cls)
	for _, b := range bases {
		// Builtin types are shared by all the interpreters of the
		// process and never modified, so they do not track subclasses
		// (which would also keep every interpreter's classes alive).
		if b.Heap {
			b.subclasses = append(b.subclasses, cls)
		}
	}
	// __set_name__ and __init_subclass__ hooks of user classes.
	for k, v := range cls.Dict {
		if _, _, ok := userMethod(v, "__set_name__"); ok {
			if _, _, err := callUser(t, v, "__set_name__", FromObject(cls), NewStr(k)); err != nil {
				return nil, err
			}
		}
	}
	if len(mro) > 1 {
		parent := mro[1]
		if f, owner := parent.lookupOwner("__init_subclass__"); owner != nil && owner.Heap {
			if cm, ok := f.ref.(*ClassMethod); ok {
				if _, err := Call(t, cm.Fn, []Value{FromObject(cls)}, nil); err != nil {
					return nil, err
				}
			}
		}
	}
	if cls.meta != nil {
		if err := metaInit(t, cls, bases, ns); err != nil {
			return nil, err
		}
	}
	return cls, nil
}

// c3 computes the method resolution order of cls by C3 linearization.
func c3(cls *Type, bases []*Type) ([]*Type, error) {
	var seqs [][]*Type
	for _, b := range bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), bases...))
	out := []*Type{cls}
	for {
		// Drop emptied sequences.
		live := seqs[:0]
		for _, s := range seqs {
			if len(s) > 0 {
				live = append(live, s)
			}
		}
		seqs = live
		if len(seqs) == 0 {
			return out, nil
		}
		var next *Type
		for _, s := range seqs {
			cand := s[0]
			inTail := false
			for _, o := range seqs {
				for _, x := range o[1:] {
					if x == cand {
						inTail = true
					}
				}
			}
			if !inTail {
				next = cand
				break
			}
		}
		if next == nil {
			// CPython lists the heads of the sequences still to merge.
			var names []string
			seen := map[*Type]bool{}
			for _, s := range seqs {
				if !seen[s[0]] {
					names = append(names, s[0].Name)
					seen[s[0]] = true
				}
			}
			return nil, Errorf(TypeErrorType, "Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(names, ", "))
		}
		out = append(out, next)
		for i, s := range seqs {
			if s[0] == next {
				seqs[i] = s[1:]
			}
		}
	}
}

// callClass calls a class: __new__ then __init__.
func callClass(t *Thread, cls *Type, args []Value, kw []string) (Value, error) {
	obj, init, err := ClassCallStart(t, cls, args, kw)
	if err != nil || init.IsUnbound() {
		return obj, err
	}
	r, err := Call(t, init, prepend(obj, args), kw)
	if err != nil {
		return Value{}, err
	}
	return obj, CheckInitResult(r)
}

// CheckInitResult is the check that __init__ returned None.
func CheckInitResult(r Value) error {
	if !r.IsUnbound() && !r.IsNone() {
		return Errorf(TypeErrorType, "__init__() should return None, not '%s'", r.TypeName())
	}
	return nil
}

// ClassCallStart does the first part of calling a class: __new__, and
// __init__ unless it is a function defined in Python. Then init is that
// function, which the caller must call as init(obj, *args, **kw) and
// check with CheckInitResult (the interpreter does so without copying the
// arguments); otherwise init is unbound and obj is the result.
func ClassCallStart(t *Thread, cls *Type, args []Value, kw []string) (obj Value, init Value, err error) {
	if cls.meta != nil {
		if r, ok, err := metaCall(t, cls, args, kw); ok {
			return r, Value{}, err
		}
	}
	newFn, newOwner := cls.lookupOwner("__new__")
	initFn, initOwner := cls.lookupOwner("__init__")
	if newOwner != nil && newOwner.Heap {
		fn := newFn
		if sm, ok := fn.ref.(*StaticMethod); ok {
			fn = sm.Fn
		}
		r, err := Call(t, fn, prepend(FromObject(cls), args), kw)
		if err != nil {
			return Value{}, Value{}, err
		}
		if !r.Type().IsSubtype(cls) {
			return r, Value{}, nil
		}
		obj = r
	} else {
		if len(args) > 0 && (initOwner == nil || initOwner == ObjectType) && (newOwner == nil || newOwner == ObjectType) {
			return Value{}, Value{}, Errorf(TypeErrorType, "%s() takes no arguments", cls.Name)
		}
		if obj, err = allocate(t, cls, args, kw); err != nil {
			return Value{}, Value{}, err
		}
	}
	if initOwner == nil || initOwner == ObjectType {
		return obj, Value{}, nil
	}
	var r Value
	if initOwner.Heap {
		if initFn.ref != nil && initFn.ref.Type() == FunctionType {
			return obj, initFn, nil
		}
		bound, err := descrGet(t, initFn, initOwner, obj, cls)
		if err != nil {
			return Value{}, Value{}, err
		}
		r, err = Call(t, bound, args, kw)
		if err != nil {
			return Value{}, Value{}, err
		}
	} else if b, ok := initFn.ref.(*Builtin); ok {
		if r, err = b.Fn(t, prepend(selfFor(obj, initOwner), args), kw); err != nil {
			return Value{}, Value{}, err
		}
	}
	return obj, Value{}, CheckInitResult(r)
}

// allocate makes a new, uninitialized instance of cls (object.__new__ and
// the builtin __new__ of the type it extends).
func allocate(t *Thread, cls *Type, args []Value, kw []string) (Value, error) {
	layout := cls.layout
	if layout == nil {
		layout = ObjectType
	}
	switch {
	case layout == ObjectType:
		if cls.meta != nil {
			if err := abstractInstantiation(cls); err != nil {
				return Value{}, err
			}
		}
		return FromObject(NewInstance(cls)), nil
	case layout == TypeType:
		// A library metaclass called directly: ABCMeta('X', (), {}).
		return Value{}, Errorf(NotImplementedErrorType, "calling the metaclass %s directly is not supported yet", cls.Name)
	case layout.IsSubtype(BaseExceptionType):
		pos, _ := SplitKwargs(args, kw)
		return FromObject(&Exception{typ: cls, Args: append([]Value(nil), pos...)}), nil
	}
	o := NewInstance(cls)
	switch layout {
	case ListType:
		o.base = NewList(nil)
	case DictType:
		o.base = FromObject(NewDict())
	case SetType:
		o.base = FromObject(NewSet())
	default:
		// Immutable values are made by the builtin constructor.
		b, err := layout.New(t, layout, args, kw)
		if err != nil {
			return Value{}, err
		}
		o.base = b
	}
	return FromObject(o), nil
}

// typeBind is what reading attribute v (found in owner) through class cls
// gives: functions stay plain functions, class methods bind to cls.
func typeBind(t *Thread, v Value, owner *Type, cls *Type) (Value, error) {
	switch d := v.ref.(type) {
	case *StaticMethod:
		return d.Fn, nil
	case *ClassMethod:
		return FromObject(&BoundMethod{Self: FromObject(cls), Fn: d.Fn}), nil
	case *Instance:
		if get, gowner := d.Type().lookupOwner("__get__"); gowner != nil && gowner.Heap {
			return callMethod(t, get, gowner, v, None, FromObject(cls))
		}
	}
	return v, nil
}

// typeGetAttr is getattr on a class.
func typeGetAttr(t *Thread, ty *Type, name string) (Value, bool, error) {
	switch name {
	case "__name__":
		// Name is the tp_name of types defined in Go ("collections.deque"),
		// whose __name__ is its last component, as in CPython.
		return NewStr(ty.Name[strings.LastIndexByte(ty.Name, '.')+1:]), true, nil
	case "__qualname__":
		if ty.QualName != "" {
			return NewStr(ty.QualName), true, nil
		}
		return NewStr(ty.Name), true, nil
	case "__module__":
		if ty.Module != "" {
			return NewStr(ty.Module), true, nil
		}
		return NewStr("builtins"), true, nil
	case "__mro__":
		items := make([]Value, len(ty.MRO))
		for i, m := range ty.MRO {
			items[i] = FromObject(m)
		}
		return TupleValue(items...), true, nil
	case "__bases__":
		bases := ty.Bases
		if bases == nil && ty.Base != nil {
			bases = []*Type{ty.Base}
		}
		items := make([]Value, len(bases))
		for i, m := range bases {
			items[i] = FromObject(m)
		}
		return TupleValue(items...), true, nil
	case "__base__":
		if ty.Base == nil {
			return None, true, nil
		}
		return FromObject(ty.Base), true, nil
	case "__class__":
		return FromObject(ty.Type()), true, nil
	case "__dict__":
		d := NewDict()
		for k, v := range ty.Dict {
			d.SetStr(k, v)
		}
		return FromObject(d), true, nil
	case "__doc__":
		if v, ok := ty.Dict["__doc__"]; ok {
			return v, true, nil
		}
		return None, true, nil
	case "mro":
		return FromObject(&Builtin{Name: "mro", HasSelf: true, Self: FromObject(ty), Fn: func(t *Thread, args []Value, kw []string) (Value, error) {
			items := make([]Value, len(ty.MRO))
			for i, m := range ty.MRO {
				items[i] = FromObject(m)
			}
			return NewList(items), nil
		}}), true, nil
	case "__subclasses__":
		return FromObject(&Builtin{Name: "__subclasses__", HasSelf: true, Self: FromObject(ty), Fn: func(t *Thread, args []Value, kw []string) (Value, error) {
			var items []Value
			for _, s := range ty.subclasses {
				items = append(items, FromObject(s))
			}
			return NewList(items), nil
		}}), true, nil
	}
	v, owner := ty.lookupOwner(name)
	if owner == nil {
		if ty.meta != nil {
			return metaGetAttr(t, ty, name)
		}
		return Value{}, false, nil
	}
	if !ty.Heap {
		return v, true, nil
	}
	r, err := typeBind(t, v, owner, ty)
	return r, err == nil, err
}

// SetAttr implements setattr on classes.
func (t *Type) SetAttr(th *Thread, name string, v Value) error {
	if t.meta != nil {
		if ok, err := metaSetAttr(th, t, name, v); ok {
			return err
		}
	}
	return t.setAttr(th, name, v)
}

// setAttr is type.__setattr__.
func (t *Type) setAttr(th *Thread, name string, v Value) error {
	if !t.Heap {
		return Errorf(TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name, t.Name)
	}
	switch name {
	case "__name__":
		s, ok := AsStr(v)
		if !ok {
			return Errorf(TypeErrorType, "can only assign string to %s.__name__, not '%s'", t.Name, v.TypeName())
		}
		t.Name = s
		return nil
	case "__qualname__":
		s, ok := AsStr(v)
		if !ok {
			return Errorf(TypeErrorType, "can only assign string to %s.__qualname__, not '%s'", t.Name, v.TypeName())
		}
		t.QualName = s
		return nil
	}
	if d, ok := t.Dict[name]; ok {
		if _, isSlot := d.ref.(*SlotDescr); isSlot {
			t.Dict[name] = v
			t.modified()
			return nil
		}
	}
	t.Dict[name] = v
	t.modified()
	return nil
}

// DelAttr implements delattr on classes.
func (t *Type) DelAttr(th *Thread, name string) error {
	if t.meta != nil {
		if ok, err := metaDelAttr(th, t, name); ok {
			return err
		}
	}
	return t.delAttr(th, name)
}

// delAttr is type.__delattr__.
func (t *Type) delAttr(th *Thread, name string) error {
	if !t.Heap {
		return Errorf(TypeErrorType, "cannot delete '%s' attribute of immutable type '%s'", name, t.Name)
	}
	if _, ok := t.Dict[name]; !ok {
		return Errorf(AttributeErrorType, "type object '%s' has no attribute '%s'", t.Name, name)
	}
	delete(t.Dict, name)
	t.modified()
	return nil
}
