package runtime

import "strings"

// collections.namedtuple: each call makes a library class (libclass.go)
// derived from tuple, with the namespace Lib/collections/__init__.py
// gives it: __new__ binding the fields like the generated Python
// function, read-only field properties, _fields, _field_defaults, _make,
// _replace, _asdict and __repr__. Instances are *Instance values extending
// a *Tuple, so indexing, unpacking, len, iteration, hashing and
// comparisons with tuples are the tuple's. Classes derived from a
// namedtuple class (class P(namedtuple('P', 'x y')): ...) work as for
// any class.
//
// The class's __module__ is "__main__" unless module= is given: CPython
// takes it from the caller's frame, which the runtime cannot see.

// pyKeywords is keyword.kwlist of Python 3.11.
var pyKeywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true,
	"async": true, "await": true, "break": true, "class": true, "continue": true,
	"def": true, "del": true, "elif": true, "else": true, "except": true,
	"finally": true, "for": true, "from": true, "global": true, "if": true,
	"import": true, "in": true, "is": true, "lambda": true, "nonlocal": true,
	"not": true, "or": true, "pass": true, "raise": true, "return": true,
	"try": true, "while": true, "with": true, "yield": true,
}

func collNamedTuple(t *Thread, args []Value, kw []string) (Value, error) {
	npos := len(args) - len(kw)
	if npos > 2 {
		return Value{}, Errorf(TypeErrorType, "namedtuple() takes 2 positional arguments but %d were given", npos)
	}
	params := map[string]Value{}
	names := []string{"typename", "field_names"}
	for i := 0; i < npos; i++ {
		params[names[i]] = args[i]
	}
	for i, k := range kw {
		switch k {
		case "typename", "field_names", "rename", "defaults", "module":
		default:
			return Value{}, Errorf(TypeErrorType, "namedtuple() got an unexpected keyword argument '%s'", k)
		}
		if _, dup := params[k]; dup {
			return Value{}, Errorf(TypeErrorType, "namedtuple() got multiple values for argument '%s'", k)
		}
		params[k] = args[npos+i]
	}
	var missing []string
	for _, n := range names {
		if _, ok := params[n]; !ok {
			missing = append(missing, n)
		}
	}
	if len(missing) > 0 {
		return Value{}, Errorf(TypeErrorType, "namedtuple() missing %d required positional argument%s: %s", len(missing), plural(len(missing)), quotedList(missing))
	}

	// field_names: a string split at commas and whitespace, or an
	// iterable whose items are converted with str().
	var fields []string
	if s, ok := AsStr(params["field_names"]); ok {
		fields = strings.Fields(strings.ReplaceAll(s, ",", " "))
	} else {
		items, err := collectSpecial(t, params["field_names"])
		if err != nil {
			return Value{}, err
		}
		for _, it := range items {
			s, err := ToStr(t, it)
			if err != nil {
				return Value{}, err
			}
			fields = append(fields, s)
		}
	}
	typename, err := ToStr(t, params["typename"])
	if err != nil {
		return Value{}, err
	}
	rename := false
	if v, ok := params["rename"]; ok {
		if rename, err = Truth(t, v); err != nil {
			return Value{}, err
		}
	}
	if rename {
		seen := map[string]bool{}
		for i, name := range fields {
			if !strIsIdentifier(name) || pyKeywords[name] || strings.HasPrefix(name, "_") || seen[name] {
				fields[i] = "_" + itoaLib(i)
			}
			seen[name] = true
		}
	}
	for _, name := range append([]string{typename}, fields...) {
		if !strIsIdentifier(name) {
			return Value{}, Errorf(ValueErrorType, "Type names and field names must be valid identifiers: %s", StrRepr(name))
		}
		if pyKeywords[name] {
			return Value{}, Errorf(ValueErrorType, "Type names and field names cannot be a keyword: %s", StrRepr(name))
		}
	}
	seen := map[string]bool{}
	for _, name := range fields {
		if strings.HasPrefix(name, "_") && !rename {
			return Value{}, Errorf(ValueErrorType, "Field names cannot start with an underscore: %s", StrRepr(name))
		}
		if seen[name] {
			return Value{}, Errorf(ValueErrorType, "Encountered duplicate field name: %s", StrRepr(name))
		}
		seen[name] = true
	}
	var defaults []Value
	if v, ok := params["defaults"]; ok && !v.IsNone() {
		if defaults, err = collectSpecial(t, v); err != nil {
			return Value{}, err
		}
		if len(defaults) > len(fields) {
			return Value{}, Errorf(TypeErrorType, "Got more default values than field names")
		}
	}
	module := "__main__"
	if v, ok := params["module"]; ok && !v.IsNone() {
		if module, err = ToStr(t, v); err != nil {
			return Value{}, err
		}
	}
	cls, err := newNamedTupleClass(t, typename, module, fields, defaults)
	if err != nil {
		return Value{}, err
	}
	return FromObject(cls), nil
}

// namedTupleItems returns the tuple a namedtuple instance extends.
func namedTupleItems(v Value) ([]Value, bool) {
	if o, ok := v.ref.(*Instance); ok {
		if tu, ok := o.base.ref.(*Tuple); ok {
			return tu.Items, true
		}
	}
	return nil, false
}

func newNamedTupleClass(t *Thread, typename, module string, fields []string, defaults []Value) (*Type, error) {
	var cls *Type
	n := len(fields)
	fieldVals := make([]Value, n)
	for i, f := range fields {
		fieldVals[i] = NewStr(f)
	}
	fieldDefaults := NewDict()
	for i, d := range defaults {
		fieldDefaults.SetStr(fields[n-len(defaults)+i], d)
	}
	// tupleNew is tuple.__new__(cls, items) for cls derived from this class.
	tupleNew := func(c Value, items []Value) (Value, error) {
		ct, ok := c.ref.(*Type)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "tuple.__new__(X): X is not a type object (%s)", c.TypeName())
		}
		if !ct.IsSubtype(cls) {
			return Value{}, Errorf(TypeErrorType, "tuple.__new__(%s): %s is not a subtype of tuple", ct.Name, ct.Name)
		}
		o := NewInstance(ct)
		o.base = TupleValue(append([]Value(nil), items...)...)
		return FromObject(o), nil
	}
	newSig := &pySig{qual: typename + ".__new__", names: append([]string{"_cls"}, fields...), defaults: defaults}
	self := func(name string, args []Value) ([]Value, error) {
		items, ok := namedTupleItems(args[0])
		if !ok {
			return nil, Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, typename, args[0].TypeName())
		}
		return items, nil
	}
	methods := map[string]BuiltinFunc{
		"__repr__": func(t *Thread, args []Value, kw []string) (Value, error) {
			if _, err := (&pySig{qual: typename + ".__repr__", names: []string{"self"}}).unpack(args, kw); err != nil {
				return Value{}, err
			}
			items, err := self("__repr__", args)
			if err != nil {
				return Value{}, err
			}
			if len(items) != n {
				// CPython's '%r' % self fails the same way.
				return Value{}, Errorf(TypeErrorType, "not enough arguments for format string")
			}
			var b strings.Builder
			b.WriteString(shortTypeName(args[0].Type()))
			b.WriteString("(")
			for i, v := range items {
				if i > 0 {
					b.WriteString(", ")
				}
				r, err := Repr(t, v)
				if err != nil {
					return Value{}, err
				}
				b.WriteString(fields[i] + "=" + r)
			}
			b.WriteString(")")
			return NewStr(b.String()), nil
		},
		"_asdict": func(t *Thread, args []Value, kw []string) (Value, error) {
			if _, err := (&pySig{qual: typename + "._asdict", names: []string{"self"}}).unpack(args, kw); err != nil {
				return Value{}, err
			}
			items, err := self("_asdict", args)
			if err != nil {
				return Value{}, err
			}
			d := NewDict()
			for i := 0; i < n && i < len(items); i++ {
				d.SetStr(fields[i], items[i])
			}
			return FromObject(d), nil
		},
		"_replace": func(t *Thread, args []Value, kw []string) (Value, error) {
			if npos := len(args) - len(kw); npos != 1 {
				return Value{}, (&pySig{qual: typename + "._replace", names: []string{"self"}}).tooMany(npos)
			}
			items, err := self("_replace", args)
			if err != nil {
				return Value{}, err
			}
			changes := NewDict()
			for i, k := range kw {
				changes.SetStr(k, args[1+i])
			}
			out := make([]Value, 0, n)
			for i := 0; i < n && i < len(items); i++ {
				v, ok, _ := changes.Delete(t, NewStr(fields[i]))
				if !ok {
					v = items[i]
				}
				out = append(out, v)
			}
			if len(out) != n {
				return Value{}, Errorf(TypeErrorType, "Expected %d arguments, got %d", n, len(out))
			}
			if changes.Len() > 0 {
				r, err := Repr(t, NewList(changes.Keys()))
				if err != nil {
					return Value{}, err
				}
				return Value{}, Errorf(ValueErrorType, "Got unexpected field names: %s", r)
			}
			return tupleNew(FromObject(args[0].Type()), out)
		},
		"__getnewargs__": func(t *Thread, args []Value, kw []string) (Value, error) {
			items, err := self("__getnewargs__", args)
			if err != nil {
				return Value{}, err
			}
			return TupleValue(append([]Value(nil), items...)...), nil
		},
	}
	attrs := map[string]Value{
		"__doc__":         NewStr(typename + "(" + strings.Join(fields, ", ") + ")"),
		"__slots__":       TupleValue(),
		"_fields":         TupleValue(fieldVals...),
		"_field_defaults": FromObject(fieldDefaults),
		"__match_args__":  TupleValue(fieldVals...),
		"__new__": libStaticMethod("__new__", func(t *Thread, args []Value, kw []string) (Value, error) {
			vals, err := newSig.unpack(args, kw)
			if err != nil {
				return Value{}, err
			}
			return tupleNew(vals[0], vals[1:])
		}),
		"_make": libClassMethod("_make", func(t *Thread, args []Value, kw []string) (Value, error) {
			vals, err := (&pySig{qual: typename + "._make", names: []string{"cls", "iterable"}}).unpack(args, kw)
			if err != nil {
				return Value{}, err
			}
			items, err := collectSpecial(t, vals[1])
			if err != nil {
				return Value{}, err
			}
			if len(items) != n {
				return Value{}, Errorf(TypeErrorType, "Expected %d arguments, got %d", n, len(items))
			}
			return tupleNew(vals[0], items)
		}),
	}
	for i, f := range fields {
		i := i
		attrs[f] = FromObject(&Property{
			Get: NewBuiltin(f, func(t *Thread, args []Value, kw []string) (Value, error) {
				items, ok := namedTupleItems(args[0])
				if !ok || i >= len(items) {
					if !ok {
						return Value{}, Errorf(TypeErrorType, "descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object", i, args[0].TypeName())
					}
					return Value{}, Errorf(IndexErrorType, "tuple index out of range")
				}
				return items[i], nil
			}),
			Set: NewBuiltin(f, func(t *Thread, args []Value, kw []string) (Value, error) {
				return Value{}, Errorf(AttributeErrorType, "can't set attribute")
			}),
			Del: NewBuiltin(f, func(t *Thread, args []Value, kw []string) (Value, error) {
				return Value{}, Errorf(AttributeErrorType, "can't delete attribute")
			}),
			Doc: NewStr("Alias for field number " + itoaLib(i)),
		})
	}
	var err error
	cls, err = newLibClass(t, typename, module, []*Type{TupleType}, nil, methods, attrs)
	return cls, err
}
