// Package runtime holds tracejit's Python values, objects, builtins and the
// per-thread execution state the interpreter and the JIT share.
//
// # Value representation
//
// A Value is two words plus a payload word:
//
//	type Value struct {
//		ref Object // kind marker for scalars, the object itself otherwise
//		raw uint64 // payload of int, float and bool
//	}
//
// Small ints (int64), floats, bools and None are "scalars": ref holds a
// zero-size marker type (intKind, floatKind, boolKind, noneKind) and raw holds
// the bits, so arithmetic on them allocates nothing. Asking "is this a small
// int" is one comparison of the interface's type word against a constant, which
// is also what a JIT guard compiles to (see Layout). Ints beyond int64 are
// *BigInt objects; every operation normalises its result back to a small int
// when it fits, so the two representations never overlap.
//
// Every other value (str, list, tuple, dict, functions, exceptions, modules,
// types) is a pointer to a Go struct that implements Object. The garbage
// collector sees all of them through ref.
//
// # Errors
//
// A Python exception travelling through Go code is a *Exception returned as
// a Go error. Go functions in this package return (Value, error); a nil error
// means no exception.
//
// # Classes and instances
//
// A class statement makes a *Type with Heap set (class.go): its MRO comes
// from C3 linearization, its namespace is Type.Dict, and every change to
// the namespace of a class or of one of its bases gives it a new Version.
// Instances of ordinary classes are *Instance values (instance.go) whose
// attributes live in a slice indexed by a Shape (shape.go), a hidden class
// shared by all instances that got the same attributes in the same order
// and found through cached transitions from the class's root shape. A
// shape belongs to one class, so the pair (shape pointer, class version)
// identifies everything an attribute lookup depends on; AttrCache is the
// interpreter's inline cache built on that, and a JIT guard is the same
// two compares followed by one load:
//
//	type Instance struct {
//		cls   *Type
//		shape *Shape   // guard: obj.shape == S (and S.Class().Version() == V)
//		slots []Value  // obj.x is slots[S.Lookup("x")]
//		...
//	}
//
// Instances of subclasses of list, dict, set, int, str, tuple, ... keep the
// builtin value they extend (Instance.Base); exceptions of user classes
// stay *Exception values whose type is the class. The core operations
// (arith.go, compare.go, item.go, iter.go, repr.go, call.go, module.go)
// keep their builtin fast paths first and reach special methods defined in
// Python (__add__, __eq__, __getitem__, __iter__, __repr__, __call__, ...)
// only for values of heap types, following CPython's slot semantics
// (special.go); descriptors (property, staticmethod, classmethod, __slots__
// members, super) are in descr.go.
//
// Sets (set.go) reproduce CPython's hash table, and str hashes are
// CPython's SipHash-1-3 with PYTHONHASHSEED=0, so sets iterate in the order
// CPython prints.
package runtime

import (
	"math"
	"unsafe"
)

// Object is implemented by every Python object and by the scalar markers.
type Object interface {
	// Type returns the object's Python type (what type(x) gives).
	Type() *Type
}

// Value is a Python value. The zero Value is "unbound" (no value at all: an
// empty local slot), not None.
type Value struct {
	ref Object
	raw uint64
}

type intKind struct{}
type floatKind struct{}
type boolKind struct{}
type noneKind struct{}

func (intKind) Type() *Type   { return IntType }
func (floatKind) Type() *Type { return FloatType }
func (boolKind) Type() *Type  { return BoolType }
func (noneKind) Type() *Type  { return NoneType }

// Singleton values.
var (
	None  = Value{ref: noneKind{}}
	True  = Value{ref: boolKind{}, raw: 1}
	False = Value{ref: boolKind{}, raw: 0}
)

// Int returns a small int value.
func Int(i int64) Value { return Value{ref: intKind{}, raw: uint64(i)} }

// Float returns a float value.
func Float(f float64) Value { return Value{ref: floatKind{}, raw: math.Float64bits(f)} }

// Bool returns True or False.
func Bool(b bool) Value {
	if b {
		return True
	}
	return False
}

// FromObject wraps a heap object as a Value.
func FromObject(o Object) Value { return Value{ref: o} }

// The kind tests are type assertions: one compare of the interface's type
// word (comparing with == would call the runtime's interface equality).

// IsInt reports whether v is a small int (not bool, not a big int).
func (v Value) IsInt() bool { _, ok := v.ref.(intKind); return ok }

// IsFloat reports whether v is a float.
func (v Value) IsFloat() bool { _, ok := v.ref.(floatKind); return ok }

// IsBool reports whether v is True or False.
func (v Value) IsBool() bool { _, ok := v.ref.(boolKind); return ok }

// IsNone reports whether v is None.
func (v Value) IsNone() bool { _, ok := v.ref.(noneKind); return ok }

// IsUnbound reports whether v is the zero Value (an unassigned slot).
func (v Value) IsUnbound() bool { return v.ref == nil }

// AsInt returns the payload of a small int (or bool) value.
func (v Value) AsInt() int64 { return int64(v.raw) }

// AsFloat returns the payload of a float value.
func (v Value) AsFloat() float64 { return math.Float64frombits(v.raw) }

// AsBool returns the payload of a bool value.
func (v Value) AsBool() bool { return v.raw != 0 }

// Raw returns the payload word (for the JIT's exit handling and snapshots).
func (v Value) Raw() uint64 { return v.raw }

// Object returns the heap object, or a scalar marker for scalars.
func (v Value) Object() Object { return v.ref }

// Type returns the Python type of v.
func (v Value) Type() *Type { return v.ref.Type() }

// TypeName returns the Python type name of v, as used in error messages.
func (v Value) TypeName() string { return v.ref.Type().Name }

// Is reports Python identity (the "is" operator). Scalars compare by kind and
// payload: CPython caches small ints, and programs that rely on "is" between
// equal large ints are already relying on an implementation detail.
func (v Value) Is(w Value) bool {
	// Compare the interface words directly: same type word and same
	// object (the data word of the zero-size scalar markers is shared).
	a := (*[2]uintptr)(unsafe.Pointer(&v.ref))
	b := (*[2]uintptr)(unsafe.Pointer(&w.ref))
	if a[0] != b[0] || a[1] != b[1] {
		return false
	}
	switch v.ref.(type) {
	case intKind, floatKind, boolKind:
		return v.raw == w.raw
	}
	return true
}

// Layout describes the Value representation for code generators: offsets of
// the words in a Value and the type words of the scalar markers. A JIT guard
// "v is a small int" is: load the word at Offset TypeWord, compare with IntTypeWord.
type Layout struct {
	Size          uintptr // sizeof(Value)
	TypeWord      uintptr // offset of the interface type word of ref
	DataWord      uintptr // offset of the interface data word of ref
	RawWord       uintptr // offset of raw
	IntTypeWord   uintptr
	FloatTypeWord uintptr
	BoolTypeWord  uintptr
	NoneTypeWord  uintptr
}

// TypeWord returns the interface type word of o (its itab pointer).
func TypeWord(o Object) uintptr {
	return (*[2]uintptr)(unsafe.Pointer(&o))[0]
}

// ValueLayout is the layout of Value on this build.
var ValueLayout = Layout{
	Size:          unsafe.Sizeof(Value{}),
	TypeWord:      unsafe.Offsetof(Value{}.ref),
	DataWord:      unsafe.Offsetof(Value{}.ref) + unsafe.Sizeof(uintptr(0)),
	RawWord:       unsafe.Offsetof(Value{}.raw),
	IntTypeWord:   TypeWord(intKind{}),
	FloatTypeWord: TypeWord(floatKind{}),
	BoolTypeWord:  TypeWord(boolKind{}),
	NoneTypeWord:  TypeWord(noneKind{}),
}

// ValueFromWords rebuilds a heap-object Value from its type word and data
// word (deoptimization: compiled code holds objects as these two words).
// The object must be alive, reachable from somewhere else.
func ValueFromWords(typeWord, data uintptr) Value {
	// Build the two words as pointers and load the interface from them;
	// storing uintptrs into an interface variable is invisible to the
	// compiler (it folds the variable to nil).
	var w [2]unsafe.Pointer
	w[0] = *(*unsafe.Pointer)(unsafe.Pointer(&typeWord))
	w[1] = *(*unsafe.Pointer)(unsafe.Pointer(&data))
	return Value{ref: *(*Object)(unsafe.Pointer(&w))}
}
