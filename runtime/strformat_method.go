package runtime

import (
	"strings"
	"unicode/utf8"
)

// str.format and str.format_map: a port of CPython's
// Objects/stringlib/unicode_format.h, keeping its parsing order so that
// malformed format strings raise the same errors.

func strFormatMethod(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
	pos, kwvals := SplitKwargs(args, kw)
	f := &strFormatter{t: t, args: pos, hasArgs: true}
	if len(kw) > 0 {
		d := NewDict()
		for i, k := range kw {
			d.SetStr(k, kwvals[i])
		}
		f.kwargs = FromObject(d)
	}
	r, err := f.build(s.s, 2)
	if err != nil {
		return Value{}, err
	}
	return NewStr(r), nil
}

func strFormatMap(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
	if err := exactArgs("str.format_map", args, kw, 1); err != nil {
		return Value{}, err
	}
	f := &strFormatter{t: t, kwargs: args[0]}
	r, err := f.build(s.s, 2)
	if err != nil {
		return Value{}, err
	}
	return NewStr(r), nil
}

type autoNumberState uint8

const (
	ansInit autoNumberState = iota
	ansAuto
	ansManual
)

type strFormatter struct {
	t       *Thread
	args    []Value
	hasArgs bool  // false for format_map: positional fields are an error
	kwargs  Value // unbound when no keyword arguments were given
	state   autoNumberState
	next    int // next automatic field number
}

// build is build_string: it expands one level of the format string.
func (f *strFormatter) build(s string, depth int) (string, error) {
	if depth <= 0 {
		return "", Errorf(ValueErrorType, "Max string recursion exceeded")
	}
	var b strings.Builder
	it := markupIter{s: s}
	for {
		lit, fld, ok, err := it.next()
		if err != nil {
			return "", err
		}
		if !ok {
			return b.String(), nil
		}
		b.WriteString(lit)
		if fld != nil {
			if err := f.output(&b, fld, depth); err != nil {
				return "", err
			}
		}
	}
}

// field is one replacement field {name!conversion:spec}.
type field struct {
	name, spec string
	conversion rune // 0 when absent
	expandSpec bool // spec contains nested fields
}

type markupIter struct {
	s   string
	pos int
}

// next returns the literal text before the next field and the field (nil
// for a literal ending in an escaped brace); ok is false at the end.
func (it *markupIter) next() (string, *field, bool, error) {
	s := it.s
	if it.pos >= len(s) {
		return "", nil, false, nil
	}
	start := it.pos
	var c byte
	markup := false
	for it.pos < len(s) {
		c = s[it.pos]
		it.pos++
		if c == '{' || c == '}' {
			markup = true
			break
		}
	}
	atEnd := it.pos >= len(s)
	n := it.pos - start
	if markup && c == '}' && (atEnd || s[it.pos] != '}') {
		return "", nil, false, Errorf(ValueErrorType, "Single '}' encountered in format string")
	}
	if markup && atEnd && c == '{' {
		return "", nil, false, Errorf(ValueErrorType, "Single '{' encountered in format string")
	}
	if !atEnd {
		if s[it.pos] == c {
			it.pos++ // an escaped brace: literal text only
			markup = false
		} else {
			n--
		}
	}
	lit := s[start : start+n]
	if !markup {
		return lit, nil, true, nil
	}
	fld, err := it.parseField()
	return lit, fld, err == nil, err
}

// parseField is parse_field: it reads "name!conv:spec}" after a '{'.
func (it *markupIter) parseField() (*field, error) {
	s := it.s
	fld := &field{}
	nameStart := it.pos
	var c byte
scan:
	for it.pos < len(s) {
		c = s[it.pos]
		it.pos++
		switch c {
		case '{':
			return nil, Errorf(ValueErrorType, "unexpected '{' in field name")
		case '[':
			for it.pos < len(s) && s[it.pos] != ']' {
				it.pos++
			}
		case '}', ':', '!':
			break scan
		}
	}
	fld.name = s[nameStart : it.pos-1]
	if c != '!' && c != ':' {
		if c != '}' {
			return nil, Errorf(ValueErrorType, "expected '}' before end of string")
		}
		return fld, nil
	}
	if c == '!' {
		if it.pos >= len(s) {
			return nil, Errorf(ValueErrorType, "end of string while looking for conversion specifier")
		}
		r, w := utf8.DecodeRuneInString(s[it.pos:])
		fld.conversion = r
		it.pos += w
		if it.pos < len(s) {
			c = s[it.pos]
			it.pos++
			if c == '}' {
				return fld, nil
			}
			if c != ':' {
				return nil, Errorf(ValueErrorType, "expected ':' after conversion specifier")
			}
		}
	}
	specStart := it.pos
	count := 1
	for it.pos < len(s) {
		c = s[it.pos]
		it.pos++
		switch c {
		case '{':
			fld.expandSpec = true
			count++
		case '}':
			count--
			if count == 0 {
				fld.spec = s[specStart : it.pos-1]
				return fld, nil
			}
		}
	}
	return nil, Errorf(ValueErrorType, "unmatched '{' in format spec")
}

// output is output_markup: look the field up, convert, format.
func (f *strFormatter) output(b *strings.Builder, fld *field, depth int) error {
	obj, err := f.fieldObject(fld.name)
	if err != nil {
		return err
	}
	if fld.conversion != 0 {
		var s string
		switch fld.conversion {
		case 'r':
			s, err = Repr(f.t, obj)
		case 's':
			s, err = ToStr(f.t, obj)
		case 'a':
			s, err = ASCIIRepr(f.t, obj)
		default:
			if c := fld.conversion; c > 32 && c < 127 {
				return Errorf(ValueErrorType, "Unknown conversion specifier %c", c)
			}
			return Errorf(ValueErrorType, "Unknown conversion specifier \\x%x", fld.conversion)
		}
		if err != nil {
			return err
		}
		obj = NewStr(s)
	}
	spec := fld.spec
	if fld.expandSpec {
		if spec, err = f.build(spec, depth-1); err != nil {
			return err
		}
	}
	s, err := formatField(f.t, obj, spec)
	if err != nil {
		return err
	}
	b.WriteString(s)
	return nil
}

// formatInteger is get_integer: the value of an all-digits name, or -1.
func formatInteger(s string) (int, error) {
	if s == "" {
		return -1, nil
	}
	acc := 0
	for _, r := range s {
		d := decimalValue(r)
		if d < 0 {
			return -1, nil
		}
		if acc > (int(^uint(0)>>1)-d)/10 {
			return -1, Errorf(ValueErrorType, "Too many decimal digits in format string")
		}
		acc = acc*10 + d
	}
	return acc, nil
}

// fieldObject is get_field_object: the argument named by the part before
// the first '.' or '[', then attribute and item lookups.
func (f *strFormatter) fieldObject(name string) (Value, error) {
	i := strings.IndexAny(name, ".[")
	if i < 0 {
		i = len(name)
	}
	first, rest := name[:i], name[i:]
	idx, err := formatInteger(first)
	if err != nil {
		return Value{}, err
	}
	empty := first == ""
	if numeric := empty || idx != -1; numeric {
		if f.state == ansInit {
			if empty {
				f.state = ansAuto
			} else {
				f.state = ansManual
			}
		}
		if f.state == ansManual && empty {
			return Value{}, Errorf(ValueErrorType, "cannot switch from manual field specification to automatic field numbering")
		}
		if f.state != ansManual && !empty {
			return Value{}, Errorf(ValueErrorType, "cannot switch from automatic field numbering to manual field specification")
		}
		if empty {
			idx = f.next
			f.next++
		}
	}
	var obj Value
	if idx == -1 {
		key := NewStr(first)
		if !given(f.kwargs) {
			return Value{}, NewException(KeyErrorType, key)
		}
		if obj, err = getItemSpecial(f.t, f.kwargs, key); err != nil {
			return Value{}, err
		}
	} else {
		if !f.hasArgs {
			return Value{}, Errorf(ValueErrorType, "Format string contains positional fields")
		}
		if idx >= len(f.args) {
			return Value{}, Errorf(IndexErrorType, "Replacement index %d out of range for positional args tuple", idx)
		}
		obj = f.args[idx]
	}
	for rest != "" {
		c := rest[0]
		rest = rest[1:]
		var part string
		switch c {
		case '.':
			j := strings.IndexAny(rest, ".[")
			if j < 0 {
				j = len(rest)
			}
			part, rest = rest[:j], rest[j:]
		case '[':
			j := strings.IndexByte(rest, ']')
			if j < 0 {
				return Value{}, Errorf(ValueErrorType, "Missing ']' in format string")
			}
			part, rest = rest[:j], rest[j+1:]
		default:
			return Value{}, Errorf(ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier")
		}
		if part == "" {
			return Value{}, Errorf(ValueErrorType, "Empty attribute in format string")
		}
		if c == '.' {
			obj, err = GetAttr(f.t, obj, part)
		} else {
			var n int
			if n, err = formatInteger(part); err != nil {
				return Value{}, err
			}
			if n == -1 {
				obj, err = getItemSpecial(f.t, obj, NewStr(part))
			} else {
				obj, err = getItemSpecial(f.t, obj, Int(int64(n)))
			}
		}
		if err != nil {
			return Value{}, err
		}
	}
	return obj, nil
}
