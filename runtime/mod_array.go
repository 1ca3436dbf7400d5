package runtime

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"strings"
)

// The array module: typed arrays with CPython's item conversions (and
// their OverflowError messages), reprs and byte layout (little-endian,
// LP64 sizes).
//

func init() {
	BuiltinModules["array"] = newArrayModule
	ArrayType.New = newArray
	for name, fn := range arrayMethods() {
		addMethod(ArrayType, name, fn)
	}
}

// Array types.
var (
	ArrayType     = NewType("array.array", ObjectType)
	ArrayIterType = NewType("array.arrayiterator", ObjectType)
)

const arrayTypecodes = "bBuhHiIlLqQfd"

func newArrayModule(t *Thread) *Module {
	m := NewModule("array")
	libSetModuleFuncs(m, map[string]Value{
		"ArrayType": FromObject(ArrayType),
		"array":     FromObject(ArrayType),
		"typecodes": NewStr(arrayTypecodes),
	})
	return m
}

// Array is array.array. Items are stored as Python values already
// converted for the typecode (ints in range, floats rounded to float32 for
// 'f', one-character strs for 'u').
type Array struct {
	code  byte
	items []Value
}

// Type returns array.array.
func (*Array) Type() *Type { return ArrayType }

// ArrayItemSize is the itemsize of a typecode.
func ArrayItemSize(code byte) int {
	switch code {
	case 'b', 'B':
		return 1
	case 'h', 'H':
		return 2
	case 'i', 'I', 'f', 'u':
		return 4
	}
	return 8
}

func arrayOverflow(format string, a ...any) error {
	return Errorf(OverflowErrorType, format, a...)
}

// arrayLong is the "l" conversion: an int that fits a C long.
func arrayLong(t *Thread, v Value) (int64, error) {
	x, err := Index(t, v)
	if err != nil {
		return 0, err
	}
	if !isSmall(x) {
		return 0, arrayOverflow("Python int too large to convert to C long")
	}
	return x.AsInt(), nil
}

// arrayRange checks lo <= n <= hi with CPython's getargs wording.
func arrayRange(n, lo, hi int64, what string) error {
	if n < lo {
		return arrayOverflow("%s is less than minimum", what)
	}
	if n > hi {
		return arrayOverflow("%s is greater than maximum", what)
	}
	return nil
}

// Convert converts v to an item of the array's typecode.
func (a *Array) Convert(t *Thread, v Value) (Value, error) {
	switch a.code {
	case 'f', 'd':
		f, err := toFloatArg(t, v)
		if err != nil {
			return Value{}, err
		}
		if a.code == 'f' {
			f = float64(float32(f))
		}
		return Float(f), nil
	case 'u':
		s, ok := v.ref.(*Str)
		if !ok || s.Len() != 1 {
			return Value{}, Errorf(TypeErrorType, "array item must be unicode character")
		}
		return v, nil
	case 'I', 'L', 'Q':
		x, err := Index(t, v)
		if err != nil {
			return Value{}, err
		}
		if intSign(x) < 0 {
			if a.code == 'Q' {
				return Value{}, arrayOverflow("can't convert negative int to unsigned")
			}
			return Value{}, arrayOverflow("can't convert negative value to unsigned int")
		}
		if bigOf(x).BitLen() > 64 {
			if a.code == 'Q' {
				return Value{}, arrayOverflow("int too big to convert")
			}
			return Value{}, arrayOverflow("Python int too large to convert to C unsigned long")
		}
		if a.code == 'I' && bigOf(x).Cmp(big.NewInt(math.MaxUint32)) > 0 {
			return Value{}, arrayOverflow("unsigned int is greater than maximum")
		}
		return x, nil
	case 'q':
		x, err := Index(t, v)
		if err != nil {
			return Value{}, err
		}
		if !isSmall(x) {
			return Value{}, arrayOverflow("int too big to convert")
		}
		return Int(x.AsInt()), nil
	}
	n, err := arrayLong(t, v)
	if err != nil {
		return Value{}, err
	}
	switch a.code {
	case 'b':
		if err := arrayRange(n, math.MinInt16, math.MaxInt16, "signed short integer"); err != nil {
			return Value{}, err
		}
		err = arrayRange(n, math.MinInt8, math.MaxInt8, "signed char")
	case 'B':
		err = arrayRange(n, 0, math.MaxUint8, "unsigned byte integer")
	case 'h':
		err = arrayRange(n, math.MinInt16, math.MaxInt16, "signed short integer")
	case 'H':
		if err := arrayRange(n, math.MinInt32, math.MaxInt32, "signed integer"); err != nil {
			return Value{}, err
		}
		err = arrayRange(n, 0, math.MaxUint16, "unsigned short")
	case 'i':
		err = arrayRange(n, math.MinInt32, math.MaxInt32, "signed integer")
	}
	if err != nil {
		return Value{}, err
	}
	return Int(n), nil
}

func arrayBadTypecode() error {
	return Errorf(ValueErrorType, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
}

// NewArray returns an empty array of a valid typecode.
func NewArray(code byte) (*Array, error) {
	if strings.IndexByte(arrayTypecodes, code) < 0 {
		return nil, arrayBadTypecode()
	}
	return &Array{code: code}, nil
}

func newArray(t *Thread, _ *Type, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return Value{}, Errorf(TypeErrorType, "array.array() takes no keyword arguments")
	}
	if err := checkTuple("array", "array", args, kw, 1, 2); err != nil {
		return Value{}, err
	}
	s, ok := args[0].ref.(*Str)
	if !ok || s.Len() != 1 {
		what := args[0].TypeName()
		if ok {
			what = "str"
		}
		return Value{}, Errorf(TypeErrorType, "array() argument 1 must be a unicode character, not %s", what)
	}
	code := s.s
	if len(code) != 1 {
		return Value{}, arrayBadTypecode()
	}
	a, err := NewArray(code[0])
	if err != nil {
		return Value{}, err
	}
	if len(args) == 2 {
		init := args[1]
		switch x := init.ref.(type) {
		case *Str:
			if a.code != 'u' {
				return Value{}, Errorf(TypeErrorType, "cannot use a str to initialize an array with typecode '%c'", a.code)
			}
			for _, r := range x.s {
				a.items = append(a.items, NewStr(string(r)))
			}
			return FromObject(a), nil
		case *Array:
			if x.code == 'u' && a.code != 'u' || x.code != 'u' && a.code == 'u' {
				return Value{}, Errorf(TypeErrorType, "cannot use a unicode array to initialize an array with typecode '%c'", a.code)
			}
		case *Bytes, *ByteArray:
			b, _ := AsBytes(init)
			if err := a.frombytes(b); err != nil {
				return Value{}, err
			}
			return FromObject(a), nil
		}
		if err := a.extendIter(t, init); err != nil {
			return Value{}, err
		}
	}
	return FromObject(a), nil
}

// extendIter appends the items of an iterable one by one (a failure
// keeps the items already appended, as in CPython).
func (a *Array) extendIter(t *Thread, v Value) error {
	if o, ok := v.ref.(*Array); ok && o == a {
		v = NewList(append([]Value(nil), a.items...))
	}
	it, err := libIter(t, v)
	if err != nil {
		return err
	}
	for {
		x, ok, err := it.Next(t)
		if err != nil || !ok {
			return err
		}
		c, err := a.Convert(t, x)
		if err != nil {
			return err
		}
		a.items = append(a.items, c)
	}
}

// Len implements len().
func (a *Array) Len(*Thread) (int, error) { return len(a.items), nil }

// Iter iterates over the items (seeing later appends).
func (a *Array) Iter(*Thread) (Iterator, error) { return &arrayIter{a: a}, nil }

// Hash raises: arrays are unhashable.
func (a *Array) Hash(*Thread) (int64, error) {
	return 0, Errorf(TypeErrorType, "unhashable type: 'array.array'")
}

type arrayIter struct {
	a *Array
	i int
}

func (*arrayIter) Type() *Type { return ArrayIterType }

func (it *arrayIter) Next(*Thread) (Value, bool, error) {
	if it.a == nil || it.i >= len(it.a.items) {
		it.a = nil
		return Value{}, false, nil
	}
	v := it.a.items[it.i]
	it.i++
	return v, true, nil
}

// arrayIndex converts a subscript that is not a slice.
func arrayIndex(t *Thread, key Value) (int64, bool, error) {
	if _, ok := key.ref.(*Slice); ok {
		return 0, false, nil
	}
	if !IsIntLike(key) {
		if !libHasIndex(key) {
			return 0, false, Errorf(TypeErrorType, "array indices must be integers")
		}
	}
	x, err := Index(t, key)
	if err != nil {
		return 0, false, err
	}
	if !isSmall(x) {
		return 0, false, Errorf(IndexErrorType, "cannot fit 'int' into an index-sized integer")
	}
	return x.AsInt(), true, nil
}

// GetItem is a[i] or a[i:j:k] (a new array).
func (a *Array) GetItem(t *Thread, key Value) (Value, error) {
	i, isInt, err := arrayIndex(t, key)
	if err != nil {
		return Value{}, err
	}
	if isInt {
		j, ok := NormIndex(i, len(a.items))
		if !ok {
			return Value{}, Errorf(IndexErrorType, "array index out of range")
		}
		return a.items[j], nil
	}
	start, _, step, n, err := SliceIndices(t, key.ref.(*Slice), len(a.items))
	if err != nil {
		return Value{}, err
	}
	return FromObject(&Array{code: a.code, items: sliceItems(a.items, start, step, n)}), nil
}

// SetItem is a[i] = v, or slice assignment from an array of the same typecode.
func (a *Array) SetItem(t *Thread, key, v Value) error {
	i, isInt, err := arrayIndex(t, key)
	if err != nil {
		return err
	}
	if isInt {
		j, ok := NormIndex(i, len(a.items))
		if !ok {
			return Errorf(IndexErrorType, "array assignment index out of range")
		}
		c, err := a.Convert(t, v)
		if err != nil {
			return err
		}
		a.items[j] = c
		return nil
	}
	o, ok := v.ref.(*Array)
	if !ok {
		return Errorf(TypeErrorType, "can only assign array (not \"%s\") to array slice", v.TypeName())
	}
	if o.code != a.code {
		return Errorf(TypeErrorType, "bad argument type for built-in operation")
	}
	l := &List{Items: a.items}
	if err := listSetSlice(t, l, key.ref.(*Slice), NewList(append([]Value(nil), o.items...))); err != nil {
		if e := AsException(err); e.IsInstance(ValueErrorType) {
			return Errorf(ValueErrorType, "%s", strings.Replace(e.Message(), "sequence", "array", 1))
		}
		return err
	}
	a.items = l.Items
	return nil
}

// DelItem is del a[i] or del a[i:j:k].
func (a *Array) DelItem(t *Thread, key Value) error {
	i, isInt, err := arrayIndex(t, key)
	if err != nil {
		return err
	}
	if isInt {
		j, ok := NormIndex(i, len(a.items))
		if !ok {
			return Errorf(IndexErrorType, "array assignment index out of range")
		}
		a.items = append(a.items[:j], a.items[j+1:]...)
		return nil
	}
	l := &List{Items: a.items}
	if err := DelItem(t, FromObject(l), key); err != nil {
		return err
	}
	a.items = l.Items
	return nil
}

// Contains is x in a.
func (a *Array) Contains(t *Thread, x Value) (bool, error) {
	for i := 0; i < len(a.items); i++ {
		if eq, err := libEqual(t, a.items[i], x); err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

// RichCompare compares two arrays item by item.
func (a *Array) RichCompare(t *Thread, op CompareOp, other Value) (Value, bool, error) {
	o, ok := other.ref.(*Array)
	if !ok {
		return Value{}, false, nil
	}
	r, _, err := compareSeq(t, op, append([]Value(nil), a.items...), append([]Value(nil), o.items...))
	return Bool(r), true, err
}

// BinaryOp implements a + array, a * n, n * a, a += array and a *= n.
func (a *Array) BinaryOp(t *Thread, op BinaryOp, other Value, right, inplace bool) (Value, bool, error) {
	switch op {
	case OpAdd:
		if right {
			return Value{}, false, nil
		}
		o, ok := other.ref.(*Array)
		if !ok {
			if inplace {
				return Value{}, true, Errorf(TypeErrorType, "can only extend array with array (not \"%s\")", other.TypeName())
			}
			return Value{}, true, Errorf(TypeErrorType, "can only append array (not \"%s\") to array", other.TypeName())
		}
		if o.code != a.code {
			if inplace {
				return Value{}, true, Errorf(TypeErrorType, "can only extend with array of same kind")
			}
			return Value{}, true, Errorf(TypeErrorType, "bad argument type for built-in operation")
		}
		if inplace {
			a.items = append(a.items, o.items...)
			return FromObject(a), true, nil
		}
		items := append(append([]Value(nil), a.items...), o.items...)
		return FromObject(&Array{code: a.code, items: items}), true, nil
	case OpMul:
		if !libHasIndex(other) {
			return Value{}, true, Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", other.TypeName())
		}
		n, err := asSsize(t, other)
		if err != nil {
			return Value{}, true, err
		}
		var items []Value
		for i := 0; i < n; i++ {
			items = append(items, a.items...)
		}
		if inplace && !right {
			a.items = items
			return FromObject(a), true, nil
		}
		return FromObject(&Array{code: a.code, items: items}), true, nil
	}
	return Value{}, false, nil
}

// GetAttr implements Attributer: typecode, itemsize and the methods.
func (a *Array) GetAttr(t *Thread, name string) (Value, bool, error) {
	switch name {
	case "typecode":
		return NewStr(string(a.code)), true, nil
	case "itemsize":
		return Int(int64(ArrayItemSize(a.code))), true, nil
	}
	v, ok := libTypeAttr(FromObject(a), name)
	return v, ok, nil
}

// Repr is "array('d', [1.0, 2.0])", "array('u', 'ab')" or "array('i')".
func (a *Array) Repr(t *Thread) (string, error) {
	if len(a.items) == 0 {
		return fmt.Sprintf("array('%c')", a.code), nil
	}
	if a.code == 'u' {
		return fmt.Sprintf("array('u', %s)", StrRepr(a.unicode())), nil
	}
	s, err := reprSeq(t, nil, "[", "]", a.items, false)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("array('%c', %s)", a.code, s), nil
}

func (a *Array) unicode() string {
	var b strings.Builder
	for _, v := range a.items {
		b.WriteString(v.ref.(*Str).s)
	}
	return b.String()
}

// ToBytes is the machine representation of the items (little-endian).
func (a *Array) ToBytes() []byte {
	size := ArrayItemSize(a.code)
	out := make([]byte, len(a.items)*size)
	for i, v := range a.items {
		p := out[i*size:]
		switch a.code {
		case 'f':
			binary.LittleEndian.PutUint32(p, math.Float32bits(float32(v.AsFloat())))
		case 'd':
			binary.LittleEndian.PutUint64(p, math.Float64bits(v.AsFloat()))
		case 'u':
			binary.LittleEndian.PutUint32(p, uint32([]rune(v.ref.(*Str).s)[0]))
		default:
			var u uint64
			if isSmall(v) {
				u = uint64(v.AsInt())
			} else {
				u = bigOf(v).Uint64()
			}
			switch size {
			case 1:
				p[0] = byte(u)
			case 2:
				binary.LittleEndian.PutUint16(p, uint16(u))
			case 4:
				binary.LittleEndian.PutUint32(p, uint32(u))
			default:
				binary.LittleEndian.PutUint64(p, u)
			}
		}
	}
	return out
}

// frombytes appends items decoded from machine bytes.
func (a *Array) frombytes(b []byte) error {
	size := ArrayItemSize(a.code)
	if len(b)%size != 0 {
		return Errorf(ValueErrorType, "bytes length not a multiple of item size")
	}
	for i := 0; i < len(b); i += size {
		p := b[i:]
		var v Value
		switch a.code {
		case 'b':
			v = Int(int64(int8(p[0])))
		case 'B':
			v = Int(int64(p[0]))
		case 'h':
			v = Int(int64(int16(binary.LittleEndian.Uint16(p))))
		case 'H':
			v = Int(int64(binary.LittleEndian.Uint16(p)))
		case 'i':
			v = Int(int64(int32(binary.LittleEndian.Uint32(p))))
		case 'I':
			v = Int(int64(binary.LittleEndian.Uint32(p)))
		case 'l', 'q':
			v = Int(int64(binary.LittleEndian.Uint64(p)))
		case 'L', 'Q':
			v = MakeInt(new(big.Int).SetUint64(binary.LittleEndian.Uint64(p)))
		case 'f':
			v = Float(float64(math.Float32frombits(binary.LittleEndian.Uint32(p))))
		case 'd':
			v = Float(math.Float64frombits(binary.LittleEndian.Uint64(p)))
		case 'u':
			v = NewStr(string(rune(binary.LittleEndian.Uint32(p))))
		}
		a.items = append(a.items, v)
	}
	return nil
}

func arraySelf(name string, args []Value) (*Array, error) {
	a, ok := args[0].ref.(*Array)
	if !ok {
		return nil, descriptorError(ArrayType, name, args[0])
	}
	return a, nil
}

// arrayMethod wraps a method taking min..max positional arguments.
func arrayMethod(name string, min, max int, fn func(t *Thread, a *Array, args []Value) (Value, error)) BuiltinFunc {
	return func(t *Thread, args []Value, kw []string) (Value, error) {
		a, err := arraySelf(name, args)
		if err != nil {
			return Value{}, err
		}
		var cerr error
		if min == max && min <= 1 {
			cerr = exactArgs("array."+name, args[1:], kw, min)
		} else {
			cerr = positional("array."+name, name, args[1:], kw, min, max)
		}
		if cerr != nil {
			return Value{}, cerr
		}
		return fn(t, a, args[1:])
	}
}

func arrayMethods() map[string]BuiltinFunc {
	find := func(t *Thread, a *Array, x Value, start, stop int) (int, error) {
		for i := start; i < stop && i < len(a.items); i++ {
			if eq, err := libEqual(t, a.items[i], x); err != nil {
				return -1, err
			} else if eq {
				return i, nil
			}
		}
		return -1, nil
	}
	return map[string]BuiltinFunc{
		"append": arrayMethod("append", 1, 1, func(t *Thread, a *Array, args []Value) (Value, error) {
			c, err := a.Convert(t, args[0])
			if err != nil {
				return Value{}, err
			}
			a.items = append(a.items, c)
			return None, nil
		}),
		"extend": arrayMethod("extend", 1, 1, func(t *Thread, a *Array, args []Value) (Value, error) {
			if o, ok := args[0].ref.(*Array); ok && o.code != a.code {
				return Value{}, Errorf(TypeErrorType, "can only extend with array of same kind")
			}
			return None, a.extendIter(t, args[0])
		}),
		"fromlist": arrayMethod("fromlist", 1, 1, func(t *Thread, a *Array, args []Value) (Value, error) {
			l, ok := args[0].ref.(*List)
			if !ok {
				return Value{}, Errorf(TypeErrorType, "arg must be list")
			}
			conv := make([]Value, len(l.Items))
			for i, v := range l.Items {
				c, err := a.Convert(t, v)
				if err != nil {
					return Value{}, err
				}
				conv[i] = c
			}
			a.items = append(a.items, conv...)
			return None, nil
		}),
		"frombytes": arrayMethod("frombytes", 1, 1, func(t *Thread, a *Array, args []Value) (Value, error) {
			b, ok := AsBytes(args[0])
			if !ok {
				return Value{}, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", args[0].TypeName())
			}
			return None, a.frombytes(append([]byte(nil), b...))
		}),
		"insert": arrayMethod("insert", 2, 2, func(t *Thread, a *Array, args []Value) (Value, error) {
			i, err := asSsize(t, args[0])
			if err != nil {
				return Value{}, err
			}
			c, err := a.Convert(t, args[1])
			if err != nil {
				return Value{}, err
			}
			if i < 0 {
				if i += len(a.items); i < 0 {
					i = 0
				}
			}
			a.items = listInsertAt(a.items, i, c)
			return None, nil
		}),
		"pop": arrayMethod("pop", 0, 1, func(t *Thread, a *Array, args []Value) (Value, error) {
			i := -1
			if len(args) == 1 {
				var err error
				if i, err = asSsize(t, args[0]); err != nil {
					return Value{}, err
				}
			}
			if len(a.items) == 0 {
				return Value{}, Errorf(IndexErrorType, "pop from empty array")
			}
			j, ok := NormIndex(int64(i), len(a.items))
			if !ok {
				return Value{}, Errorf(IndexErrorType, "pop index out of range")
			}
			v := a.items[j]
			a.items = append(a.items[:j], a.items[j+1:]...)
			return v, nil
		}),
		"remove": arrayMethod("remove", 1, 1, func(t *Thread, a *Array, args []Value) (Value, error) {
			i, err := find(t, a, args[0], 0, len(a.items))
			if err != nil {
				return Value{}, err
			}
			if i < 0 {
				return Value{}, Errorf(ValueErrorType, "array.remove(x): x not in array")
			}
			a.items = append(a.items[:i], a.items[i+1:]...)
			return None, nil
		}),
		"index": arrayMethod("index", 1, 3, func(t *Thread, a *Array, args []Value) (Value, error) {
			start, stop := 0, math.MaxInt
			var err error
			if len(args) > 1 {
				if start, err = optSliceIndex(t, args[1], 0); err != nil {
					return Value{}, err
				}
			}
			if len(args) > 2 {
				if stop, err = optSliceIndex(t, args[2], math.MaxInt); err != nil {
					return Value{}, err
				}
			}
			n := len(a.items)
			if start < 0 {
				if start += n; start < 0 {
					start = 0
				}
			}
			if stop < 0 {
				if stop += n; stop < 0 {
					stop = 0
				}
			}
			i, err := find(t, a, args[0], start, stop)
			if err != nil {
				return Value{}, err
			}
			if i < 0 {
				return Value{}, Errorf(ValueErrorType, "array.index(x): x not in array")
			}
			return Int(int64(i)), nil
		}),
		"count": arrayMethod("count", 1, 1, func(t *Thread, a *Array, args []Value) (Value, error) {
			n := int64(0)
			for i := 0; i < len(a.items); i++ {
				if eq, err := libEqual(t, a.items[i], args[0]); err != nil {
					return Value{}, err
				} else if eq {
					n++
				}
			}
			return Int(n), nil
		}),
		"reverse": arrayMethod("reverse", 0, 0, func(t *Thread, a *Array, args []Value) (Value, error) {
			reverseValues(a.items)
			return None, nil
		}),
		"byteswap": arrayMethod("byteswap", 0, 0, func(t *Thread, a *Array, args []Value) (Value, error) {
			b := a.ToBytes()
			size := ArrayItemSize(a.code)
			for i := 0; i < len(b); i += size {
				for x, y := i, i+size-1; x < y; x, y = x+1, y-1 {
					b[x], b[y] = b[y], b[x]
				}
			}
			a.items = a.items[:0]
			return None, a.frombytes(b)
		}),
		"tolist": arrayMethod("tolist", 0, 0, func(t *Thread, a *Array, args []Value) (Value, error) {
			return NewList(append([]Value(nil), a.items...)), nil
		}),
		"tobytes": arrayMethod("tobytes", 0, 0, func(t *Thread, a *Array, args []Value) (Value, error) {
			return NewBytes(a.ToBytes()), nil
		}),
		"tounicode": arrayMethod("tounicode", 0, 0, func(t *Thread, a *Array, args []Value) (Value, error) {
			if a.code != 'u' {
				return Value{}, Errorf(ValueErrorType, "tounicode() may only be called on unicode type arrays")
			}
			return NewStr(a.unicode()), nil
		}),
		"buffer_info": arrayMethod("buffer_info", 0, 0, func(t *Thread, a *Array, args []Value) (Value, error) {
			return TupleValue(Int(IdentityHash(FromObject(a))&0x7fffffffffff), Int(int64(len(a.items)))), nil
		}),
		"__len__": arrayMethod("__len__", 0, 0, func(t *Thread, a *Array, args []Value) (Value, error) {
			return Int(int64(len(a.items))), nil
		}),
		"__iter__": arrayMethod("__iter__", 0, 0, func(t *Thread, a *Array, args []Value) (Value, error) {
			return FromObject(&arrayIter{a: a}), nil
		}),
		"__reversed__": arrayMethod("__reversed__", 0, 0, func(t *Thread, a *Array, args []Value) (Value, error) {
			return FromObject(&revIter{items: append([]Value(nil), a.items...), typ: ReversedType}), nil
		}),
		"__getitem__": arrayMethod("__getitem__", 1, 1, func(t *Thread, a *Array, args []Value) (Value, error) {
			return a.GetItem(t, args[0])
		}),
		"__setitem__": arrayMethod("__setitem__", 2, 2, func(t *Thread, a *Array, args []Value) (Value, error) {
			return None, a.SetItem(t, args[0], args[1])
		}),
		"__delitem__": arrayMethod("__delitem__", 1, 1, func(t *Thread, a *Array, args []Value) (Value, error) {
			return None, a.DelItem(t, args[0])
		}),
		"__contains__": arrayMethod("__contains__", 1, 1, func(t *Thread, a *Array, args []Value) (Value, error) {
			r, err := a.Contains(t, args[0])
			return Bool(r), err
		}),
	}
}
