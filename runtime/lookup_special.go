package runtime

// LookupSpecial is CPython's _PyObject_LookupSpecial: name is looked up on
// v's type only (an instance attribute of that name is ignored) and bound
// to v through the descriptor protocol. ok is false when the type has no
// such attribute. The with statement finds __enter__ and __exit__ this way.
func LookupSpecial(t *Thread, v Value, name string) (Value, bool, error) {
	typ := v.Type()
	m, owner := typ.lookupOwner(name)
	if owner == nil {
		return Value{}, false, nil
	}
	r, err := descrGet(t, m, owner, v, typ)
	return r, err == nil, err
}
