package runtime

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/tracejit/tracejit/runtime/format"
)

// Reprer is implemented by objects defined outside this package that know
// their own repr (functions, code objects).
type Reprer interface {
	Repr(t *Thread) (string, error)
}

// Repr is repr(v).
func Repr(t *Thread, v Value) (string, error) {
	switch x := v.ref.(type) {
	case intKind:
		return strconv.FormatInt(int64(v.raw), 10), nil
	case boolKind:
		if v.raw != 0 {
			return "True", nil
		}
		return "False", nil
	case noneKind:
		return "None", nil
	case floatKind:
		return format.FloatRepr(v.AsFloat()), nil
	case *BigInt:
		return intToDecimal(t, &x.v)
	case *Str:
		return StrRepr(x.s), nil
	case *List:
		return reprSeq(t, x, "[", "]", x.Items, false)
	case *Tuple:
		return reprSeq(t, x, "(", ")", x.Items, len(x.Items) == 1)
	case *Dict:
		return reprDict(t, x)
	case *DictView:
		var items []Value
		it := NewDictIter(x.D, x.Kind)
		for {
			item, ok, _ := it.Next(t)
			if !ok {
				break
			}
			items = append(items, item)
		}
		return reprSeq(t, x, x.Type().Name+"([", "])", items, false)
	case *Range:
		if b := x.Big; b != nil {
			if b.Step.Cmp(big.NewInt(1)) == 0 {
				return "range(" + b.Start.String() + ", " + b.Stop.String() + ")", nil
			}
			return "range(" + b.Start.String() + ", " + b.Stop.String() + ", " + b.Step.String() + ")", nil
		}
		if x.Step == 1 {
			return fmt.Sprintf("range(%d, %d)", x.Start, x.Stop), nil
		}
		return fmt.Sprintf("range(%d, %d, %d)", x.Start, x.Stop, x.Step), nil
	case *Slice:
		a, _ := Repr(t, x.Start)
		b, _ := Repr(t, x.Stop)
		c, _ := Repr(t, x.Step)
		return "slice(" + a + ", " + b + ", " + c + ")", nil
	case *Type:
		if s, ok, err := reprUser(t, v); ok {
			return s, err // the metaclass's (<enum 'Color'>)
		}
		if x.Module != "" {
			return "<class '" + x.qualified() + "'>", nil
		}
		return "<class '" + x.Name + "'>", nil
	case *Set:
		return reprSet(t, x, x.Type().Name)
	case *Instance:
		if s, ok, err := reprUser(t, v); ok {
			return s, err
		}
		return instanceRepr(t, x)
	case *Exception:
		if x.typ.Heap {
			if s, ok, err := reprUser(t, v); ok {
				return s, err
			}
		}
		if len(x.Args) == 1 {
			s, err := Repr(t, x.Args[0])
			return x.typ.Name + "(" + s + ")", err
		}
		s, err := reprSeq(t, nil, "(", ")", x.Args, false)
		return x.typ.Name + s, err
	case *Builtin:
		if x.HasSelf {
			return fmt.Sprintf("<built-in method %s of %s object at %#x>", x.Name, x.Self.TypeName(), IdentityHash(x.Self)), nil
		}
		return "<built-in function " + x.Name + ">", nil
	case *Module:
		if x.File != "" {
			return "<module '" + x.Name + "' from '" + x.File + "'>", nil
		}
		return "<module '" + x.Name + "' (built-in)>", nil
	case *singleton:
		if x.t == NotImplementedType {
			return "NotImplemented", nil
		}
		return "Ellipsis", nil
	case Reprer:
		return x.Repr(t)
	}
	return fmt.Sprintf("<%s object at %#x>", v.TypeName(), IdentityHash(v)), nil
}

// ToStr is str(v).
func ToStr(t *Thread, v Value) (string, error) {
	switch x := v.ref.(type) {
	case *Str:
		return x.s, nil
	case *Exception:
		if x.typ.Heap {
			if s, ok, err := strUser(t, v); ok {
				return s, err
			}
		}
		return x.Message(), nil
	case *Instance:
		if s, ok, err := strUser(t, v); ok {
			return s, err
		}
		if _, _, ok := userMethod(v, "__repr__"); !ok && !x.base.IsUnbound() {
			if _, isSet := x.base.ref.(*Set); !isSet {
				return ToStr(t, x.base)
			}
		}
	}
	return Repr(t, v)
}

// ReprOrPlaceholder is repr(v), or a placeholder if repr raised.
func ReprOrPlaceholder(v Value) string {
	s, err := Repr(nil, v)
	if err != nil {
		return "<exception repr() failed>"
	}
	return s
}

// StrOrPlaceholder is str(v), or a placeholder if str raised.
func StrOrPlaceholder(v Value) string {
	s, err := ToStr(nil, v)
	if err != nil {
		return "<exception str() failed>"
	}
	return s
}

func (t *Thread) enterRepr(o Object) bool {
	if t == nil {
		return true
	}
	if t.reprActive == nil {
		t.reprActive = map[Object]bool{}
	}
	if t.reprActive[o] {
		return false
	}
	t.reprActive[o] = true
	return true
}

func (t *Thread) leaveRepr(o Object) {
	if t != nil {
		delete(t.reprActive, o)
	}
}

func reprSeq(t *Thread, self Object, open, close string, items []Value, trailingComma bool) (string, error) {
	if self != nil {
		if !t.enterRepr(self) {
			return open + "..." + close, nil
		}
		defer t.leaveRepr(self)
	}
	var b strings.Builder
	b.WriteString(open)
	for i, it := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := Repr(t, it)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	if trailingComma {
		b.WriteString(",")
	}
	b.WriteString(close)
	return b.String(), nil
}

func reprDict(t *Thread, d *Dict) (string, error) {
	if !t.enterRepr(d) {
		return "{...}", nil
	}
	defer t.leaveRepr(d)
	var b strings.Builder
	b.WriteByte('{')
	first := true
	var err error
	d.Items(func(k, v Value) bool {
		if !first {
			b.WriteString(", ")
		}
		first = false
		var ks, vs string
		if ks, err = Repr(t, k); err != nil {
			return false
		}
		if vs, err = Repr(t, v); err != nil {
			return false
		}
		b.WriteString(ks)
		b.WriteString(": ")
		b.WriteString(vs)
		return true
	})
	b.WriteByte('}')
	return b.String(), err
}
