package runtime

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Methods of str. Positions are code points; the helpers map them to byte
// offsets (the identity for ASCII strings). Searching UTF-8 bytes for a
// valid UTF-8 needle never matches inside a character, so byte searches
// give code point results once the offsets are converted.

func init() {
	strMethod("join", strJoin)
	strMethod("split", func(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
		return strSplit(t, s, args, kw, false)
	})
	strMethod("rsplit", func(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
		return strSplit(t, s, args, kw, true)
	})
	strMethod("splitlines", strSplitlines)
	for _, name := range []string{"strip", "lstrip", "rstrip"} {
		name := name
		strMethod(name, func(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
			return strStrip(s, name, args, kw)
		})
	}
	strMethod("startswith", func(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
		return strTailMatch(t, s, "startswith", args, kw)
	})
	strMethod("endswith", func(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
		return strTailMatch(t, s, "endswith", args, kw)
	})
	strMethod("replace", strReplace)
	for _, name := range []string{"find", "rfind", "index", "rindex", "count"} {
		name := name
		strMethod(name, func(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
			return strFind(t, s, name, args, kw)
		})
	}
	for name, fn := range map[string]func(string) string{
		"upper": strUpper, "lower": strLower, "casefold": strCasefold,
		"swapcase": strSwapcase, "title": strTitle, "capitalize": strCapitalize,
	} {
		name, fn := name, fn
		strMethod(name, func(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
			if err := exactArgs("str."+name, args, kw, 0); err != nil {
				return Value{}, err
			}
			return NewStr(fn(s.s)), nil
		})
	}
	for name, fn := range map[string]func(string) bool{
		"isdigit": strIsDigit, "isdecimal": strIsDecimal, "isnumeric": strIsNumeric,
		"isalpha": strIsAlpha, "isalnum": strIsAlnum, "isspace": strIsSpace,
		"isupper": strIsUpper, "islower": strIsLower, "istitle": strIsTitle,
		"isidentifier": strIsIdentifier, "isascii": strIsASCII, "isprintable": strIsPrintable,
	} {
		name, fn := name, fn
		strMethod(name, func(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
			if err := exactArgs("str."+name, args, kw, 0); err != nil {
				return Value{}, err
			}
			return Bool(fn(s.s)), nil
		})
	}
	strMethod("zfill", strZfill)
	for _, name := range []string{"center", "ljust", "rjust"} {
		name := name
		strMethod(name, func(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
			return strPad(t, s, name, args, kw)
		})
	}
	strMethod("partition", func(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
		return strPartition(s, "partition", args, kw)
	})
	strMethod("rpartition", func(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
		return strPartition(s, "rpartition", args, kw)
	})
	strMethod("expandtabs", strExpandtabs)
	strMethod("removeprefix", func(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
		return strRemoveAffix(s, "removeprefix", args, kw)
	})
	strMethod("removesuffix", func(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
		return strRemoveAffix(s, "removesuffix", args, kw)
	})
	strMethod("format", strFormatMethod)
	strMethod("format_map", strFormatMap)
}

// strMethod installs a method of str whose receiver is checked and passed
// separately from its arguments.
func strMethod(name string, fn func(t *Thread, s *Str, args []Value, kw []string) (Value, error)) {
	addMethod(StrType, name, func(t *Thread, args []Value, kw []string) (Value, error) {
		s, ok := args[0].ref.(*Str)
		if !ok {
			return Value{}, descriptorError(StrType, name, args[0])
		}
		return fn(t, s, args[1:], kw)
	})
}

// byteOffset returns the byte offset of code point i (0 <= i <= Len()).
func (s *Str) byteOffset(i int) int {
	if s.IsASCII() {
		return i
	}
	for off := range s.s {
		if i == 0 {
			return off
		}
		i--
	}
	return len(s.s)
}

// cpCount is the number of code points in b.
func cpCount(b string) int { return utf8.RuneCountInString(b) }

// adjustIndices is CPython's ADJUST_INDICES: end is clamped to [0, n] and
// start to >= 0 (it may exceed n).
func adjustIndices(start, end, n int) (int, int) {
	if end > n {
		end = n
	} else if end < 0 {
		end = max(end+n, 0)
	}
	if start < 0 {
		start = max(start+n, 0)
	}
	return start, end
}

// startEnd parses optional start/end arguments (None allowed).
func startEnd(t *Thread, args []Value, n int) (int, int, error) {
	start, end := 0, n
	var err error
	if len(args) > 0 {
		if start, err = optSliceIndex(t, args[0], 0); err != nil {
			return 0, 0, err
		}
	}
	if len(args) > 1 {
		if end, err = optSliceIndex(t, args[1], n); err != nil {
			return 0, 0, err
		}
	}
	s, e := adjustIndices(start, end, n)
	return s, e, nil
}

func strJoin(t *Thread, sep *Str, args []Value, kw []string) (Value, error) {
	if err := exactArgs("str.join", args, kw, 1); err != nil {
		return Value{}, err
	}
	var items []Value
	switch x := args[0].ref.(type) {
	case *List:
		items = x.Items
	case *Tuple:
		items = x.Items
	default:
		var err error
		if items, err = collectSpecial(t, args[0]); err != nil {
			if AsException(err).IsInstance(TypeErrorType) {
				if _, iterErr := GetIterSpecial(t, args[0]); iterErr != nil {
					return Value{}, Errorf(TypeErrorType, "can only join an iterable")
				}
			}
			return Value{}, err
		}
	}
	var b strings.Builder
	for i, it := range items {
		s, ok := it.ref.(*Str)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "sequence item %d: expected str instance, %s found", i, it.TypeName())
		}
		if i > 0 {
			b.WriteString(sep.s)
		}
		b.WriteString(s.s)
	}
	return NewStr(b.String()), nil
}

var (
	splitSpec  = kwSpec{fname: "split", names: []string{"sep", "maxsplit"}, maxPos: 2}
	rsplitSpec = kwSpec{fname: "rsplit", names: []string{"sep", "maxsplit"}, maxPos: 2}
)

func strSplit(t *Thread, s *Str, args []Value, kw []string, right bool) (Value, error) {
	spec := &splitSpec
	if right {
		spec = &rsplitSpec
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
		maxsplit = int(^uint(0) >> 1)
	}
	if !given(a[0]) || a[0].IsNone() {
		if right {
			return strList(rsplitWhitespace(s.s, maxsplit)), nil
		}
		return strList(splitWhitespace(s.s, maxsplit)), nil
	}
	sep, ok := a[0].ref.(*Str)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "must be str or None, not %s", a[0].TypeName())
	}
	if sep.s == "" {
		return Value{}, Errorf(ValueErrorType, "empty separator")
	}
	var parts []string
	if right {
		str := s.s
		for ; maxsplit > 0; maxsplit-- {
			i := strings.LastIndex(str, sep.s)
			if i < 0 {
				break
			}
			parts = append(parts, str[i+len(sep.s):])
			str = str[:i]
		}
		parts = append(parts, str)
		for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
			parts[i], parts[j] = parts[j], parts[i]
		}
	} else {
		parts = strings.SplitN(s.s, sep.s, min(maxsplit, len(s.s))+1)
	}
	return strList(parts), nil
}

func strList(parts []string) Value {
	items := make([]Value, len(parts))
	for i, p := range parts {
		items[i] = NewStr(p)
	}
	return NewList(items)
}

// isPySpace is Py_UNICODE_ISSPACE.
func isPySpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || (r >= '\t' && r <= '\r') || (r >= 0x1c && r <= 0x1f)
	}
	return unicode.IsSpace(r)
}

// spaceAt reports whether a whitespace character starts at byte i, and its size.
func spaceAt(s string, i int) (bool, int) {
	if c := s[i]; c < 0x80 {
		return isPySpace(rune(c)), 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return isPySpace(r), n
}

// spaceBefore reports whether a whitespace character ends at byte i.
func spaceBefore(s string, i int) (bool, int) {
	if c := s[i-1]; c < 0x80 {
		return isPySpace(rune(c)), 1
	}
	r, n := utf8.DecodeLastRuneInString(s[:i])
	return isPySpace(r), n
}

func splitWhitespace(s string, maxsplit int) []string {
	var parts []string
	i, n := 0, len(s)
	skip := func() {
		for i < n {
			sp, w := spaceAt(s, i)
			if !sp {
				return
			}
			i += w
		}
	}
	for ; maxsplit > 0; maxsplit-- {
		skip()
		if i == n {
			break
		}
		j := i
		for i < n {
			sp, w := spaceAt(s, i)
			if sp {
				break
			}
			i += w
		}
		parts = append(parts, s[j:i])
	}
	if i < n {
		skip()
		if i != n {
			parts = append(parts, s[i:])
		}
	}
	return parts
}

func rsplitWhitespace(s string, maxsplit int) []string {
	var parts []string
	i := len(s)
	skip := func() {
		for i > 0 {
			sp, w := spaceBefore(s, i)
			if !sp {
				return
			}
			i -= w
		}
	}
	for ; maxsplit > 0; maxsplit-- {
		skip()
		if i == 0 {
			break
		}
		j := i
		for i > 0 {
			sp, w := spaceBefore(s, i)
			if sp {
				break
			}
			i -= w
		}
		parts = append(parts, s[i:j])
	}
	if i > 0 {
		skip()
		if i != 0 {
			parts = append(parts, s[:i])
		}
	}
	for a, b := 0, len(parts)-1; a < b; a, b = a+1, b-1 {
		parts[a], parts[b] = parts[b], parts[a]
	}
	return parts
}

var splitlinesSpec = kwSpec{fname: "splitlines", names: []string{"keepends"}, maxPos: 1}

// isLineBreak lists the characters str.splitlines splits at.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

func strSplitlines(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
	a, err := splitlinesSpec.unpack(args, kw)
	if err != nil {
		return Value{}, err
	}
	keep := false
	if given(a[0]) {
		k, err := asCInt(t, a[0])
		if err != nil {
			return Value{}, err
		}
		keep = k != 0
	}
	var parts []string
	str := s.s
	start := 0
	for i := 0; i < len(str); {
		r, w := utf8.DecodeRuneInString(str[i:])
		if !isLineBreak(r) {
			i += w
			continue
		}
		end := i + w
		if r == '\r' && end < len(str) && str[end] == '\n' {
			end++
		}
		if keep {
			parts = append(parts, str[start:end])
		} else {
			parts = append(parts, str[start:i])
		}
		start, i = end, end
	}
	if start < len(str) {
		parts = append(parts, str[start:])
	}
	return strList(parts), nil
}

func strStrip(s *Str, name string, args []Value, kw []string) (Value, error) {
	if err := positional("str."+name, name, args, kw, 0, 1); err != nil {
		return Value{}, err
	}
	cut := isPySpace
	if len(args) == 1 && !args[0].IsNone() {
		chars, ok := args[0].ref.(*Str)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "%s arg must be None or str", name)
		}
		cut = func(r rune) bool { return strings.ContainsRune(chars.s, r) }
	}
	str := s.s
	if name != "rstrip" {
		str = strings.TrimLeftFunc(str, cut)
	}
	if name != "lstrip" {
		str = strings.TrimRightFunc(str, cut)
	}
	if len(str) == len(s.s) {
		return FromObject(s), nil
	}
	return NewStr(str), nil
}

func strTailMatch(t *Thread, s *Str, name string, args []Value, kw []string) (Value, error) {
	if err := checkTuple("str."+name, name, args, kw, 1, 3); err != nil {
		return Value{}, err
	}
	start, end, err := startEnd(t, args[1:], s.Len())
	if err != nil {
		return Value{}, err
	}
	match := func(sub *Str) bool {
		e := end - sub.Len()
		if e < start {
			return false
		}
		if sub.s == "" {
			return true
		}
		if name == "startswith" {
			return strings.HasPrefix(s.s[s.byteOffset(start):], sub.s)
		}
		return strings.HasSuffix(s.s[:s.byteOffset(end)], sub.s)
	}
	switch x := args[0].ref.(type) {
	case *Str:
		return Bool(match(x)), nil
	case *Tuple:
		for _, it := range x.Items {
			sub, ok := it.ref.(*Str)
			if !ok {
				return Value{}, Errorf(TypeErrorType, "tuple for %s must only contain str, not %s", name, it.TypeName())
			}
			if match(sub) {
				return True, nil
			}
		}
		return False, nil
	}
	return Value{}, Errorf(TypeErrorType, "%s first arg must be str or a tuple of str, not %s", name, args[0].TypeName())
}

func strReplace(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
	if err := positional("str.replace", "replace", args, kw, 2, 3); err != nil {
		return Value{}, err
	}
	var strs [2]string
	for i := range strs {
		x, ok := args[i].ref.(*Str)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "replace() argument %d must be str, not %s", i+1, args[i].TypeName())
		}
		strs[i] = x.s
	}
	count := -1
	if len(args) == 3 {
		var err error
		if count, err = asSsize(t, args[2]); err != nil {
			return Value{}, err
		}
	}
	old, repl := strs[0], strs[1]
	if count == 0 {
		return FromObject(s), nil
	}
	if old == "" {
		// Insert repl before every character and at the end, count times.
		var b strings.Builder
		n := 0
		for _, r := range s.s {
			if count < 0 || n < count {
				b.WriteString(repl)
				n++
			}
			b.WriteRune(r)
		}
		if count < 0 || n < count {
			b.WriteString(repl)
		}
		return NewStr(b.String()), nil
	}
	if !strings.Contains(s.s, old) {
		return FromObject(s), nil
	}
	return NewStr(strings.Replace(s.s, old, repl, count)), nil
}

func strFind(t *Thread, s *Str, name string, args []Value, kw []string) (Value, error) {
	if err := checkTuple("str."+name, name, args, kw, 1, 3); err != nil {
		return Value{}, err
	}
	sub, ok := args[0].ref.(*Str)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "must be str, not %s", args[0].TypeName())
	}
	n := s.Len()
	start, end, err := startEnd(t, args[1:], n)
	if err != nil {
		return Value{}, err
	}
	if name == "count" {
		if end-start < sub.Len() {
			return Int(0), nil
		}
		if sub.s == "" {
			return Int(int64(end - start + 1)), nil
		}
		return Int(int64(strings.Count(s.s[s.byteOffset(start):s.byteOffset(end)], sub.s))), nil
	}
	pos := -1
	if end-start >= sub.Len() {
		bs := s.byteOffset(start)
		hay := s.s[bs:s.byteOffset(end)]
		if name[0] == 'r' {
			if i := strings.LastIndex(hay, sub.s); i >= 0 {
				pos = start + cpCount(hay[:i])
			}
		} else if i := strings.Index(hay, sub.s); i >= 0 {
			pos = start + cpCount(hay[:i])
		}
	}
	if pos < 0 && (name == "index" || name == "rindex") {
		return Value{}, Errorf(ValueErrorType, "substring not found")
	}
	return Int(int64(pos)), nil
}

func strZfill(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
	if err := exactArgs("str.zfill", args, kw, 1); err != nil {
		return Value{}, err
	}
	width, err := asSsize(t, args[0])
	if err != nil {
		return Value{}, err
	}
	fill := width - s.Len()
	if fill <= 0 {
		return FromObject(s), nil
	}
	zeros := strings.Repeat("0", fill)
	if s.s != "" && (s.s[0] == '+' || s.s[0] == '-') {
		return NewStr(s.s[:1] + zeros + s.s[1:]), nil
	}
	return NewStr(zeros + s.s), nil
}

func strPad(t *Thread, s *Str, name string, args []Value, kw []string) (Value, error) {
	if err := positional("str."+name, name, args, kw, 1, 2); err != nil {
		return Value{}, err
	}
	width, err := asSsize(t, args[0])
	if err != nil {
		return Value{}, err
	}
	fill := " "
	if len(args) == 2 {
		f, ok := args[1].ref.(*Str)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "The fill character must be a unicode character, not %s", args[1].TypeName())
		}
		if f.Len() != 1 {
			return Value{}, Errorf(TypeErrorType, "The fill character must be exactly one character long")
		}
		fill = f.s
	}
	marg := width - s.Len()
	if marg <= 0 {
		return FromObject(s), nil
	}
	var left int
	switch name {
	case "ljust":
		left = 0
	case "rjust":
		left = marg
	default:
		left = marg/2 + (marg & width & 1)
	}
	return NewStr(strings.Repeat(fill, left) + s.s + strings.Repeat(fill, marg-left)), nil
}

func strPartition(s *Str, name string, args []Value, kw []string) (Value, error) {
	if err := exactArgs("str."+name, args, kw, 1); err != nil {
		return Value{}, err
	}
	sep, ok := args[0].ref.(*Str)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "must be str, not %s", args[0].TypeName())
	}
	if sep.s == "" {
		return Value{}, Errorf(ValueErrorType, "empty separator")
	}
	empty := NewStr("")
	if name == "partition" {
		i := strings.Index(s.s, sep.s)
		if i < 0 {
			return TupleValue(FromObject(s), empty, empty), nil
		}
		return TupleValue(NewStr(s.s[:i]), args[0], NewStr(s.s[i+len(sep.s):])), nil
	}
	i := strings.LastIndex(s.s, sep.s)
	if i < 0 {
		return TupleValue(empty, empty, FromObject(s)), nil
	}
	return TupleValue(NewStr(s.s[:i]), args[0], NewStr(s.s[i+len(sep.s):])), nil
}

var expandtabsSpec = kwSpec{fname: "expandtabs", names: []string{"tabsize"}, maxPos: 1}

func strExpandtabs(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
	a, err := expandtabsSpec.unpack(args, kw)
	if err != nil {
		return Value{}, err
	}
	tabsize := 8
	if given(a[0]) {
		if tabsize, err = asCInt(t, a[0]); err != nil {
			return Value{}, err
		}
	}
	if !strings.Contains(s.s, "\t") {
		return FromObject(s), nil
	}
	var b strings.Builder
	col := 0
	for _, r := range s.s {
		if r == '\t' {
			if tabsize > 0 {
				n := tabsize - col%tabsize
				col += n
				b.WriteString(strings.Repeat(" ", n))
			}
			continue
		}
		col++
		b.WriteRune(r)
		if r == '\n' || r == '\r' {
			col = 0
		}
	}
	return NewStr(b.String()), nil
}

func strRemoveAffix(s *Str, name string, args []Value, kw []string) (Value, error) {
	if err := exactArgs("str."+name, args, kw, 1); err != nil {
		return Value{}, err
	}
	a, ok := args[0].ref.(*Str)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "%s() argument must be str, not %s", name, args[0].TypeName())
	}
	if name == "removeprefix" && a.s != "" && strings.HasPrefix(s.s, a.s) {
		return NewStr(s.s[len(a.s):]), nil
	}
	if name == "removesuffix" && a.s != "" && strings.HasSuffix(s.s, a.s) {
		return NewStr(s.s[:len(s.s)-len(a.s)]), nil
	}
	return FromObject(s), nil
}

// ---------------------------------------------------------------------------
// Case mapping. Go's unicode package has the simple (one to one) mappings;
// the tables at the end of this file hold where Python's full mappings differ.

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func asciiMap(s string, f func(byte) byte) string {
	b := []byte(s)
	for i, c := range b {
		b[i] = f(c)
	}
	return string(b)
}

func toUpperASCII(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - 32
	}
	return c
}

func toLowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 32
	}
	return c
}

func writeMapped(b *strings.Builder, r rune, special map[rune]string, simple func(rune) rune) {
	if m, ok := special[r]; ok {
		b.WriteString(m)
		return
	}
	b.WriteRune(simple(r))
}

// isUpperProp and isLowerProp are the Uppercase and Lowercase properties.
func isUpperProp(r rune) bool { return unicode.IsUpper(r) || unicode.Is(unicode.Other_Uppercase, r) }
func isLowerProp(r rune) bool { return unicode.IsLower(r) || unicode.Is(unicode.Other_Lowercase, r) }
func isCased(r rune) bool     { return isUpperProp(r) || isLowerProp(r) || unicode.IsTitle(r) }

// isCaseIgnorable approximates the Case_Ignorable property.
func isCaseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', 0xb7, 0x387, 0x55f, 0x5f4, 0x2018, 0x2019, 0x2024, 0x2027,
		0xfe13, 0xfe52, 0xfe55, 0xff07, 0xff0e, 0xff1a:
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

// lowerAt lowercases rs[i], turning a capital sigma that ends a word into
// a final sigma as CPython's lower_ucs4 does.
func lowerAt(b *strings.Builder, rs []rune, i int) {
	if rs[i] == 0x3a3 {
		j := i - 1
		for j >= 0 && isCaseIgnorable(rs[j]) {
			j--
		}
		final := j >= 0 && isCased(rs[j])
		if final {
			j = i + 1
			for j < len(rs) && isCaseIgnorable(rs[j]) {
				j++
			}
			final = j == len(rs) || !isCased(rs[j])
		}
		if final {
			b.WriteRune(0x3c2)
		} else {
			b.WriteRune(0x3c3)
		}
		return
	}
	writeMapped(b, rs[i], lowerSpecial, unicode.ToLower)
}

func strUpper(s string) string {
	if isASCII(s) {
		return asciiMap(s, toUpperASCII)
	}
	var b strings.Builder
	for _, r := range s {
		writeMapped(&b, r, upperSpecial, unicode.ToUpper)
	}
	return b.String()
}

func strLower(s string) string {
	if isASCII(s) {
		return asciiMap(s, toLowerASCII)
	}
	var b strings.Builder
	rs := []rune(s)
	for i := range rs {
		lowerAt(&b, rs, i)
	}
	return b.String()
}

func strCasefold(s string) string {
	if isASCII(s) {
		return asciiMap(s, toLowerASCII)
	}
	var b strings.Builder
	for _, r := range s {
		writeMapped(&b, r, foldSpecial, unicode.ToLower)
	}
	return b.String()
}

func strSwapcase(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case isUpperProp(r):
			lowerAt(&b, rs, i)
		case isLowerProp(r):
			writeMapped(&b, r, upperSpecial, unicode.ToUpper)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func strTitle(s string) string {
	var b strings.Builder
	rs := []rune(s)
	prevCased := false
	for i, r := range rs {
		if prevCased {
			lowerAt(&b, rs, i)
		} else {
			writeMapped(&b, r, titleSpecial, unicode.ToTitle)
		}
		prevCased = isCased(r)
	}
	return b.String()
}

func strCapitalize(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		if i == 0 {
			writeMapped(&b, r, titleSpecial, unicode.ToTitle)
		} else {
			lowerAt(&b, rs, i)
		}
	}
	return b.String()
}

// ---------------------------------------------------------------------------
// Predicates.

// allRunes reports whether s is non-empty and every code point satisfies f.
func allRunes(s string, f func(rune) bool) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !f(r) {
			return false
		}
	}
	return true
}

type runeRange struct{ lo, hi rune }

func inRanges(r rune, rs []runeRange) bool {
	lo, hi := 0, len(rs)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case r < rs[m].lo:
			hi = m
		case r > rs[m].hi:
			lo = m + 1
		default:
			return true
		}
	}
	return false
}

func isDecimalRune(r rune) bool { return unicode.Is(unicode.Nd, r) }
func isDigitRune(r rune) bool   { return isDecimalRune(r) || inRanges(r, digitExtra) }
func isNumericRune(r rune) bool { return isDigitRune(r) || inRanges(r, numericExtra) }
func isAlnumRune(r rune) bool   { return unicode.IsLetter(r) || isNumericRune(r) }

func strIsDigit(s string) bool     { return allRunes(s, isDigitRune) }
func strIsDecimal(s string) bool   { return allRunes(s, isDecimalRune) }
func strIsNumeric(s string) bool   { return allRunes(s, isNumericRune) }
func strIsAlpha(s string) bool     { return allRunes(s, unicode.IsLetter) }
func strIsAlnum(s string) bool     { return allRunes(s, isAlnumRune) }
func strIsSpace(s string) bool     { return allRunes(s, isPySpace) }
func strIsASCII(s string) bool     { return isASCII(s) }
func strIsPrintable(s string) bool { return s == "" || allRunes(s, isPrintable) }

func strIsUpper(s string) bool {
	cased := false
	for _, r := range s {
		if isLowerProp(r) || unicode.IsTitle(r) {
			return false
		}
		cased = cased || isUpperProp(r)
	}
	return cased
}

func strIsLower(s string) bool {
	cased := false
	for _, r := range s {
		if isUpperProp(r) || unicode.IsTitle(r) {
			return false
		}
		cased = cased || isLowerProp(r)
	}
	return cased
}

func strIsTitle(s string) bool {
	cased, prevCased := false, false
	for _, r := range s {
		switch {
		case isUpperProp(r) || unicode.IsTitle(r):
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case isLowerProp(r):
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

func isIDStart(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

func isIDContinue(r rune) bool {
	return isIDStart(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue)
}

func strIsIdentifier(s string) bool {
	for i, r := range s {
		if i == 0 && !isIDStart(r) || !isIDContinue(r) {
			return false
		}
	}
	return s != ""
}

// ---------------------------------------------------------------------------
// Unicode tables generated from CPython 3.11 (Unicode 14.0): where its full
// case mappings differ from Go's simple ones, and the characters that are
// digits but not decimals, or numeric but not digits.

var upperSpecial = map[rune]string{
	0xdf: "SS", 0x149: "ʼN", 0x1f0: "J̌", 0x390: "Ϊ́", 0x3b0: "Ϋ́", 0x587: "ԵՒ",
	0x1e96: "H̱", 0x1e97: "T̈", 0x1e98: "W̊", 0x1e99: "Y̊", 0x1e9a: "Aʾ", 0x1f50: "Υ̓",
	0x1f52: "Υ̓̀", 0x1f54: "Υ̓́", 0x1f56: "Υ̓͂", 0x1f80: "ἈΙ", 0x1f81: "ἉΙ",
	0x1f82: "ἊΙ", 0x1f83: "ἋΙ", 0x1f84: "ἌΙ", 0x1f85: "ἍΙ", 0x1f86: "ἎΙ",
	0x1f87: "ἏΙ", 0x1f88: "ἈΙ", 0x1f89: "ἉΙ", 0x1f8a: "ἊΙ", 0x1f8b: "ἋΙ",
	0x1f8c: "ἌΙ", 0x1f8d: "ἍΙ", 0x1f8e: "ἎΙ", 0x1f8f: "ἏΙ", 0x1f90: "ἨΙ",
	0x1f91: "ἩΙ", 0x1f92: "ἪΙ", 0x1f93: "ἫΙ", 0x1f94: "ἬΙ", 0x1f95: "ἭΙ",
	0x1f96: "ἮΙ", 0x1f97: "ἯΙ", 0x1f98: "ἨΙ", 0x1f99: "ἩΙ", 0x1f9a: "ἪΙ",
	0x1f9b: "ἫΙ", 0x1f9c: "ἬΙ", 0x1f9d: "ἭΙ", 0x1f9e: "ἮΙ", 0x1f9f: "ἯΙ",
	0x1fa0: "ὨΙ", 0x1fa1: "ὩΙ", 0x1fa2: "ὪΙ", 0x1fa3: "ὫΙ", 0x1fa4: "ὬΙ",
	0x1fa5: "ὭΙ", 0x1fa6: "ὮΙ", 0x1fa7: "ὯΙ", 0x1fa8: "ὨΙ", 0x1fa9: "ὩΙ",
	0x1faa: "ὪΙ", 0x1fab: "ὫΙ", 0x1fac: "ὬΙ", 0x1fad: "ὭΙ", 0x1fae: "ὮΙ",
	0x1faf: "ὯΙ", 0x1fb2: "ᾺΙ", 0x1fb3: "ΑΙ", 0x1fb4: "ΆΙ", 0x1fb6: "Α͂", 0x1fb7: "Α͂Ι",
	0x1fbc: "ΑΙ", 0x1fc2: "ῊΙ", 0x1fc3: "ΗΙ", 0x1fc4: "ΉΙ", 0x1fc6: "Η͂", 0x1fc7: "Η͂Ι",
	0x1fcc: "ΗΙ", 0x1fd2: "Ϊ̀", 0x1fd3: "Ϊ́", 0x1fd6: "Ι͂", 0x1fd7: "Ϊ͂",
	0x1fe2: "Ϋ̀", 0x1fe3: "Ϋ́", 0x1fe4: "Ρ̓", 0x1fe6: "Υ͂", 0x1fe7: "Ϋ͂",
	0x1ff2: "ῺΙ", 0x1ff3: "ΩΙ", 0x1ff4: "ΏΙ", 0x1ff6: "Ω͂", 0x1ff7: "Ω͂Ι", 0x1ffc: "ΩΙ",
	0xfb00: "FF", 0xfb01: "FI", 0xfb02: "FL", 0xfb03: "FFI", 0xfb04: "FFL", 0xfb05: "ST", 0xfb06: "ST",
	0xfb13: "ՄՆ", 0xfb14: "ՄԵ", 0xfb15: "ՄԻ", 0xfb16: "ՎՆ", 0xfb17: "ՄԽ",
}

var lowerSpecial = map[rune]string{
	0x130: "i̇",
}

var titleSpecial = map[rune]string{
	0xdf: "Ss", 0x149: "ʼN", 0x1f0: "J̌", 0x390: "Ϊ́", 0x3b0: "Ϋ́", 0x587: "Եւ",
	0x1e96: "H̱", 0x1e97: "T̈", 0x1e98: "W̊", 0x1e99: "Y̊", 0x1e9a: "Aʾ", 0x1f50: "Υ̓",
	0x1f52: "Υ̓̀", 0x1f54: "Υ̓́", 0x1f56: "Υ̓͂", 0x1fb2: "Ὰͅ", 0x1fb4: "Άͅ",
	0x1fb6: "Α͂", 0x1fb7: "ᾼ͂", 0x1fc2: "Ὴͅ", 0x1fc4: "Ήͅ", 0x1fc6: "Η͂",
	0x1fc7: "ῌ͂", 0x1fd2: "Ϊ̀", 0x1fd3: "Ϊ́", 0x1fd6: "Ι͂", 0x1fd7: "Ϊ͂",
	0x1fe2: "Ϋ̀", 0x1fe3: "Ϋ́", 0x1fe4: "Ρ̓", 0x1fe6: "Υ͂", 0x1fe7: "Ϋ͂",
	0x1ff2: "Ὼͅ", 0x1ff4: "Ώͅ", 0x1ff6: "Ω͂", 0x1ff7: "ῼ͂", 0xfb00: "Ff", 0xfb01: "Fi",
	0xfb02: "Fl", 0xfb03: "Ffi", 0xfb04: "Ffl", 0xfb05: "St", 0xfb06: "St", 0xfb13: "Մն",
	0xfb14: "Մե", 0xfb15: "Մի", 0xfb16: "Վն", 0xfb17: "Մխ",
}

var foldSpecial = map[rune]string{
	0xb5: "μ", 0xdf: "ss", 0x130: "i̇", 0x149: "ʼn", 0x17f: "s", 0x1f0: "ǰ", 0x345: "ι",
	0x390: "ΐ", 0x3b0: "ΰ", 0x3c2: "σ", 0x3d0: "β", 0x3d1: "θ", 0x3d5: "φ", 0x3d6: "π",
	0x3f0: "κ", 0x3f1: "ρ", 0x3f5: "ε", 0x587: "եւ", 0x13a0: "Ꭰ", 0x13a1: "Ꭱ", 0x13a2: "Ꭲ",
	0x13a3: "Ꭳ", 0x13a4: "Ꭴ", 0x13a5: "Ꭵ", 0x13a6: "Ꭶ", 0x13a7: "Ꭷ", 0x13a8: "Ꭸ",
	0x13a9: "Ꭹ", 0x13aa: "Ꭺ", 0x13ab: "Ꭻ", 0x13ac: "Ꭼ", 0x13ad: "Ꭽ", 0x13ae: "Ꭾ",
	0x13af: "Ꭿ", 0x13b0: "Ꮀ", 0x13b1: "Ꮁ", 0x13b2: "Ꮂ", 0x13b3: "Ꮃ", 0x13b4: "Ꮄ",
	0x13b5: "Ꮅ", 0x13b6: "Ꮆ", 0x13b7: "Ꮇ", 0x13b8: "Ꮈ", 0x13b9: "Ꮉ", 0x13ba: "Ꮊ",
	0x13bb: "Ꮋ", 0x13bc: "Ꮌ", 0x13bd: "Ꮍ", 0x13be: "Ꮎ", 0x13bf: "Ꮏ", 0x13c0: "Ꮐ",
	0x13c1: "Ꮑ", 0x13c2: "Ꮒ", 0x13c3: "Ꮓ", 0x13c4: "Ꮔ", 0x13c5: "Ꮕ", 0x13c6: "Ꮖ",
	0x13c7: "Ꮗ", 0x13c8: "Ꮘ", 0x13c9: "Ꮙ", 0x13ca: "Ꮚ", 0x13cb: "Ꮛ", 0x13cc: "Ꮜ",
	0x13cd: "Ꮝ", 0x13ce: "Ꮞ", 0x13cf: "Ꮟ", 0x13d0: "Ꮠ", 0x13d1: "Ꮡ", 0x13d2: "Ꮢ",
	0x13d3: "Ꮣ", 0x13d4: "Ꮤ", 0x13d5: "Ꮥ", 0x13d6: "Ꮦ", 0x13d7: "Ꮧ", 0x13d8: "Ꮨ",
	0x13d9: "Ꮩ", 0x13da: "Ꮪ", 0x13db: "Ꮫ", 0x13dc: "Ꮬ", 0x13dd: "Ꮭ", 0x13de: "Ꮮ",
	0x13df: "Ꮯ", 0x13e0: "Ꮰ", 0x13e1: "Ꮱ", 0x13e2: "Ꮲ", 0x13e3: "Ꮳ", 0x13e4: "Ꮴ",
	0x13e5: "Ꮵ", 0x13e6: "Ꮶ", 0x13e7: "Ꮷ", 0x13e8: "Ꮸ", 0x13e9: "Ꮹ", 0x13ea: "Ꮺ",
	0x13eb: "Ꮻ", 0x13ec: "Ꮼ", 0x13ed: "Ꮽ", 0x13ee: "Ꮾ", 0x13ef: "Ꮿ", 0x13f0: "Ᏸ",
	0x13f1: "Ᏹ", 0x13f2: "Ᏺ", 0x13f3: "Ᏻ", 0x13f4: "Ᏼ", 0x13f5: "Ᏽ", 0x13f8: "Ᏸ",
	0x13f9: "Ᏹ", 0x13fa: "Ᏺ", 0x13fb: "Ᏻ", 0x13fc: "Ᏼ", 0x13fd: "Ᏽ", 0x1c80: "в",
	0x1c81: "д", 0x1c82: "о", 0x1c83: "с", 0x1c84: "т", 0x1c85: "т", 0x1c86: "ъ", 0x1c87: "ѣ",
	0x1c88: "ꙋ", 0x1e96: "ẖ", 0x1e97: "ẗ", 0x1e98: "ẘ", 0x1e99: "ẙ", 0x1e9a: "aʾ",
	0x1e9b: "ṡ", 0x1e9e: "ss", 0x1f50: "ὐ", 0x1f52: "ὒ", 0x1f54: "ὔ", 0x1f56: "ὖ",
	0x1f80: "ἀι", 0x1f81: "ἁι", 0x1f82: "ἂι", 0x1f83: "ἃι", 0x1f84: "ἄι",
	0x1f85: "ἅι", 0x1f86: "ἆι", 0x1f87: "ἇι", 0x1f88: "ἀι", 0x1f89: "ἁι",
	0x1f8a: "ἂι", 0x1f8b: "ἃι", 0x1f8c: "ἄι", 0x1f8d: "ἅι", 0x1f8e: "ἆι",
	0x1f8f: "ἇι", 0x1f90: "ἠι", 0x1f91: "ἡι", 0x1f92: "ἢι", 0x1f93: "ἣι",
	0x1f94: "ἤι", 0x1f95: "ἥι", 0x1f96: "ἦι", 0x1f97: "ἧι", 0x1f98: "ἠι",
	0x1f99: "ἡι", 0x1f9a: "ἢι", 0x1f9b: "ἣι", 0x1f9c: "ἤι", 0x1f9d: "ἥι",
	0x1f9e: "ἦι", 0x1f9f: "ἧι", 0x1fa0: "ὠι", 0x1fa1: "ὡι", 0x1fa2: "ὢι",
	0x1fa3: "ὣι", 0x1fa4: "ὤι", 0x1fa5: "ὥι", 0x1fa6: "ὦι", 0x1fa7: "ὧι",
	0x1fa8: "ὠι", 0x1fa9: "ὡι", 0x1faa: "ὢι", 0x1fab: "ὣι", 0x1fac: "ὤι",
	0x1fad: "ὥι", 0x1fae: "ὦι", 0x1faf: "ὧι", 0x1fb2: "ὰι", 0x1fb3: "αι", 0x1fb4: "άι",
	0x1fb6: "ᾶ", 0x1fb7: "ᾶι", 0x1fbc: "αι", 0x1fbe: "ι", 0x1fc2: "ὴι", 0x1fc3: "ηι",
	0x1fc4: "ήι", 0x1fc6: "ῆ", 0x1fc7: "ῆι", 0x1fcc: "ηι", 0x1fd2: "ῒ",
	0x1fd3: "ΐ", 0x1fd6: "ῖ", 0x1fd7: "ῗ", 0x1fe2: "ῢ", 0x1fe3: "ΰ",
	0x1fe4: "ῤ", 0x1fe6: "ῦ", 0x1fe7: "ῧ", 0x1ff2: "ὼι", 0x1ff3: "ωι", 0x1ff4: "ώι",
	0x1ff6: "ῶ", 0x1ff7: "ῶι", 0x1ffc: "ωι", 0xab70: "Ꭰ", 0xab71: "Ꭱ", 0xab72: "Ꭲ",
	0xab73: "Ꭳ", 0xab74: "Ꭴ", 0xab75: "Ꭵ", 0xab76: "Ꭶ", 0xab77: "Ꭷ", 0xab78: "Ꭸ",
	0xab79: "Ꭹ", 0xab7a: "Ꭺ", 0xab7b: "Ꭻ", 0xab7c: "Ꭼ", 0xab7d: "Ꭽ", 0xab7e: "Ꭾ",
	0xab7f: "Ꭿ", 0xab80: "Ꮀ", 0xab81: "Ꮁ", 0xab82: "Ꮂ", 0xab83: "Ꮃ", 0xab84: "Ꮄ",
	0xab85: "Ꮅ", 0xab86: "Ꮆ", 0xab87: "Ꮇ", 0xab88: "Ꮈ", 0xab89: "Ꮉ", 0xab8a: "Ꮊ",
	0xab8b: "Ꮋ", 0xab8c: "Ꮌ", 0xab8d: "Ꮍ", 0xab8e: "Ꮎ", 0xab8f: "Ꮏ", 0xab90: "Ꮐ",
	0xab91: "Ꮑ", 0xab92: "Ꮒ", 0xab93: "Ꮓ", 0xab94: "Ꮔ", 0xab95: "Ꮕ", 0xab96: "Ꮖ",
	0xab97: "Ꮗ", 0xab98: "Ꮘ", 0xab99: "Ꮙ", 0xab9a: "Ꮚ", 0xab9b: "Ꮛ", 0xab9c: "Ꮜ",
	0xab9d: "Ꮝ", 0xab9e: "Ꮞ", 0xab9f: "Ꮟ", 0xaba0: "Ꮠ", 0xaba1: "Ꮡ", 0xaba2: "Ꮢ",
	0xaba3: "Ꮣ", 0xaba4: "Ꮤ", 0xaba5: "Ꮥ", 0xaba6: "Ꮦ", 0xaba7: "Ꮧ", 0xaba8: "Ꮨ",
	0xaba9: "Ꮩ", 0xabaa: "Ꮪ", 0xabab: "Ꮫ", 0xabac: "Ꮬ", 0xabad: "Ꮭ", 0xabae: "Ꮮ",
	0xabaf: "Ꮯ", 0xabb0: "Ꮰ", 0xabb1: "Ꮱ", 0xabb2: "Ꮲ", 0xabb3: "Ꮳ", 0xabb4: "Ꮴ",
	0xabb5: "Ꮵ", 0xabb6: "Ꮶ", 0xabb7: "Ꮷ", 0xabb8: "Ꮸ", 0xabb9: "Ꮹ", 0xabba: "Ꮺ",
	0xabbb: "Ꮻ", 0xabbc: "Ꮼ", 0xabbd: "Ꮽ", 0xabbe: "Ꮾ", 0xabbf: "Ꮿ", 0xfb00: "ff",
	0xfb01: "fi", 0xfb02: "fl", 0xfb03: "ffi", 0xfb04: "ffl", 0xfb05: "st", 0xfb06: "st",
	0xfb13: "մն", 0xfb14: "մե", 0xfb15: "մի", 0xfb16: "վն", 0xfb17: "մխ",
}

var digitExtra = []runeRange{
	{0xb2, 0xb3}, {0xb9, 0xb9}, {0x1369, 0x1371}, {0x19da, 0x19da}, {0x2070, 0x2070},
	{0x2074, 0x2079}, {0x2080, 0x2089}, {0x2460, 0x2468}, {0x2474, 0x247c}, {0x2488, 0x2490},
	{0x24ea, 0x24ea}, {0x24f5, 0x24fd}, {0x24ff, 0x24ff}, {0x2776, 0x277e}, {0x2780, 0x2788},
	{0x278a, 0x2792}, {0x10a40, 0x10a43}, {0x10e60, 0x10e68}, {0x11052, 0x1105a}, {0x1f100, 0x1f10a},
}

var numericExtra = []runeRange{
	{0xbc, 0xbe}, {0x9f4, 0x9f9}, {0xb72, 0xb77}, {0xbf0, 0xbf2}, {0xc78, 0xc7e}, {0xd58, 0xd5e},
	{0xd70, 0xd78}, {0xf2a, 0xf33}, {0x1372, 0x137c}, {0x16ee, 0x16f0}, {0x17f0, 0x17f9},
	{0x2150, 0x2182}, {0x2185, 0x2189}, {0x2469, 0x2473}, {0x247d, 0x2487}, {0x2491, 0x249b},
	{0x24eb, 0x24f4}, {0x24fe, 0x24fe}, {0x277f, 0x277f}, {0x2789, 0x2789}, {0x2793, 0x2793},
	{0x2cfd, 0x2cfd}, {0x3007, 0x3007}, {0x3021, 0x3029}, {0x3038, 0x303a}, {0x3192, 0x3195},
	{0x3220, 0x3229}, {0x3248, 0x324f}, {0x3251, 0x325f}, {0x3280, 0x3289}, {0x32b1, 0x32bf},
	{0x3405, 0x3405}, {0x3483, 0x3483}, {0x382a, 0x382a}, {0x3b4d, 0x3b4d}, {0x4e00, 0x4e00},
	{0x4e03, 0x4e03}, {0x4e07, 0x4e07}, {0x4e09, 0x4e09}, {0x4e5d, 0x4e5d}, {0x4e8c, 0x4e8c},
	{0x4e94, 0x4e94}, {0x4e96, 0x4e96}, {0x4ebf, 0x4ec0}, {0x4edf, 0x4edf}, {0x4ee8, 0x4ee8},
	{0x4f0d, 0x4f0d}, {0x4f70, 0x4f70}, {0x5104, 0x5104}, {0x5146, 0x5146}, {0x5169, 0x5169},
	{0x516b, 0x516b}, {0x516d, 0x516d}, {0x5341, 0x5341}, {0x5343, 0x5345}, {0x534c, 0x534c},
	{0x53c1, 0x53c4}, {0x56db, 0x56db}, {0x58f1, 0x58f1}, {0x58f9, 0x58f9}, {0x5e7a, 0x5e7a},
	{0x5efe, 0x5eff}, {0x5f0c, 0x5f0e}, {0x5f10, 0x5f10}, {0x62fe, 0x62fe}, {0x634c, 0x634c},
	{0x67d2, 0x67d2}, {0x6f06, 0x6f06}, {0x7396, 0x7396}, {0x767e, 0x767e}, {0x8086, 0x8086},
	{0x842c, 0x842c}, {0x8cae, 0x8cae}, {0x8cb3, 0x8cb3}, {0x8d30, 0x8d30}, {0x9621, 0x9621},
	{0x9646, 0x9646}, {0x964c, 0x964c}, {0x9678, 0x9678}, {0x96f6, 0x96f6}, {0xa6e6, 0xa6ef},
	{0xa830, 0xa835}, {0xf96b, 0xf96b}, {0xf973, 0xf973}, {0xf978, 0xf978}, {0xf9b2, 0xf9b2},
	{0xf9d1, 0xf9d1}, {0xf9d3, 0xf9d3}, {0xf9fd, 0xf9fd}, {0x10107, 0x10133}, {0x10140, 0x10178},
	{0x1018a, 0x1018b}, {0x102e1, 0x102fb}, {0x10320, 0x10323}, {0x10341, 0x10341},
	{0x1034a, 0x1034a}, {0x103d1, 0x103d5}, {0x10858, 0x1085f}, {0x10879, 0x1087f},
	{0x108a7, 0x108af}, {0x108fb, 0x108ff}, {0x10916, 0x1091b}, {0x109bc, 0x109bd},
	{0x109c0, 0x109cf}, {0x109d2, 0x109ff}, {0x10a44, 0x10a48}, {0x10a7d, 0x10a7e},
	{0x10a9d, 0x10a9f}, {0x10aeb, 0x10aef}, {0x10b58, 0x10b5f}, {0x10b78, 0x10b7f},
	{0x10ba9, 0x10baf}, {0x10cfa, 0x10cff}, {0x10e69, 0x10e7e}, {0x10f1d, 0x10f26},
	{0x10f51, 0x10f54}, {0x10fc5, 0x10fcb}, {0x1105b, 0x11065}, {0x111e1, 0x111f4},
	{0x1173a, 0x1173b}, {0x118ea, 0x118f2}, {0x11c5a, 0x11c6c}, {0x11fc0, 0x11fd4},
	{0x12400, 0x1246e}, {0x16b5b, 0x16b61}, {0x16e80, 0x16e96}, {0x1d2e0, 0x1d2f3},
	{0x1d360, 0x1d378}, {0x1e8c7, 0x1e8cf}, {0x1ec71, 0x1ecab}, {0x1ecad, 0x1ecaf},
	{0x1ecb1, 0x1ecb4}, {0x1ed01, 0x1ed2d}, {0x1ed2f, 0x1ed3d}, {0x1f10b, 0x1f10c},
	{0x20001, 0x20001}, {0x20064, 0x20064}, {0x200e2, 0x200e2}, {0x20121, 0x20121},
	{0x2092a, 0x2092a}, {0x20983, 0x20983}, {0x2098c, 0x2098c}, {0x2099c, 0x2099c},
	{0x20aea, 0x20aea}, {0x20afd, 0x20afd}, {0x20b19, 0x20b19}, {0x22390, 0x22390},
	{0x22998, 0x22998}, {0x23b1b, 0x23b1b}, {0x2626d, 0x2626d}, {0x2f890, 0x2f890},
}
