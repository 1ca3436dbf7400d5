package runtime

import (
	"bytes"
	"strings"
)

// bytes and bytearray: immutable and mutable sequences of small ints,
// with CPython's reprs, hashes (SipHash-1-3 over the contents, as for a
// one-byte-per-character str), comparisons and error messages. Both types
// share their methods (methods_bytes.go); a method of a bytearray returns
// a bytearray where the bytes method returns bytes. Text conversions are
// in codecs.go.
//
// The core operations reach these types through the Go-level protocols
// (protocols.go): Len, Iter, GetItem, SetItem, DelItem, Contains,
// RichCompare, Hash and BinaryOp.

// The bytes types and their iterators.
var (
	BytesType         = NewType("bytes", ObjectType)
	ByteArrayType     = NewType("bytearray", ObjectType)
	BytesIterType     = NewType("bytes_iterator", ObjectType)
	ByteArrayIterType = NewType("bytearray_iterator", ObjectType)
)

func init() {
	BytesType.New = newBytes
	ByteArrayType.New = newByteArray
	Builtins["bytes"] = FromObject(BytesType)
	Builtins["bytearray"] = FromObject(ByteArrayType)
}

// Bytes is an immutable bytes object.
type Bytes struct {
	b    []byte
	hash int64 // 0 until computed
}

// Type returns bytes.
func (*Bytes) Type() *Type { return BytesType }

// NewBytes returns a bytes value holding b (not copied: the caller gives
// up b).
func NewBytes(b []byte) Value { return FromObject(&Bytes{b: b}) }

// Bytes returns the contents, which must not be modified.
func (b *Bytes) Bytes() []byte { return b.b }

// ByteArray is a mutable bytearray.
type ByteArray struct{ b []byte }

// Type returns bytearray.
func (*ByteArray) Type() *Type { return ByteArrayType }

// NewByteArray returns a bytearray value holding b (not copied).
func NewByteArray(b []byte) Value { return FromObject(&ByteArray{b: b}) }

// Bytes returns the current contents (shared with the bytearray).
func (a *ByteArray) Bytes() []byte { return a.b }

// AsBytes returns the contents of a bytes-like value (bytes or
// bytearray), shared with it: callers must copy before keeping them.
func AsBytes(v Value) ([]byte, bool) {
	switch x := v.ref.(type) {
	case *Bytes:
		return x.b, true
	case *ByteArray:
		return x.b, true
	}
	return nil, false
}

// bytesRequired is the TypeError of methods that take a bytes-like argument.
func bytesRequired(v Value) error {
	return Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", v.TypeName())
}

// bytesArg returns the contents of a bytes-like argument.
func bytesArg(v Value) ([]byte, error) {
	if b, ok := AsBytes(v); ok {
		return b, nil
	}
	return nil, bytesRequired(v)
}

// makeLike returns b as a value of the same type as v (bytes or bytearray).
func makeLike(v Value, b []byte) Value {
	if _, ok := v.ref.(*ByteArray); ok {
		return NewByteArray(b)
	}
	return NewBytes(b)
}

// byteValue converts an item for a bytearray (or bytes.find's int
// argument): an int in range(0, 256).
func byteValue(t *Thread, v Value) (byte, error) {
	x, err := Index(t, v)
	if err != nil {
		return 0, err
	}
	if !isSmall(x) || x.AsInt() < 0 || x.AsInt() > 255 {
		return 0, Errorf(ValueErrorType, "byte must be in range(0, 256)")
	}
	return byte(x.AsInt()), nil
}

// BytesRepr is repr() of bytes contents: b'...' with \t, \n, \r, \\, the
// quote and \xNN escapes; double quotes when the contents have a single
// quote and no double quote.
func BytesRepr(b []byte) string {
	quote := byte('\'')
	if bytes.IndexByte(b, '\'') >= 0 && bytes.IndexByte(b, '"') < 0 {
		quote = '"'
	}
	var s strings.Builder
	s.Grow(len(b) + 3)
	s.WriteByte('b')
	s.WriteByte(quote)
	for _, c := range b {
		switch {
		case c == quote || c == '\\':
			s.WriteByte('\\')
			s.WriteByte(c)
		case c == '\t':
			s.WriteString(`\t`)
		case c == '\n':
			s.WriteString(`\n`)
		case c == '\r':
			s.WriteString(`\r`)
		case c < ' ' || c >= 0x7f:
			s.WriteString(`\x`)
			s.WriteByte(hexDigits[c>>4])
			s.WriteByte(hexDigits[c&15])
		default:
			s.WriteByte(c)
		}
	}
	s.WriteByte(quote)
	return s.String()
}

// Repr implements repr().
func (b *Bytes) Repr(*Thread) (string, error) { return BytesRepr(b.b), nil }

// Repr implements repr(): bytearray(b'...'), whose quoting differs
// from bytes' in one way: a single quote is escaped even inside double
// quotes (CPython's bytearray_repr).
func (a *ByteArray) Repr(*Thread) (string, error) {
	r := BytesRepr(a.b)
	if r[1] == '"' {
		r = `b"` + strings.ReplaceAll(r[2:len(r)-1], "'", `\'`) + `"`
	}
	return "bytearray(" + r + ")", nil
}

// Repr is the default repr, with CPython's address format.
func (it *BytesIter) Repr(*Thread) (string, error) {
	return "<" + it.Type().Name + " object at " + libAddr(FromObject(it)) + ">", nil
}

// Len implements len().
func (b *Bytes) Len(*Thread) (int, error) { return len(b.b), nil }

// Len implements len().
func (a *ByteArray) Len(*Thread) (int, error) { return len(a.b), nil }

// BytesIter iterates over bytes (or a bytearray, seeing its changes).
type BytesIter struct {
	b  *Bytes
	ba *ByteArray
	i  int
}

// Type returns bytes_iterator or bytearray_iterator.
func (it *BytesIter) Type() *Type {
	if it.ba != nil {
		return ByteArrayIterType
	}
	return BytesIterType
}

// Next implements Iterator.
func (it *BytesIter) Next(*Thread) (Value, bool, error) {
	var b []byte
	if it.ba != nil {
		b = it.ba.b
	} else {
		b = it.b.b
	}
	if it.i >= len(b) {
		return Value{}, false, nil
	}
	it.i++
	return Int(int64(b[it.i-1])), true, nil
}

// Iter implements iter().
func (b *Bytes) Iter(*Thread) (Iterator, error) { return &BytesIter{b: b}, nil }

// Iter implements iter().
func (a *ByteArray) Iter(*Thread) (Iterator, error) { return &BytesIter{ba: a}, nil }

// bytesGetItem is b[key] for both types.
func bytesGetItem(t *Thread, self Value, b []byte, key Value) (Value, error) {
	_, isArray := self.ref.(*ByteArray)
	if s, ok := key.ref.(*Slice); ok {
		start, _, step, n, err := SliceIndices(t, s, len(b))
		if err != nil {
			return Value{}, err
		}
		out := make([]byte, n)
		for i, k := start, 0; k < n; i, k = i+step, k+1 {
			out[k] = b[i]
		}
		return makeLike(self, out), nil
	}
	i, isInt, err := indexOfT(t, key)
	if err != nil {
		return Value{}, err
	}
	if !isInt {
		if isArray {
			return Value{}, Errorf(TypeErrorType, "bytearray indices must be integers or slices, not %s", key.TypeName())
		}
		return Value{}, Errorf(TypeErrorType, "byte indices must be integers or slices, not %s", key.TypeName())
	}
	j, ok := NormIndex(i, len(b))
	if !ok {
		if isArray {
			return Value{}, Errorf(IndexErrorType, "bytearray index out of range")
		}
		return Value{}, Errorf(IndexErrorType, "index out of range")
	}
	return Int(int64(b[j])), nil
}

// GetItem implements b[i] (an int) and b[i:j] (bytes).
func (b *Bytes) GetItem(t *Thread, key Value) (Value, error) {
	return bytesGetItem(t, FromObject(b), b.b, key)
}

// GetItem implements a[i] (an int) and a[i:j] (a bytearray).
func (a *ByteArray) GetItem(t *Thread, key Value) (Value, error) {
	return bytesGetItem(t, FromObject(a), a.b, key)
}

// assignableBytes converts the right-hand side of a bytearray slice
// assignment.
func assignableBytes(t *Thread, v Value) ([]byte, error) {
	if b, ok := AsBytes(v); ok {
		return append([]byte(nil), b...), nil
	}
	bad := Errorf(TypeErrorType, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
	if _, ok := v.ref.(*Str); ok || IsIntLike(v) {
		return nil, bad
	}
	it, err := GetIter(t, v)
	if err != nil {
		return nil, bad
	}
	return collectByteItems(t, it, "byte must be in range(0, 256)")
}

// collectByteItems reads ints in range(0, 256) from an iterator.
func collectByteItems(t *Thread, it Iterator, rangeMsg string) ([]byte, error) {
	var out []byte
	for {
		v, ok, err := it.Next(t)
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		x, err := Index(t, v)
		if err != nil {
			return nil, err
		}
		if !isSmall(x) || x.AsInt() < 0 || x.AsInt() > 255 {
			return nil, Errorf(ValueErrorType, "%s", rangeMsg)
		}
		out = append(out, byte(x.AsInt()))
	}
}

// SetItem implements a[i] = x and a[i:j] = iterable.
func (a *ByteArray) SetItem(t *Thread, key, v Value) error {
	if s, ok := key.ref.(*Slice); ok {
		src, err := assignableBytes(t, v)
		if err != nil {
			return err
		}
		start, stop, step, n, err := SliceIndices(t, s, len(a.b))
		if err != nil {
			return err
		}
		if step == 1 {
			if stop < start {
				stop = start
			}
			out := make([]byte, 0, len(a.b)-(stop-start)+len(src))
			out = append(append(append(out, a.b[:start]...), src...), a.b[stop:]...)
			a.b = out
			return nil
		}
		if len(src) != n {
			return Errorf(ValueErrorType, "attempt to assign bytes of size %d to extended slice of size %d", len(src), n)
		}
		for i, k := start, 0; k < n; i, k = i+step, k+1 {
			a.b[i] = src[k]
		}
		return nil
	}
	i, isInt, err := indexOfT(t, key)
	if err != nil {
		return err
	}
	if !isInt {
		return Errorf(TypeErrorType, "bytearray indices must be integers or slices, not %s", key.TypeName())
	}
	c, err := byteValue(t, v)
	if err != nil {
		return err
	}
	j, ok := NormIndex(i, len(a.b))
	if !ok {
		return Errorf(IndexErrorType, "bytearray index out of range")
	}
	a.b[j] = c
	return nil
}

// DelItem implements del a[i] and del a[i:j].
func (a *ByteArray) DelItem(t *Thread, key Value) error {
	if s, ok := key.ref.(*Slice); ok {
		start, _, step, n, err := SliceIndices(t, s, len(a.b))
		if err != nil {
			return err
		}
		if n == 0 {
			return nil
		}
		if step < 0 {
			start, step = start+(n-1)*step, -step
		}
		out := a.b[:0:0]
		next := start
		for i, c := range a.b {
			if i == next && n > 0 {
				next += step
				n--
				continue
			}
			out = append(out, c)
		}
		a.b = out
		return nil
	}
	i, isInt, err := indexOfT(t, key)
	if err != nil {
		return err
	}
	if !isInt {
		return Errorf(TypeErrorType, "bytearray indices must be integers or slices, not %s", key.TypeName())
	}
	j, ok := NormIndex(i, len(a.b))
	if !ok {
		return Errorf(IndexErrorType, "bytearray index out of range")
	}
	a.b = append(a.b[:j:j], a.b[j+1:]...)
	return nil
}

// bytesContains is item in b: an int in range(0, 256) or a bytes-like
// substring.
func bytesContains(t *Thread, b []byte, item Value) (bool, error) {
	if sub, ok := AsBytes(item); ok {
		return bytes.Contains(b, sub), nil
	}
	if IsIntLike(item) || libHasIndex(item) {
		c, err := byteValue(t, item)
		if err != nil {
			return false, err
		}
		return bytes.IndexByte(b, c) >= 0, nil
	}
	return false, bytesRequired(item)
}

// Contains implements in.
func (b *Bytes) Contains(t *Thread, item Value) (bool, error) { return bytesContains(t, b.b, item) }

// Contains implements in.
func (a *ByteArray) Contains(t *Thread, item Value) (bool, error) {
	return bytesContains(t, a.b, item)
}

// bytesCompare compares bytes-like values by contents.
func bytesCompare(op CompareOp, b []byte, other Value) (Value, bool, error) {
	o, ok := AsBytes(other)
	if !ok {
		return Value{}, false, nil
	}
	return Bool(cmpResult(op, bytes.Compare(b, o))), true, nil
}

// RichCompare implements comparisons with bytes and bytearray.
func (b *Bytes) RichCompare(t *Thread, op CompareOp, other Value) (Value, bool, error) {
	return bytesCompare(op, b.b, other)
}

// RichCompare implements comparisons with bytes and bytearray.
func (a *ByteArray) RichCompare(t *Thread, op CompareOp, other Value) (Value, bool, error) {
	return bytesCompare(op, a.b, other)
}

// Hash is CPython's: SipHash-1-3 of the contents (equal to the hash of
// the str with the same one-byte characters).
func (b *Bytes) Hash(*Thread) (int64, error) {
	if b.hash == 0 && len(b.b) > 0 {
		h := int64(siphash13(b.b))
		if h == -1 {
			h = -2
		}
		b.hash = h
	}
	return b.hash, nil
}

// Hash raises: bytearrays are mutable.
func (a *ByteArray) Hash(*Thread) (int64, error) {
	return 0, Errorf(TypeErrorType, "unhashable type: 'bytearray'")
}

// bytesBinary implements + and * (and bytearray's += and *=, in place).
func bytesBinary(t *Thread, self Value, b []byte, op BinaryOp, other Value, right, inplace bool) (Value, bool, error) {
	switch op {
	case OpAdd:
		if right {
			return Value{}, false, nil
		}
		o, ok := AsBytes(other)
		if !ok {
			return Value{}, true, Errorf(TypeErrorType, "can't concat %s to %s", other.TypeName(), self.TypeName())
		}
		out := make([]byte, 0, len(b)+len(o))
		out = append(append(out, b...), o...)
		if a, ok := self.ref.(*ByteArray); ok && inplace {
			a.b = out
			return self, true, nil
		}
		return makeLike(self, out), true, nil
	case OpMul:
		if !IsIntLike(other) && !libHasIndex(other) {
			if right {
				if _, isBytes := AsBytes(other); isBytes || isSequence(other) {
					return Value{}, false, nil
				}
			}
			return Value{}, true, Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", other.TypeName())
		}
		n, err := clampIndex(t, other)
		if err != nil {
			return Value{}, true, err
		}
		if n < 0 {
			n = 0
		}
		if len(b) > 0 && n > (1<<40)/int64(len(b)) {
			return Value{}, true, Errorf(MemoryErrorType, "")
		}
		out := bytes.Repeat(b, int(n))
		if a, ok := self.ref.(*ByteArray); ok && inplace {
			a.b = out
			return self, true, nil
		}
		return makeLike(self, out), true, nil
	case OpMod:
		if !right {
			return Value{}, true, Errorf(NotImplementedErrorType, "%%-formatting of %s is not supported yet", self.TypeName())
		}
	}
	return Value{}, false, nil
}

// BinaryOp implements + and *.
func (b *Bytes) BinaryOp(t *Thread, op BinaryOp, other Value, right, inplace bool) (Value, bool, error) {
	return bytesBinary(t, FromObject(b), b.b, op, other, right, inplace)
}

// BinaryOp implements +, *, += and *= (the last two in place).
func (a *ByteArray) BinaryOp(t *Thread, op BinaryOp, other Value, right, inplace bool) (Value, bool, error) {
	return bytesBinary(t, FromObject(a), a.b, op, other, right, inplace)
}

// ---------------------------------------------------------------------------
// Constructors

var bytesSpec = kwSpec{fname: "bytes", names: []string{"source", "encoding", "errors"}, maxPos: 3}
var byteArraySpec = kwSpec{fname: "bytearray", names: []string{"source", "encoding", "errors"}, maxPos: 3}

// bytesSource is the shared part of bytes() and bytearray(): the
// contents described by (source, encoding, errors). name is the type
// name used in messages.
func bytesSource(t *Thread, a []Value, name string) ([]byte, error) {
	x, encoding, errors := a[0], a[1], a[2]
	if !given(x) {
		if given(encoding) {
			return nil, Errorf(TypeErrorType, "encoding without a string argument")
		}
		if given(errors) {
			return nil, Errorf(TypeErrorType, "errors without a string argument")
		}
		return nil, nil
	}
	s, isStr := x.ref.(*Str)
	if given(encoding) {
		if !isStr {
			return nil, Errorf(TypeErrorType, "encoding without a string argument")
		}
		enc, err := textArg(name, "encoding", encoding)
		if err != nil {
			return nil, err
		}
		errs := "strict"
		if given(errors) {
			if errs, err = textArg(name, "errors", errors); err != nil {
				return nil, err
			}
		}
		return Encode(t, s.s, enc, errs)
	}
	if given(errors) {
		if isStr {
			return nil, Errorf(TypeErrorType, "string argument without an encoding")
		}
		return nil, Errorf(TypeErrorType, "errors without a string argument")
	}
	if isStr {
		return nil, Errorf(TypeErrorType, "string argument without an encoding")
	}
	if name == "bytes" {
		if r, ok, err := callUser(t, x, "__bytes__"); ok {
			if err != nil {
				return nil, err
			}
			b, ok := r.ref.(*Bytes)
			if !ok {
				return nil, Errorf(TypeErrorType, "__bytes__ returned non-bytes (type %s)", r.TypeName())
			}
			return append([]byte(nil), b.b...), nil
		}
	}
	if b, ok := AsBytes(x); ok {
		return append([]byte(nil), b...), nil
	}
	if arr, ok := x.ref.(*Array); ok {
		return arr.ToBytes(), nil
	}
	if IsIntLike(x) || libHasIndex(x) {
		n, err := Index(t, x)
		if err != nil {
			return nil, err
		}
		if !isSmall(n) {
			return nil, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
		}
		if n.AsInt() < 0 {
			return nil, Errorf(ValueErrorType, "negative count")
		}
		if n.AsInt() > 1<<40 {
			return nil, Errorf(MemoryErrorType, "")
		}
		return make([]byte, n.AsInt()), nil
	}
	it, err := GetIter(t, x)
	if err != nil {
		return nil, Errorf(TypeErrorType, "cannot convert '%s' object to %s", x.TypeName(), name)
	}
	msg := "byte must be in range(0, 256)"
	if name == "bytes" {
		msg = "bytes must be in range(0, 256)"
	}
	return collectByteItems(t, it, msg)
}

// textArg checks a str argument of bytes()/bytearray()/decode/encode.
func textArg(fname, param string, v Value) (string, error) {
	s, ok := AsStr(v)
	if !ok {
		return "", Errorf(TypeErrorType, "%s() argument '%s' must be str, not %s", fname, param, v.TypeName())
	}
	return s, nil
}

func newBytes(t *Thread, _ *Type, args []Value, kw []string) (Value, error) {
	a, err := bytesSpec.unpack(args, kw)
	if err != nil {
		return Value{}, err
	}
	if given(a[0]) && !given(a[1]) && !given(a[2]) {
		if _, ok := a[0].ref.(*Bytes); ok {
			return a[0], nil // bytes are immutable: bytes(b) is b
		}
	}
	b, err := bytesSource(t, a, "bytes")
	if err != nil {
		return Value{}, err
	}
	return NewBytes(b), nil
}

func newByteArray(t *Thread, _ *Type, args []Value, kw []string) (Value, error) {
	a, err := byteArraySpec.unpack(args, kw)
	if err != nil {
		return Value{}, err
	}
	b, err := bytesSource(t, a, "bytearray")
	if err != nil {
		return Value{}, err
	}
	return NewByteArray(b), nil
}
