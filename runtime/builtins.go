package runtime

import (
	"math"
	"math/big"
	"strconv"

	"github.com/tracejit/tracejit/runtime/format"
)

// Builtins is the builtins namespace: functions, the builtin types and the
// exception classes. The interpreter resolves unbound global names here.
var Builtins = map[string]Value{}

// BuiltinModules maps an importable module name to its constructor. The
// interpreter calls a constructor once per thread on first import and caches
// the module in Thread.Modules.
var BuiltinModules = map[string]func(t *Thread) *Module{}

func init() {
	funcs := map[string]BuiltinFunc{
		"abs":        builtinAbs,
		"all":        builtinAll,
		"any":        builtinAny,
		"ascii":      builtinASCII,
		"bin":        builtinBin,
		"callable":   builtinCallable,
		"chr":        builtinChr,
		"divmod":     builtinDivmod,
		"exit":       builtinExit,
		"format":     builtinFormat,
		"getattr":    builtinGetattr,
		"hasattr":    builtinHasattr,
		"hash":       builtinHash,
		"hex":        builtinHex,
		"id":         builtinID,
		"isinstance": builtinIsinstance,
		"issubclass": builtinIssubclass,
		"iter":       builtinIter,
		"len":        builtinLen,
		"max":        builtinMax,
		"min":        builtinMin,
		"next":       builtinNext,
		"oct":        builtinOct,
		"ord":        builtinOrd,
		"pow":        builtinPow,
		"print":      builtinPrint,
		"quit":       builtinExit,
		"repr":       builtinRepr,
		"round":      builtinRound,
		"setattr":    builtinSetattr,
		"sorted":     builtinSorted,
		"sum":        builtinSum,
	}
	for name, fn := range funcs {
		Builtins[name] = NewBuiltin(name, fn)
	}
	for _, ty := range []*Type{
		ObjectType, TypeType, IntType, BoolType, FloatType, StrType, ListType,
		TupleType, DictType, RangeType, SliceType, EnumerateType, ZipType,
		ReversedType, MapType, FilterType,
	} {
		Builtins[ty.Name] = FromObject(ty)
	}
	for _, ty := range ExceptionTypes {
		Builtins[ty.Name] = FromObject(ty)
	}
	Builtins["NotImplemented"] = NotImplemented
	Builtins["Ellipsis"] = Ellipsis
}

// ---------------------------------------------------------------------------
// Argument checking. CPython's builtins use several argument parsers whose
// error messages differ; each helper reproduces one of them.

// checkPositional is _PyArg_CheckPositional, used by builtins that take
// positional arguments only: "sorted expected 1 argument, got 0".
func checkPositional(name string, n, min, max int) error {
	if n < min {
		at := "at least "
		if min == max {
			at = ""
		}
		return Errorf(TypeErrorType, "%s expected %s%d argument%s, got %d", name, at, min, plural(min), n)
	}
	if n > max {
		at := "at most "
		if min == max {
			at = ""
		}
		return Errorf(TypeErrorType, "%s expected %s%d argument%s, got %d", name, at, max, plural(max), n)
	}
	return nil
}

// positional checks a builtin that takes no keywords (qualname names it in
// that message, e.g. "str.replace") and min..max positional arguments.
func positional(qualname, name string, args []Value, kw []string, min, max int) error {
	if len(kw) > 0 {
		return NoKwargs(qualname, kw)
	}
	return checkPositional(name, len(args), min, max)
}

// checkTuple is the PyArg_ParseTuple message: "find() takes at least 1
// argument (0 given)".
func checkTuple(qualname, name string, args []Value, kw []string, min, max int) error {
	if len(kw) > 0 {
		return NoKwargs(qualname, kw)
	}
	n := len(args)
	if n >= min && n <= max {
		return nil
	}
	how, lim := "at most", max
	switch {
	case min == max:
		how, lim = "exactly", min
	case n < min:
		how, lim = "at least", min
	}
	return Errorf(TypeErrorType, "%s() takes %s %d argument%s (%d given)", name, how, lim, plural(lim), n)
}

// exactArgs checks a METH_O (n == 1) or METH_NOARGS (n == 0) builtin.
func exactArgs(qualname string, args []Value, kw []string, n int) error {
	if len(kw) > 0 {
		return NoKwargs(qualname, kw)
	}
	return ArgCount(qualname, args, n, n)
}

// kwSpec describes a builtin with keyword arguments the way Argument Clinic
// does, and unpack reproduces _PyArg_UnpackKeywords and its messages.
type kwSpec struct {
	fname   string   // function name in messages, without "()"
	names   []string // all parameters in order
	posOnly int      // leading positional-only parameters
	minPos  int      // required parameters
	maxPos  int      // parameters that may be passed by position
}

// unpack returns one Value per parameter; absent ones are unbound.
func (s *kwSpec) unpack(args []Value, kw []string) ([]Value, error) {
	nkw := len(kw)
	nargs := len(args) - nkw
	out := make([]Value, len(s.names))
	if nkw == 0 && s.minPos <= nargs && nargs <= s.maxPos {
		copy(out, args)
		return out, nil
	}
	maxArgs := len(s.names)
	if nargs+nkw > maxArgs {
		kwWord := ""
		if nargs == 0 {
			kwWord = "keyword "
		}
		return nil, Errorf(TypeErrorType, "%s() takes at most %d %sargument%s (%d given)", s.fname, maxArgs, kwWord, plural(maxArgs), nargs+nkw)
	}
	if nargs > s.maxPos {
		if s.maxPos == 0 {
			return nil, Errorf(TypeErrorType, "%s() takes no positional arguments", s.fname)
		}
		how := "exactly"
		if s.minPos < s.maxPos {
			how = "at most"
		}
		return nil, Errorf(TypeErrorType, "%s() takes %s %d positional argument%s (%d given)", s.fname, how, s.maxPos, plural(s.maxPos), nargs)
	}
	if minPosOnly := min(s.posOnly, s.minPos); nargs < minPosOnly {
		how := "exactly"
		if minPosOnly < s.maxPos {
			how = "at least"
		}
		return nil, Errorf(TypeErrorType, "%s() takes %s %d positional argument%s (%d given)", s.fname, how, minPosOnly, plural(minPosOnly), nargs)
	}
	copy(out, args[:nargs])
	kwvals := args[nargs:]
	find := func(name string) (Value, bool) {
		for i, k := range kw {
			if k == name {
				return kwvals[i], true
			}
		}
		return Value{}, false
	}
	remaining := nkw
	for i := max(nargs, s.posOnly); i < maxArgs; i++ {
		if remaining == 0 && i >= s.minPos {
			break
		}
		if v, ok := find(s.names[i]); ok && remaining > 0 {
			out[i] = v
			remaining--
		} else if i < s.minPos {
			return nil, Errorf(TypeErrorType, "%s() missing required argument '%s' (pos %d)", s.fname, s.names[i], i+1)
		}
	}
	if remaining > 0 {
		for i := s.posOnly; i < nargs; i++ {
			if _, ok := find(s.names[i]); ok {
				return nil, Errorf(TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", s.fname, s.names[i], i+1)
			}
		}
		for _, k := range kw {
			known := false
			for _, n := range s.names[s.posOnly:] {
				known = known || n == k
			}
			if !known {
				return nil, invalidKeyword(k, s.fname)
			}
		}
	}
	return out, nil
}

func invalidKeyword(kw, fname string) error {
	return Errorf(TypeErrorType, "'%s' is an invalid keyword argument for %s()", kw, fname)
}

// given reports whether an optional argument was passed.
func given(v Value) bool { return !v.IsUnbound() }

// ---------------------------------------------------------------------------
// Conversions shared by builtins and methods.

// callSpecial calls a special method (__index__, __len__, ...) of an object
// implemented outside this package; ok is false when it has none.
func callSpecial(t *Thread, v Value, name string, args ...Value) (Value, bool, error) {
	if _, ok := v.ref.(Attributer); !ok {
		return Value{}, false, nil
	}
	m, ok, err := LookupAttr(t, v, name)
	if err != nil || !ok {
		return Value{}, false, err
	}
	r, err := Call(t, m, args, nil)
	return r, true, err
}

// Index is operator.index(v): an int (bools become ints), or TypeError.
func Index(t *Thread, v Value) (Value, error) {
	switch v.ref.(type) {
	case intKind, *BigInt:
		return v, nil
	case boolKind:
		return Int(int64(v.raw)), nil
	}
	r, ok, err := callSpecial(t, v, "__index__")
	if err != nil {
		return Value{}, err
	}
	if ok {
		if !IsIntLike(r) {
			return Value{}, Errorf(TypeErrorType, "__index__ returned non-int (type %s)", r.TypeName())
		}
		return r, nil
	}
	return Value{}, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", v.TypeName())
}

// indexInt converts v with __index__ to an int64; too large a value is an
// OverflowError naming the C type CPython would have used.
func indexInt(t *Thread, v Value, ctype string) (int64, error) {
	x, err := Index(t, v)
	if err != nil {
		return 0, err
	}
	if !isSmall(x) {
		return 0, Errorf(OverflowErrorType, "Python int too large to convert to C %s", ctype)
	}
	return int64(x.raw), nil
}

// asSsize is PyNumber_AsSsize_t with OverflowError.
func asSsize(t *Thread, v Value) (int, error) {
	n, err := indexInt(t, v, "ssize_t")
	return int(n), err
}

// asCInt is _PyLong_AsInt after __index__.
func asCInt(t *Thread, v Value) (int, error) {
	n, err := indexInt(t, v, "int")
	if err == nil && (n > math.MaxInt32 || n < math.MinInt32) {
		return 0, Errorf(OverflowErrorType, "Python int too large to convert to C int")
	}
	return int(n), err
}

// clampIndex is PyNumber_AsSsize_t(v, NULL): big ints clamp instead of raising.
func clampIndex(t *Thread, v Value) (int64, error) {
	x, err := Index(t, v)
	if err != nil {
		return 0, err
	}
	if isSmall(x) {
		return int64(x.raw), nil
	}
	if intSign(x) < 0 {
		return math.MinInt64, nil
	}
	return math.MaxInt64, nil
}

// optSliceIndex is _PyEval_SliceIndex for start/end arguments: None or
// absent gives def, big ints clamp.
func optSliceIndex(t *Thread, v Value, def int) (int, error) {
	if v.IsUnbound() || v.IsNone() {
		return def, nil
	}
	if !IsIntLike(v) {
		if _, ok := v.ref.(Attributer); ok {
			n, err := clampIndex(t, v)
			return clampInt(n), err
		}
		return 0, Errorf(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
	}
	n, _ := sliceIndex(v)
	return clampInt(n), nil
}

func clampInt(n int64) int {
	if n > math.MaxInt {
		return math.MaxInt
	}
	if n < math.MinInt {
		return math.MinInt
	}
	return int(n)
}

// toFloatArg is PyFloat_AsDouble for numeric builtins: "must be real number, not str".
func toFloatArg(t *Thread, v Value) (float64, error) {
	switch v.ref.(type) {
	case floatKind:
		return v.AsFloat(), nil
	case intKind, boolKind, *BigInt:
		return IntToFloat(v)
	}
	r, ok, err := callSpecial(t, v, "__float__")
	if err != nil {
		return 0, err
	}
	if ok && r.IsFloat() {
		return r.AsFloat(), nil
	}
	if r, ok, err := callSpecial(t, v, "__index__"); err != nil || ok {
		if err != nil {
			return 0, err
		}
		return IntToFloat(r)
	}
	return 0, Errorf(TypeErrorType, "must be real number, not %s", v.TypeName())
}

// floatToInt converts a float to an exact int, as int(x) does after truncation.
func floatToInt(f float64) (Value, error) {
	if math.IsInf(f, 0) {
		return Value{}, Errorf(OverflowErrorType, "cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return Value{}, Errorf(ValueErrorType, "cannot convert float NaN to integer")
	}
	f = math.Trunc(f)
	if f >= -(1<<63) && f < 1<<63 {
		return Int(int64(f)), nil
	}
	b, _ := big.NewFloat(f).Int(nil)
	return MakeInt(b), nil
}

// ---------------------------------------------------------------------------
// Builtin functions.

func builtinAbs(t *Thread, args []Value, kw []string) (Value, error) {
	if err := exactArgs("abs", args, kw, 1); err != nil {
		return Value{}, err
	}
	if r, ok, err := callSpecial(t, args[0], "__abs__"); ok || err != nil {
		return r, err
	}
	return Abs(t, args[0])
}

func builtinAll(t *Thread, args []Value, kw []string) (Value, error) {
	return anyAll(t, "all", args, kw, false)
}

func builtinAny(t *Thread, args []Value, kw []string) (Value, error) {
	return anyAll(t, "any", args, kw, true)
}

// anyAll stops at the first item whose truth is stop.
func anyAll(t *Thread, name string, args []Value, kw []string, stop bool) (Value, error) {
	if err := exactArgs(name, args, kw, 1); err != nil {
		return Value{}, err
	}
	it, err := GetIter(t, args[0])
	if err != nil {
		return Value{}, err
	}
	for {
		v, ok, err := it.Next(t)
		if err != nil {
			return Value{}, err
		}
		if !ok {
			return Bool(!stop), nil
		}
		b, err := Truth(t, v)
		if err != nil {
			return Value{}, err
		}
		if b == stop {
			return Bool(stop), nil
		}
	}
}

func builtinASCII(t *Thread, args []Value, kw []string) (Value, error) {
	if err := exactArgs("ascii", args, kw, 1); err != nil {
		return Value{}, err
	}
	s, err := ASCIIRepr(t, args[0])
	return NewStr(s), err
}

func builtinRepr(t *Thread, args []Value, kw []string) (Value, error) {
	if err := exactArgs("repr", args, kw, 1); err != nil {
		return Value{}, err
	}
	s, err := Repr(t, args[0])
	return NewStr(s), err
}

func builtinBin(t *Thread, args []Value, kw []string) (Value, error) {
	return intToBase(t, "bin", args, kw, 2, "0b")
}

func builtinOct(t *Thread, args []Value, kw []string) (Value, error) {
	return intToBase(t, "oct", args, kw, 8, "0o")
}

func builtinHex(t *Thread, args []Value, kw []string) (Value, error) {
	return intToBase(t, "hex", args, kw, 16, "0x")
}

func intToBase(t *Thread, name string, args []Value, kw []string, base int, prefix string) (Value, error) {
	if err := exactArgs(name, args, kw, 1); err != nil {
		return Value{}, err
	}
	x, err := Index(t, args[0])
	if err != nil {
		return Value{}, err
	}
	return NewStr(FormatIntBase(x, base, prefix)), nil
}

// FormatIntBase renders an int with a sign and prefix: -0x1f.
func FormatIntBase(x Value, base int, prefix string) string {
	var digits string
	neg := intSign(x) < 0
	if isSmall(x) {
		n := int64(x.raw)
		if neg {
			digits = strconv.FormatUint(-uint64(n), base)
		} else {
			digits = strconv.FormatUint(uint64(n), base)
		}
	} else {
		digits = new(big.Int).Abs(bigOf(x)).Text(base)
	}
	if neg {
		return "-" + prefix + digits
	}
	return prefix + digits
}

func builtinCallable(t *Thread, args []Value, kw []string) (Value, error) {
	if err := exactArgs("callable", args, kw, 1); err != nil {
		return Value{}, err
	}
	return Bool(IsCallable(args[0])), nil
}

// IsCallable is callable(v).
func IsCallable(v Value) bool {
	switch v.ref.(type) {
	case *Builtin, *BoundMethod, *Type:
		return true
	}
	switch v.Type() {
	case FunctionType, MethodType, BuiltinType:
		return true
	}
	_, ok := v.Type().Lookup("__call__")
	return ok
}

func builtinChr(t *Thread, args []Value, kw []string) (Value, error) {
	if err := exactArgs("chr", args, kw, 1); err != nil {
		return Value{}, err
	}
	n, err := asCInt(t, args[0])
	if err != nil {
		return Value{}, err
	}
	if n < 0 || n > 0x10ffff {
		return Value{}, Errorf(ValueErrorType, "chr() arg not in range(0x110000)")
	}
	return NewStr(string(rune(n))), nil
}

func builtinOrd(t *Thread, args []Value, kw []string) (Value, error) {
	if err := exactArgs("ord", args, kw, 1); err != nil {
		return Value{}, err
	}
	if b, ok := AsBytes(args[0]); ok {
		if len(b) != 1 {
			return Value{}, Errorf(TypeErrorType, "ord() expected a character, but string of length %d found", len(b))
		}
		return Int(int64(b[0])), nil
	}
	s, ok := args[0].ref.(*Str)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "ord() expected string of length 1, but %s found", args[0].TypeName())
	}
	if n := s.Len(); n != 1 {
		return Value{}, Errorf(TypeErrorType, "ord() expected a character, but string of length %d found", n)
	}
	return Int(int64([]rune(s.s)[0])), nil
}

func builtinDivmod(t *Thread, args []Value, kw []string) (Value, error) {
	if err := positional("divmod", "divmod", args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	a, b := args[0], args[1]
	if IsIntLike(a) && IsIntLike(b) {
		q, r, err := IntDivMod(a, b)
		if err != nil {
			return Value{}, err
		}
		return TupleValue(q, r), nil
	}
	if (IsIntLike(a) || a.IsFloat()) && (IsIntLike(b) || b.IsFloat()) {
		x, y, err := floatPair(a, b)
		if err != nil {
			return Value{}, err
		}
		if y == 0 {
			return Value{}, Errorf(ZeroDivisionErrorType, "float divmod()")
		}
		q, r := FloatDivMod(x, y)
		return TupleValue(Float(q), Float(r)), nil
	}
	if r, ok, err := callSpecial(t, a, "__divmod__", b); ok || err != nil {
		return r, err
	}
	return Value{}, Errorf(TypeErrorType, "unsupported operand type(s) for divmod(): '%s' and '%s'", a.TypeName(), b.TypeName())
}

// builtinExit is the exit() and quit() that CPython's site module adds:
// unlike sys.exit() it always passes its argument (None by default).
func builtinExit(t *Thread, args []Value, kw []string) (Value, error) {
	pos, kwvals := SplitKwargs(args, kw)
	code := None
	for i, k := range kw {
		if k != "code" {
			return Value{}, Errorf(TypeErrorType, "Quitter.__call__() got an unexpected keyword argument '%s'", k)
		}
		if len(pos) > 0 {
			return Value{}, Errorf(TypeErrorType, "Quitter.__call__() got multiple values for argument 'code'")
		}
		code = kwvals[i]
	}
	if len(pos) > 1 {
		return Value{}, Errorf(TypeErrorType, "Quitter.__call__() takes from 1 to 2 positional arguments but %d were given", len(pos)+1)
	}
	if len(pos) == 1 {
		code = pos[0]
	}
	return Value{}, NewException(SystemExitType, code)
}

func builtinFormat(t *Thread, args []Value, kw []string) (Value, error) {
	if err := positional("format", "format", args, kw, 1, 2); err != nil {
		return Value{}, err
	}
	spec := ""
	if len(args) == 2 {
		s, ok := AsStr(args[1])
		if !ok {
			return Value{}, Errorf(TypeErrorType, "format() argument 2 must be str, not %s", args[1].TypeName())
		}
		spec = s
	}
	s, err := formatField(t, args[0], spec)
	return NewStr(s), err
}

// formatField is format(v, spec), honouring __format__ of user objects.
func formatField(t *Thread, v Value, spec string) (string, error) {
	if r, ok, err := callSpecial(t, v, "__format__", NewStr(spec)); ok || err != nil {
		if err != nil {
			return "", err
		}
		s, isStr := AsStr(r)
		if !isStr {
			return "", Errorf(TypeErrorType, "__format__ must return a str, not %s", r.TypeName())
		}
		return s, nil
	}
	return FormatValue(t, v, spec)
}

func attrName(v Value) (string, error) {
	s, ok := AsStr(v)
	if !ok {
		return "", Errorf(TypeErrorType, "attribute name must be string, not '%s'", v.TypeName())
	}
	return s, nil
}

func builtinGetattr(t *Thread, args []Value, kw []string) (Value, error) {
	if err := positional("getattr", "getattr", args, kw, 2, 3); err != nil {
		return Value{}, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return Value{}, err
	}
	r, err := GetAttr(t, args[0], name)
	if err != nil && len(args) == 3 && AsException(err).IsInstance(AttributeErrorType) {
		return args[2], nil
	}
	return r, err
}

func builtinHasattr(t *Thread, args []Value, kw []string) (Value, error) {
	if err := positional("hasattr", "hasattr", args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return Value{}, err
	}
	if _, err := GetAttr(t, args[0], name); err != nil {
		if AsException(err).IsInstance(AttributeErrorType) {
			return False, nil
		}
		return Value{}, err
	}
	return True, nil
}

func builtinSetattr(t *Thread, args []Value, kw []string) (Value, error) {
	if err := positional("setattr", "setattr", args, kw, 3, 3); err != nil {
		return Value{}, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return Value{}, err
	}
	return None, SetAttr(t, args[0], name, args[2])
}

func builtinHash(t *Thread, args []Value, kw []string) (Value, error) {
	if err := exactArgs("hash", args, kw, 1); err != nil {
		return Value{}, err
	}
	h, err := Hash(t, args[0])
	return Int(h), err
}

func builtinID(t *Thread, args []Value, kw []string) (Value, error) {
	if err := exactArgs("id", args, kw, 1); err != nil {
		return Value{}, err
	}
	v := args[0]
	switch v.ref.(type) {
	case intKind, floatKind, boolKind, noneKind:
		// Scalars have no address; equal scalars get equal ids, which is
		// what CPython's caches give for None, bools and small ints.
		kind := uint64(1)
		switch v.ref.(type) {
		case floatKind:
			kind = 2
		case boolKind:
			kind = 3
		case noneKind:
			kind = 4
		}
		return Int(int64((v.raw*0x9e3779b97f4a7c15 ^ kind) >> 2)), nil
	}
	h := IdentityHash(v)
	if h < 0 {
		h = -h
	}
	return Int(h), nil
}

func builtinIsinstance(t *Thread, args []Value, kw []string) (Value, error) {
	if err := positional("isinstance", "isinstance", args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	r, err := matchClassInfo(args[0].Type(), args[1], "isinstance() arg 2 must be a type, a tuple of types, or a union")
	return Bool(r), err
}

func builtinIssubclass(t *Thread, args []Value, kw []string) (Value, error) {
	if err := positional("issubclass", "issubclass", args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	cls, ok := args[0].ref.(*Type)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "issubclass() arg 1 must be a class")
	}
	r, err := matchClassInfo(cls, args[1], "issubclass() arg 2 must be a class, a tuple of classes, or a union")
	return Bool(r), err
}

// matchClassInfo checks typ against a type or a (nested) tuple of types,
// stopping at the first match as CPython does.
func matchClassInfo(typ *Type, info Value, msg string) (bool, error) {
	switch x := info.ref.(type) {
	case *Type:
		return typ.IsSubtype(x), nil
	case *Tuple:
		for _, it := range x.Items {
			ok, err := matchClassInfo(typ, it, msg)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	return false, Errorf(TypeErrorType, "%s", msg)
}

func builtinIter(t *Thread, args []Value, kw []string) (Value, error) {
	if err := positional("iter", "iter", args, kw, 1, 2); err != nil {
		return Value{}, err
	}
	if len(args) == 2 {
		if !IsCallable(args[0]) {
			return Value{}, Errorf(TypeErrorType, "iter(v, w): v must be callable")
		}
		return FromObject(&callIter{fn: args[0], sentinel: args[1]}), nil
	}
	it, err := GetIterSpecial(t, args[0])
	if err != nil {
		return Value{}, err
	}
	return FromObject(it), nil
}

// GetIterSpecial is GetIter that also accepts objects with __iter__.
func GetIterSpecial(t *Thread, v Value) (Iterator, error) {
	it, err := GetIter(t, v)
	if _, isInst := v.ref.(*Instance); err == nil || isInst {
		return it, err
	}
	r, ok, serr := callSpecial(t, v, "__iter__")
	if serr != nil {
		return nil, serr
	}
	if ok {
		if it, isIter := r.ref.(Iterator); isIter {
			return it, nil
		}
		return nil, Errorf(TypeErrorType, "iter() returned non-iterator of type '%s'", r.TypeName())
	}
	return nil, err
}

// callIter is iter(callable, sentinel).
type callIter struct {
	fn, sentinel Value
	done         bool
}

func (*callIter) Type() *Type { return CallIterType }

func (c *callIter) Next(t *Thread) (Value, bool, error) {
	if c.done {
		return Value{}, false, nil
	}
	v, err := Call(t, c.fn, nil, nil)
	if err != nil {
		if AsException(err).IsInstance(StopIterationType) {
			c.done = true
			return Value{}, false, nil
		}
		return Value{}, false, err
	}
	eq, err := Equal(t, v, c.sentinel)
	if err != nil {
		return Value{}, false, err
	}
	if eq {
		c.done = true
		return Value{}, false, nil
	}
	return v, true, nil
}

func builtinNext(t *Thread, args []Value, kw []string) (Value, error) {
	if err := positional("next", "next", args, kw, 1, 2); err != nil {
		return Value{}, err
	}
	it, ok := args[0].ref.(Iterator)
	if !ok {
		if r, ok, err := callSpecial(t, args[0], "__next__"); ok || err != nil {
			if err != nil && len(args) == 2 && AsException(err).IsInstance(StopIterationType) {
				return args[1], nil
			}
			return r, err
		}
		return Value{}, Errorf(TypeErrorType, "'%s' object is not an iterator", args[0].TypeName())
	}
	v, ok, err := it.Next(t)
	if err != nil {
		return Value{}, err
	}
	if !ok {
		if len(args) == 2 {
			return args[1], nil
		}
		return Value{}, StopIterationFor(it)
	}
	return v, nil
}

func builtinLen(t *Thread, args []Value, kw []string) (Value, error) {
	if err := exactArgs("len", args, kw, 1); err != nil {
		return Value{}, err
	}
	n, err := Len(t, args[0])
	if err != nil {
		if _, isInst := args[0].ref.(*Instance); isInst {
			return Value{}, err // Len called __len__
		}
		if r, ok, serr := callSpecial(t, args[0], "__len__"); ok || serr != nil {
			if serr != nil {
				return Value{}, serr
			}
			return Index(t, r)
		}
		return Value{}, err
	}
	return Int(int64(n)), nil
}

func builtinMax(t *Thread, args []Value, kw []string) (Value, error) {
	return minMax(t, "max", CmpGT, args, kw)
}

func builtinMin(t *Thread, args []Value, kw []string) (Value, error) {
	return minMax(t, "min", CmpLT, args, kw)
}

// minMax follows CPython's min_max: the first item wins ties, and an item
// replaces the current best only when "item op best" is true.
func minMax(t *Thread, name string, op CompareOp, args []Value, kw []string) (Value, error) {
	pos, kwvals := SplitKwargs(args, kw)
	if len(pos) == 0 {
		return Value{}, Errorf(TypeErrorType, "%s expected at least 1 argument, got 0", name)
	}
	var key, dflt Value
	for i, k := range kw {
		switch k {
		case "key":
			key = kwvals[i]
		case "default":
			dflt = kwvals[i]
		default:
			return Value{}, invalidKeyword(k, name)
		}
	}
	if key.IsNone() {
		key = Value{}
	}
	if len(pos) > 1 && given(dflt) {
		return Value{}, Errorf(TypeErrorType, "Cannot specify a default for %s() with multiple positional arguments", name)
	}
	var it Iterator
	if len(pos) > 1 {
		it = &SeqIter{Items: pos, T: TupleIterType}
	} else {
		var err error
		if it, err = GetIterSpecial(t, pos[0]); err != nil {
			return Value{}, err
		}
	}
	var best, bestKey Value
	for {
		v, ok, err := it.Next(t)
		if err != nil {
			return Value{}, err
		}
		if !ok {
			break
		}
		k := v
		if given(key) {
			if k, err = Call(t, key, []Value{v}, nil); err != nil {
				return Value{}, err
			}
		}
		if best.IsUnbound() {
			best, bestKey = v, k
			continue
		}
		r, err := Compare(t, op, k, bestKey)
		if err != nil {
			return Value{}, err
		}
		if b, err := Truth(t, r); err != nil {
			return Value{}, err
		} else if b {
			best, bestKey = v, k
		}
	}
	if best.IsUnbound() {
		if given(dflt) {
			return dflt, nil
		}
		return Value{}, Errorf(ValueErrorType, "%s() arg is an empty sequence", name)
	}
	return best, nil
}

var powSpec = kwSpec{fname: "pow", names: []string{"base", "exp", "mod"}, minPos: 2, maxPos: 3}

func builtinPow(t *Thread, args []Value, kw []string) (Value, error) {
	a, err := powSpec.unpack(args, kw)
	if err != nil {
		return Value{}, err
	}
	if !given(a[2]) || a[2].IsNone() {
		return Binary(t, OpPow, a[0], a[1], false)
	}
	return Pow3(a[0], a[1], a[2])
}

var printKw = []string{"sep", "end", "file", "flush"}

func builtinPrint(t *Thread, args []Value, kw []string) (Value, error) {
	pos, kwvals := SplitKwargs(args, kw)
	sep, end, file, flush := " ", "\n", None, False
	for i, k := range kw {
		v := kwvals[i]
		switch k {
		case "sep", "end":
			s, ok := AsStr(v)
			if !ok && !v.IsNone() {
				return Value{}, Errorf(TypeErrorType, "%s must be None or a string, not %s", k, v.TypeName())
			}
			if ok && k == "sep" {
				sep = s
			} else if ok {
				end = s
			}
		case "file":
			file = v
		case "flush":
			flush = v
		default:
			return Value{}, invalidKeyword(k, "print")
		}
	}
	if file.IsNone() {
		file = SysStream(t, "stdout")
		if file.IsNone() {
			return None, nil
		}
	}
	for i, v := range pos {
		if i > 0 {
			if err := WriteTo(t, file, sep); err != nil {
				return Value{}, err
			}
		}
		s, err := ToStr(t, v)
		if err != nil {
			return Value{}, err
		}
		if err := WriteTo(t, file, s); err != nil {
			return Value{}, err
		}
	}
	if err := WriteTo(t, file, end); err != nil {
		return Value{}, err
	}
	if f, err := Truth(t, flush); err != nil || !f {
		return None, err
	}
	return None, FlushStream(t, file)
}

var roundSpec = kwSpec{fname: "round", names: []string{"number", "ndigits"}, minPos: 1, maxPos: 2}

func builtinRound(t *Thread, args []Value, kw []string) (Value, error) {
	a, err := roundSpec.unpack(args, kw)
	if err != nil {
		return Value{}, err
	}
	x, nd := a[0], a[1]
	if !given(nd) {
		nd = None
	}
	switch {
	case IsIntLike(x):
		if nd.IsNone() {
			return Index(t, x)
		}
		n, err := clampIndex(t, nd)
		if err != nil {
			return Value{}, err
		}
		return RoundInt(x, n), nil
	case x.IsFloat():
		f := x.AsFloat()
		if nd.IsNone() {
			return floatToInt(math.RoundToEven(f))
		}
		n, err := clampIndex(t, nd)
		if err != nil {
			return Value{}, err
		}
		r, err := roundFloatDigits(f, n)
		return Float(r), err
	}
	var r Value
	var ok bool
	if nd.IsNone() {
		r, ok, err = callSpecial(t, x, "__round__")
	} else {
		r, ok, err = callSpecial(t, x, "__round__", nd)
	}
	if ok || err != nil {
		return r, err
	}
	return Value{}, Errorf(TypeErrorType, "type %s doesn't define __round__ method", x.TypeName())
}

// RoundInt is round(x, n) for an int: exact, ties to even.
func RoundInt(x Value, n int64) Value {
	x = intAdd(Int(0), x) // bools become ints
	if n >= 0 {
		return x
	}
	if n < -10000 {
		// 10**-n exceeds any int we could hold; only 0 survives.
		return Int(0)
	}
	pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
	q, r := bigFloorDivMod(bigOf(x), pow)
	// Round half to even: compare 2*r with the divisor.
	c := new(big.Int).Lsh(r, 1).Cmp(pow)
	if c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, big.NewInt(1))
	}
	return MakeInt(q.Mul(q, pow))
}

func roundFloatDigits(f float64, n int64) (float64, error) {
	if n > 400 {
		n = 400 // beyond 323 digits every double is already exact
	} else if n < -400 {
		n = -400
	}
	r, err := format.RoundFloat(f, int(n))
	if err != nil {
		return 0, FormatError(err)
	}
	return r, nil
}

func builtinSorted(t *Thread, args []Value, kw []string) (Value, error) {
	pos, _ := SplitKwargs(args, kw)
	if err := checkPositional("sorted", len(pos), 1, 1); err != nil {
		return Value{}, err
	}
	items, err := collectSpecial(t, pos[0])
	if err != nil {
		return Value{}, err
	}
	l := &List{Items: items}
	if _, err := listSort(t, l, args[1:], kw); err != nil {
		return Value{}, err
	}
	return FromObject(l), nil
}

// collectSpecial is Collect that also accepts objects with __iter__.
func collectSpecial(t *Thread, v Value) ([]Value, error) {
	switch v.ref.(type) {
	case *List, *Tuple, *Str, *Dict, *Range, *DictView, Iterator:
		return Collect(t, v)
	}
	it, err := GetIterSpecial(t, v)
	if err != nil {
		return nil, err
	}
	return collectIter(t, it)
}

func collectIter(t *Thread, it Iterator) ([]Value, error) {
	var out []Value
	for {
		v, ok, err := it.Next(t)
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		out = append(out, v)
	}
}

var sumSpec = kwSpec{fname: "sum", names: []string{"iterable", "start"}, posOnly: 1, minPos: 1, maxPos: 2}

func builtinSum(t *Thread, args []Value, kw []string) (Value, error) {
	a, err := sumSpec.unpack(args, kw)
	if err != nil {
		return Value{}, err
	}
	acc := Int(0)
	if given(a[1]) {
		acc = a[1]
		if _, isStr := acc.ref.(*Str); isStr {
			return Value{}, Errorf(TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]")
		}
	}
	it, err := GetIterSpecial(t, a[0])
	if err != nil {
		return Value{}, err
	}
	for {
		v, ok, err := it.Next(t)
		if err != nil {
			return Value{}, err
		}
		if !ok {
			return acc, nil
		}
		// Fast paths; CPython 3.11 adds floats left to right in plain
		// double arithmetic, which is what Binary does too.
		switch {
		case acc.IsInt() && v.IsInt():
			if s, o := AddInt64(acc.AsInt(), v.AsInt()); !o {
				acc = Int(s)
				continue
			}
		case acc.IsFloat() && v.IsFloat():
			acc = Float(acc.AsFloat() + v.AsFloat())
			continue
		}
		if acc, err = Binary(t, OpAdd, acc, v, false); err != nil {
			return Value{}, err
		}
	}
}

// ---------------------------------------------------------------------------
// Output streams: sys.stdout and sys.stderr are TextStream objects; print
// and the stream methods write through the thread's writers.

// TextStreamType is the type of sys.stdout and sys.stderr.
var TextStreamType = NewType("TextIOWrapper", ObjectType)

// TextStream is a text output stream bound to the running thread's stdout
// or stderr.
type TextStream struct {
	Name   string // "<stdout>" or "<stderr>"
	Stderr bool
}

// Type returns TextIOWrapper.
func (*TextStream) Type() *Type { return TextStreamType }

// Repr is CPython's repr of the standard streams.
func (s *TextStream) Repr(*Thread) (string, error) {
	return "<_io.TextIOWrapper name='" + s.Name + "' mode='w' encoding='utf-8'>", nil
}

// Write writes text to the stream.
func (s *TextStream) Write(t *Thread, text string) {
	if s.Stderr {
		t.WriteStderr(text)
	} else {
		t.Stdout.WriteString(text)
	}
}

var (
	stdoutStream = &TextStream{Name: "<stdout>"}
	stderrStream = &TextStream{Name: "<stderr>", Stderr: true}
)

func init() {
	TextStreamType.Module = "_io"
	addMethod(TextStreamType, "write", func(t *Thread, args []Value, kw []string) (Value, error) {
		s, ok := args[0].ref.(*TextStream)
		if !ok {
			return fileWrite(t, args, kw) // a text file (file.go)
		}
		if err := exactArgs("TextIOWrapper.write", args[1:], kw, 1); err != nil {
			return Value{}, err
		}
		str, ok := args[1].ref.(*Str)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "write() argument must be str, not %s", args[1].TypeName())
		}
		s.Write(t, str.s)
		return Int(int64(str.Len())), nil
	})
	addMethod(TextStreamType, "flush", func(t *Thread, args []Value, kw []string) (Value, error) {
		s, ok := args[0].ref.(*TextStream)
		if !ok {
			return fileFlush(t, args, kw) // a text file (file.go)
		}
		if err := exactArgs("TextIOWrapper.flush", args[1:], kw, 0); err != nil {
			return Value{}, err
		}
		if !s.Stderr {
			t.Stdout.Flush()
		}
		return None, nil
	})
}

// SysStream returns sys.stdout or sys.stderr as the program sees it: the
// module attribute if sys has been imported (programs may replace it),
// otherwise the standard stream.
func SysStream(t *Thread, name string) Value {
	if t != nil {
		if m := t.Modules["sys"]; m != nil {
			if v, ok := m.Globals.Get(name); ok {
				return v
			}
		}
	}
	if name == "stderr" {
		return FromObject(stderrStream)
	}
	return FromObject(stdoutStream)
}

// WriteTo writes s to a stream object: directly for TextStreams, through
// its write method for anything else.
func WriteTo(t *Thread, file Value, s string) error {
	if ts, ok := file.ref.(*TextStream); ok {
		ts.Write(t, s)
		return nil
	}
	w, err := GetAttr(t, file, "write")
	if err != nil {
		return err
	}
	_, err = Call(t, w, []Value{NewStr(s)}, nil)
	return err
}

// FlushStream calls file.flush().
func FlushStream(t *Thread, file Value) error {
	if ts, ok := file.ref.(*TextStream); ok {
		if !ts.Stderr {
			t.Stdout.Flush()
		}
		return nil
	}
	f, err := GetAttr(t, file, "flush")
	if err != nil {
		return err
	}
	_, err = Call(t, f, nil, nil)
	return err
}

// ---------------------------------------------------------------------------
// Methods of builtin types.

// addMethod installs fn as method name of typ; fn receives the receiver as
// args[0] and must check its kind (see descriptorError).
func addMethod(typ *Type, name string, fn BuiltinFunc) {
	typ.Dict[name] = NewBuiltin(name, func(t *Thread, args []Value, kw []string) (Value, error) {
		if len(args) == len(kw) {
			return Value{}, Errorf(TypeErrorType, "unbound method %s.%s() needs an argument", typ.Name, name)
		}
		return fn(t, args, kw)
	})
}

// descriptorError is the TypeError for a method called through its type on
// an object of another type: str.upper(1).
func descriptorError(typ *Type, name string, recv Value) error {
	return Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, typ.Name, recv.TypeName())
}

// ---------------------------------------------------------------------------
// Iterator types callable as builtins: enumerate, zip, reversed, map, filter.

func init() {
	EnumerateType.New = newEnumerate
	ZipType.New = newZip
	ReversedType.New = newReversed
	MapType.New = newMap
	FilterType.New = newFilter
}

// newEnumerate reproduces CPython's hand-written enumerate argument checks.
func newEnumerate(t *Thread, _ *Type, args []Value, kw []string) (Value, error) {
	nargs := len(args) - len(kw)
	checkKw := func(i int, want string) error {
		if kw[i] != want {
			return invalidKeyword(kw[i], "enumerate")
		}
		return nil
	}
	var iterable, start Value
	switch len(args) {
	case 2:
		iterable, start = args[0], args[1]
		switch len(kw) {
		case 1:
			if err := checkKw(0, "start"); err != nil {
				return Value{}, err
			}
		case 2:
			if kw[0] == "start" {
				if err := checkKw(1, "iterable"); err != nil {
					return Value{}, err
				}
				iterable, start = args[1], args[0]
			} else if err := checkKw(0, "iterable"); err != nil {
				return Value{}, err
			} else if err := checkKw(1, "start"); err != nil {
				return Value{}, err
			}
		}
	case 1:
		if len(kw) == 1 {
			if err := checkKw(0, "iterable"); err != nil {
				return Value{}, err
			}
		}
		iterable, start = args[0], Int(0)
	default:
		if nargs == 0 {
			return Value{}, Errorf(TypeErrorType, "enumerate() missing required argument 'iterable'")
		}
		return Value{}, Errorf(TypeErrorType, "enumerate() takes at most 2 arguments (%d given)", len(args))
	}
	it, err := GetIterSpecial(t, iterable)
	if err != nil {
		return Value{}, err
	}
	n, err := Index(t, start)
	if err != nil {
		return Value{}, err
	}
	return FromObject(&EnumerateIter{It: it, N: n}), nil
}

func newZip(t *Thread, _ *Type, args []Value, kw []string) (Value, error) {
	pos, kwvals := SplitKwargs(args, kw)
	strict := false
	if len(kw) > 1 {
		return Value{}, Errorf(TypeErrorType, "zip() takes at most 1 keyword argument (%d given)", len(kw))
	}
	if len(kw) == 1 {
		if kw[0] != "strict" {
			return Value{}, invalidKeyword(kw[0], "zip")
		}
		var err error
		if strict, err = Truth(t, kwvals[0]); err != nil {
			return Value{}, err
		}
	}
	its := make([]Iterator, len(pos))
	for i, v := range pos {
		it, err := GetIterSpecial(t, v)
		if err != nil {
			return Value{}, err
		}
		its[i] = it
	}
	if strict {
		return FromObject(&strictZip{its: its}), nil
	}
	return FromObject(&ZipIter{Its: its}), nil
}

// strictZip is zip(..., strict=True): it checks that all iterables end together.
type strictZip struct {
	its  []Iterator
	done bool
}

func (*strictZip) Type() *Type { return ZipType }

func (z *strictZip) Next(t *Thread) (Value, bool, error) {
	if z.done || len(z.its) == 0 {
		return Value{}, false, nil
	}
	items := make([]Value, len(z.its))
	for i, it := range z.its {
		v, ok, err := it.Next(t)
		if err != nil {
			return Value{}, false, err
		}
		if !ok {
			z.done = true
			return Value{}, false, z.mismatch(t, i)
		}
		items[i] = v
	}
	return TupleValue(items...), true, nil
}

// mismatch reports iterable i running out first, or a later one being longer.
func (z *strictZip) mismatch(t *Thread, i int) error {
	pl := func(i int) string {
		if i == 1 {
			return " "
		}
		return "s 1-"
	}
	if i > 0 {
		return Errorf(ValueErrorType, "zip() argument %d is shorter than argument%s%d", i+1, pl(i), i)
	}
	for i = 1; i < len(z.its); i++ {
		_, ok, err := z.its[i].Next(t)
		if err != nil {
			return err
		}
		if ok {
			return Errorf(ValueErrorType, "zip() argument %d is longer than argument%s%d", i+1, pl(i), i)
		}
	}
	return nil
}

// Reverse iterator types CPython reports for dicts.
var (
	DictRevKeyIterType  = NewType("dict_reversekeyiterator", ObjectType)
	DictRevValIterType  = NewType("dict_reversevalueiterator", ObjectType)
	DictRevItemIterType = NewType("dict_reverseitemiterator", ObjectType)
)

// revIter walks a snapshot of items backwards.
type revIter struct {
	items []Value
	typ   *Type
}

func (r *revIter) Type() *Type { return r.typ }

func (r *revIter) Next(*Thread) (Value, bool, error) {
	n := len(r.items)
	if n == 0 {
		return Value{}, false, nil
	}
	v := r.items[n-1]
	r.items = r.items[:n-1]
	return v, true, nil
}

func newReversed(t *Thread, _ *Type, args []Value, kw []string) (Value, error) {
	if err := positional("reversed", "reversed", args, kw, 1, 1); err != nil {
		return Value{}, err
	}
	it, err := Reversed(t, args[0])
	if err != nil {
		return Value{}, err
	}
	return FromObject(it), nil
}

// Reversed is reversed(v).
func Reversed(t *Thread, v Value) (Iterator, error) {
	switch x := v.ref.(type) {
	case *List:
		return &ListRevIter{L: x, I: len(x.Items) - 1}, nil
	case *Tuple:
		return &revIter{items: x.Items, typ: ReversedType}, nil
	case *Str, *Bytes, *ByteArray:
		items, _ := Collect(t, v)
		return &revIter{items: items, typ: ReversedType}, nil
	case *Range:
		if b := x.Big; b != nil {
			n := b.Len()
			if n.Sign() == 0 {
				return &RangeIter{}, nil
			}
			last := new(big.Int).Sub(n, big.NewInt(1))
			return &BigRangeIter{Cur: bigOf(b.At(last)), Step: new(big.Int).Neg(b.Step), Left: n}, nil
		}
		n := x.Len()
		if n == 0 {
			return &RangeIter{}, nil
		}
		// Wrapping int64 arithmetic stays exact modulo 2**64, and every
		// value produced is an element of the range.
		return &RangeIter{Cur: x.At(n - 1), Step: -x.Step, Left: n}, nil
	case *Dict:
		return &revIter{items: x.Keys(), typ: DictRevKeyIterType}, nil
	case *DictView:
		items, _ := collectIter(t, NewDictIter(x.D, x.Kind))
		typ := [...]*Type{DictRevKeyIterType, DictRevValIterType, DictRevItemIterType}[x.Kind]
		return &revIter{items: items, typ: typ}, nil
	case *Type:
		if it, ok, err := metaReversed(t, x); ok {
			return it, err
		}
	}
	if r, ok, err := callSpecial(t, v, "__reversed__"); ok || err != nil {
		if err != nil {
			return nil, err
		}
		if it, isIter := r.ref.(Iterator); isIter {
			return it, nil
		}
		return nil, Errorf(TypeErrorType, "'%s' object is not an iterator", r.TypeName())
	}
	return nil, Errorf(TypeErrorType, "'%s' object is not reversible", v.TypeName())
}

// mapIter is map(fn, *iterables).
type mapIter struct {
	fn  Value
	its []Iterator
}

func (*mapIter) Type() *Type { return MapType }

func (m *mapIter) Next(t *Thread) (Value, bool, error) {
	items := make([]Value, len(m.its))
	for i, it := range m.its {
		v, ok, err := it.Next(t)
		if !ok || err != nil {
			return Value{}, false, err
		}
		items[i] = v
	}
	r, err := Call(t, m.fn, items, nil)
	return r, err == nil, err
}

func newMap(t *Thread, _ *Type, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return Value{}, NoKwargs("map", kw)
	}
	if len(args) < 2 {
		return Value{}, Errorf(TypeErrorType, "map() must have at least two arguments.")
	}
	its := make([]Iterator, len(args)-1)
	for i, v := range args[1:] {
		it, err := GetIterSpecial(t, v)
		if err != nil {
			return Value{}, err
		}
		its[i] = it
	}
	return FromObject(&mapIter{fn: args[0], its: its}), nil
}

// filterIter is filter(fn, iterable); fn None keeps truthy items.
type filterIter struct {
	fn Value
	it Iterator
}

func (*filterIter) Type() *Type { return FilterType }

func (f *filterIter) Next(t *Thread) (Value, bool, error) {
	for {
		v, ok, err := f.it.Next(t)
		if !ok || err != nil {
			return Value{}, false, err
		}
		test := v
		if !f.fn.IsNone() {
			if test, err = Call(t, f.fn, []Value{v}, nil); err != nil {
				return Value{}, false, err
			}
		}
		keep, err := Truth(t, test)
		if err != nil {
			return Value{}, false, err
		}
		if keep {
			return v, true, nil
		}
	}
}

func newFilter(t *Thread, _ *Type, args []Value, kw []string) (Value, error) {
	if err := positional("filter", "filter", args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	it, err := GetIterSpecial(t, args[1])
	if err != nil {
		return Value{}, err
	}
	return FromObject(&filterIter{fn: args[0], it: it}), nil
}
