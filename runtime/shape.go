package runtime

// Shapes ("maps" in PyPy, "hidden classes" in V8) describe the layout of
// instance attributes. An instance stores its attribute values in a plain
// slice, and a pointer to a Shape that says which name lives at which
// index. Instances of a class that get the same attributes in the same
// order share one Shape, found by following cached transitions from the
// class's root shape, so:
//
//   - reading obj.x is "look x up in obj's shape, load slots[i]", and a
//     cache keyed by the shape pointer (the interpreter's inline caches,
//     and later the JIT's guards) turns it into one compare and one load;
//   - adding an attribute moves the instance to the child shape (cached
//     per name), appending one slot.
//
// Each class has its own root shape, so a shape also identifies the class.
// Deleting an attribute rebuilds the instance's shape from the root without
// the name; reading obj.__dict__ moves the instance to dictionary mode for
// good (shape nil, attributes in a Dict), since the program may then add
// and remove keys behind the object's back.

// maxLinearShape is the attribute count up to which a lookup scans the
// names instead of using the index map.
const maxLinearShape = 8

// Shape maps attribute names to slot indexes. Shapes are immutable once
// created; only their transition cache grows.
type Shape struct {
	cls    *Type
	parent *Shape
	// names[i] is the attribute stored in slot i.
	names []string
	index map[string]int
	trans map[string]*Shape
}

func newRootShape(cls *Type) *Shape { return &Shape{cls: cls} }

// Len returns the number of attributes.
func (s *Shape) Len() int { return len(s.names) }

// Names returns the attribute names in slot order (must not be modified).
func (s *Shape) Names() []string { return s.names }

// Class returns the class whose instances use the shape.
func (s *Shape) Class() *Type { return s.cls }

// Lookup returns the slot of name, or -1.
func (s *Shape) Lookup(name string) int {
	if s.index != nil {
		if i, ok := s.index[name]; ok {
			return i
		}
		return -1
	}
	for i, n := range s.names {
		if n == name {
			return i
		}
	}
	return -1
}

// With returns the shape after adding name (which must be absent).
func (s *Shape) With(name string) *Shape {
	if c, ok := s.trans[name]; ok {
		return c
	}
	names := make([]string, len(s.names)+1)
	copy(names, s.names)
	names[len(s.names)] = name
	c := &Shape{cls: s.cls, parent: s, names: names}
	if len(names) > maxLinearShape {
		c.index = make(map[string]int, len(names))
		for i, n := range names {
			c.index[n] = i
		}
	}
	if s.trans == nil {
		s.trans = map[string]*Shape{}
	}
	s.trans[name] = c
	return c
}

// Root returns the empty shape of the class.
func (s *Shape) Root() *Shape {
	for s.parent != nil {
		s = s.parent
	}
	return s
}
