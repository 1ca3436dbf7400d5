package runtime

import (
	"io"
	"os"
	"strings"
	"syscall"
	"unicode/utf8"
)

// open() and file objects, following CPython's io module for the cases
// programs use: text files (TextIOWrapper, the type of sys.stdout) and
// binary files (BufferedReader, BufferedWriter, BufferedRandom), the
// modes r/w/a/x with b, t and +, CPython's mode and argument errors, and
// OSError subclasses with CPython's messages.
//
// Differences from CPython, chosen so that output never depends on when
// a file object happens to be garbage collected:
//
//  1. Writes go straight to the operating system (CPython buffers them
//     until flush or close, and flushes when a file object is freed,
//     which in CPython happens as soon as the last reference goes).
//  2. A read reads the rest of the file into memory (CPython reads 8 KiB
//     chunks). Text decoding errors are therefore raised by the first
//     read of the data, as CPython does for files smaller than a chunk.
//  3. As in CPython, a text write after a read happens where the
//     read-ahead left the file (its end, here); a binary one at the
//     position read so far.
//
// Text reads translate newlines as CPython's newline argument says
// (universal newlines by default); text writes translate "\n" only for
// newline="\r" or "\r\n" (os.linesep is "\n").

// The binary file types (text files share TextIOWrapper with sys.stdout).
var (
	BufferedReaderType = NewType("BufferedReader", ObjectType)
	BufferedWriterType = NewType("BufferedWriter", ObjectType)
	BufferedRandomType = NewType("BufferedRandom", ObjectType)
)

// File is an open file object.
type File struct {
	typ    *Type
	f      *os.File
	name   Value  // as given to open()
	mode   string // the mode attribute
	binary bool
	// readable and writable say what the mode allows.
	readable, writable bool
	closed             bool

	// Text files: the encoding as given (its canonical codec name in
	// codec), the error handler and the newline argument.
	encoding, codec, errors string
	newline                 Value
	// seenNL records the newline kinds reads have met (bits: \r, \n, \r\n).
	seenNL int

	// rbuf holds bytes read from the OS but not yet consumed.
	rbuf []byte
}

// Type returns the file's type.
func (f *File) Type() *Type { return f.typ }

func init() {
	Builtins["open"] = NewBuiltin("open", builtinOpen)
	for _, typ := range []*Type{BufferedReaderType, BufferedWriterType, BufferedRandomType} {
		typ.Module = "_io"
	}
	for name, fn := range fileMethods {
		for _, typ := range []*Type{TextStreamType, BufferedReaderType, BufferedWriterType, BufferedRandomType} {
			if typ == TextStreamType && (name == "write" || name == "flush") {
				continue // TextStream's own methods hand files over to these (builtins.go)
			}
			addMethod(typ, name, fn)
		}
	}
}

var openSpec = kwSpec{fname: "open", names: []string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, minPos: 1, maxPos: 8}

// builtinOpen is open(file, mode='r', buffering=-1, encoding=None,
// errors=None, newline=None, closefd=True, opener=None).
func builtinOpen(t *Thread, args []Value, kw []string) (Value, error) {
	a, err := openSpec.unpack(args, kw)
	if err != nil {
		return Value{}, err
	}
	var path string
	switch x := a[0].ref.(type) {
	case *Str:
		path = x.s
	case *Bytes:
		path = string(x.b)
	default:
		if IsIntLike(a[0]) {
			return Value{}, Errorf(NotImplementedErrorType, "open() of a file descriptor is not supported yet")
		}
		return Value{}, Errorf(TypeErrorType, "expected str, bytes or os.PathLike object, not %s", a[0].TypeName())
	}
	if strings.IndexByte(path, 0) >= 0 {
		return Value{}, Errorf(ValueErrorType, "embedded null byte")
	}
	mode := "r"
	if given(a[1]) {
		s, ok := AsStr(a[1])
		if !ok {
			return Value{}, Errorf(TypeErrorType, "open() argument 'mode' must be str, not %s", a[1].TypeName())
		}
		mode = s
	}
	buffering := -1
	if given(a[2]) {
		if buffering, err = asCInt(t, a[2]); err != nil {
			return Value{}, err
		}
	}
	optStr := func(i int, param string) (Value, error) {
		v := a[i]
		if !given(v) || v.IsNone() {
			return Value{}, nil
		}
		if _, ok := AsStr(v); !ok {
			return Value{}, Errorf(TypeErrorType, "open() argument '%s' must be str or None, not %s", param, v.TypeName())
		}
		return v, nil
	}
	encoding, err := optStr(3, "encoding")
	if err != nil {
		return Value{}, err
	}
	errorsArg, err := optStr(4, "errors")
	if err != nil {
		return Value{}, err
	}
	newline, err := optStr(5, "newline")
	if err != nil {
		return Value{}, err
	}
	if given(a[6]) {
		if c, err := Truth(t, a[6]); err != nil || !c {
			if err != nil {
				return Value{}, err
			}
			return Value{}, Errorf(ValueErrorType, "Cannot use closefd=False with file name")
		}
	}
	if given(a[7]) && !a[7].IsNone() {
		return Value{}, Errorf(NotImplementedErrorType, "open() with an opener is not supported yet")
	}

	var creating, reading, writing, appending, updating, text, binary bool
	for i := 0; i < len(mode); i++ {
		c := mode[i]
		flag := map[byte]*bool{'x': &creating, 'r': &reading, 'w': &writing, 'a': &appending, '+': &updating, 't': &text, 'b': &binary}[c]
		if flag == nil || strings.IndexByte(mode[i+1:], c) >= 0 {
			return Value{}, Errorf(ValueErrorType, "invalid mode: '%s'", mode)
		}
		*flag = true
	}
	n := 0
	for _, b := range []bool{creating, reading, writing, appending} {
		if b {
			n++
		}
	}
	switch {
	case text && binary:
		return Value{}, Errorf(ValueErrorType, "can't have text and binary mode at once")
	case n > 1:
		return Value{}, Errorf(ValueErrorType, "must have exactly one of create/read/write/append mode")
	case binary && given(encoding):
		return Value{}, Errorf(ValueErrorType, "binary mode doesn't take an encoding argument")
	case binary && given(errorsArg):
		return Value{}, Errorf(ValueErrorType, "binary mode doesn't take an errors argument")
	case binary && given(newline):
		return Value{}, Errorf(ValueErrorType, "binary mode doesn't take a newline argument")
	case n == 0:
		return Value{}, Errorf(ValueErrorType, "Must have exactly one of create/read/write/append mode and at most one plus")
	}
	if buffering == 0 {
		if !binary {
			return Value{}, Errorf(ValueErrorType, "can't have unbuffered text I/O")
		}
		return Value{}, Errorf(NotImplementedErrorType, "unbuffered binary files (buffering=0) are not supported yet")
	}
	file := &File{name: a[0], binary: binary, readable: reading || updating, writable: !reading || updating, newline: None}
	if !binary {
		file.encoding, file.codec, file.errors = "UTF-8", codecUTF8, "strict"
		if given(encoding) {
			file.encoding, _ = AsStr(encoding)
			if file.codec, err = lookupCodec(file.encoding); err != nil {
				return Value{}, err
			}
		}
		if given(errorsArg) {
			file.errors, _ = AsStr(errorsArg)
		}
		if given(newline) {
			switch s, _ := AsStr(newline); s {
			case "", "\n", "\r", "\r\n":
				file.newline = newline
			default:
				return Value{}, Errorf(ValueErrorType, "illegal newline value: %s", s)
			}
		}
	}
	flags := 0
	switch {
	case creating:
		flags = os.O_CREATE | os.O_EXCL
	case writing:
		flags = os.O_CREATE | os.O_TRUNC
	case appending:
		flags = os.O_CREATE | os.O_APPEND
	}
	switch {
	case file.readable && file.writable:
		flags |= os.O_RDWR
	case file.writable:
		flags |= os.O_WRONLY
	}
	osf, err := os.OpenFile(path, flags|syscall.O_CLOEXEC, 0o666)
	if err != nil {
		return Value{}, NewOSError(err, path)
	}
	if st, err := osf.Stat(); err == nil && st.IsDir() {
		osf.Close()
		return Value{}, NewOSError(syscall.EISDIR, path)
	}
	if appending {
		osf.Seek(0, io.SeekEnd)
	}
	file.f = osf
	if binary {
		// FileIO's mode string.
		switch {
		case creating:
			file.mode = "xb"
		case appending:
			file.mode = "ab"
		case file.readable:
			file.mode = "rb"
		default:
			file.mode = "wb"
		}
		if updating {
			file.mode += "+"
		}
		switch {
		case file.readable && file.writable:
			file.typ = BufferedRandomType
		case file.readable:
			file.typ = BufferedReaderType
		default:
			file.typ = BufferedWriterType
		}
	} else {
		file.mode = mode
		file.typ = TextStreamType
	}
	return FromObject(file), nil
}

// Repr is CPython's: <_io.TextIOWrapper name='x' mode='r' encoding='UTF-8'>
// or <_io.BufferedReader name='x'>.
func (f *File) Repr(t *Thread) (string, error) {
	name, err := Repr(t, f.name)
	if err != nil {
		return "", err
	}
	if f.binary {
		return "<_io." + f.typ.Name + " name=" + name + ">", nil
	}
	return "<_io.TextIOWrapper name=" + name + " mode=" + StrRepr(f.mode) + " encoding=" + StrRepr(f.encoding) + ">", nil
}

// GetAttr implements Attributer: the data attributes, then the methods.
func (f *File) GetAttr(t *Thread, name string) (Value, bool, error) {
	switch name {
	case "closed":
		return Bool(f.closed), true, nil
	case "name":
		return f.name, true, nil
	case "mode":
		return NewStr(f.mode), true, nil
	}
	if !f.binary {
		switch name {
		case "encoding":
			return NewStr(f.encoding), true, nil
		case "errors":
			return NewStr(f.errors), true, nil
		case "line_buffering":
			return False, true, nil
		case "newlines":
			if f.closed {
				return Value{}, false, closedFileErr()
			}
			return f.newlinesSeen(), true, nil
		}
	}
	switch name {
	case "buffer", "raw", "detach", "peek", "read1", "readinto", "readall":
		// CPython's layered io objects; tracejit's files are one object.
		return Value{}, false, Errorf(NotImplementedErrorType, "%s.%s is not supported yet", f.typ.Name, name)
	}
	v, ok := libTypeAttr(FromObject(f), name)
	return v, ok, nil
}

func closedFileErr() error { return Errorf(ValueErrorType, "I/O operation on closed file.") }

func unsupported(msg string) error { return Errorf(UnsupportedOperationType, "%s", msg) }

// newlinesSeen is the newlines attribute: None, one kind, or a tuple in
// CPython's order.
func (f *File) newlinesSeen() Value {
	var kinds []Value
	for i, s := range []string{"\r", "\n", "\r\n"} {
		if f.seenNL&(1<<i) != 0 {
			kinds = append(kinds, NewStr(s))
		}
	}
	switch len(kinds) {
	case 0:
		return None
	case 1:
		return kinds[0]
	}
	return TupleValue(kinds...)
}

// closedErr is the ValueError for calling method on a closed file, in
// the words of the CPython class that checks.
func (f *File) closedErr(method string) error {
	msg := "I/O operation on closed file."
	switch method {
	case "readable", "writable", "seekable", "isatty", "fileno":
		msg = "I/O operation on closed file"
	case "tell":
		if f.binary {
			msg = "I/O operation on closed file"
		}
	}
	if f.binary {
		switch method {
		case "read", "readline":
			msg = method + " of closed file"
		case "write":
			msg = "write to closed file"
		case "truncate":
			msg = "truncate of closed file"
		case "flush":
			if f.writable {
				msg = "flush of closed file"
			}
		}
	}
	return Errorf(ValueErrorType, "%s", msg)
}

// checkRead checks that method may read: binary files check the mode
// first, text files whether they are closed.
func (f *File) checkRead(method string) error {
	if f.binary {
		if !f.readable {
			return unsupported("read")
		}
		if f.closed {
			return f.closedErr(method)
		}
		return nil
	}
	if f.closed {
		return f.closedErr(method)
	}
	if !f.readable {
		return unsupported("not readable")
	}
	return nil
}

func (f *File) checkWrite(method string) error {
	if f.binary {
		if !f.writable {
			return unsupported("write")
		}
		if f.closed {
			return f.closedErr(method)
		}
		return nil
	}
	if f.closed {
		return f.closedErr(method)
	}
	if !f.writable {
		return unsupported("not writable")
	}
	return nil
}

// fill reads the rest of the file into rbuf, unless rbuf still holds
// data and all is false (a line or a size-limited read); text files check
// that it decodes (raising the decoding error CPython's first read raises).
func (f *File) fill(all bool) error {
	if len(f.rbuf) > 0 && !all {
		return nil
	}
	data, err := io.ReadAll(f.f)
	if err != nil {
		return NewOSError(err)
	}
	if len(data) == 0 {
		return nil
	}
	f.rbuf = append(f.rbuf, data...)
	if !f.binary && f.errors == "strict" && f.codec != codecLatin1 {
		if _, err := Decode(nil, f.rbuf, f.codec, "strict"); err != nil {
			f.rbuf = nil // CPython loses the chunk that failed to decode
			return err
		}
	}
	return nil
}

// dropReadAhead forgets read-ahead data before a write or seek; binary
// files first move the OS position back to where reading got to.
func (f *File) dropReadAhead(seekBack bool) error {
	if len(f.rbuf) > 0 && seekBack {
		if _, err := f.f.Seek(int64(-len(f.rbuf)), io.SeekCurrent); err != nil {
			return NewOSError(err)
		}
	}
	f.rbuf = nil
	return nil
}

// textChar decodes the next character of the read buffer for a text
// file, translating newlines: it returns the text (empty for bytes an
// "ignore" handler drops), the number of raw bytes used and whether the
// character ends a line.
func (f *File) textChar(b []byte) (s string, size int, eol bool, err error) {
	c := b[0]
	nl, _ := AsStr(f.newline)
	universal := f.newline.IsNone() || nl == ""
	switch {
	case c == '\r' && universal:
		if len(b) > 1 && b[1] == '\n' {
			f.seenNL |= 4
			if f.newline.IsNone() {
				return "\n", 2, true, nil
			}
			return "\r\n", 2, true, nil
		}
		f.seenNL |= 1
		if f.newline.IsNone() {
			return "\n", 1, true, nil
		}
		return "\r", 1, true, nil
	case c == '\n':
		if universal {
			f.seenNL |= 2
		}
		return "\n", 1, universal || nl == "\n", nil
	case c == '\r' && nl == "\r":
		return "\r", 1, true, nil
	case c == '\r' && nl == "\r\n" && len(b) > 1 && b[1] == '\n':
		return "\r\n", 2, true, nil
	case c < 0x80:
		return string(c), 1, false, nil
	}
	switch f.codec {
	case codecLatin1:
		return string(rune(c)), 1, false, nil
	case codecUTF8:
		if size, _, _ := utf8Sequence(b); size > 0 {
			return string(b[:size]), size, false, nil
		}
	}
	// An invalid sequence: let the decoder apply the error handler.
	n := 1
	if f.codec == codecUTF8 {
		_, n, _ = utf8Sequence(b)
	}
	s, err = Decode(nil, b[:n], f.codec, f.errors)
	return s, n, false, err
}

// readText reads up to limit characters (all if limit < 0), stopping
// after a line end if line is set.
func (f *File) readText(limit int, line bool) (string, error) {
	if err := f.fill(limit < 0 && !line); err != nil {
		return "", err
	}
	if limit < 0 && !line && f.newline.IsNone() && f.codec == codecUTF8 && utf8.Valid(f.rbuf) {
		// The whole rest at once.
		s := string(f.rbuf)
		if strings.IndexByte(s, '\r') >= 0 {
			for i := 0; i < len(s); i++ {
				switch {
				case s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n':
					f.seenNL |= 4
					i++
				case s[i] == '\r':
					f.seenNL |= 1
				case s[i] == '\n':
					f.seenNL |= 2
				}
			}
			s = strings.ReplaceAll(s, "\r\n", "\n")
			s = strings.ReplaceAll(s, "\r", "\n")
		} else if strings.IndexByte(s, '\n') >= 0 {
			f.seenNL |= 2
		}
		f.rbuf = nil
		return s, nil
	}
	var out strings.Builder
	used, n := 0, 0
	for used < len(f.rbuf) && (limit < 0 || n < limit) {
		s, size, eol, err := f.textChar(f.rbuf[used:])
		if err != nil {
			return "", err
		}
		out.WriteString(s)
		used += size
		if s != "" {
			n++
		}
		if eol && line {
			break
		}
	}
	f.rbuf = f.rbuf[used:]
	return out.String(), nil
}

// readBytes reads up to limit bytes (all if limit < 0), stopping after
// b'\n' if line is set.
func (f *File) readBytes(limit int, line bool) []byte {
	b := f.rbuf
	if limit >= 0 && limit < len(b) {
		b = b[:limit]
	}
	if line {
		if i := strings.IndexByte(string(b), '\n'); i >= 0 {
			b = b[:i+1]
		}
	}
	out := append([]byte(nil), b...)
	f.rbuf = f.rbuf[len(b):]
	return out
}

// readLine reads one line (limit < 0: no size limit) as a str or bytes;
// an empty result means end of file.
func (f *File) readLine(limit int) (Value, error) {
	if err := f.checkRead("readline"); err != nil {
		return Value{}, err
	}
	if f.binary {
		if err := f.fill(false); err != nil {
			return Value{}, err
		}
		return NewBytes(f.readBytes(limit, true)), nil
	}
	s, err := f.readText(limit, true)
	return NewStr(s), err
}

// Next implements Iterator: the next line.
func (f *File) Next(t *Thread) (Value, bool, error) {
	if f.closed {
		return Value{}, false, closedFileErr()
	}
	line, err := f.readLine(-1)
	if err != nil {
		return Value{}, false, err
	}
	if n, _ := Len(t, line); n == 0 {
		return Value{}, false, nil
	}
	return line, true, nil
}

// writeValue writes a str to a text file or bytes to a binary one and
// returns the count write() returns.
func (f *File) writeValue(v Value) (int, error) {
	if err := f.checkWrite("write"); err != nil {
		return 0, err
	}
	var data []byte
	var n int
	if f.binary {
		b, ok := AsBytes(v)
		if !ok {
			if arr, isArr := v.ref.(*Array); isArr {
				b, ok = arr.ToBytes(), true
			}
		}
		if !ok {
			return 0, bytesRequired(v)
		}
		data, n = b, len(b)
		if err := f.dropReadAhead(true); err != nil {
			return 0, err
		}
	} else {
		s, ok := v.ref.(*Str)
		if !ok {
			return 0, Errorf(TypeErrorType, "write() argument must be str, not %s", v.TypeName())
		}
		text := s.s
		if nl, _ := AsStr(f.newline); nl == "\r" || nl == "\r\n" {
			text = strings.ReplaceAll(text, "\n", nl)
		}
		var err error
		if data, err = Encode(nil, text, f.codec, f.errors); err != nil {
			return 0, err
		}
		n = s.Len()
		f.dropReadAhead(false)
	}
	if _, err := f.f.Write(data); err != nil {
		return 0, NewOSError(err)
	}
	return n, nil
}

// Close closes the file (closing twice is allowed).
func (f *File) Close() error {
	if f.closed {
		return nil
	}
	f.closed = true
	f.rbuf = nil
	if err := f.f.Close(); err != nil {
		return NewOSError(err)
	}
	return nil
}

// fileSelf returns the file a method was called on. sys.stdout and
// sys.stderr (TextStreams) are write-only files: the methods that read
// raise what CPython raises for them.
func fileSelf(name string, recv Value) (*File, error) {
	switch x := recv.ref.(type) {
	case *File:
		return x, nil
	case *TextStream:
		switch name {
		case "read", "readline", "readlines", "__next__":
			return nil, unsupported("not readable")
		case "seek", "tell", "truncate":
			return nil, unsupported("underlying stream is not seekable")
		}
		return nil, Errorf(NotImplementedErrorType, "%s.%s() is not supported", x.Name, name)
	}
	return nil, descriptorError(recv.Type(), name, recv)
}

// fileSize converts read/readline's size argument (None or -1: all).
func fileSize(t *Thread, args []Value) (int, error) {
	if len(args) == 0 || args[0].IsNone() {
		return -1, nil
	}
	if !IsIntLike(args[0]) && !libHasIndex(args[0]) {
		return 0, Errorf(TypeErrorType, "argument should be integer or None, not '%s'", args[0].TypeName())
	}
	return asSsize(t, args[0])
}

type fileMethod func(t *Thread, f *File, args []Value, kw []string) (Value, error)

// fm wraps a file method: the receiver check and a positional argument
// count check.
func fm(name string, min, max int, fn fileMethod) BuiltinFunc {
	return func(t *Thread, args []Value, kw []string) (Value, error) {
		f, err := fileSelf(name, args[0])
		if err != nil {
			return Value{}, err
		}
		if err := positional(f.typ.Name+"."+name, name, args[1:], kw, min, max); err != nil {
			return Value{}, err
		}
		return fn(t, f, args[1:], kw)
	}
}

var fileMethods = map[string]BuiltinFunc{
	"read": fm("read", 0, 1, func(t *Thread, f *File, args []Value, kw []string) (Value, error) {
		if err := f.checkRead("read"); err != nil {
			return Value{}, err
		}
		n, err := fileSize(t, args)
		if err != nil {
			return Value{}, err
		}
		if f.binary {
			if err := f.fill(n < 0); err != nil {
				return Value{}, err
			}
			return NewBytes(f.readBytes(n, false)), nil
		}
		s, err := f.readText(n, false)
		return NewStr(s), err
	}),
	"readline": fm("readline", 0, 1, func(t *Thread, f *File, args []Value, kw []string) (Value, error) {
		if !f.binary && len(args) == 1 && args[0].IsNone() {
			return Value{}, Errorf(TypeErrorType, "'NoneType' object cannot be interpreted as an integer")
		}
		n, err := fileSize(t, args)
		if err != nil {
			return Value{}, err
		}
		return f.readLine(n)
	}),
	"readlines": fm("readlines", 0, 1, func(t *Thread, f *File, args []Value, kw []string) (Value, error) {
		if f.closed {
			return Value{}, closedFileErr()
		}
		hint, err := fileSize(t, args)
		if err != nil {
			return Value{}, err
		}
		var lines []Value
		total := 0
		for {
			line, err := f.readLine(-1)
			if err != nil {
				return Value{}, err
			}
			n, _ := Len(t, line)
			if n == 0 {
				break
			}
			lines = append(lines, line)
			total += n
			if hint > 0 && total >= hint {
				break
			}
		}
		return NewList(lines), nil
	}),
	"write": fm("write", 1, 1, func(t *Thread, f *File, args []Value, kw []string) (Value, error) {
		n, err := f.writeValue(args[0])
		return Int(int64(n)), err
	}),
	"writelines": fm("writelines", 1, 1, func(t *Thread, f *File, args []Value, kw []string) (Value, error) {
		if err := f.checkWrite("writelines"); err != nil {
			return Value{}, err
		}
		it, err := GetIter(t, args[0])
		if err != nil {
			return Value{}, err
		}
		for {
			v, ok, err := it.Next(t)
			if err != nil || !ok {
				return None, err
			}
			if _, err := f.writeValue(v); err != nil {
				return Value{}, err
			}
		}
	}),
	"close": fm("close", 0, 0, func(t *Thread, f *File, args []Value, kw []string) (Value, error) {
		return None, f.Close()
	}),
	"flush": fm("flush", 0, 0, func(t *Thread, f *File, args []Value, kw []string) (Value, error) {
		if f.closed {
			return Value{}, f.closedErr("flush")
		}
		return None, nil
	}),
	"seek": fm("seek", 1, 2, func(t *Thread, f *File, args []Value, kw []string) (Value, error) {
		if f.closed {
			return Value{}, f.closedErr("seek")
		}
		off, err := Index(t, args[0])
		if err != nil {
			return Value{}, err
		}
		if !isSmall(off) {
			return Value{}, Errorf(OverflowErrorType, "Python int too large to convert to C long")
		}
		pos := off.AsInt()
		whence := 0
		if len(args) == 2 {
			if whence, err = asCInt(t, args[1]); err != nil {
				return Value{}, err
			}
		}
		if f.binary {
			if whence < 0 || whence > 4 { // 3 and 4 are Linux's SEEK_DATA and SEEK_HOLE
				return Value{}, Errorf(ValueErrorType, "whence value %d unsupported", whence)
			}
			if whence == 1 {
				pos -= int64(len(f.rbuf))
			}
		} else {
			switch {
			case whence == 1 && pos != 0:
				return Value{}, unsupported("can't do nonzero cur-relative seeks")
			case whence == 2 && pos != 0:
				return Value{}, unsupported("can't do nonzero end-relative seeks")
			case whence < 0 || whence > 2:
				return Value{}, Errorf(ValueErrorType, "invalid whence (%d, should be 0, 1 or 2)", whence)
			case whence == 0 && pos < 0:
				return Value{}, Errorf(ValueErrorType, "negative seek position %d", pos)
			case whence == 1:
				pos = -int64(len(f.rbuf))
			}
		}
		f.rbuf = nil
		r, err := f.f.Seek(pos, whence)
		if err != nil {
			return Value{}, NewOSError(err)
		}
		return Int(r), nil
	}),
	"tell": fm("tell", 0, 0, func(t *Thread, f *File, args []Value, kw []string) (Value, error) {
		if f.closed {
			return Value{}, f.closedErr("tell")
		}
		r, err := f.f.Seek(0, io.SeekCurrent)
		if err != nil {
			return Value{}, NewOSError(err)
		}
		return Int(r - int64(len(f.rbuf))), nil
	}),
	"truncate": fm("truncate", 0, 1, func(t *Thread, f *File, args []Value, kw []string) (Value, error) {
		if f.closed {
			return Value{}, f.closedErr("truncate")
		}
		if err := f.checkWrite("truncate"); err != nil {
			return Value{}, err
		}
		if err := f.dropReadAhead(true); err != nil {
			return Value{}, err
		}
		size, err := f.f.Seek(0, io.SeekCurrent)
		if err != nil {
			return Value{}, NewOSError(err)
		}
		if len(args) == 1 && !args[0].IsNone() {
			n, err := asSsize(t, args[0])
			if err != nil {
				return Value{}, err
			}
			size = int64(n)
		}
		if err := f.f.Truncate(size); err != nil {
			return Value{}, NewOSError(err)
		}
		return Int(size), nil
	}),
	"readable": fm("readable", 0, 0, func(t *Thread, f *File, args []Value, kw []string) (Value, error) {
		if f.closed && f.readable {
			return Value{}, f.closedErr("readable")
		}
		return Bool(f.readable), nil
	}),
	"writable": fm("writable", 0, 0, func(t *Thread, f *File, args []Value, kw []string) (Value, error) {
		if f.closed && f.writable {
			return Value{}, f.closedErr("writable")
		}
		return Bool(f.writable), nil
	}),
	"seekable": fm("seekable", 0, 0, func(t *Thread, f *File, args []Value, kw []string) (Value, error) {
		if f.closed {
			return Value{}, f.closedErr("seekable")
		}
		return True, nil
	}),
	"isatty": fm("isatty", 0, 0, func(t *Thread, f *File, args []Value, kw []string) (Value, error) {
		if f.closed {
			return Value{}, f.closedErr("isatty")
		}
		return False, nil
	}),
	"fileno": fm("fileno", 0, 0, func(t *Thread, f *File, args []Value, kw []string) (Value, error) {
		if f.closed {
			return Value{}, f.closedErr("fileno")
		}
		return Int(int64(f.f.Fd())), nil
	}),
	"__enter__": fm("__enter__", 0, 0, func(t *Thread, f *File, args []Value, kw []string) (Value, error) {
		if f.closed {
			return Value{}, closedFileErr()
		}
		return FromObject(f), nil
	}),
	"__exit__": fm("__exit__", 0, 3, func(t *Thread, f *File, args []Value, kw []string) (Value, error) {
		return None, f.Close()
	}),
	"__iter__": fm("__iter__", 0, 0, func(t *Thread, f *File, args []Value, kw []string) (Value, error) {
		if f.closed {
			return Value{}, closedFileErr()
		}
		return FromObject(f), nil
	}),
	"__next__": fm("__next__", 0, 0, func(t *Thread, f *File, args []Value, kw []string) (Value, error) {
		v, ok, err := f.Next(t)
		if err != nil {
			return Value{}, err
		}
		if !ok {
			return Value{}, NewException(StopIterationType)
		}
		return v, nil
	}),
}

// fileWrite is TextIOWrapper.write for a text file (TextStream's write
// method forwards here when its receiver is not a standard stream).
func fileWrite(t *Thread, args []Value, kw []string) (Value, error) {
	return fileMethods["write"](t, args, kw)
}

// fileFlush is TextIOWrapper.flush for a text file.
func fileFlush(t *Thread, args []Value, kw []string) (Value, error) {
	return fileMethods["flush"](t, args, kw)
}
