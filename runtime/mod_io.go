package runtime

import (
	"strings"
	"unicode/utf8"
)

// The io module: StringIO (CPython's _io.StringIO semantics: a buffer of
// code points with a position, newline translation on write and line
// splitting on read), plus the SEEK_* constants.
//
// print(..., file=sio) works through WriteTo, which calls sio.write; a
// StringIO is its own iterator over lines.

func init() {
	BuiltinModules["io"] = newIOModule
	StringIOType.New = newStringIO
	for name, fn := range map[string]BuiltinFunc{
		"__enter__":  sioEnter,
		"__exit__":   sioExit,
		"close":      sioClose,
		"flush":      sioFlush,
		"getvalue":   sioGetvalue,
		"isatty":     sioFalse("isatty"),
		"read":       sioRead,
		"readable":   sioTrue("readable"),
		"readline":   sioReadline,
		"readlines":  sioReadlines,
		"seek":       sioSeek,
		"seekable":   sioTrue("seekable"),
		"tell":       sioTell,
		"truncate":   sioTruncate,
		"writable":   sioTrue("writable"),
		"write":      sioWrite,
		"writelines": sioWritelines,
	} {
		addMethod(StringIOType, name, fn)
	}
}

// StringIOType is io.StringIO.
var StringIOType = NewType("_io.StringIO", ObjectType)

func newIOModule(t *Thread) *Module {
	m := NewModule("io")
	libSetModuleFuncs(m, map[string]Value{
		"SEEK_CUR": Int(1),
		"SEEK_END": Int(2),
		"SEEK_SET": Int(0),
		"StringIO": FromObject(StringIOType),
		// Files: open() and its errors are in file.go.
		"UnsupportedOperation": FromObject(UnsupportedOperationType),
		"open":                 Builtins["open"],
	})
	return m
}

// StringIO is an in-memory text stream.
type StringIO struct {
	buf     []rune
	pos     int
	closed  bool
	newline Value // None or a str: the constructor's newline argument
	readnl  string
	// readUniversal: lines end at \r, \n or \r\n; readTranslate: \r\n
	// and \r become \n on write; writenl: what \n becomes on write.
	readUniversal, readTranslate bool
	writenl                      string
}

// Type returns _io.StringIO.
func (*StringIO) Type() *Type { return StringIOType }

// NewStringIO returns an empty StringIO with newline="\n".
func NewStringIO() *StringIO {
	return &StringIO{newline: NewStr("\n"), readnl: "\n"}
}

var stringIOSpec = kwSpec{fname: "StringIO", names: []string{"initial_value", "newline"}, minPos: 0, maxPos: 2}

func newStringIO(t *Thread, _ *Type, args []Value, kw []string) (Value, error) {
	a, err := stringIOSpec.unpack(args, kw)
	if err != nil {
		return Value{}, err
	}
	s := NewStringIO()
	if nl := a[1]; given(nl) {
		s.newline = nl
		if nl.IsNone() {
			s.readnl = ""
			s.readUniversal, s.readTranslate = true, true
		} else {
			str, ok := AsStr(nl)
			if !ok {
				return Value{}, Errorf(TypeErrorType, "newline must be str or None, not %s", nl.TypeName())
			}
			switch str {
			case "", "\n", "\r", "\r\n":
			default:
				return Value{}, Errorf(ValueErrorType, "illegal newline value: %s", StrRepr(str))
			}
			s.readnl = str
			s.readUniversal = str == ""
			if str != "" && str[0] == '\r' {
				s.writenl = str
			}
		}
	}
	if init := a[0]; given(init) && !init.IsNone() {
		str, ok := AsStr(init)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "initial_value must be str or None, not %s", init.TypeName())
		}
		s.WriteString(str)
		s.pos = 0
	}
	return FromObject(s), nil
}

// WriteString writes at the current position (translating newlines) and
// returns the number of code points given.
func (s *StringIO) WriteString(str string) int {
	n := utf8.RuneCountInString(str)
	if s.readTranslate {
		str = strings.ReplaceAll(str, "\r\n", "\n")
		str = strings.ReplaceAll(str, "\r", "\n")
	}
	if s.writenl != "" {
		str = strings.ReplaceAll(str, "\n", s.writenl)
	}
	rs := []rune(str)
	if len(rs) == 0 {
		return n
	}
	if s.pos > len(s.buf) {
		s.buf = append(s.buf, make([]rune, s.pos-len(s.buf))...)
	}
	end := s.pos + len(rs)
	if end > len(s.buf) {
		s.buf = append(s.buf[:s.pos], rs...)
	} else {
		copy(s.buf[s.pos:], rs)
	}
	s.pos = end
	return n
}

// Value is getvalue().
func (s *StringIO) Value() string { return string(s.buf) }

// readline reads up to limit code points (-1: no limit) through the next line end.
func (s *StringIO) readline(limit int) string {
	if s.pos >= len(s.buf) {
		return ""
	}
	rest := s.buf[s.pos:]
	if limit < 0 || limit > len(rest) {
		limit = len(rest)
	}
	rest = rest[:limit]
	n := len(rest)
	switch {
	case s.readTranslate:
		for i, c := range rest {
			if c == '\n' {
				n = i + 1
				break
			}
		}
	case s.readUniversal:
		for i, c := range rest {
			if c == '\n' {
				n = i + 1
				break
			}
			if c == '\r' {
				n = i + 1
				if i+1 < len(rest) && rest[i+1] == '\n' {
					n = i + 2
				}
				break
			}
		}
	default:
		nl := []rune(s.readnl)
		for i := 0; i+len(nl) <= len(rest); i++ {
			if rest[i] == nl[0] && (len(nl) == 1 || rest[i+1] == nl[1]) {
				n = i + len(nl)
				break
			}
		}
	}
	line := string(rest[:n])
	s.pos += n
	return line
}

// Next implements Iterator: the next line.
func (s *StringIO) Next(t *Thread) (Value, bool, error) {
	if s.closed {
		return Value{}, false, sioClosedErr()
	}
	line := s.readline(-1)
	if line == "" {
		return Value{}, false, nil
	}
	return NewStr(line), true, nil
}

// GetAttr implements Attributer: closed, newlines, line_buffering and the methods.
func (s *StringIO) GetAttr(t *Thread, name string) (Value, bool, error) {
	switch name {
	case "closed":
		return Bool(s.closed), true, nil
	case "line_buffering":
		return False, true, nil
	case "newlines":
		return None, true, nil
	}
	v, ok := libTypeAttr(FromObject(s), name)
	return v, ok, nil
}

func sioClosedErr() error { return Errorf(ValueErrorType, "I/O operation on closed file") }

// sioSelf checks the receiver and, unless allowClosed, that it is open.
func sioSelf(name string, args []Value, allowClosed bool) (*StringIO, error) {
	s, ok := args[0].ref.(*StringIO)
	if !ok {
		return nil, descriptorError(StringIOType, name, args[0])
	}
	if s.closed && !allowClosed {
		return nil, sioClosedErr()
	}
	return s, nil
}

// sioSize converts a size argument: None or absent is -1.
func sioSize(t *Thread, args []Value, i int) (int, error) {
	if len(args) <= i || args[i].IsNone() {
		return -1, nil
	}
	v := args[i]
	if !IsIntLike(v) {
		if !libHasIndex(v) {
			return 0, Errorf(TypeErrorType, "argument should be integer or None, not '%s'", v.TypeName())
		}
	}
	return asSsize(t, v)
}

func sioWrite(t *Thread, args []Value, kw []string) (Value, error) {
	if err := exactArgs("StringIO.write", args[1:], kw, 1); err != nil {
		return Value{}, err
	}
	s, err := sioSelf("write", args, false)
	if err != nil {
		return Value{}, err
	}
	str, ok := AsStr(args[1])
	if !ok {
		return Value{}, Errorf(TypeErrorType, "string argument expected, got '%s'", args[1].TypeName())
	}
	return Int(int64(s.WriteString(str))), nil
}

func sioWritelines(t *Thread, args []Value, kw []string) (Value, error) {
	if err := exactArgs("StringIO.writelines", args[1:], kw, 1); err != nil {
		return Value{}, err
	}
	s, err := sioSelf("writelines", args, false)
	if err != nil {
		return Value{}, err
	}
	it, err := libIter(t, args[1])
	if err != nil {
		return Value{}, err
	}
	for {
		v, ok, err := it.Next(t)
		if err != nil || !ok {
			return None, err
		}
		str, isStr := AsStr(v)
		if !isStr {
			return Value{}, Errorf(TypeErrorType, "string argument expected, got '%s'", v.TypeName())
		}
		s.WriteString(str)
	}
}

func sioGetvalue(t *Thread, args []Value, kw []string) (Value, error) {
	if err := exactArgs("StringIO.getvalue", args[1:], kw, 0); err != nil {
		return Value{}, err
	}
	s, err := sioSelf("getvalue", args, false)
	if err != nil {
		return Value{}, err
	}
	return NewStr(s.Value()), nil
}

func sioRead(t *Thread, args []Value, kw []string) (Value, error) {
	if err := positional("StringIO.read", "read", args[1:], kw, 0, 1); err != nil {
		return Value{}, err
	}
	s, err := sioSelf("read", args, false)
	if err != nil {
		return Value{}, err
	}
	n, err := sioSize(t, args, 1)
	if err != nil {
		return Value{}, err
	}
	if s.pos >= len(s.buf) {
		return NewStr(""), nil
	}
	rest := s.buf[s.pos:]
	if n >= 0 && n < len(rest) {
		rest = rest[:n]
	}
	s.pos += len(rest)
	return NewStr(string(rest)), nil
}

func sioReadline(t *Thread, args []Value, kw []string) (Value, error) {
	if err := positional("StringIO.readline", "readline", args[1:], kw, 0, 1); err != nil {
		return Value{}, err
	}
	s, err := sioSelf("readline", args, false)
	if err != nil {
		return Value{}, err
	}
	n, err := sioSize(t, args, 1)
	if err != nil {
		return Value{}, err
	}
	return NewStr(s.readline(n)), nil
}

func sioReadlines(t *Thread, args []Value, kw []string) (Value, error) {
	if err := positional("StringIO.readlines", "readlines", args[1:], kw, 0, 1); err != nil {
		return Value{}, err
	}
	s, err := sioSelf("readlines", args, false)
	if err != nil {
		return Value{}, err
	}
	hint, err := sioSize(t, args, 1)
	if err != nil {
		return Value{}, err
	}
	var lines []Value
	total := 0
	for {
		line := s.readline(-1)
		if line == "" {
			break
		}
		lines = append(lines, NewStr(line))
		total += utf8.RuneCountInString(line)
		if hint > 0 && total >= hint {
			break
		}
	}
	return NewList(lines), nil
}

func sioSeek(t *Thread, args []Value, kw []string) (Value, error) {
	if err := positional("StringIO.seek", "seek", args[1:], kw, 1, 2); err != nil {
		return Value{}, err
	}
	s, err := sioSelf("seek", args, true)
	if err != nil {
		return Value{}, err
	}
	pos, err := asSsize(t, args[1])
	if err != nil {
		return Value{}, err
	}
	whence := 0
	if len(args) == 3 {
		if whence, err = asCInt(t, args[2]); err != nil {
			return Value{}, err
		}
	}
	if s.closed {
		return Value{}, sioClosedErr()
	}
	switch {
	case whence != 0 && whence != 1 && whence != 2:
		return Value{}, Errorf(ValueErrorType, "Invalid whence (%d, should be 0, 1 or 2)", whence)
	case pos < 0 && whence == 0:
		return Value{}, Errorf(ValueErrorType, "Negative seek position %d", pos)
	case whence != 0 && pos != 0:
		return Value{}, Errorf(OSErrorType, "Can't do nonzero cur-relative seeks")
	}
	switch whence {
	case 1:
		pos = s.pos
	case 2:
		pos = len(s.buf)
	}
	s.pos = pos
	return Int(int64(pos)), nil
}

func sioTell(t *Thread, args []Value, kw []string) (Value, error) {
	if err := exactArgs("StringIO.tell", args[1:], kw, 0); err != nil {
		return Value{}, err
	}
	s, err := sioSelf("tell", args, false)
	if err != nil {
		return Value{}, err
	}
	return Int(int64(s.pos)), nil
}

func sioTruncate(t *Thread, args []Value, kw []string) (Value, error) {
	if err := positional("StringIO.truncate", "truncate", args[1:], kw, 0, 1); err != nil {
		return Value{}, err
	}
	s, err := sioSelf("truncate", args, false)
	if err != nil {
		return Value{}, err
	}
	size := s.pos
	if len(args) == 2 && !args[1].IsNone() {
		if size, err = asSsize(t, args[1]); err != nil {
			return Value{}, err
		}
		if size < 0 {
			return Value{}, Errorf(ValueErrorType, "Negative size value %d", size)
		}
	}
	if size < len(s.buf) {
		s.buf = s.buf[:size]
	}
	return Int(int64(size)), nil
}

func sioClose(t *Thread, args []Value, kw []string) (Value, error) {
	if err := exactArgs("StringIO.close", args[1:], kw, 0); err != nil {
		return Value{}, err
	}
	s, err := sioSelf("close", args, true)
	if err != nil {
		return Value{}, err
	}
	s.closed = true
	s.buf = nil
	return None, nil
}

func sioFlush(t *Thread, args []Value, kw []string) (Value, error) {
	if err := exactArgs("StringIO.flush", args[1:], kw, 0); err != nil {
		return Value{}, err
	}
	_, err := sioSelf("flush", args, false)
	return None, err
}

func sioTrue(name string) BuiltinFunc {
	return func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := exactArgs("StringIO."+name, args[1:], kw, 0); err != nil {
			return Value{}, err
		}
		_, err := sioSelf(name, args, false)
		return True, err
	}
}

func sioFalse(name string) BuiltinFunc {
	return func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := exactArgs("StringIO."+name, args[1:], kw, 0); err != nil {
			return Value{}, err
		}
		_, err := sioSelf(name, args, false)
		return False, err
	}
}

func sioEnter(t *Thread, args []Value, kw []string) (Value, error) {
	if _, err := sioSelf("__enter__", args, false); err != nil {
		return Value{}, err
	}
	return args[0], nil
}

func sioExit(t *Thread, args []Value, kw []string) (Value, error) {
	s, err := sioSelf("__exit__", args, true)
	if err != nil {
		return Value{}, err
	}
	s.closed = true
	s.buf = nil
	return None, nil
}
