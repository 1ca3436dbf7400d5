package runtime

import (
	"strings"
	"testing"
)

func mroNames(t *Type) string {
	var names []string
	for _, m := range t.MRO {
		names = append(names, m.Name)
	}
	return strings.Join(names, " ")
}

func newTestClass(t *testing.T, name string, bases ...*Type) *Type {
	t.Helper()
	c, err := NewClass(nil, name, name, bases, NewDict())
	if err != nil {
		t.Fatalf("class %s: %v", name, err)
	}
	return c
}

// TestC3 checks the MRO of the classic examples (the Python 2.3 MRO paper).
func TestC3(t *testing.T) {
	O := ObjectType
	F := newTestClass(t, "F", O)
	E := newTestClass(t, "E", O)
	D := newTestClass(t, "D", O)
	C := newTestClass(t, "C", D, F)
	B := newTestClass(t, "B", D, E)
	A := newTestClass(t, "A", B, C)
	if got := mroNames(A); got != "A B C D E F object" {
		t.Errorf("MRO(A) = %s", got)
	}
	// Diamond.
	Top := newTestClass(t, "Top")
	L := newTestClass(t, "L", Top)
	R := newTestClass(t, "R", Top)
	Bot := newTestClass(t, "Bot", L, R)
	if got := mroNames(Bot); got != "Bot L R Top object" {
		t.Errorf("MRO(Bot) = %s", got)
	}
	// No consistent order.
	X := newTestClass(t, "X")
	Y := newTestClass(t, "Y")
	XY := newTestClass(t, "XY", X, Y)
	YX := newTestClass(t, "YX", Y, X)
	_, err := NewClass(nil, "Z", "Z", []*Type{XY, YX}, NewDict())
	if err == nil || !strings.Contains(err.Error(), "Cannot create a consistent method resolution\norder (MRO) for bases X, Y") {
		t.Errorf("inconsistent MRO: %v", err)
	}
	if _, err := NewClass(nil, "W", "W", []*Type{X, X}, NewDict()); err == nil || !strings.Contains(err.Error(), "duplicate base class X") {
		t.Errorf("duplicate base: %v", err)
	}
	if _, err := NewClass(nil, "V", "V", []*Type{BoolType}, NewDict()); err == nil || !strings.Contains(err.Error(), "type 'bool' is not an acceptable base type") {
		t.Errorf("bool base: %v", err)
	}
	if _, err := NewClass(nil, "U", "U", []*Type{ListType, DictType}, NewDict()); err == nil || !strings.Contains(err.Error(), "lay-out conflict") {
		t.Errorf("layout conflict: %v", err)
	}
}

// TestShapes checks that instances adding the same attributes in the same
// order share shapes, that transitions are cached, and that deleting an
// attribute moves back onto shared shapes.
func TestShapes(t *testing.T) {
	cls := newTestClass(t, "P")
	a, b := NewInstance(cls), NewInstance(cls)
	for _, o := range []*Instance{a, b} {
		if err := o.SetAttr(nil, "x", Int(1)); err != nil {
			t.Fatal(err)
		}
		o.SetAttr(nil, "y", Int(2))
	}
	if a.Shape() != b.Shape() || a.Shape().Len() != 2 || a.Shape().Lookup("y") != 1 {
		t.Fatalf("shapes not shared: %p %p", a.Shape(), b.Shape())
	}
	c := NewInstance(cls)
	c.SetAttr(nil, "y", Int(2))
	c.SetAttr(nil, "x", Int(1))
	if c.Shape() == a.Shape() {
		t.Errorf("different attribute order gave the same shape")
	}
	if cap(c.Slots()) < 2 {
		t.Errorf("new instances did not reserve the slots earlier ones needed")
	}
	// Deleting x from a leaves it with the shape of an instance that only set y.
	if err := a.DelAttr(nil, "x"); err != nil {
		t.Fatal(err)
	}
	d := NewInstance(cls)
	d.SetAttr(nil, "y", Int(5))
	if a.Shape() != d.Shape() {
		t.Errorf("delete did not return to the shared shape")
	}
	if v, ok, _ := a.GetAttr(nil, "y"); !ok || v.AsInt() != 2 {
		t.Errorf("a.y = %v after deleting x", v)
	}
	// __dict__ switches to dictionary mode.
	a.attrDict()
	if a.Shape() != nil {
		t.Errorf("dictionary mode kept a shape")
	}
	if v, ok, _ := a.GetAttr(nil, "y"); !ok || v.AsInt() != 2 {
		t.Errorf("a.y = %v in dictionary mode", v)
	}
}

// TestAttrCacheInvalidation checks that a cached method lookup is dropped
// when the class (or a base) changes.
func TestAttrCacheInvalidation(t *testing.T) {
	base := newTestClass(t, "Base")
	sub := newTestClass(t, "Sub", base)
	base.SetAttr(nil, "k", Int(1))
	o := FromObject(NewInstance(sub))
	var c AttrCache
	for i := 0; i < 2; i++ {
		if v, err := LoadAttr(nil, &c, o, "k"); err != nil || v.AsInt() != 1 {
			t.Fatalf("k = %v, %v", v, err)
		}
	}
	if c.kind != cacheClassAttr {
		t.Fatalf("cache kind %d", c.kind)
	}
	base.SetAttr(nil, "k", Int(2))
	if v, _ := LoadAttr(nil, &c, o, "k"); v.AsInt() != 2 {
		t.Errorf("k = %v after the base changed", v)
	}
	if err := SetAttr(nil, o, "k", Int(3)); err != nil {
		t.Fatal(err)
	}
	if v, _ := LoadAttr(nil, &c, o, "k"); v.AsInt() != 3 {
		t.Errorf("k = %v after an instance attribute shadowed it", v)
	}
}
