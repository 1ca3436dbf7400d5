package runtime

import "testing"

// abstractMarker stands for a function decorated with @abstractmethod.
type abstractMarker struct{}

func (abstractMarker) Type() *Type { return ObjectType }

func (abstractMarker) GetAttr(t *Thread, name string) (Value, bool, error) {
	if name == "__isabstractmethod__" {
		return True, true, nil
	}
	return Value{}, false, nil
}

func TestABC(t *testing.T) {
	th := libTestThread()
	mod := BuiltinModules["abc"](th)
	abcV, _ := mod.Globals.Get("ABC")
	metaV, _ := mod.Globals.Get("ABCMeta")
	abc, meta := abcV.ref.(*Type), metaV.ref.(*Type)
	abstract := FromObject(abstractMarker{})
	concrete := NewBuiltin("f", func(t *Thread, args []Value, kw []string) (Value, error) { return None, nil })
	mk := func(name string, bases []*Type, m *Type, body ...any) *Type {
		ns := NewDict()
		for i := 0; i < len(body); i += 2 {
			ns.SetStr(body[i].(string), body[i+1].(Value))
		}
		cls, err := NewClassMeta(th, name, name, bases, ns, m)
		if err != nil {
			t.Fatal(err)
		}
		return cls
	}
	shape := mk("Shape", []*Type{abc}, nil, "area", abstract, "perimeter", FromObject(&Property{Get: abstract, Set: None, Del: None, Doc: None}), "name", concrete)
	half := mk("Half", []*Type{shape}, nil, "area", concrete)
	full := mk("Full", []*Type{half}, nil, "perimeter", concrete)
	again := mk("Again", []*Type{full}, nil, "area", FromObject(&StaticMethod{Fn: abstract}))
	viaMeta := mk("ViaMeta", nil, meta, "run", FromObject(&ClassMethod{Fn: abstract}))
	for _, c := range []struct {
		cls  *Type
		want string
	}{
		{shape, "TypeError: Can't instantiate abstract class Shape with abstract methods area, perimeter"},
		{half, "TypeError: Can't instantiate abstract class Half with abstract method perimeter"},
		{full, "<Full object>"},
		{again, "TypeError: Can't instantiate abstract class Again with abstract method area"},
		{viaMeta, "TypeError: Can't instantiate abstract class ViaMeta with abstract method run"},
		{abc, "<ABC object>"},
	} {
		v, err := Call(th, FromObject(c.cls), nil, nil)
		got := libResult(th, v, err)
		if err == nil {
			got = "<" + v.TypeName() + " object>"
		}
		if got != c.want {
			t.Errorf("%s(): %s, want %s", c.cls.Name, got, c.want)
		}
	}
	if shape.Type() != meta || full.Type() != meta {
		t.Errorf("metaclass not inherited")
	}
	r, _ := Repr(th, FromObject(meta))
	if r != "<class 'abc.ABCMeta'>" {
		t.Errorf("repr(ABCMeta) = %s", r)
	}
	reg, _ := GetAttr(th, FromObject(shape), "register")
	if _, err := Call(th, reg, []Value{FromObject(IntType)}, nil); err == nil || !AsException(err).IsInstance(NotImplementedErrorType) {
		t.Errorf("register: %v", err)
	}
}

func TestMetaclasses(t *testing.T) {
	th := libTestThread()
	if _, err := NewClass(th, "M", "M", []*Type{TypeType}, NewDict()); err == nil || AsException(err).Message() != "metaclasses are not supported yet (class M)" {
		t.Errorf("class M(type): %v", err)
	}
	if !SupportedMetaclass(TypeType) || SupportedMetaclass(IntType) {
		t.Errorf("SupportedMetaclass")
	}
	cls, err := NewClass(th, "C", "C", nil, NewDict())
	if err != nil || cls.Type() != TypeType || SupportedMetaclass(cls) {
		t.Errorf("plain class: %v %v", err, cls.Type())
	}
}
