package runtime

import "fmt"

// Instance is an object of a class made by a class statement, or a plain
// object(). Its attributes live in slots described by its shape (see
// shape.go), so that a cache keyed by the shape pointer reads an attribute
// with one compare and one load:
//
//	if obj.shape == cached.shape { v = obj.slots[cached.index] }
//
// (plus, for lookups that depend on the class, a check of the class's
// version; see AttrCache). Instances of subclasses of list, dict, int, str,
// ... keep the builtin value they extend in base; builtin operations and
// methods work on it.
type Instance struct {
	cls   *Type
	shape *Shape
	slots []Value
	// dict holds the attributes once the program took the instance's
	// __dict__ (shape is nil then).
	dict *Dict
	base Value
}

// Type returns the instance's class.
func (o *Instance) Type() *Type {
	if o.cls == nil {
		return ObjectType // object()
	}
	return o.cls
}

// Shape returns the instance's shape (nil in dictionary mode or for object()).
func (o *Instance) Shape() *Shape { return o.shape }

// Slots returns the attribute values, indexed by the shape.
func (o *Instance) Slots() []Value { return o.slots }

// Base returns the builtin value a subclass of a builtin type extends
// (unbound for other instances).
func (o *Instance) Base() Value { return o.base }

// NewInstance creates an instance of a class with no attributes. The
// instance and room for as many attributes as the class's instances have
// had come from one allocation.
func NewInstance(cls *Type) *Instance {
	var o *Instance
	switch n := cls.slotHint; {
	case n == 0:
		o = &Instance{}
	case n <= 2:
		b := &struct {
			Instance
			buf [2]Value
		}{}
		o = &b.Instance
		o.slots = b.buf[:0]
	case n <= 4:
		b := &struct {
			Instance
			buf [4]Value
		}{}
		o = &b.Instance
		o.slots = b.buf[:0]
	case n <= 8:
		b := &struct {
			Instance
			buf [8]Value
		}{}
		o = &b.Instance
		o.slots = b.buf[:0]
	default:
		o = &Instance{slots: make([]Value, 0, n)}
	}
	o.cls, o.shape = cls, cls.shape
	return o
}

// ownAttrs is the per-object attribute storage of instances and of
// exceptions of user classes.
type ownAttrs interface {
	getOwn(name string) (Value, bool)
	setOwn(name string, v Value)
	delOwn(name string) bool
}

func (o *Instance) getOwn(name string) (Value, bool) {
	if o.shape != nil {
		if i := o.shape.Lookup(name); i >= 0 {
			return o.slots[i], true
		}
		return Value{}, false
	}
	if o.dict != nil {
		return o.dict.GetStr(name)
	}
	return Value{}, false
}

func (o *Instance) setOwn(name string, v Value) {
	if o.shape != nil {
		if i := o.shape.Lookup(name); i >= 0 {
			o.slots[i] = v
			return
		}
		o.shape = o.shape.With(name)
		o.slots = append(o.slots, v)
		if n := len(o.slots); n > o.cls.slotHint {
			o.cls.slotHint = n
		}
		return
	}
	if o.dict != nil {
		o.dict.SetStr(name, v)
	}
}

func (o *Instance) delOwn(name string) bool {
	if o.shape != nil {
		i := o.shape.Lookup(name)
		if i < 0 {
			return false
		}
		// Rebuild the shape without the name, so the instance stays on
		// shared shapes.
		s := o.shape.Root()
		slots := make([]Value, 0, len(o.slots))
		for j, n := range o.shape.names {
			if j != i {
				s = s.With(n)
				slots = append(slots, o.slots[j])
			}
		}
		o.shape, o.slots = s, slots
		return true
	}
	if o.dict != nil {
		_, ok, _ := o.dict.Delete(nil, NewStr(name))
		return ok
	}
	return false
}

// attrDict switches the instance to dictionary mode and returns its __dict__.
func (o *Instance) attrDict() *Dict {
	if o.dict == nil {
		o.dict = NewDict()
		if o.shape != nil {
			for i, n := range o.shape.names {
				o.dict.SetStr(n, o.slots[i])
			}
		}
		o.shape, o.slots = nil, nil
	}
	return o.dict
}

// hasDict reports whether instances of cls have a __dict__.
func hasDict(cls *Type) bool { return cls.Heap && !cls.noDict }

// GetAttr implements Attributer.
func (o *Instance) GetAttr(t *Thread, name string) (Value, bool, error) {
	return genericGetAttr(t, FromObject(o), o.Type(), o, name)
}

// SetAttr implements setattr for instances.
func (o *Instance) SetAttr(t *Thread, name string, v Value) error {
	cls := o.Type()
	if f, owner := cls.lookupOwner("__setattr__"); owner != nil && owner.Heap {
		_, err := callMethod(t, f, owner, FromObject(o), NewStr(name), v)
		return err
	}
	return genericSetAttr(t, FromObject(o), cls, o, name, v)
}

// DelAttr implements delattr for instances.
func (o *Instance) DelAttr(t *Thread, name string) error {
	cls := o.Type()
	if f, owner := cls.lookupOwner("__delattr__"); owner != nil && owner.Heap {
		_, err := callMethod(t, f, owner, FromObject(o), NewStr(name))
		return err
	}
	return genericDelAttr(t, FromObject(o), cls, o, name)
}

// genericGetAttr is object.__getattribute__ followed by __getattr__:
// data descriptors of the class win over the object's own attributes,
// which win over other class attributes.
func genericGetAttr(t *Thread, obj Value, cls *Type, own ownAttrs, name string) (Value, bool, error) {
	v, ok, err := genericGetAttribute(t, obj, cls, own, name)
	if ok {
		return v, true, nil
	}
	if err != nil && !AsException(err).IsInstance(AttributeErrorType) {
		return Value{}, false, err
	}
	if ga, owner := cls.lookupOwner("__getattr__"); owner != nil && owner.Heap {
		r, gerr := callMethod(t, ga, owner, obj, NewStr(name))
		if gerr != nil {
			return Value{}, false, gerr
		}
		return r, true, nil
	}
	return Value{}, false, err
}

func genericGetAttribute(t *Thread, obj Value, cls *Type, own ownAttrs, name string) (Value, bool, error) {
	descr, owner := cls.lookupOwner(name)
	if owner != nil && isDataDescriptor(descr) {
		r, err := descrGet(t, descr, owner, obj, cls)
		return r, err == nil, err
	}
	switch name {
	case "__class__":
		return FromObject(cls), true, nil
	case "__dict__":
		if o, ok := own.(*Instance); ok && hasDict(cls) {
			return FromObject(o.attrDict()), true, nil
		}
		if e, ok := own.(*Exception); ok {
			d := NewDict()
			for k, v := range e.Attrs {
				d.SetStr(k, v)
			}
			return FromObject(d), true, nil
		}
	}
	if own != nil {
		if v, ok := own.getOwn(name); ok {
			return v, true, nil
		}
	}
	if owner != nil {
		r, err := descrGet(t, descr, owner, obj, cls)
		return r, err == nil, err
	}
	return Value{}, false, nil
}

func genericSetAttr(t *Thread, obj Value, cls *Type, own ownAttrs, name string, v Value) error {
	descr, owner := cls.lookupOwner(name)
	if owner != nil {
		switch d := descr.ref.(type) {
		case *Property:
			if d.Set.IsUnbound() || d.Set.IsNone() {
				return Errorf(AttributeErrorType, "property '%s' of '%s' object has no setter", d.name(name), cls.Name)
			}
			_, err := Call(t, d.Set, []Value{obj, v}, nil)
			return err
		case *SlotDescr:
			own.setOwn(name, v)
			return nil
		case *Instance:
			if set, sowner := d.Type().lookupOwner("__set__"); sowner != nil && sowner.Heap {
				_, err := callMethod(t, set, sowner, descr, obj, v)
				return err
			}
		}
	}
	switch name {
	case "__class__":
		return Errorf(NotImplementedErrorType, "assigning to __class__ is not supported yet")
	case "__dict__":
		return Errorf(NotImplementedErrorType, "assigning to __dict__ is not supported yet")
	}
	if own == nil {
		return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", cls.Name, name)
	}
	if _, isInst := own.(*Instance); isInst && !hasDict(cls) {
		if owner != nil && !cls.Heap {
			return Errorf(AttributeErrorType, "'%s' object attribute '%s' is read-only", cls.Name, name)
		}
		return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", cls.Name, name)
	}
	own.setOwn(name, v)
	return nil
}

func genericDelAttr(t *Thread, obj Value, cls *Type, own ownAttrs, name string) error {
	descr, owner := cls.lookupOwner(name)
	if owner != nil {
		switch d := descr.ref.(type) {
		case *Property:
			if d.Del.IsUnbound() || d.Del.IsNone() {
				return Errorf(AttributeErrorType, "property '%s' of '%s' object has no deleter", d.name(name), cls.Name)
			}
			_, err := Call(t, d.Del, []Value{obj}, nil)
			return err
		case *SlotDescr:
			if own == nil || !own.delOwn(name) {
				return NewException(AttributeErrorType, NewStr(name))
			}
			return nil
		case *Instance:
			if del, downer := d.Type().lookupOwner("__delete__"); downer != nil && downer.Heap {
				_, err := callMethod(t, del, downer, descr, obj)
				return err
			}
		}
	}
	if own != nil && own.delOwn(name) {
		return nil
	}
	return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", cls.Name, name)
}

// isDataDescriptor reports whether a class attribute takes precedence over
// instance attributes (it defines __set__ or __delete__).
func isDataDescriptor(v Value) bool {
	switch d := v.ref.(type) {
	case *Property, *SlotDescr:
		return true
	case *Instance:
		cls := d.Type()
		if !cls.Heap {
			return false
		}
		_, so := cls.lookupOwner("__set__")
		_, do := cls.lookupOwner("__delete__")
		return so != nil && so.Heap || do != nil && do.Heap
	}
	return false
}

// descrGet binds a class attribute found in owner (a class in the MRO of
// cls) to obj, as its __get__ would: functions become bound methods.
func descrGet(t *Thread, descr Value, owner *Type, obj Value, cls *Type) (Value, error) {
	switch d := descr.ref.(type) {
	case *Property:
		if d.Get.IsUnbound() || d.Get.IsNone() {
			return Value{}, Errorf(AttributeErrorType, "property '%s' of '%s' object has no getter", d.name("?"), cls.Name)
		}
		return Call(t, d.Get, []Value{obj}, nil)
	case *SlotDescr:
		if own, ok := obj.ref.(ownAttrs); ok {
			if v, ok := own.getOwn(d.Name); ok {
				return v, nil
			}
		}
		return Value{}, Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", cls.Name, d.Name)
	case *StaticMethod:
		return d.Fn, nil
	case *ClassMethod:
		return FromObject(&BoundMethod{Self: FromObject(cls), Fn: d.Fn}), nil
	case *Builtin:
		if !d.HasSelf && !owner.Heap {
			return FromObject(&Builtin{Name: d.Name, Fn: d.Fn, Self: selfFor(obj, owner), HasSelf: true}), nil
		}
		return descr, nil
	case *GoMethod:
		return FromObject(&BoundMethod{Self: obj, Fn: descr}), nil
	case *Instance:
		if get, gowner := d.Type().lookupOwner("__get__"); gowner != nil && gowner.Heap {
			return callMethod(t, get, gowner, descr, obj, FromObject(cls))
		}
		return descr, nil
	}
	if descr.ref != nil && descr.ref.Type() == FunctionType {
		return FromObject(&BoundMethod{Self: obj, Fn: descr}), nil
	}
	return descr, nil
}

// selfFor is the receiver a method of builtin type owner gets when called
// on obj: the builtin value inside an instance of a subclass of a builtin
// type (object's own methods get the instance).
func selfFor(obj Value, owner *Type) Value {
	if o, ok := obj.ref.(*Instance); ok && !o.base.IsUnbound() && owner != ObjectType {
		return o.base
	}
	return obj
}

// callMethod calls a method found in owner's dictionary on self: a
// function gets self first, static and class methods are unwrapped.
func callMethod(t *Thread, fn Value, owner *Type, self Value, args ...Value) (Value, error) {
	switch d := fn.ref.(type) {
	case *StaticMethod:
		return Call(t, d.Fn, args, nil)
	case *ClassMethod:
		return Call(t, d.Fn, prepend(FromObject(self.Type()), args), nil)
	case *Builtin:
		if !d.HasSelf && !owner.Heap {
			return d.Fn(t, prepend(selfFor(self, owner), args), nil)
		}
		return Call(t, fn, args, nil)
	case *GoMethod:
		return d.Fn(t, prepend(self, args), nil)
	}
	if fn.ref != nil && fn.ref.Type() == FunctionType {
		return Call(t, fn, prepend(self, args), nil)
	}
	bound, err := descrGet(t, fn, owner, self, self.Type())
	if err != nil {
		return Value{}, err
	}
	return Call(t, bound, args, nil)
}

// userMethod finds a special method that a class statement defined for
// v's type. Methods of builtin types are not returned: the caller
// implements the builtin behaviour itself.
func userMethod(v Value, name string) (Value, *Type, bool) {
	typ := v.ref.Type()
	if !typ.Heap {
		return Value{}, nil, false
	}
	m, owner := typ.lookupOwner(name)
	if owner == nil || !owner.Heap {
		return Value{}, nil, false
	}
	return m, owner, true
}

// callUser calls the special method name of v's class if a class
// statement defined it; ok reports whether it did.
func callUser(t *Thread, v Value, name string, args ...Value) (Value, bool, error) {
	m, owner, ok := userMethod(v, name)
	if !ok {
		return Value{}, false, nil
	}
	r, err := callMethod(t, m, owner, v, args...)
	return r, true, err
}

// baseOf returns the builtin value inside an instance of a subclass of a
// builtin type.
func baseOf(v Value) (Value, bool) {
	if o, ok := v.ref.(*Instance); ok && !o.base.IsUnbound() {
		return o.base, true
	}
	return Value{}, false
}

// defaultRepr is object.__repr__.
func defaultRepr(v Value) string {
	typ := v.Type()
	name := typ.Name
	if typ.Heap {
		name = typ.qualified()
	}
	return fmt.Sprintf("<%s object at %#x>", name, IdentityHash(v))
}

// ---------------------------------------------------------------------------
// Inline caches

// AttrCache is an interpreter inline cache for one attribute instruction
// (LOAD_ATTR, STORE_ATTR, LOAD_METHOD). It remembers how the last lookup
// went for instances of one shape, and stays valid while that shape's
// class keeps the version it had (its namespace and its bases' unchanged).
type AttrCache struct {
	shape   *Shape
	version uint64
	kind    uint8
	index   int32
	value   Value
	next    *Shape
}

const (
	cacheEmpty     uint8 = iota
	cacheSlot            // an instance attribute: slots[index]
	cacheMethod          // a function in the class: bind it
	cacheClassAttr       // a plain class attribute: value
	cacheAdd             // STORE_ATTR adding an attribute: move to next
)

func (c *AttrCache) hit(o *Instance) bool {
	return o.shape == c.shape && o.shape != nil && o.shape.cls.version == c.version
}

// fillLoad records how name resolves on instances shaped like o.
func (c *AttrCache) fillLoad(o *Instance, name string) {
	c.kind = cacheEmpty
	s := o.shape
	if s == nil || name == "__class__" || name == "__dict__" {
		return
	}
	cls := s.cls
	descr, owner := cls.lookupOwner(name)
	_, member := descr.ref.(*SlotDescr)
	if owner != nil && isDataDescriptor(descr) && !member {
		return
	}
	c.shape, c.version = s, cls.version
	if i := s.Lookup(name); i >= 0 {
		// An instance attribute, or a __slots__ member (whose value
		// lives in the same slots).
		c.kind, c.index = cacheSlot, int32(i)
		return
	}
	if member {
		c.kind = cacheEmpty // unset member: AttributeError
		return
	}
	if owner == nil {
		return
	}
	if descr.ref != nil && descr.ref.Type() == FunctionType {
		c.kind, c.value = cacheMethod, descr
		return
	}
	switch descr.ref.(type) {
	case *Instance, *Builtin, *StaticMethod, *ClassMethod, *GoMethod:
		return
	}
	c.kind, c.value = cacheClassAttr, descr
}

// LoadAttr is GetAttr through an inline cache.
func LoadAttr(t *Thread, c *AttrCache, v Value, name string) (Value, error) {
	if o, ok := v.ref.(*Instance); ok {
		if !c.hit(o) {
			c.fillLoad(o, name)
		}
		if c.shape == o.shape && o.shape != nil {
			switch c.kind {
			case cacheSlot:
				return o.slots[c.index], nil
			case cacheMethod:
				return FromObject(&BoundMethod{Self: v, Fn: c.value}), nil
			case cacheClassAttr:
				return c.value, nil
			}
		}
	}
	return GetAttr(t, v, name)
}

// LoadMethod is LookupMethod through an inline cache: a method defined
// in the class comes back unbound with needsSelf set, allocating nothing.
func LoadMethod(t *Thread, c *AttrCache, v Value, name string) (Value, bool, error) {
	if o, ok := v.ref.(*Instance); ok {
		if !c.hit(o) {
			c.fillLoad(o, name)
		}
		if c.shape == o.shape && o.shape != nil {
			switch c.kind {
			case cacheSlot:
				return o.slots[c.index], false, nil
			case cacheMethod:
				return c.value, true, nil
			case cacheClassAttr:
				return c.value, false, nil
			}
		}
	}
	return LookupMethod(t, v, name)
}

// StoreAttr is SetAttr through an inline cache.
func StoreAttr(t *Thread, c *AttrCache, v Value, name string, val Value) error {
	if o, ok := v.ref.(*Instance); ok && o.shape != nil {
		if c.hit(o) {
			switch c.kind {
			case cacheSlot:
				o.slots[c.index] = val
				return nil
			case cacheAdd:
				o.shape = c.next
				o.slots = append(o.slots, val)
				if n := len(o.slots); n > o.cls.slotHint {
					o.cls.slotHint = n
				}
				return nil
			}
		}
		c.fillStore(o, name)
	}
	return SetAttr(t, v, name, val)
}

func (c *AttrCache) fillStore(o *Instance, name string) {
	c.kind = cacheEmpty
	s := o.shape
	cls := s.cls
	if name == "__class__" || name == "__dict__" {
		return
	}
	if _, owner := cls.lookupOwner("__setattr__"); owner != nil && owner.Heap {
		return
	}
	descr, owner := cls.lookupOwner(name)
	_, member := descr.ref.(*SlotDescr)
	if owner != nil && isDataDescriptor(descr) && !member || !member && !hasDict(cls) {
		return
	}
	c.shape, c.version = s, cls.version
	if i := s.Lookup(name); i >= 0 {
		c.kind, c.index = cacheSlot, int32(i)
		return
	}
	c.kind, c.next = cacheAdd, s.With(name)
}
