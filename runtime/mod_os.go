package runtime

import (
	"os"
	"path"
	"strings"
	"syscall"
)

// A minimal os module: what programs need to manage the files they
// write (getpid for per-run names, remove, rename, mkdir, rmdir, getcwd)
// and os.path's pure functions and existence tests, with CPython's
// OSError messages. Paths are str; os.path is posixpath.

func init() {
	BuiltinModules["os"] = newOSModule
	BuiltinModules["os.path"] = newOSPathModule
}

func newOSModule(t *Thread) *Module {
	m := NewModule("os")
	funcs := map[string]Value{
		"sep":     NewStr("/"),
		"linesep": NewStr("\n"),
		"name":    NewStr("posix"),
		"curdir":  NewStr("."),
		"pardir":  NewStr(".."),
		"path":    FromObject(newOSPathModule(t)),
	}
	for name, fn := range map[string]BuiltinFunc{
		"getpid": func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := exactArgs("getpid", args, kw, 0); err != nil {
				return Value{}, err
			}
			return Int(int64(os.Getpid())), nil
		},
		"getcwd": func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := exactArgs("getcwd", args, kw, 0); err != nil {
				return Value{}, err
			}
			wd, err := os.Getwd()
			if err != nil {
				return Value{}, NewOSError(err)
			}
			return NewStr(wd), nil
		},
		"remove": osPathFunc("remove", os.Remove),
		"unlink": osPathFunc("unlink", os.Remove),
		"rmdir":  osPathFunc("rmdir", os.Remove),
		"mkdir": osPathFunc("mkdir", func(p string) error {
			return os.Mkdir(p, 0o777)
		}),
		"rename": func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := positional("rename", "rename", args, kw, 2, 2); err != nil {
				return Value{}, err
			}
			src, err := osPathArg("rename", "src", args[0])
			if err != nil {
				return Value{}, err
			}
			dst, err := osPathArg("rename", "dst", args[1])
			if err != nil {
				return Value{}, err
			}
			if err := os.Rename(src, dst); err != nil {
				e := NewOSError(err, src)
				if e.Attrs != nil {
					e.Attrs["filename2"] = NewStr(dst)
				}
				return Value{}, e
			}
			return None, nil
		},
	} {
		funcs[name] = NewBuiltin(name, fn)
	}
	libSetModuleFuncs(m, funcs)
	return m
}

// osPathArg checks a path argument (str only).
func osPathArg(fname, param string, v Value) (string, error) {
	s, ok := AsStr(v)
	if !ok {
		return "", Errorf(TypeErrorType, "%s: %s should be string, bytes or os.PathLike, not %s", fname, param, v.TypeName())
	}
	return s, nil
}

// osPathFunc makes an os function of one path that returns None.
func osPathFunc(name string, fn func(string) error) BuiltinFunc {
	return func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := positional(name, name, args, kw, 1, 1); err != nil {
			return Value{}, err
		}
		p, err := osPathArg(name, "path", args[0])
		if err != nil {
			return Value{}, err
		}
		if name == "remove" || name == "unlink" {
			if st, err := os.Lstat(p); err == nil && st.IsDir() {
				return Value{}, NewOSError(syscall.EISDIR, p)
			}
		}
		if name == "rmdir" {
			if st, err := os.Lstat(p); err == nil && !st.IsDir() {
				return Value{}, NewOSError(syscall.ENOTDIR, p)
			}
		}
		if err := fn(p); err != nil {
			return Value{}, NewOSError(err, p)
		}
		return None, nil
	}
}

func newOSPathModule(t *Thread) *Module {
	m := NewModule("posixpath")
	str1 := func(name string, fn func(string) Value) Value {
		return NewBuiltin(name, func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := exactArgs(name, args, kw, 1); err != nil {
				return Value{}, err
			}
			s, ok := AsStr(args[0])
			if !ok {
				return Value{}, Errorf(TypeErrorType, "expected str, bytes or os.PathLike object, not %s", args[0].TypeName())
			}
			return fn(s), nil
		})
	}
	// The existence tests are false for anything that cannot be stat'ed.
	stat := func(name string, test func(os.FileInfo) bool) Value {
		return str1(name, func(p string) Value {
			st, err := os.Stat(p)
			return Bool(err == nil && test(st))
		})
	}
	libSetModuleFuncs(m, map[string]Value{
		"sep":    NewStr("/"),
		"exists": stat("exists", func(os.FileInfo) bool { return true }),
		"isfile": stat("isfile", func(st os.FileInfo) bool { return st.Mode().IsRegular() }),
		"isdir":  stat("isdir", func(st os.FileInfo) bool { return st.IsDir() }),
		"basename": str1("basename", func(p string) Value {
			return NewStr(p[strings.LastIndexByte(p, '/')+1:])
		}),
		"dirname": str1("dirname", func(p string) Value {
			return NewStr(posixDirname(p))
		}),
		"split": str1("split", func(p string) Value {
			return TupleValue(NewStr(posixDirname(p)), NewStr(p[strings.LastIndexByte(p, '/')+1:]))
		}),
		"splitext": str1("splitext", func(p string) Value {
			root, ext := posixSplitext(p)
			return TupleValue(NewStr(root), NewStr(ext))
		}),
		"normpath": str1("normpath", func(p string) Value {
			if p == "" {
				return NewStr(".")
			}
			c := path.Clean(p)
			if strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "///") {
				c = "/" + c // POSIX keeps exactly two leading slashes
			}
			return NewStr(c)
		}),
		"isabs": str1("isabs", func(p string) Value { return Bool(strings.HasPrefix(p, "/")) }),
		"getsize": NewBuiltin("getsize", func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := exactArgs("getsize", args, kw, 1); err != nil {
				return Value{}, err
			}
			p, err := osPathArg("stat", "path", args[0])
			if err != nil {
				return Value{}, err
			}
			st, serr := os.Stat(p)
			if serr != nil {
				return Value{}, NewOSError(serr, p)
			}
			return Int(st.Size()), nil
		}),
		"join": NewBuiltin("join", func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := NoKwargs("join", kw); err != nil {
				return Value{}, err
			}
			if len(args) == 0 {
				return Value{}, Errorf(TypeErrorType, "join() missing 1 required positional argument: 'a'")
			}
			out := ""
			for i, a := range args {
				s, ok := AsStr(a)
				if !ok {
					return Value{}, Errorf(TypeErrorType, "join() argument must be str, bytes, or os.PathLike object, not '%s'", a.TypeName())
				}
				switch {
				case i == 0:
					out = s
				case strings.HasPrefix(s, "/"):
					out = s
				case out == "" || strings.HasSuffix(out, "/"):
					out += s
				default:
					out += "/" + s
				}
			}
			return NewStr(out), nil
		}),
	})
	return m
}

// posixDirname is posixpath.dirname: the head without trailing slashes
// (unless it is all slashes).
func posixDirname(p string) string {
	head := p[:strings.LastIndexByte(p, '/')+1]
	if head != "" && strings.Trim(head, "/") != "" {
		head = strings.TrimRight(head, "/")
	}
	return head
}

// posixSplitext is posixpath.splitext: leading dots of the last
// component do not start an extension.
func posixSplitext(p string) (string, string) {
	dot := strings.LastIndexByte(p, '.')
	slash := strings.LastIndexByte(p, '/')
	if dot <= slash {
		return p, ""
	}
	for i := slash + 1; i < dot; i++ {
		if p[i] != '.' {
			return p[:dot], p[dot:]
		}
	}
	return p, ""
}
