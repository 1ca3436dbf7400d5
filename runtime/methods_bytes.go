package runtime

import (
	"bytes"
	"math"
	"strings"
)

// Methods of bytes and bytearray. Each is installed on both types; the
// receiver's contents are passed as b and results that are byte strings
// take the receiver's type (makeLike). Text methods (upper, isalpha,
// split without a separator, ...) know only ASCII, as in CPython.

func init() {
	bothMethod("decode", bytesDecode)
	bothMethod("hex", bytesHex)
	bothMethod("join", bytesJoin)
	bothMethod("split", func(t *Thread, self Value, b []byte, args []Value, kw []string) (Value, error) {
		return bytesSplit(t, self, b, args, kw, false)
	})
	bothMethod("rsplit", func(t *Thread, self Value, b []byte, args []Value, kw []string) (Value, error) {
		return bytesSplit(t, self, b, args, kw, true)
	})
	for _, name := range []string{"strip", "lstrip", "rstrip"} {
		name := name
		bothMethod(name, func(t *Thread, self Value, b []byte, args []Value, kw []string) (Value, error) {
			return bytesStrip(self, b, name, args, kw)
		})
	}
	for _, name := range []string{"startswith", "endswith"} {
		name := name
		bothMethod(name, func(t *Thread, self Value, b []byte, args []Value, kw []string) (Value, error) {
			return bytesTailMatch(t, self, b, name, args, kw)
		})
	}
	for _, name := range []string{"find", "rfind", "index", "rindex", "count"} {
		name := name
		bothMethod(name, func(t *Thread, self Value, b []byte, args []Value, kw []string) (Value, error) {
			return bytesFind(t, self, b, name, args, kw)
		})
	}
	bothMethod("replace", bytesReplace)
	for name, fn := range map[string]func([]byte) []byte{
		"upper": bytesUpper, "lower": bytesLower, "swapcase": bytesSwapcase,
		"title": bytesTitle, "capitalize": bytesCapitalize,
	} {
		name, fn := name, fn
		bothMethod(name, func(t *Thread, self Value, b []byte, args []Value, kw []string) (Value, error) {
			if err := exactArgs(self.TypeName()+"."+name, args, kw, 0); err != nil {
				return Value{}, err
			}
			return makeLike(self, fn(append([]byte{}, b...))), nil
		})
	}
	for name, fn := range map[string]func([]byte) bool{
		"isalpha": bytesIsAlpha, "isalnum": bytesIsAlnum, "isdigit": bytesIsDigit,
		"isspace": bytesIsSpace, "islower": bytesIsLower, "isupper": bytesIsUpper,
		"istitle": bytesIsTitle, "isascii": bytesIsASCII,
	} {
		name, fn := name, fn
		bothMethod(name, func(t *Thread, self Value, b []byte, args []Value, kw []string) (Value, error) {
			if err := exactArgs(self.TypeName()+"."+name, args, kw, 0); err != nil {
				return Value{}, err
			}
			return Bool(fn(b)), nil
		})
	}
	for _, name := range []string{"partition", "rpartition"} {
		name := name
		bothMethod(name, func(t *Thread, self Value, b []byte, args []Value, kw []string) (Value, error) {
			return bytesPartition(self, b, name, args, kw)
		})
	}
	bothMethod("splitlines", bytesSplitlines)
	for _, name := range []string{"removeprefix", "removesuffix"} {
		name := name
		bothMethod(name, func(t *Thread, self Value, b []byte, args []Value, kw []string) (Value, error) {
			if err := exactArgs(self.TypeName()+"."+name, args, kw, 1); err != nil {
				return Value{}, err
			}
			affix, err := bytesArg(args[0])
			if err != nil {
				return Value{}, err
			}
			out := b
			if name == "removeprefix" && bytes.HasPrefix(b, affix) {
				out = b[len(affix):]
			} else if name == "removesuffix" && len(affix) > 0 && bytes.HasSuffix(b, affix) {
				out = b[:len(b)-len(affix)]
			}
			return makeLike(self, append([]byte(nil), out...)), nil
		})
	}
	for _, name := range []string{"center", "ljust", "rjust"} {
		name := name
		bothMethod(name, func(t *Thread, self Value, b []byte, args []Value, kw []string) (Value, error) {
			return bytesPad(t, self, b, name, args, kw)
		})
	}
	bothMethod("zfill", bytesZfill)
	// The container special methods, for code that calls them by name.
	bothMethod("__len__", func(t *Thread, self Value, b []byte, args []Value, kw []string) (Value, error) {
		if err := exactArgs(self.TypeName()+".__len__", args, kw, 0); err != nil {
			return Value{}, err
		}
		return Int(int64(len(b))), nil
	})
	bothMethod("__getitem__", func(t *Thread, self Value, b []byte, args []Value, kw []string) (Value, error) {
		if err := exactArgs(self.TypeName()+".__getitem__", args, kw, 1); err != nil {
			return Value{}, err
		}
		return GetItem(t, self, args[0])
	})
	bothMethod("__contains__", func(t *Thread, self Value, b []byte, args []Value, kw []string) (Value, error) {
		if err := exactArgs(self.TypeName()+".__contains__", args, kw, 1); err != nil {
			return Value{}, err
		}
		r, err := bytesContains(t, b, args[0])
		return Bool(r), err
	})
	bothMethod("__iter__", func(t *Thread, self Value, b []byte, args []Value, kw []string) (Value, error) {
		if err := exactArgs(self.TypeName()+".__iter__", args, kw, 0); err != nil {
			return Value{}, err
		}
		it, err := GetIter(t, self)
		return FromObject(it), err
	})
	for _, typ := range []*Type{BytesType, ByteArrayType} {
		typ := typ
		// fromhex is a class method (see dict.fromkeys).
		typ.Dict["fromhex"] = FromObject(&Builtin{Name: "fromhex", Self: FromObject(typ), HasSelf: true,
			Fn: func(t *Thread, args []Value, kw []string) (Value, error) {
				return bytesFromhex(t, typ, args[1:], kw)
			}})
	}

	arrayMethod := func(name string, fn func(t *Thread, a *ByteArray, args []Value, kw []string) (Value, error)) {
		addMethod(ByteArrayType, name, func(t *Thread, args []Value, kw []string) (Value, error) {
			a, ok := args[0].ref.(*ByteArray)
			if !ok {
				return Value{}, descriptorError(ByteArrayType, name, args[0])
			}
			return fn(t, a, args[1:], kw)
		})
	}
	arrayMethod("append", func(t *Thread, a *ByteArray, args []Value, kw []string) (Value, error) {
		if err := exactArgs("bytearray.append", args, kw, 1); err != nil {
			return Value{}, err
		}
		c, err := byteValue(t, args[0])
		if err != nil {
			return Value{}, err
		}
		a.b = append(a.b, c)
		return None, nil
	})
	arrayMethod("extend", func(t *Thread, a *ByteArray, args []Value, kw []string) (Value, error) {
		if err := exactArgs("bytearray.extend", args, kw, 1); err != nil {
			return Value{}, err
		}
		if b, ok := AsBytes(args[0]); ok {
			a.b = append(a.b, b...)
			return None, nil
		}
		it, err := GetIter(t, args[0])
		if err != nil {
			return Value{}, Errorf(TypeErrorType, "can't extend bytearray with %s", args[0].TypeName())
		}
		items, err := collectByteItems(t, it, "byte must be in range(0, 256)")
		if err != nil {
			return Value{}, err
		}
		a.b = append(a.b, items...)
		return None, nil
	})
	arrayMethod("pop", func(t *Thread, a *ByteArray, args []Value, kw []string) (Value, error) {
		if err := positional("bytearray.pop", "pop", args, kw, 0, 1); err != nil {
			return Value{}, err
		}
		i := int64(-1)
		if len(args) == 1 {
			n, err := asSsize(t, args[0])
			if err != nil {
				return Value{}, err
			}
			i = int64(n)
		}
		if len(a.b) == 0 {
			return Value{}, Errorf(IndexErrorType, "pop from empty bytearray")
		}
		j, ok := NormIndex(i, len(a.b))
		if !ok {
			return Value{}, Errorf(IndexErrorType, "pop index out of range")
		}
		c := a.b[j]
		a.b = append(a.b[:j:j], a.b[j+1:]...)
		return Int(int64(c)), nil
	})
	arrayMethod("insert", func(t *Thread, a *ByteArray, args []Value, kw []string) (Value, error) {
		if err := positional("bytearray.insert", "insert", args, kw, 2, 2); err != nil {
			return Value{}, err
		}
		i, err := asSsize(t, args[0])
		if err != nil {
			return Value{}, err
		}
		c, err := byteValue(t, args[1])
		if err != nil {
			return Value{}, err
		}
		n := len(a.b)
		if i < 0 {
			i = max(i+n, 0)
		}
		i = min(i, n)
		a.b = append(a.b[:i:i], append([]byte{c}, a.b[i:]...)...)
		return None, nil
	})
	arrayMethod("remove", func(t *Thread, a *ByteArray, args []Value, kw []string) (Value, error) {
		if err := exactArgs("bytearray.remove", args, kw, 1); err != nil {
			return Value{}, err
		}
		c, err := byteValue(t, args[0])
		if err != nil {
			return Value{}, err
		}
		j := bytes.IndexByte(a.b, c)
		if j < 0 {
			return Value{}, Errorf(ValueErrorType, "value not found in bytearray")
		}
		a.b = append(a.b[:j:j], a.b[j+1:]...)
		return None, nil
	})
	arrayMethod("clear", func(t *Thread, a *ByteArray, args []Value, kw []string) (Value, error) {
		if err := exactArgs("bytearray.clear", args, kw, 0); err != nil {
			return Value{}, err
		}
		a.b = nil
		return None, nil
	})
	arrayMethod("copy", func(t *Thread, a *ByteArray, args []Value, kw []string) (Value, error) {
		if err := exactArgs("bytearray.copy", args, kw, 0); err != nil {
			return Value{}, err
		}
		return NewByteArray(append([]byte(nil), a.b...)), nil
	})
	arrayMethod("reverse", func(t *Thread, a *ByteArray, args []Value, kw []string) (Value, error) {
		if err := exactArgs("bytearray.reverse", args, kw, 0); err != nil {
			return Value{}, err
		}
		for i, j := 0, len(a.b)-1; i < j; i, j = i+1, j-1 {
			a.b[i], a.b[j] = a.b[j], a.b[i]
		}
		return None, nil
	})
}

// bothMethod installs a method on bytes and bytearray.
func bothMethod(name string, fn func(t *Thread, self Value, b []byte, args []Value, kw []string) (Value, error)) {
	for _, typ := range []*Type{BytesType, ByteArrayType} {
		typ := typ
		addMethod(typ, name, func(t *Thread, args []Value, kw []string) (Value, error) {
			b, ok := AsBytes(args[0])
			if !ok || args[0].Type() != typ {
				return Value{}, descriptorError(typ, name, args[0])
			}
			return fn(t, args[0], b, args[1:], kw)
		})
	}
}

var decodeSpec = kwSpec{fname: "decode", names: []string{"encoding", "errors"}, maxPos: 2}

func bytesDecode(t *Thread, self Value, b []byte, args []Value, kw []string) (Value, error) {
	a, err := decodeSpec.unpack(args, kw)
	if err != nil {
		return Value{}, err
	}
	enc, errs := "utf-8", "strict"
	if given(a[0]) {
		if enc, err = textArg("decode", "encoding", a[0]); err != nil {
			return Value{}, err
		}
	}
	if given(a[1]) {
		if errs, err = textArg("decode", "errors", a[1]); err != nil {
			return Value{}, err
		}
	}
	s, err := Decode(t, b, enc, errs)
	if err != nil {
		return Value{}, err
	}
	return NewStr(s), nil
}

var hexSpec = kwSpec{fname: "hex", names: []string{"sep", "bytes_per_sep"}, maxPos: 2}

// bytesHex is b.hex(sep, bytes_per_sep): groups are counted from the
// right, or from the left when bytes_per_sep is negative.
func bytesHex(t *Thread, self Value, b []byte, args []Value, kw []string) (Value, error) {
	a, err := hexSpec.unpack(args, kw)
	if err != nil {
		return Value{}, err
	}
	var sep []byte
	if given(a[0]) && !a[0].IsNone() {
		switch x := a[0].ref.(type) {
		case *Str:
			sep = []byte(x.s)
			if x.Len() != 1 {
				return Value{}, Errorf(ValueErrorType, "sep must be length 1.")
			}
			if sep[0] >= 0x80 {
				return Value{}, Errorf(ValueErrorType, "sep must be ASCII.")
			}
		default:
			sb, ok := AsBytes(a[0])
			if !ok {
				if _, err := Len(t, a[0]); err != nil {
					return Value{}, err
				}
				return Value{}, Errorf(TypeErrorType, "sep must be str or bytes.")
			}
			if len(sb) != 1 {
				return Value{}, Errorf(ValueErrorType, "sep must be length 1.")
			}
			sep = sb
		}
	}
	per := int64(1)
	if given(a[1]) {
		v, err := asCInt(t, a[1])
		if err != nil {
			return Value{}, err
		}
		per = int64(v)
	}
	var s strings.Builder
	n := len(b)
	group := per
	if group < 0 {
		group = -group
	}
	for i, c := range b {
		if sep != nil && i > 0 && group > 0 {
			var boundary bool
			if per > 0 {
				boundary = int64(n-i)%group == 0
			} else {
				boundary = int64(i)%group == 0
			}
			if boundary {
				s.WriteByte(sep[0])
			}
		}
		s.WriteByte(hexDigits[c>>4])
		s.WriteByte(hexDigits[c&15])
	}
	return NewStr(s.String()), nil
}

func bytesFromhex(t *Thread, typ *Type, args []Value, kw []string) (Value, error) {
	if err := exactArgs(typ.Name+".fromhex", args, kw, 1); err != nil {
		return Value{}, err
	}
	s, ok := AsStr(args[0])
	if !ok {
		return Value{}, Errorf(TypeErrorType, "fromhex() argument must be str, not %s", args[0].TypeName())
	}
	rs := []rune(s)
	var out []byte
	for i := 0; i < len(rs); {
		if isASCIISpace(rs[i]) {
			i++
			continue
		}
		hi := hexValue(rs[i])
		if hi < 0 {
			return Value{}, Errorf(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", i)
		}
		if i+1 >= len(rs) || hexValue(rs[i+1]) < 0 {
			return Value{}, Errorf(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", i+1)
		}
		out = append(out, byte(hi<<4|hexValue(rs[i+1])))
		i += 2
	}
	if typ == ByteArrayType {
		return NewByteArray(out), nil
	}
	return NewBytes(out), nil
}

func isASCIISpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f'
}

func hexValue(r rune) int {
	switch {
	case '0' <= r && r <= '9':
		return int(r - '0')
	case 'a' <= r && r <= 'f':
		return int(r-'a') + 10
	case 'A' <= r && r <= 'F':
		return int(r-'A') + 10
	}
	return -1
}

func bytesJoin(t *Thread, self Value, sep []byte, args []Value, kw []string) (Value, error) {
	if err := exactArgs(self.TypeName()+".join", args, kw, 1); err != nil {
		return Value{}, err
	}
	it, err := GetIter(t, args[0])
	if err != nil {
		return Value{}, Errorf(TypeErrorType, "can only join an iterable")
	}
	var out []byte
	for i := 0; ; i++ {
		v, ok, err := it.Next(t)
		if err != nil {
			return Value{}, err
		}
		if !ok {
			break
		}
		b, isBytes := AsBytes(v)
		if !isBytes {
			return Value{}, Errorf(TypeErrorType, "sequence item %d: expected a bytes-like object, %s found", i, v.TypeName())
		}
		if i > 0 {
			out = append(out, sep...)
		}
		out = append(out, b...)
	}
	if out == nil {
		out = []byte{}
	}
	return makeLike(self, out), nil
}

var bytesSplitSpec = kwSpec{fname: "split", names: []string{"sep", "maxsplit"}, maxPos: 2}
var bytesRsplitSpec = kwSpec{fname: "rsplit", names: []string{"sep", "maxsplit"}, maxPos: 2}

func isByteSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func bytesSplit(t *Thread, self Value, b []byte, args []Value, kw []string, right bool) (Value, error) {
	spec := &bytesSplitSpec
	if right {
		spec = &bytesRsplitSpec
	}
	a, err := spec.unpack(args, kw)
	if err != nil {
		return Value{}, err
	}
	maxsplit := -1
	if given(a[1]) {
		if maxsplit, err = asSsize(t, a[1]); err != nil {
			return Value{}, err
		}
	}
	if maxsplit < 0 {
		maxsplit = math.MaxInt
	}
	var parts [][]byte
	if !given(a[0]) || a[0].IsNone() {
		parts = splitByteWhitespace(b, maxsplit, right)
	} else {
		sep, err := bytesArg(a[0])
		if err != nil {
			return Value{}, err
		}
		if len(sep) == 0 {
			return Value{}, Errorf(ValueErrorType, "empty separator")
		}
		if right {
			end := len(b)
			for maxsplit > 0 {
				i := bytes.LastIndex(b[:end], sep)
				if i < 0 {
					break
				}
				parts = append(parts, b[i+len(sep):end])
				end = i
				maxsplit--
			}
			parts = append(parts, b[:end])
			reverseParts(parts)
		} else {
			parts = bytes.SplitN(b, sep, min(maxsplit, len(b)+1)+1)
		}
	}
	items := make([]Value, len(parts))
	for i, p := range parts {
		items[i] = makeLike(self, append([]byte{}, p...))
	}
	return NewList(items), nil
}

func reverseParts(p [][]byte) {
	for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
		p[i], p[j] = p[j], p[i]
	}
}

// splitByteWhitespace splits on runs of ASCII whitespace, dropping
// empty strings at the ends; the unsplit remainder keeps its spaces.
func splitByteWhitespace(b []byte, maxsplit int, right bool) [][]byte {
	var parts [][]byte
	if !right {
		i := 0
		for {
			for i < len(b) && isByteSpace(b[i]) {
				i++
			}
			if i == len(b) {
				return parts
			}
			if maxsplit == 0 {
				return append(parts, b[i:])
			}
			j := i
			for j < len(b) && !isByteSpace(b[j]) {
				j++
			}
			parts = append(parts, b[i:j])
			maxsplit--
			i = j
		}
	}
	j := len(b)
	for {
		for j > 0 && isByteSpace(b[j-1]) {
			j--
		}
		if j == 0 {
			break
		}
		if maxsplit == 0 {
			parts = append(parts, b[:j])
			break
		}
		i := j
		for i > 0 && !isByteSpace(b[i-1]) {
			i--
		}
		parts = append(parts, b[i:j])
		maxsplit--
		j = i
	}
	reverseParts(parts)
	return parts
}

func bytesStrip(self Value, b []byte, name string, args []Value, kw []string) (Value, error) {
	if err := positional(self.TypeName()+"."+name, name, args, kw, 0, 1); err != nil {
		return Value{}, err
	}
	in := isByteSpace
	if len(args) == 1 && !args[0].IsNone() {
		chars, err := bytesArg(args[0])
		if err != nil {
			return Value{}, err
		}
		in = func(c byte) bool { return bytes.IndexByte(chars, c) >= 0 }
	}
	i, j := 0, len(b)
	if name != "rstrip" {
		for i < j && in(b[i]) {
			i++
		}
	}
	if name != "lstrip" {
		for j > i && in(b[j-1]) {
			j--
		}
	}
	return makeLike(self, append([]byte{}, b[i:j]...)), nil
}

func bytesTailMatch(t *Thread, self Value, b []byte, name string, args []Value, kw []string) (Value, error) {
	if err := checkTuple(self.TypeName()+"."+name, name, args, kw, 1, 3); err != nil {
		return Value{}, err
	}
	start, end, err := startEnd(t, args[1:], len(b))
	if err != nil {
		return Value{}, err
	}
	match := func(v Value) (bool, error) {
		affix, ok := AsBytes(v)
		if !ok {
			return false, Errorf(TypeErrorType, "%s first arg must be bytes or a tuple of bytes, not %s", name, v.TypeName())
		}
		if start > len(b) || end-start < len(affix) {
			return false, nil
		}
		if name == "startswith" {
			return bytes.HasPrefix(b[start:end], affix), nil
		}
		return bytes.HasSuffix(b[start:end], affix), nil
	}
	if tup, ok := args[0].ref.(*Tuple); ok {
		for _, v := range tup.Items {
			if _, isBytes := AsBytes(v); !isBytes {
				return Value{}, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", v.TypeName())
			}
			if m, _ := match(v); m {
				return True, nil
			}
		}
		return False, nil
	}
	m, err := match(args[0])
	return Bool(m), err
}

func bytesFind(t *Thread, self Value, b []byte, name string, args []Value, kw []string) (Value, error) {
	if err := checkTuple(self.TypeName()+"."+name, name, args, kw, 1, 3); err != nil {
		return Value{}, err
	}
	var sub []byte
	if s, ok := AsBytes(args[0]); ok {
		sub = s
	} else if IsIntLike(args[0]) || libHasIndex(args[0]) {
		c, err := byteValue(t, args[0])
		if err != nil {
			return Value{}, err
		}
		sub = []byte{c}
	} else {
		return Value{}, Errorf(TypeErrorType, "argument should be integer or bytes-like object, not '%s'", args[0].TypeName())
	}
	start, end, err := startEnd(t, args[1:], len(b))
	if err != nil {
		return Value{}, err
	}
	if name == "count" {
		if start > len(b) || end-start < len(sub) {
			return Int(0), nil
		}
		if len(sub) == 0 {
			return Int(int64(end - start + 1)), nil
		}
		return Int(int64(bytes.Count(b[start:end], sub))), nil
	}
	pos := -1
	if start <= len(b) && end-start >= len(sub) {
		if name == "find" || name == "index" {
			pos = bytes.Index(b[start:end], sub)
		} else {
			pos = bytes.LastIndex(b[start:end], sub)
		}
		if pos >= 0 {
			pos += start
		}
	}
	if pos < 0 && (name == "index" || name == "rindex") {
		return Value{}, Errorf(ValueErrorType, "subsection not found")
	}
	return Int(int64(pos)), nil
}

func bytesReplace(t *Thread, self Value, b []byte, args []Value, kw []string) (Value, error) {
	if err := positional(self.TypeName()+".replace", "replace", args, kw, 2, 3); err != nil {
		return Value{}, err
	}
	old, err := bytesArg(args[0])
	if err != nil {
		return Value{}, err
	}
	repl, err := bytesArg(args[1])
	if err != nil {
		return Value{}, err
	}
	count := -1
	if len(args) == 3 {
		if count, err = asSsize(t, args[2]); err != nil {
			return Value{}, err
		}
	}
	return makeLike(self, bytes.Replace(b, old, repl, count)), nil
}

func isASCIILower(c byte) bool { return 'a' <= c && c <= 'z' }
func isASCIIUpper(c byte) bool { return 'A' <= c && c <= 'Z' }
func isASCIIAlpha(c byte) bool { return isASCIILower(c) || isASCIIUpper(c) }
func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }

// The case mappings change b in place and return it; only ASCII letters
// change (the bytes package's mappings would treat b as UTF-8).

func bytesUpper(b []byte) []byte {
	for i, c := range b {
		if isASCIILower(c) {
			b[i] = c - 32
		}
	}
	return b
}

func bytesLower(b []byte) []byte {
	for i, c := range b {
		if isASCIIUpper(c) {
			b[i] = c + 32
		}
	}
	return b
}

func bytesSwapcase(b []byte) []byte {
	for i, c := range b {
		if isASCIILower(c) {
			b[i] = c - 32
		} else if isASCIIUpper(c) {
			b[i] = c + 32
		}
	}
	return b
}

func bytesTitle(b []byte) []byte {
	prevCased := false
	for i, c := range b {
		switch {
		case isASCIILower(c):
			if !prevCased {
				b[i] = c - 32
			}
			prevCased = true
		case isASCIIUpper(c):
			if prevCased {
				b[i] = c + 32
			}
			prevCased = true
		default:
			prevCased = false
		}
	}
	return b
}

func bytesCapitalize(b []byte) []byte {
	for i, c := range b {
		if i == 0 && isASCIILower(c) {
			b[i] = c - 32
		} else if i > 0 && isASCIIUpper(c) {
			b[i] = c + 32
		}
	}
	return b
}

func allBytes(b []byte, f func(byte) bool) bool {
	if len(b) == 0 {
		return false
	}
	for _, c := range b {
		if !f(c) {
			return false
		}
	}
	return true
}

func bytesIsAlpha(b []byte) bool { return allBytes(b, isASCIIAlpha) }
func bytesIsDigit(b []byte) bool { return allBytes(b, isASCIIDigit) }
func bytesIsSpace(b []byte) bool { return allBytes(b, isByteSpace) }
func bytesIsAlnum(b []byte) bool {
	return allBytes(b, func(c byte) bool { return isASCIIAlpha(c) || isASCIIDigit(c) })
}

func bytesIsASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// bytesIsLower: at least one cased byte and no uppercase one.
func bytesIsLower(b []byte) bool {
	cased := false
	for _, c := range b {
		if isASCIIUpper(c) {
			return false
		}
		cased = cased || isASCIILower(c)
	}
	return cased
}

func bytesIsUpper(b []byte) bool {
	cased := false
	for _, c := range b {
		if isASCIILower(c) {
			return false
		}
		cased = cased || isASCIIUpper(c)
	}
	return cased
}

func bytesIsTitle(b []byte) bool {
	cased, prevCased := false, false
	for _, c := range b {
		switch {
		case isASCIIUpper(c):
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case isASCIILower(c):
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return cased
}

func bytesPartition(self Value, b []byte, name string, args []Value, kw []string) (Value, error) {
	if err := exactArgs(self.TypeName()+"."+name, args, kw, 1); err != nil {
		return Value{}, err
	}
	sep, err := bytesArg(args[0])
	if err != nil {
		return Value{}, err
	}
	if len(sep) == 0 {
		return Value{}, Errorf(ValueErrorType, "empty separator")
	}
	mk := func(p []byte) Value { return makeLike(self, append([]byte{}, p...)) }
	var i int
	if name == "partition" {
		i = bytes.Index(b, sep)
		if i < 0 {
			return TupleValue(mk(b), mk(nil), mk(nil)), nil
		}
	} else {
		i = bytes.LastIndex(b, sep)
		if i < 0 {
			return TupleValue(mk(nil), mk(nil), mk(b)), nil
		}
	}
	return TupleValue(mk(b[:i]), mk(sep), mk(b[i+len(sep):])), nil
}

var bytesSplitlinesSpec = kwSpec{fname: "splitlines", names: []string{"keepends"}, maxPos: 1}

func bytesSplitlines(t *Thread, self Value, b []byte, args []Value, kw []string) (Value, error) {
	a, err := bytesSplitlinesSpec.unpack(args, kw)
	if err != nil {
		return Value{}, err
	}
	keep := false
	if given(a[0]) {
		if keep, err = Truth(t, a[0]); err != nil {
			return Value{}, err
		}
	}
	var items []Value
	for i := 0; i < len(b); {
		j := i
		for j < len(b) && b[j] != '\n' && b[j] != '\r' {
			j++
		}
		eol := j
		if j < len(b) {
			if b[j] == '\r' && j+1 < len(b) && b[j+1] == '\n' {
				j += 2
			} else {
				j++
			}
		}
		if keep {
			eol = j
		}
		items = append(items, makeLike(self, append([]byte{}, b[i:eol]...)))
		i = j
	}
	return NewList(items), nil
}

func bytesPad(t *Thread, self Value, b []byte, name string, args []Value, kw []string) (Value, error) {
	if err := positional(self.TypeName()+"."+name, name, args, kw, 1, 2); err != nil {
		return Value{}, err
	}
	width, err := asSsize(t, args[0])
	if err != nil {
		return Value{}, err
	}
	fill := byte(' ')
	if len(args) == 2 {
		f, ok := AsBytes(args[1])
		if !ok || len(f) != 1 {
			return Value{}, Errorf(TypeErrorType, "%s() argument 2 must be a byte string of length 1, not %s", name, args[1].TypeName())
		}
		fill = f[0]
	}
	n := width - len(b)
	if n <= 0 {
		return makeLike(self, append([]byte{}, b...)), nil
	}
	var left int
	switch name {
	case "ljust":
		left = 0
	case "rjust":
		left = n
	default:
		// CPython's pad(): the extra byte goes left when both are odd.
		left = n/2 + (n & width & 1)
	}
	out := append(bytes.Repeat([]byte{fill}, left), b...)
	out = append(out, bytes.Repeat([]byte{fill}, n-left)...)
	return makeLike(self, out), nil
}

func bytesZfill(t *Thread, self Value, b []byte, args []Value, kw []string) (Value, error) {
	if err := exactArgs(self.TypeName()+".zfill", args, kw, 1); err != nil {
		return Value{}, err
	}
	width, err := asSsize(t, args[0])
	if err != nil {
		return Value{}, err
	}
	n := width - len(b)
	if n <= 0 {
		return makeLike(self, append([]byte{}, b...)), nil
	}
	out := append(bytes.Repeat([]byte{'0'}, n), b...)
	if len(b) > 0 && (b[0] == '+' || b[0] == '-') {
		out[0], out[n] = b[0], '0'
	}
	return makeLike(self, out), nil
}
