package runtime

import (
	"errors"
	"fmt"
	"io/fs"
	"syscall"
)

// OSError and its subclasses as CPython makes them: OSError(errno,
// strerror[, filename[, winerror[, filename2]]]) keeps (errno, strerror)
// as args and the file names as attributes, prints as "[Errno 2] No such
// file or directory: 'x'", and OSError called with a known errno creates
// the matching subclass (OSError(2, ...) is a FileNotFoundError).

// OSError subclasses (FileNotFoundError is in exception.go).
var (
	FileExistsErrorType      = newExcType("FileExistsError", OSErrorType)
	IsADirectoryErrorType    = newExcType("IsADirectoryError", OSErrorType)
	NotADirectoryErrorType   = newExcType("NotADirectoryError", OSErrorType)
	PermissionErrorType      = newExcType("PermissionError", OSErrorType)
	UnsupportedOperationType = newUnsupportedOperation()
)

// newUnsupportedOperation makes io.UnsupportedOperation, which derives
// from both OSError and ValueError and is not a builtin name.
func newUnsupportedOperation() *Type {
	t := NewType("UnsupportedOperation", OSErrorType)
	t.Module = "io"
	t.MRO = []*Type{t, OSErrorType, ValueErrorType, ExceptionType, BaseExceptionType, ObjectType}
	t.Bases = []*Type{OSErrorType, ValueErrorType}
	return t
}

// errnoTypes maps errno values to the OSError subclass CPython picks.
var errnoTypes = map[int64]*Type{
	int64(syscall.ENOENT):  FileNotFoundErrorType,
	int64(syscall.EEXIST):  FileExistsErrorType,
	int64(syscall.EISDIR):  IsADirectoryErrorType,
	int64(syscall.ENOTDIR): NotADirectoryErrorType,
	int64(syscall.EACCES):  PermissionErrorType,
	int64(syscall.EPERM):   PermissionErrorType,
}

func init() {
	for _, t := range ExceptionTypes {
		if t.IsSubtype(OSErrorType) {
			t.New = newOSError
		}
	}
	UnsupportedOperationType.New = newOSError
	// Python 3 keeps the old names as aliases.
	Builtins["IOError"] = FromObject(OSErrorType)
	Builtins["EnvironmentError"] = FromObject(OSErrorType)
}

func newOSError(_ *Thread, typ *Type, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return Value{}, Errorf(TypeErrorType, "%s() takes no keyword arguments", typ.Name)
	}
	if typ == OSErrorType && len(args) >= 2 && isSmall(args[0]) {
		if sub, ok := errnoTypes[args[0].AsInt()]; ok {
			typ = sub
		}
	}
	e := &Exception{typ: typ, Args: append([]Value(nil), args...)}
	if n := len(args); n >= 2 && n <= 5 {
		e.Attrs = map[string]Value{"errno": args[0], "strerror": args[1]}
		if n >= 3 {
			e.Attrs["filename"] = args[2]
			if n == 5 {
				e.Attrs["filename2"] = args[4]
			}
			e.Args = e.Args[:2]
		}
	}
	return FromObject(e), nil
}

// NewOSError returns the OSError CPython raises for a failed system call
// on filename (if given): the subclass for the errno, strerror as C's
// strerror.
func NewOSError(err error, filename ...string) *Exception {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return Errorf(OSErrorType, "%v", pe.Err)
		}
		return Errorf(OSErrorType, "%v", err)
	}
	typ := OSErrorType
	if sub, ok := errnoTypes[int64(errno)]; ok {
		typ = sub
	}
	msg := strerror(errno)
	e := &Exception{typ: typ, Args: []Value{Int(int64(errno)), NewStr(msg)},
		Attrs: map[string]Value{"errno": Int(int64(errno)), "strerror": NewStr(msg)}}
	if len(filename) > 0 {
		e.Attrs["filename"] = NewStr(filename[0])
	}
	return e
}

// strerror is glibc's text for an errno (Go's differ in capitalization).
func strerror(e syscall.Errno) string {
	switch e {
	case syscall.ENOENT:
		return "No such file or directory"
	case syscall.EEXIST:
		return "File exists"
	case syscall.EISDIR:
		return "Is a directory"
	case syscall.ENOTDIR:
		return "Not a directory"
	case syscall.EACCES:
		return "Permission denied"
	case syscall.EPERM:
		return "Operation not permitted"
	case syscall.ENOTEMPTY:
		return "Directory not empty"
	case syscall.EBADF:
		return "Bad file descriptor"
	case syscall.EINVAL:
		return "Invalid argument"
	case syscall.ENAMETOOLONG:
		return "File name too long"
	case syscall.ENOSPC:
		return "No space left on device"
	case syscall.EROFS:
		return "Read-only file system"
	}
	s := e.Error()
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		s = string(s[0]-32) + s[1:]
	}
	return s
}

// osErrorStr is str() of an OSError with errno and strerror.
func osErrorStr(e *Exception) (string, bool) {
	if !e.typ.IsSubtype(OSErrorType) || e.Attrs == nil {
		return "", false
	}
	errno, ok1 := e.Attrs["errno"]
	strerr, ok2 := e.Attrs["strerror"]
	if !ok1 || !ok2 {
		return "", false
	}
	s := StrOrPlaceholder
	if fn, ok := e.Attrs["filename"]; ok && !fn.IsNone() {
		if fn2, ok := e.Attrs["filename2"]; ok && !fn2.IsNone() {
			return fmt.Sprintf("[Errno %s] %s: %s -> %s", s(errno), s(strerr), ReprOrPlaceholder(fn), ReprOrPlaceholder(fn2)), true
		}
		return fmt.Sprintf("[Errno %s] %s: %s", s(errno), s(strerr), ReprOrPlaceholder(fn)), true
	}
	if errno.IsNone() || strerr.IsNone() {
		return "", false
	}
	return fmt.Sprintf("[Errno %s] %s", s(errno), s(strerr)), true
}

// builtinExcStr is str() of the exceptions whose text is not their
// args: OSError and the Unicode errors.
func builtinExcStr(e *Exception) (string, bool) {
	if s, ok := osErrorStr(e); ok {
		return s, true
	}
	return unicodeErrorStr(e)
}

// builtinExcAttr gives the attributes OSError and the Unicode errors
// always have (errno and friends are None unless set).
func builtinExcAttr(e *Exception, name string) (Value, bool) {
	if e.typ.IsSubtype(OSErrorType) {
		switch name {
		case "errno", "strerror", "filename", "filename2":
			if v, ok := e.Attrs[name]; ok {
				return v, true
			}
			return None, true
		}
		return Value{}, false
	}
	return unicodeErrorAttr(e, name)
}
