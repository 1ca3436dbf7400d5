package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"

	"github.com/tracejit/tracejit/runtime/format"
)

// Constructors of the builtin types: int(), float(), str(), ...

func init() {
	IntType.New = newInt
	BoolType.New = newBool
	FloatType.New = newFloat
	StrType.New = newStr
	ListType.New = newList
	TupleType.New = newTuple
	DictType.New = newDict
	RangeType.New = newRange
	SliceType.New = newSlice
	ObjectType.New = newObject
	TypeType.New = newTypeCall
}

var intSpec = kwSpec{fname: "int", names: []string{"x", "base"}, posOnly: 1, maxPos: 2}

func newInt(t *Thread, _ *Type, args []Value, kw []string) (Value, error) {
	a, err := intSpec.unpack(args, kw)
	if err != nil {
		return Value{}, err
	}
	x, base := a[0], a[1]
	if !given(x) {
		if given(base) {
			return Value{}, Errorf(TypeErrorType, "int() missing string argument")
		}
		return Int(0), nil
	}
	if !given(base) {
		return ToInt(t, x)
	}
	b, err := clampIndex(t, base)
	if err != nil {
		return Value{}, err
	}
	if b != 0 && (b < 2 || b > 36) {
		return Value{}, Errorf(ValueErrorType, "int() base must be >= 2 and <= 36, or 0")
	}
	s, ok := x.ref.(*Str)
	if !ok {
		if _, isBytes := AsBytes(x); isBytes {
			return bytesToInt(x, int(b))
		}
		return Value{}, Errorf(TypeErrorType, "int() can't convert non-string with explicit base")
	}
	return parseIntLimit(s.s, int(b), t.IntMaxStrDigits())
}

// ToInt is int(x) with one argument.
func ToInt(t *Thread, x Value) (Value, error) {
	switch v := x.ref.(type) {
	case intKind, *BigInt:
		return x, nil
	case boolKind:
		return Int(int64(x.raw)), nil
	case floatKind:
		return floatToInt(x.AsFloat())
	case *Str:
		return parseIntLimit(v.s, 10, t.IntMaxStrDigits())
	case *Bytes, *ByteArray:
		return bytesToInt(x, 10)
	}
	for _, name := range []string{"__int__", "__index__", "__trunc__"} {
		r, ok, err := callSpecial(t, x, name)
		if err != nil {
			return Value{}, err
		}
		if ok {
			if !IsIntLike(r) {
				return Value{}, Errorf(TypeErrorType, "%s returned non-int (type %s)", name, r.TypeName())
			}
			return intAdd(Int(0), r), nil
		}
	}
	return Value{}, Errorf(TypeErrorType, "int() argument must be a string, a bytes-like object or a real number, not '%s'", x.TypeName())
}

// ParseInt is int(s, base) for a str, following PyLong_FromString: Unicode
// digits and spaces count as their ASCII equivalents, single underscores
// may separate digits, and base 0 reads a 0x/0o/0b prefix. Decimal
// strings longer than CPython's default limit are refused (intdigits.go).
func ParseInt(orig string, base int) (Value, error) {
	return parseIntLimit(orig, base, format.DefaultIntMaxStrDigits)
}

// parseIntLimit is ParseInt with the interpreter's limit on the digits of a
// non-power-of-two base (sys.get_int_max_str_digits(); 0 means none).
func parseIntLimit(orig string, base, maxStrDigits int) (Value, error) {
	fail := func() (Value, error) {
		return Value{}, Errorf(ValueErrorType, "invalid literal for int() with base %d: %s", base, truncRunes(StrRepr(orig), 200))
	}
	s := asciiDigitsAndSpace(orig)
	i := 0
	for i < len(s) && isCSpace(s[i]) {
		i++
	}
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	at := func(j int) byte {
		if j < len(s) {
			return s[j]
		}
		return 0
	}
	b, zeroOnly := base, false
	if b == 0 {
		switch {
		case at(i) != '0':
			b = 10
		case at(i+1)|0x20 == 'x':
			b = 16
		case at(i+1)|0x20 == 'o':
			b = 8
		case at(i+1)|0x20 == 'b':
			b = 2
		default:
			// An old-style octal literal: only zero is allowed.
			b, zeroOnly = 10, true
		}
	}
	if at(i) == '0' {
		p := at(i+1) | 0x20
		if (b == 16 && p == 'x') || (b == 8 && p == 'o') || (b == 2 && p == 'b') {
			i += 2
			if at(i) == '_' {
				i++ // one underscore may follow the prefix
			}
		}
	}
	if at(i) == '_' {
		return fail()
	}
	var digits strings.Builder
	prev := byte(0)
	start := i
	for ; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			if prev == '_' {
				return fail()
			}
		} else if digitValue(c) < b {
			digits.WriteByte(c)
		} else {
			break
		}
		prev = c
	}
	if prev == '_' {
		return fail()
	}
	if b&(b-1) != 0 && maxStrDigits > 0 && digits.Len() > maxStrDigits {
		return Value{}, Errorf(ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", maxStrDigits, digits.Len())
	}
	if i == start {
		return fail()
	}
	for i < len(s) && isCSpace(s[i]) {
		i++
	}
	if i != len(s) {
		return fail()
	}
	ds := digits.String()
	if n, err := strconv.ParseInt(ds, b, 64); err == nil {
		if zeroOnly && n != 0 {
			base = 0
			return fail()
		}
		if neg {
			n = -n
		}
		return Int(n), nil
	}
	z, _ := new(big.Int).SetString(ds, b)
	if zeroOnly {
		base = 0
		return fail()
	}
	if neg {
		z.Neg(z)
	}
	return MakeInt(z), nil
}

// truncRunes keeps the first n code points of s (CPython's "%.200R").
func truncRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// isCSpace is Py_ISSPACE: ASCII whitespace.
func isCSpace(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\v', '\f', '\r':
		return true
	}
	return false
}

// digitValue is _PyLong_DigitValue: 0-35 for digits and letters, 37 otherwise.
func digitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 37
}

// asciiDigitsAndSpace is _PyUnicode_TransformDecimalAndSpaceToASCII: non-ASCII
// whitespace becomes ' ', decimal digits their ASCII digit, anything else '?'.
func asciiDigitsAndSpace(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case isPySpace(r):
			b.WriteByte(' ')
		default:
			if d := decimalValue(r); d >= 0 {
				b.WriteByte(byte('0' + d))
			} else {
				b.WriteByte('?')
			}
		}
	}
	return b.String()
}

// decimalValue is the value of a Unicode decimal digit (category Nd), or -1.
// Nd characters come in complete runs of ten starting at a zero.
func decimalValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	for _, rg := range unicode.Nd.R16 {
		if rune(rg.Lo) <= r && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if rune(rg.Lo) <= r && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	return -1
}

func newBool(t *Thread, _ *Type, args []Value, kw []string) (Value, error) {
	if err := positional("bool", "bool", args, kw, 0, 1); err != nil {
		return Value{}, err
	}
	if len(args) == 0 {
		return False, nil
	}
	b, err := Truth(t, args[0])
	return Bool(b), err
}

func newFloat(t *Thread, _ *Type, args []Value, kw []string) (Value, error) {
	if err := positional("float", "float", args, kw, 0, 1); err != nil {
		return Value{}, err
	}
	if len(args) == 0 {
		return Float(0), nil
	}
	f, err := ToFloat(t, args[0])
	return Float(f), err
}

// ToFloat is float(x).
func ToFloat(t *Thread, x Value) (float64, error) {
	switch v := x.ref.(type) {
	case floatKind:
		return x.AsFloat(), nil
	case intKind, boolKind, *BigInt:
		return IntToFloat(x)
	case *Str:
		return ParseFloat(v.s)
	case *Bytes, *ByteArray:
		return bytesToFloat(x)
	}
	if r, ok, err := callSpecial(t, x, "__float__"); err != nil || ok {
		if err != nil {
			return 0, err
		}
		if !r.IsFloat() {
			return 0, Errorf(TypeErrorType, "%s.__float__ returned non-float (type %s)", x.TypeName(), r.TypeName())
		}
		return r.AsFloat(), nil
	}
	if r, ok, err := callSpecial(t, x, "__index__"); err != nil || ok {
		if err != nil {
			return 0, err
		}
		return IntToFloat(r)
	}
	return 0, Errorf(TypeErrorType, "float() argument must be a string or a real number, not '%s'", x.TypeName())
}

// ParseFloat is float(s) for a str, following PyFloat_FromString.
func ParseFloat(orig string) (float64, error) {
	fail := func() (float64, error) {
		return 0, Errorf(ValueErrorType, "could not convert string to float: %s", StrRepr(orig))
	}
	s := asciiDigitsAndSpace(orig)
	if strings.IndexByte(s, '_') >= 0 {
		// Underscores are allowed only between digits.
		var b strings.Builder
		prev := byte(0)
		for i := 0; i < len(s); i++ {
			c := s[i]
			isDigit := func(c byte) bool { return c >= '0' && c <= '9' }
			if c == '_' {
				if !isDigit(prev) {
					return fail()
				}
			} else {
				if prev == '_' && !isDigit(c) {
					return fail()
				}
				b.WriteByte(c)
			}
			prev = c
		}
		if prev == '_' {
			return fail()
		}
		s = b.String()
	}
	lo, hi := 0, len(s)
	for lo < hi && isCSpace(s[lo]) {
		lo++
	}
	for hi > lo && isCSpace(s[hi-1]) {
		hi--
	}
	f, ok := parseFloatLiteral(s[lo:hi])
	if !ok {
		return fail()
	}
	return f, nil
}

// parseFloatLiteral parses what PyOS_string_to_double accepts: a decimal
// literal or inf/infinity/nan, with an optional sign.
func parseFloatLiteral(s string) (float64, bool) {
	body := s
	neg := false
	if len(body) > 0 && (body[0] == '+' || body[0] == '-') {
		neg = body[0] == '-'
		body = body[1:]
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		if neg {
			return math.Inf(-1), true
		}
		return math.Inf(1), true
	case "nan":
		return math.NaN(), true
	}
	i, n := 0, len(body)
	digits := 0
	for i < n && body[i] >= '0' && body[i] <= '9' {
		i, digits = i+1, digits+1
	}
	if i < n && body[i] == '.' {
		i++
		for i < n && body[i] >= '0' && body[i] <= '9' {
			i, digits = i+1, digits+1
		}
	}
	if digits == 0 {
		return 0, false
	}
	if i < n && (body[i] == 'e' || body[i] == 'E') {
		i++
		if i < n && (body[i] == '+' || body[i] == '-') {
			i++
		}
		expDigits := 0
		for i < n && body[i] >= '0' && body[i] <= '9' {
			i, expDigits = i+1, expDigits+1
		}
		if expDigits == 0 {
			return 0, false
		}
	}
	if i != n {
		return 0, false
	}
	// strconv rounds correctly, as CPython's dtoa does; out-of-range
	// values come back as ±Inf or ±0 with ErrRange, which Python accepts.
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			return 0, false
		}
	}
	return f, true
}

var strSpec = kwSpec{fname: "str", names: []string{"object", "encoding", "errors"}, maxPos: 3}

func newStr(t *Thread, _ *Type, args []Value, kw []string) (Value, error) {
	if len(args) == 1 && len(kw) == 0 {
		s, err := ToStr(t, args[0])
		return NewStr(s), err
	}
	a, err := strSpec.unpack(args, kw)
	if err != nil {
		return Value{}, err
	}
	if !given(a[1]) && !given(a[2]) {
		if !given(a[0]) {
			return NewStr(""), nil
		}
		s, err := ToStr(t, a[0])
		return NewStr(s), err
	}
	for i, name := range []string{"encoding", "errors"} {
		if v := a[i+1]; given(v) {
			if _, ok := v.ref.(*Str); !ok {
				return Value{}, Errorf(TypeErrorType, "str() argument '%s' must be str, not %s", name, v.TypeName())
			}
		}
	}
	obj := a[0]
	if !given(obj) {
		return NewStr(""), nil
	}
	if _, ok := obj.ref.(*Str); ok {
		return Value{}, Errorf(TypeErrorType, "decoding str is not supported")
	}
	if b, ok := AsBytes(obj); ok {
		return decodeArgs(t, b, a[1], a[2])
	}
	return Value{}, Errorf(TypeErrorType, "decoding to str: need a bytes-like object, %s found", obj.TypeName())
}

func newList(t *Thread, _ *Type, args []Value, kw []string) (Value, error) {
	if err := positional("list", "list", args, kw, 0, 1); err != nil {
		return Value{}, err
	}
	if len(args) == 0 {
		return NewList(nil), nil
	}
	items, err := collectSpecial(t, args[0])
	return NewList(items), err
}

func newTuple(t *Thread, _ *Type, args []Value, kw []string) (Value, error) {
	if err := positional("tuple", "tuple", args, kw, 0, 1); err != nil {
		return Value{}, err
	}
	if len(args) == 0 {
		return TupleValue(), nil
	}
	if _, ok := args[0].ref.(*Tuple); ok {
		return args[0], nil
	}
	items, err := collectSpecial(t, args[0])
	return TupleValue(items...), err
}

func newDict(t *Thread, _ *Type, args []Value, kw []string) (Value, error) {
	d := NewDict()
	if err := dictUpdate(t, "dict", d, args, kw); err != nil {
		return Value{}, err
	}
	return FromObject(d), nil
}

func newRange(t *Thread, _ *Type, args []Value, kw []string) (Value, error) {
	if err := positional("range", "range", args, kw, 1, 3); err != nil {
		return Value{}, err
	}
	v := make([]Value, len(args))
	for i, a := range args {
		x, err := Index(t, a)
		if err != nil {
			return Value{}, err
		}
		v[i] = x
	}
	start, stop, step := Int(0), v[0], Int(1)
	if len(v) >= 2 {
		start, stop = v[0], v[1]
	}
	if len(v) == 3 {
		if intSign(v[2]) == 0 {
			return Value{}, Errorf(ValueErrorType, "range() arg 3 must not be zero")
		}
		step = v[2]
	}
	return FromObject(NewBigRange(start, stop, step)), nil
}

func newSlice(t *Thread, _ *Type, args []Value, kw []string) (Value, error) {
	if err := positional("slice", "slice", args, kw, 1, 3); err != nil {
		return Value{}, err
	}
	s := &Slice{Start: None, Stop: None, Step: None}
	switch len(args) {
	case 1:
		s.Stop = args[0]
	case 2:
		s.Start, s.Stop = args[0], args[1]
	default:
		s.Start, s.Stop, s.Step = args[0], args[1], args[2]
	}
	return FromObject(s), nil
}

func newObject(t *Thread, typ *Type, args []Value, kw []string) (Value, error) {
	if typ == ObjectType && len(args) > 0 {
		return Value{}, Errorf(TypeErrorType, "object() takes no arguments")
	}
	return FromObject(&Instance{}), nil
}

func newTypeCall(t *Thread, _ *Type, args []Value, kw []string) (Value, error) {
	n := len(args) - len(kw)
	if n == 1 && len(kw) == 0 {
		return FromObject(args[0].Type()), nil
	}
	if n == 3 {
		return Value{}, Errorf(NotImplementedErrorType, "type() with 3 arguments is not supported")
	}
	if len(kw) > 0 && n == 1 {
		return Value{}, Errorf(TypeErrorType, "type() takes no keyword arguments")
	}
	return Value{}, Errorf(TypeErrorType, "type() takes 1 or 3 arguments")
}
