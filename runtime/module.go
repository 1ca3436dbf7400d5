package runtime

// Globals is a module's namespace as an array of slots. The compiler
// resolves each global name of a module to its slot once, so reading a
// global is an index, and the JIT can guard on a slot's contents.
type Globals struct {
	index map[string]int
	Names []string
	Vals  []Value
}

// NewGlobals returns an empty namespace.
func NewGlobals() *Globals { return &Globals{index: map[string]int{}} }

// Slot returns the slot of name, adding an unbound one if needed.
func (g *Globals) Slot(name string) int {
	if i, ok := g.index[name]; ok {
		return i
	}
	i := len(g.Names)
	g.index[name] = i
	g.Names = append(g.Names, name)
	g.Vals = append(g.Vals, Value{})
	return i
}

// Get returns the value bound to name; ok is false if unbound.
func (g *Globals) Get(name string) (Value, bool) {
	if i, ok := g.index[name]; ok && !g.Vals[i].IsUnbound() {
		return g.Vals[i], true
	}
	return Value{}, false
}

// Set binds name.
func (g *Globals) Set(name string, v Value) { g.Vals[g.Slot(name)] = v }

// Module is a Python module object.
type Module struct {
	Name    string
	Globals *Globals
	// File is the source path for modules loaded from files ("" for builtins).
	File string
}

// Type returns module.
func (*Module) Type() *Type { return ModuleType }

// NewModule returns an empty module named name.
func NewModule(name string) *Module {
	m := &Module{Name: name, Globals: NewGlobals()}
	m.Globals.Set("__name__", NewStr(name))
	return m
}

// Attributer is implemented by objects outside this package that have
// their own attribute lookup (class instances).
type Attributer interface {
	GetAttr(t *Thread, name string) (Value, bool, error)
}

// GetAttr is getattr(v, name).
func GetAttr(t *Thread, v Value, name string) (Value, error) {
	r, ok, err := LookupAttr(t, v, name)
	if err != nil || ok {
		return r, err
	}
	if m, isMod := v.ref.(*Module); isMod {
		return Value{}, Errorf(AttributeErrorType, "module '%s' has no attribute '%s'", m.Name, name)
	}
	if ty, isType := v.ref.(*Type); isType {
		return Value{}, Errorf(AttributeErrorType, "type object '%s' has no attribute '%s'", ty.Name, name)
	}
	return Value{}, Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", v.TypeName(), name)
}

// LookupAttr is GetAttr without the AttributeError: ok is false when absent.
func LookupAttr(t *Thread, v Value, name string) (Value, bool, error) {
	switch x := v.ref.(type) {
	case *Module:
		r, ok := x.Globals.Get(name)
		return r, ok, nil
	case *Instance:
		return genericGetAttr(t, v, x.Type(), x, name)
	case *Type:
		return typeGetAttr(t, x, name)
	case *Exception:
		if r, ok := x.attr(name); ok {
			return r, true, nil
		}
		if x.typ.Heap {
			return genericGetAttr(t, v, x.typ, x, name)
		}
		if r, ok := x.Attrs[name]; ok {
			return r, true, nil
		}
	case Attributer:
		return x.GetAttr(t, name)
	}
	if m, ok := v.Type().Lookup(name); ok {
		// A Builtin already bound in the type dict is a class method
		// (dict.fromkeys): it stays bound to its class.
		if b, isBuiltin := m.ref.(*Builtin); isBuiltin && !b.HasSelf {
			return FromObject(&Builtin{Name: b.Name, Fn: b.Fn, Self: v, HasSelf: true}), true, nil
		}
		return m, true, nil
	}
	if name == "__class__" {
		return FromObject(v.Type()), true, nil
	}
	return Value{}, false, nil
}

// LookupMethod finds a method for obj.name(...) without creating a bound
// method: for builtin types it returns the unbound Builtin and true for
// "needs self". Otherwise it returns the attribute value itself.
func LookupMethod(t *Thread, v Value, name string) (fn Value, needsSelf bool, err error) {
	switch x := v.ref.(type) {
	case *Instance:
		// A function found in the class (and not shadowed by an instance
		// attribute) is called with the instance as self, unbound.
		descr, owner := x.Type().lookupOwner(name)
		if owner != nil && descr.ref != nil && descr.ref.Type() == FunctionType {
			if _, shadowed := x.getOwn(name); !shadowed && name != "__class__" && name != "__dict__" {
				return descr, true, nil
			}
		}
		r, err := GetAttr(t, v, name)
		return r, false, err
	case *Module, *Type, *Exception, Attributer:
		r, err := GetAttr(t, v, name)
		return r, false, err
	}
	if m, ok := v.Type().Lookup(name); ok {
		if b, isBuiltin := m.ref.(*Builtin); isBuiltin && !b.HasSelf {
			return m, true, nil
		}
	}
	r, err := GetAttr(t, v, name)
	return r, false, err
}

// SetAttr is setattr(v, name, value).
func SetAttr(t *Thread, v Value, name string, val Value) error {
	switch x := v.ref.(type) {
	case *Module:
		x.Globals.Set(name, val)
		return nil
	case *Exception:
		if x.setAttr(name, val) {
			return nil
		}
		if x.typ.Heap {
			return genericSetAttr(t, v, x.typ, x, name, val)
		}
		x.setOwn(name, val)
		return nil
	case interface {
		SetAttr(t *Thread, name string, val Value) error
	}:
		return x.SetAttr(t, name, val)
	}
	if _, ok := v.Type().Lookup(name); ok {
		return Errorf(AttributeErrorType, "'%s' object attribute '%s' is read-only", v.TypeName(), name)
	}
	return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", v.TypeName(), name)
}

// DelAttr is delattr(v, name).
func DelAttr(t *Thread, v Value, name string) error {
	switch x := v.ref.(type) {
	case *Module:
		if _, ok := x.Globals.Get(name); !ok {
			return Errorf(AttributeErrorType, "module '%s' has no attribute '%s'", x.Name, name)
		}
		x.Globals.Vals[x.Globals.Slot(name)] = Value{}
		return nil
	case *Exception:
		if x.typ.Heap {
			return genericDelAttr(t, v, x.typ, x, name)
		}
		if x.delOwn(name) {
			return nil
		}
	case interface {
		DelAttr(t *Thread, name string) error
	}:
		return x.DelAttr(t, name)
	}
	if _, ok := v.Type().Lookup(name); ok {
		return Errorf(AttributeErrorType, "'%s' object attribute '%s' is read-only", v.TypeName(), name)
	}
	return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", v.TypeName(), name)
}
