package runtime

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Text encodings: str.encode, bytes.decode, str(b, encoding), bytes(s,
// encoding) and text files. UTF-8, ASCII and Latin-1 are implemented,
// under CPython's names and aliases, with the error handlers strict,
// ignore, replace, backslashreplace and xmlcharrefreplace (encoding only)
// and CPython's UnicodeEncodeError/UnicodeDecodeError messages. Other
// codecs CPython has are a NotImplementedError, unknown names the
// LookupError CPython raises.

// The Unicode error classes.
var (
	UnicodeEncodeErrorType = newExcType("UnicodeEncodeError", UnicodeErrorType)
	UnicodeDecodeErrorType = newExcType("UnicodeDecodeError", UnicodeErrorType)
)

func init() {
	strMethod("encode", strEncode)
}

var encodeSpec = kwSpec{fname: "encode", names: []string{"encoding", "errors"}, maxPos: 2}

func strEncode(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
	a, err := encodeSpec.unpack(args, kw)
	if err != nil {
		return Value{}, err
	}
	enc, errs := "utf-8", "strict"
	if given(a[0]) {
		if enc, err = textArg("encode", "encoding", a[0]); err != nil {
			return Value{}, err
		}
	}
	if given(a[1]) {
		if errs, err = textArg("encode", "errors", a[1]); err != nil {
			return Value{}, err
		}
	}
	b, err := Encode(t, s.s, enc, errs)
	if err != nil {
		return Value{}, err
	}
	return NewBytes(b), nil
}

// codec names as CPython reports them in errors.
const (
	codecUTF8   = "utf-8"
	codecASCII  = "ascii"
	codecLatin1 = "latin-1"
)

// unsupportedCodecs are codecs CPython has that tracejit does not.
var unsupportedCodecs = map[string]bool{
	"utf_16": true, "utf_16_le": true, "utf_16_be": true, "utf16": true,
	"utf_32": true, "utf_32_le": true, "utf_32_be": true, "utf32": true,
	"utf_8_sig": true, "utf_7": true, "cp1252": true, "windows_1252": true,
	"cp437": true, "cp850": true, "iso8859_15": true, "iso_8859_15": true,
	"latin_9": true, "koi8_r": true, "shift_jis": true, "euc_jp": true,
	"gbk": true, "gb2312": true, "big5": true, "mbcs": true, "idna": true,
	"punycode": true, "unicode_escape": true, "raw_unicode_escape": true,
	"cp1251": true, "iso8859_2": true, "mac_roman": true,
}

// lookupCodec returns the canonical name of an encoding (utf-8, ascii or
// latin-1).
func lookupCodec(name string) (string, error) {
	norm := strings.ToLower(strings.TrimSpace(name))
	norm = strings.NewReplacer("-", "_", " ", "_").Replace(norm)
	switch norm {
	case "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4":
		return codecUTF8, nil
	case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6":
		return codecASCII, nil
	case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100", "ibm819", "csisolatin1", "iso_8859_1_1987":
		return codecLatin1, nil
	}
	if unsupportedCodecs[norm] {
		return "", Errorf(NotImplementedErrorType, "the '%s' codec is not supported yet", name)
	}
	return "", Errorf(LookupErrorType, "unknown encoding: %s", name)
}

// checkErrorHandler validates an error handler name when an error needs it.
func checkErrorHandler(errors string, decoding bool) error {
	switch errors {
	case "strict", "ignore", "replace", "backslashreplace":
		return nil
	case "xmlcharrefreplace":
		if decoding {
			return Errorf(TypeErrorType, "don't know how to handle UnicodeDecodeError in error callback")
		}
		return nil
	case "surrogateescape", "surrogatepass", "namereplace":
		return Errorf(NotImplementedErrorType, "the '%s' error handler is not supported yet", errors)
	}
	return Errorf(LookupErrorType, "unknown error handler name '%s'", errors)
}

// decodeWTF8 decodes one code point of a str's UTF-8 text, including
// the 3-byte encodings of lone surrogates that str literals may hold.
func decodeWTF8(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xed && s[1] >= 0xa0 && s[1] <= 0xbf && s[2] >= 0x80 && s[2] <= 0xbf {
		return rune(0xd000 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f)), 3
	}
	return utf8.DecodeRuneInString(s)
}

func isSurrogate(r rune) bool { return r >= 0xd800 && r <= 0xdfff }

// Encode encodes str text s.
func Encode(t *Thread, s, encoding, errors string) ([]byte, error) {
	codec, err := lookupCodec(encoding)
	if err != nil {
		return nil, err
	}
	limit := rune(0x10ffff)
	reason := "surrogates not allowed"
	switch codec {
	case codecASCII:
		limit, reason = 0x7f, "ordinal not in range(128)"
	case codecLatin1:
		limit, reason = 0xff, "ordinal not in range(256)"
	}
	bad := func(r rune) bool { return r > limit || codec == codecUTF8 && isSurrogate(r) }
	var rs []rune
	for i := 0; i < len(s); {
		r, n := decodeWTF8(s[i:])
		rs = append(rs, r)
		i += n
	}
	out := make([]byte, 0, len(s))
	for i := 0; i < len(rs); {
		r := rs[i]
		if !bad(r) {
			if codec == codecUTF8 {
				out = utf8.AppendRune(out, r)
			} else {
				out = append(out, byte(r))
			}
			i++
			continue
		}
		end := i + 1
		for end < len(rs) && bad(rs[end]) {
			end++
		}
		if err := checkErrorHandler(errors, false); err != nil {
			return nil, err
		}
		switch errors {
		case "strict":
			return nil, newUnicodeEncodeError(codec, s, i, end, reason)
		case "replace":
			for k := i; k < end; k++ {
				out = append(out, '?')
			}
		case "backslashreplace":
			for _, c := range rs[i:end] {
				out = append(out, backslashEscape(c)...)
			}
		case "xmlcharrefreplace":
			for _, c := range rs[i:end] {
				out = append(out, fmt.Sprintf("&#%d;", c)...)
			}
		}
		i = end
	}
	return out, nil
}

// backslashEscape is \xNN, \uNNNN or \UNNNNNNNN.
func backslashEscape(r rune) string {
	switch {
	case r <= 0xff:
		return fmt.Sprintf(`\x%02x`, r)
	case r <= 0xffff:
		return fmt.Sprintf(`\u%04x`, r)
	}
	return fmt.Sprintf(`\U%08x`, r)
}

// Decode decodes bytes b.
func Decode(t *Thread, b []byte, encoding, errors string) (string, error) {
	codec, err := lookupCodec(encoding)
	if err != nil {
		return "", err
	}
	var out strings.Builder
	out.Grow(len(b))
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			out.WriteByte(c)
			i++
			continue
		}
		var n int
		var reason string
		switch codec {
		case codecLatin1:
			out.WriteRune(rune(c))
			i++
			continue
		case codecASCII:
			n, reason = 1, "ordinal not in range(128)"
		default:
			var size int
			size, n, reason = utf8Sequence(b[i:])
			if size > 0 {
				out.Write(b[i : i+size])
				i += size
				continue
			}
		}
		if err := checkErrorHandler(errors, true); err != nil {
			return "", err
		}
		switch errors {
		case "strict":
			return "", newUnicodeDecodeError(codec, b, i, i+n, reason)
		case "replace":
			out.WriteRune(utf8.RuneError)
		case "backslashreplace":
			for _, x := range b[i : i+n] {
				fmt.Fprintf(&out, `\x%02x`, x)
			}
		}
		i += n
	}
	return out.String(), nil
}

// utf8Sequence checks the UTF-8 sequence at the start of b (b[0] >=
// 0x80) as CPython's decoder does: size is its length if it is valid;
// otherwise bad is the length of the invalid part (the maximal valid
// prefix, at least 1) and reason CPython's explanation.
func utf8Sequence(b []byte) (size, bad int, reason string) {
	c := b[0]
	var need int
	lo, hi := byte(0x80), byte(0xbf)
	switch {
	case c >= 0xc2 && c <= 0xdf:
		need = 1
	case c >= 0xe0 && c <= 0xef:
		need = 2
		if c == 0xe0 {
			lo = 0xa0
		} else if c == 0xed {
			hi = 0x9f
		}
	case c >= 0xf0 && c <= 0xf4:
		need = 3
		if c == 0xf0 {
			lo = 0x90
		} else if c == 0xf4 {
			hi = 0x8f
		}
	default:
		return 0, 1, "invalid start byte"
	}
	for k := 1; k <= need; k++ {
		if k >= len(b) {
			return 0, k, "unexpected end of data"
		}
		x := b[k]
		if k == 1 && (x < lo || x > hi) || k > 1 && (x < 0x80 || x > 0xbf) {
			return 0, k, "invalid continuation byte"
		}
	}
	return need + 1, 0, ""
}

func newUnicodeEncodeError(codec, s string, start, end int, reason string) *Exception {
	return NewException(UnicodeEncodeErrorType, NewStr(codec), NewStr(s), Int(int64(start)), Int(int64(end)), NewStr(reason))
}

func newUnicodeDecodeError(codec string, b []byte, start, end int, reason string) *Exception {
	return NewException(UnicodeDecodeErrorType, NewStr(codec), NewBytes(append([]byte(nil), b...)), Int(int64(start)), Int(int64(end)), NewStr(reason))
}

// unicodeErrorStr is str() of a UnicodeEncodeError or UnicodeDecodeError
// made with the five arguments (encoding, object, start, end, reason).
func unicodeErrorStr(e *Exception) (string, bool) {
	if len(e.Args) != 5 {
		return "", false
	}
	codec, ok1 := AsStr(e.Args[0])
	reason, ok2 := AsStr(e.Args[4])
	if !ok1 || !ok2 || !isSmall(e.Args[2]) || !isSmall(e.Args[3]) {
		return "", false
	}
	start, end := int(e.Args[2].AsInt()), int(e.Args[3].AsInt())
	switch {
	case e.typ.IsSubtype(UnicodeEncodeErrorType):
		s, ok := e.Args[1].ref.(*Str)
		if !ok {
			return "", false
		}
		rs := []rune(s.s)
		if end == start+1 && start >= 0 && start < len(rs) {
			r := rs[start]
			var ch string
			switch {
			case r <= 0xff:
				ch = fmt.Sprintf(`\x%02x`, r)
			case r <= 0xffff:
				ch = fmt.Sprintf(`\u%04x`, r)
			default:
				ch = fmt.Sprintf(`\U%08x`, r)
			}
			return fmt.Sprintf("'%s' codec can't encode character '%s' in position %d: %s", codec, ch, start, reason), true
		}
		return fmt.Sprintf("'%s' codec can't encode characters in position %d-%d: %s", codec, start, end-1, reason), true
	case e.typ.IsSubtype(UnicodeDecodeErrorType):
		b, ok := AsBytes(e.Args[1])
		if !ok {
			return "", false
		}
		if end == start+1 && start >= 0 && start < len(b) {
			return fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", codec, b[start], start, reason), true
		}
		return fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", codec, start, end-1, reason), true
	}
	return "", false
}

// unicodeErrorAttr gives the attributes of the two Unicode errors.
func unicodeErrorAttr(e *Exception, name string) (Value, bool) {
	if len(e.Args) != 5 || !(e.typ.IsSubtype(UnicodeEncodeErrorType) || e.typ.IsSubtype(UnicodeDecodeErrorType)) {
		return Value{}, false
	}
	switch name {
	case "encoding":
		return e.Args[0], true
	case "object":
		return e.Args[1], true
	case "start":
		return e.Args[2], true
	case "end":
		return e.Args[3], true
	case "reason":
		return e.Args[4], true
	}
	return Value{}, false
}

// decodeArgs is str(b, encoding, errors) for bytes contents b (either
// argument may be absent).
func decodeArgs(t *Thread, b []byte, encoding, errors Value) (Value, error) {
	enc, errs := "utf-8", "strict"
	if given(encoding) {
		enc, _ = AsStr(encoding)
	}
	if given(errors) {
		errs, _ = AsStr(errors)
	}
	s, err := Decode(t, b, enc, errs)
	if err != nil {
		return Value{}, err
	}
	return NewStr(s), nil
}

// bytesToInt is int(b, base) for bytes: the ASCII text parsed as a str
// would be, with the bytes' repr in the error message.
func bytesToInt(v Value, base int) (Value, error) {
	b, _ := AsBytes(v)
	if !bytesIsASCII(b) {
		return Value{}, Errorf(ValueErrorType, "invalid literal for int() with base %d: %s", base, truncRunes(ReprOrPlaceholder(v), 200))
	}
	r, err := ParseInt(string(b), base)
	if err != nil {
		if e := AsException(err); e.IsInstance(ValueErrorType) && strings.HasPrefix(e.Message(), "invalid literal") {
			return Value{}, Errorf(ValueErrorType, "invalid literal for int() with base %d: %s", base, truncRunes(ReprOrPlaceholder(v), 200))
		}
	}
	return r, err
}

// bytesToFloat is float(b) for bytes.
func bytesToFloat(v Value) (float64, error) {
	b, _ := AsBytes(v)
	f, err := ParseFloat(string(b))
	if err != nil || !bytesIsASCII(b) {
		if err == nil || AsException(err).IsInstance(ValueErrorType) {
			return 0, Errorf(ValueErrorType, "could not convert string to float: %s", ReprOrPlaceholder(v))
		}
	}
	return f, err
}
