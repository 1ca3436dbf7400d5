package runtime

import "unsafe"

// AttrPlan says how an attribute access resolves on every instance with
// a given shape for as long as its class's version stays the same: what
// the interpreter's inline caches (AttrCache) and the JIT's guards rely
// on. The JIT guards the shape and the version and then reads a slot or
// uses the class's value as a constant.
type AttrPlan struct {
	Kind    AttrKind
	Index   int   // AttrSlot: the slot
	Value   Value // AttrMethod, AttrClassAttr: the class's value
	Shape   *Shape
	Class   *Type
	Version uint64
}

// AttrKind is the kind of an AttrPlan.
type AttrKind uint8

const (
	AttrNone      AttrKind = iota // resolved some other way (descriptor, __getattr__, missing, ...)
	AttrSlot                      // an instance attribute in slot Index
	AttrMethod                    // a function in the class (bound to the instance)
	AttrClassAttr                 // a plain class attribute: Value
)

// PlanLoadAttr is how o.name reads, the way LoadAttr and LoadMethod read it.
func PlanLoadAttr(o *Instance, name string) AttrPlan {
	var c AttrCache
	c.fillLoad(o, name)
	return c.plan()
}

// PlanStoreAttr is how o.name = v stores into an existing attribute, the
// way StoreAttr stores it (AttrSlot, or AttrNone for anything else,
// adding an attribute included).
func PlanStoreAttr(o *Instance, name string) AttrPlan {
	if o.shape == nil {
		return AttrPlan{}
	}
	var c AttrCache
	c.fillStore(o, name)
	if c.kind != cacheSlot {
		return AttrPlan{}
	}
	return c.plan()
}

func (c *AttrCache) plan() AttrPlan {
	p := AttrPlan{Shape: c.shape, Version: c.version, Index: int(c.index), Value: c.value}
	if c.shape != nil {
		p.Class = c.shape.cls
	}
	switch c.kind {
	case cacheSlot:
		p.Kind = AttrSlot
	case cacheMethod:
		p.Kind = AttrMethod
	case cacheClassAttr:
		p.Kind = AttrClassAttr
	}
	return p
}

// InstanceLayout holds the byte offsets of the fields compiled code reads:
// an Instance's shape pointer and slots slice, a Type's version.
var InstanceLayout = struct {
	Shape, Slots, TypeVersion uintptr
}{
	Shape:       unsafe.Offsetof(Instance{}.shape),
	Slots:       unsafe.Offsetof(Instance{}.slots),
	TypeVersion: unsafe.Offsetof(Type{}.version),
}
