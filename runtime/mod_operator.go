package runtime

import (
	"fmt"
	"sort"
	"strings"
)

// ---------------------------------------------------------------------------
// Protocol helpers shared by the library modules (operator, functools,
// itertools, random, bisect, heapq, collections, array, io).
//
// The library's container and callable objects (deque, array, partial,
// itemgetter, ...) implement these methods:
//
//	Call(t *Thread, args []Value, kw []string) (Value, error)
//	Iter(t *Thread) (Iterator, error)
//	Len(t *Thread) (int, error)
//	GetItem(t *Thread, key Value) (Value, error)
//	SetItem(t *Thread, key, v Value) error
//	DelItem(t *Thread, key Value) error
//	Contains(t *Thread, item Value) (bool, error)
//	RichCompare(t *Thread, op CompareOp, other Value) (Value, bool, error)
//	Hash(t *Thread) (int64, error)
//	BinaryOp(t *Thread, op BinaryOp, other Value, right, inplace bool) (Value, bool, error)
//
// The core protocol functions (Call, GetIter, Len, GetItem, Compare,
// Binary, ...) dispatch on these method sets (protocols.go). The helpers
// below also check them directly before calling the core, and fall back to
// the special methods of objects with their own attributes, so that the
// modules work with each other's objects whichever path a value takes.

type (
	libCaller = interface {
		Call(*Thread, []Value, []string) (Value, error)
	}
	libIterable = interface {
		Iter(*Thread) (Iterator, error)
	}
	libSizer  = interface{ Len(*Thread) (int, error) }
	libGetter = interface {
		GetItem(*Thread, Value) (Value, error)
	}
	libSetter = interface {
		SetItem(*Thread, Value, Value) error
	}
	libDeleter  = interface{ DelItem(*Thread, Value) error }
	libContainr = interface {
		Contains(*Thread, Value) (bool, error)
	}
	libComparer = interface {
		RichCompare(*Thread, CompareOp, Value) (Value, bool, error)
	}
	libOperand = interface {
		BinaryOp(t *Thread, op BinaryOp, other Value, right, inplace bool) (Value, bool, error)
	}
)

// libBinary is a op b (a op= b when inplace), trying the library objects'
// operators when the core has none.
func libBinary(t *Thread, op BinaryOp, a, b Value, inplace bool) (Value, error) {
	r, err := Binary(t, op, a, b, inplace)
	if err == nil {
		return r, nil
	}
	if x, ok := a.ref.(libOperand); ok {
		if r, ok, oerr := x.BinaryOp(t, op, b, false, inplace); ok || oerr != nil {
			return r, oerr
		}
	}
	if x, ok := b.ref.(libOperand); ok {
		if r, ok, oerr := x.BinaryOp(t, op, a, true, false); ok || oerr != nil {
			return r, oerr
		}
	}
	return Value{}, err
}

// libTypeAttr looks name up in the type of v, binding builtin methods to
// v: the GetAttr of library objects that also have data attributes.
func libTypeAttr(v Value, name string) (Value, bool) {
	m, ok := v.Type().Lookup(name)
	if !ok {
		return Value{}, false
	}
	if b, isBuiltin := m.ref.(*Builtin); isBuiltin && !b.HasSelf {
		return FromObject(&Builtin{Name: b.Name, Fn: b.Fn, Self: v, HasSelf: true}), true
	}
	return m, true
}

// libAddr is the address CPython would print in a default repr.
func libAddr(v Value) string {
	h := IdentityHash(v)
	if h < 0 {
		h = -h
	}
	return fmt.Sprintf("%#x", h)
}

// libCall is Call that also calls the library's callable objects.
func libCall(t *Thread, fn Value, args []Value, kw []string) (Value, error) {
	if c, ok := fn.ref.(libCaller); ok {
		return c.Call(t, args, kw)
	}
	return Call(t, fn, args, kw)
}

// libCall1 calls fn with one argument.
func libCall1(t *Thread, fn, arg Value) (Value, error) {
	return libCall(t, fn, []Value{arg}, nil)
}

// libIter is iter(v).
func libIter(t *Thread, v Value) (Iterator, error) {
	if it, ok := v.ref.(libIterable); ok {
		return it.Iter(t)
	}
	return GetIterSpecial(t, v)
}

// libCollect is list(v) as a new slice.
func libCollect(t *Thread, v Value) ([]Value, error) {
	switch x := v.ref.(type) {
	case *List:
		return append([]Value(nil), x.Items...), nil
	case *Tuple:
		return append([]Value(nil), x.Items...), nil
	}
	it, err := libIter(t, v)
	if err != nil {
		return nil, err
	}
	return collectIter(t, it)
}

// libLen is len(v).
func libLen(t *Thread, v Value) (int, error) {
	if s, ok := v.ref.(libSizer); ok {
		return s.Len(t)
	}
	if n, err := Len(t, v); err == nil {
		return n, nil
	}
	r, err := builtinLen(t, []Value{v}, nil)
	if err != nil {
		return 0, err
	}
	return asSsize(t, r)
}

// libGetItem is c[k].
func libGetItem(t *Thread, c, k Value) (Value, error) {
	if g, ok := c.ref.(libGetter); ok {
		return g.GetItem(t, k)
	}
	r, err := GetItem(t, c, k)
	if err != nil {
		if sr, ok, serr := callSpecial(t, c, "__getitem__", k); ok || serr != nil {
			return sr, serr
		}
	}
	return r, err
}

// libSetItem is c[k] = v.
func libSetItem(t *Thread, c, k, v Value) error {
	if s, ok := c.ref.(libSetter); ok {
		return s.SetItem(t, k, v)
	}
	err := SetItem(t, c, k, v)
	if err != nil {
		if _, ok, serr := callSpecial(t, c, "__setitem__", k, v); ok || serr != nil {
			return serr
		}
	}
	return err
}

// libDelItem is del c[k].
func libDelItem(t *Thread, c, k Value) error {
	if d, ok := c.ref.(libDeleter); ok {
		return d.DelItem(t, k)
	}
	err := DelItem(t, c, k)
	if err != nil {
		if _, ok, serr := callSpecial(t, c, "__delitem__", k); ok || serr != nil {
			return serr
		}
	}
	return err
}

// libContains is item in c.
func libContains(t *Thread, c, item Value) (bool, error) {
	if x, ok := c.ref.(libContainr); ok {
		return x.Contains(t, item)
	}
	if _, ok := c.ref.(libIterable); ok {
		it, err := libIter(t, c)
		if err != nil {
			return false, err
		}
		for {
			v, ok, err := it.Next(t)
			if err != nil || !ok {
				return false, err
			}
			if eq, err := libEqual(t, v, item); err != nil || eq {
				return eq, err
			}
		}
	}
	return Contains(t, c, item)
}

// libHasIndex reports whether v is an int or has __index__.
func libHasIndex(v Value) bool {
	if IsIntLike(v) {
		return true
	}
	_, ok := v.Type().Lookup("__index__")
	return ok
}

// libTruth is bool(v).
func libTruth(t *Thread, v Value) (bool, error) {
	if s, ok := v.ref.(libSizer); ok {
		n, err := s.Len(t)
		return n != 0, err
	}
	return Truth(t, v)
}

// libRichCompare is a op b, trying the library objects' comparisons first
// (reflected for the right operand).
func libRichCompare(t *Thread, op CompareOp, a, b Value) (Value, error) {
	if c, ok := a.ref.(libComparer); ok {
		r, ok, err := c.RichCompare(t, op, b)
		if ok || err != nil {
			return r, err
		}
	}
	if c, ok := b.ref.(libComparer); ok {
		r, ok, err := c.RichCompare(t, op.Swapped(), a)
		if ok || err != nil {
			return r, err
		}
	}
	return Compare(t, op, a, b)
}

// libCompareBool is PyObject_RichCompareBool: identity implies equality.
func libCompareBool(t *Thread, op CompareOp, a, b Value) (bool, error) {
	if a.IsInt() && b.IsInt() {
		return cmpResult(op, intCompare(a, b)), nil
	}
	if a.Is(b) {
		if op == CmpEQ {
			return true, nil
		}
		if op == CmpNE {
			return false, nil
		}
	}
	r, err := libRichCompare(t, op, a, b)
	if err != nil {
		return false, err
	}
	if r.IsBool() {
		return r.AsBool(), nil
	}
	return libTruth(t, r)
}

// libEqual is a == b with the identity shortcut.
func libEqual(t *Thread, a, b Value) (bool, error) { return libCompareBool(t, CmpEQ, a, b) }

// libLess is a < b.
func libLess(t *Thread, a, b Value) (bool, error) { return libCompareBool(t, CmpLT, a, b) }

// libCallableDunder installs __call__ in a type whose objects have a Call
// method, so that callable() recognises them.
func libCallableDunder(typ *Type) {
	addMethod(typ, "__call__", func(t *Thread, args []Value, kw []string) (Value, error) {
		c, ok := args[0].ref.(libCaller)
		if !ok || args[0].Type() != typ {
			return Value{}, descriptorError(typ, "__call__", args[0])
		}
		return c.Call(t, args[1:], kw)
	})
}

// libSetModuleFuncs binds builtins in a module in sorted name order, so
// that global slot numbers are deterministic.
func libSetModuleFuncs(m *Module, funcs map[string]Value) {
	names := make([]string, 0, len(funcs))
	for n := range funcs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		m.Globals.Set(n, funcs[n])
	}
}

// ---------------------------------------------------------------------------
// The operator module.

func init() {
	BuiltinModules["operator"] = newOperatorModule
	ItemGetterType.New = newItemGetter
	AttrGetterType.New = newAttrGetter
	MethodCallerType.New = newMethodCaller
	libCallableDunder(ItemGetterType)
	libCallableDunder(AttrGetterType)
	libCallableDunder(MethodCallerType)
}

// Types of operator's callable objects.
var (
	ItemGetterType   = NewType("operator.itemgetter", ObjectType)
	AttrGetterType   = NewType("operator.attrgetter", ObjectType)
	MethodCallerType = NewType("operator.methodcaller", ObjectType)
)

var operatorBinary = map[string]BinaryOp{
	"add": OpAdd, "and_": OpAnd, "floordiv": OpFloorDiv, "lshift": OpLShift,
	"matmul": OpMatMul, "mod": OpMod, "mul": OpMul, "or_": OpOr, "pow": OpPow,
	"rshift": OpRShift, "sub": OpSub, "truediv": OpTrueDiv, "xor": OpXor,
}

var operatorCompare = map[string]CompareOp{
	"lt": CmpLT, "le": CmpLE, "eq": CmpEQ, "ne": CmpNE, "gt": CmpGT, "ge": CmpGE,
}

func opBinaryFunc(name string, op BinaryOp, inplace bool) Value {
	return NewBuiltin(name, func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := positional("_operator."+name, name, args, kw, 2, 2); err != nil {
			return Value{}, err
		}
		return libBinary(t, op, args[0], args[1], inplace)
	})
}

func opFunc2(name string, f func(t *Thread, a, b Value) (Value, error)) Value {
	return NewBuiltin(name, func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := positional("_operator."+name, name, args, kw, 2, 2); err != nil {
			return Value{}, err
		}
		return f(t, args[0], args[1])
	})
}

func opFunc1(name string, f func(t *Thread, a Value) (Value, error)) Value {
	return NewBuiltin(name, func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := exactArgs("_operator."+name, args, kw, 1); err != nil {
			return Value{}, err
		}
		return f(t, args[0])
	})
}

// opIsSequence reports whether v supports sequence concatenation.
func opIsSequence(v Value) bool {
	switch v.ref.(type) {
	case *List, *Tuple, *Str, *Deque, *Array:
		return true
	}
	return false
}

func newOperatorModule(t *Thread) *Module {
	m := NewModule("operator")
	funcs := map[string]Value{}
	for name, op := range operatorBinary {
		funcs[name] = opBinaryFunc(name, op, false)
		iname := "i" + strings.TrimSuffix(name, "_")
		funcs[iname] = opBinaryFunc(iname, op, true)
	}
	for name, op := range operatorCompare {
		op := op
		funcs[name] = opFunc2(name, func(t *Thread, a, b Value) (Value, error) {
			return libRichCompare(t, op, a, b)
		})
	}
	concat := func(name string, inplace bool) Value {
		return opFunc2(name, func(t *Thread, a, b Value) (Value, error) {
			if !opIsSequence(a) {
				return Value{}, Errorf(TypeErrorType, "'%s' object can't be concatenated", a.TypeName())
			}
			return libBinary(t, OpAdd, a, b, inplace)
		})
	}
	funcs["concat"] = concat("concat", false)
	funcs["iconcat"] = concat("iconcat", true)
	funcs["neg"] = opFunc1("neg", Negate)
	funcs["pos"] = opFunc1("pos", Positive)
	funcs["invert"] = opFunc1("invert", Invert)
	funcs["inv"] = opFunc1("inv", Invert)
	funcs["abs"] = opFunc1("abs", func(t *Thread, a Value) (Value, error) {
		return builtinAbs(t, []Value{a}, nil)
	})
	funcs["index"] = opFunc1("index", Index)
	funcs["not_"] = opFunc1("not_", func(t *Thread, a Value) (Value, error) {
		b, err := libTruth(t, a)
		return Bool(!b), err
	})
	funcs["truth"] = opFunc1("truth", func(t *Thread, a Value) (Value, error) {
		b, err := libTruth(t, a)
		return Bool(b), err
	})
	funcs["is_"] = opFunc2("is_", func(t *Thread, a, b Value) (Value, error) { return Bool(a.Is(b)), nil })
	funcs["is_not"] = opFunc2("is_not", func(t *Thread, a, b Value) (Value, error) { return Bool(!a.Is(b)), nil })
	funcs["contains"] = opFunc2("contains", func(t *Thread, a, b Value) (Value, error) {
		r, err := libContains(t, a, b)
		return Bool(r), err
	})
	funcs["getitem"] = opFunc2("getitem", func(t *Thread, a, b Value) (Value, error) { return libGetItem(t, a, b) })
	funcs["delitem"] = opFunc2("delitem", func(t *Thread, a, b Value) (Value, error) { return None, libDelItem(t, a, b) })
	funcs["setitem"] = NewBuiltin("setitem", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := positional("_operator.setitem", "setitem", args, kw, 3, 3); err != nil {
			return Value{}, err
		}
		return None, libSetItem(t, args[0], args[1], args[2])
	})
	funcs["countOf"] = opFunc2("countOf", func(t *Thread, a, b Value) (Value, error) {
		it, err := libIter(t, a)
		if err != nil {
			return Value{}, err
		}
		n := int64(0)
		for {
			v, ok, err := it.Next(t)
			if err != nil || !ok {
				return Int(n), err
			}
			if eq, err := libEqual(t, v, b); err != nil {
				return Value{}, err
			} else if eq {
				n++
			}
		}
	})
	funcs["indexOf"] = opFunc2("indexOf", func(t *Thread, a, b Value) (Value, error) {
		it, err := libIter(t, a)
		if err != nil {
			return Value{}, err
		}
		for i := int64(0); ; i++ {
			v, ok, err := it.Next(t)
			if err != nil {
				return Value{}, err
			}
			if !ok {
				return Value{}, Errorf(ValueErrorType, "sequence.index(x): x not in sequence")
			}
			if eq, err := libEqual(t, v, b); err != nil {
				return Value{}, err
			} else if eq {
				return Int(i), nil
			}
		}
	})
	funcs["length_hint"] = NewBuiltin("length_hint", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := positional("_operator.length_hint", "length_hint", args, kw, 1, 2); err != nil {
			return Value{}, err
		}
		if n, err := libLen(t, args[0]); err == nil {
			return Int(int64(n)), nil
		}
		if len(args) == 2 {
			if !IsIntLike(args[1]) {
				return Value{}, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", args[1].TypeName())
			}
			return args[1], nil
		}
		return Int(0), nil
	})
	funcs["call"] = NewBuiltin("call", func(t *Thread, args []Value, kw []string) (Value, error) {
		if len(args) == len(kw) {
			return Value{}, Errorf(TypeErrorType, "call() missing 1 required positional argument: 'obj'")
		}
		return libCall(t, args[0], args[1:], kw)
	})
	funcs["itemgetter"] = FromObject(ItemGetterType)
	funcs["attrgetter"] = FromObject(AttrGetterType)
	funcs["methodcaller"] = FromObject(MethodCallerType)
	// The dunder aliases (operator.__add__ is operator.add).
	for name, v := range funcs {
		switch name {
		case "countOf", "indexOf", "length_hint", "is_", "is_not", "truth",
			"itemgetter", "attrgetter", "methodcaller":
			continue
		}
		d := "__" + strings.TrimSuffix(name, "_") + "__"
		funcs[d] = v
	}
	libSetModuleFuncs(m, funcs)
	return m
}

// OpItemGetter is operator.itemgetter(*items).
type OpItemGetter struct{ items []Value }

// Type returns operator.itemgetter.
func (*OpItemGetter) Type() *Type { return ItemGetterType }

func newItemGetter(t *Thread, _ *Type, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return Value{}, NoKwargs("itemgetter", kw)
	}
	if len(args) == 0 {
		return Value{}, Errorf(TypeErrorType, "itemgetter expected 1 argument, got 0")
	}
	return FromObject(&OpItemGetter{items: append([]Value(nil), args...)}), nil
}

// Call returns obj[item], or a tuple of obj[i] for several items.
func (g *OpItemGetter) Call(t *Thread, args []Value, kw []string) (Value, error) {
	if err := positional("itemgetter", "itemgetter", args, kw, 1, 1); err != nil {
		return Value{}, err
	}
	obj := args[0]
	if len(g.items) == 1 {
		return libGetItem(t, obj, g.items[0])
	}
	out := make([]Value, len(g.items))
	for i, k := range g.items {
		v, err := libGetItem(t, obj, k)
		if err != nil {
			return Value{}, err
		}
		out[i] = v
	}
	return TupleValue(out...), nil
}

// Repr is "operator.itemgetter(1, 2)".
func (g *OpItemGetter) Repr(t *Thread) (string, error) {
	s, err := reprSeq(t, g, "operator.itemgetter(", ")", g.items, false)
	return s, err
}

// OpAttrGetter is operator.attrgetter(*names); dotted names walk attributes.
type OpAttrGetter struct {
	names [][]string
	orig  []Value
}

// Type returns operator.attrgetter.
func (*OpAttrGetter) Type() *Type { return AttrGetterType }

func newAttrGetter(t *Thread, _ *Type, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return Value{}, NoKwargs("attrgetter", kw)
	}
	if len(args) == 0 {
		return Value{}, Errorf(TypeErrorType, "attrgetter expected 1 argument, got 0")
	}
	g := &OpAttrGetter{orig: append([]Value(nil), args...)}
	for _, a := range args {
		s, ok := AsStr(a)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "attribute name must be a string")
		}
		g.names = append(g.names, strings.Split(s, "."))
	}
	return FromObject(g), nil
}

// Call reads the attributes of its argument.
func (g *OpAttrGetter) Call(t *Thread, args []Value, kw []string) (Value, error) {
	if err := positional("attrgetter", "attrgetter", args, kw, 1, 1); err != nil {
		return Value{}, err
	}
	get := func(path []string) (Value, error) {
		v := args[0]
		for _, n := range path {
			var err error
			if v, err = GetAttr(t, v, n); err != nil {
				return Value{}, err
			}
		}
		return v, nil
	}
	if len(g.names) == 1 {
		return get(g.names[0])
	}
	out := make([]Value, len(g.names))
	for i, p := range g.names {
		v, err := get(p)
		if err != nil {
			return Value{}, err
		}
		out[i] = v
	}
	return TupleValue(out...), nil
}

// Repr is "operator.attrgetter('a', 'b.c')".
func (g *OpAttrGetter) Repr(t *Thread) (string, error) {
	return reprSeq(t, g, "operator.attrgetter(", ")", g.orig, false)
}

// OpMethodCaller is operator.methodcaller(name, *args, **kwargs).
type OpMethodCaller struct {
	name string
	args []Value // positional then keyword values
	kw   []string
}

// Type returns operator.methodcaller.
func (*OpMethodCaller) Type() *Type { return MethodCallerType }

func newMethodCaller(t *Thread, _ *Type, args []Value, kw []string) (Value, error) {
	if len(args) == len(kw) {
		return Value{}, Errorf(TypeErrorType, "methodcaller needs at least one argument, the method name")
	}
	name, ok := AsStr(args[0])
	if !ok {
		return Value{}, Errorf(TypeErrorType, "method name must be a string")
	}
	return FromObject(&OpMethodCaller{name: name, args: append([]Value(nil), args[1:]...), kw: append([]string(nil), kw...)}), nil
}

// Call calls the method on its argument.
func (c *OpMethodCaller) Call(t *Thread, args []Value, kw []string) (Value, error) {
	if err := positional("methodcaller", "methodcaller", args, kw, 1, 1); err != nil {
		return Value{}, err
	}
	m, err := GetAttr(t, args[0], c.name)
	if err != nil {
		return Value{}, err
	}
	return libCall(t, m, append([]Value(nil), c.args...), c.kw)
}

// Repr is "operator.methodcaller('name', 1, k=2)".
func (c *OpMethodCaller) Repr(t *Thread) (string, error) {
	var b strings.Builder
	b.WriteString("operator.methodcaller(")
	b.WriteString(StrRepr(c.name))
	npos := len(c.args) - len(c.kw)
	for i, v := range c.args {
		s, err := Repr(t, v)
		if err != nil {
			return "", err
		}
		b.WriteString(", ")
		if i >= npos {
			fmt.Fprintf(&b, "%s=", c.kw[i-npos])
		}
		b.WriteString(s)
	}
	b.WriteString(")")
	return b.String(), nil
}
