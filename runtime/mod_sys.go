package runtime

import (
	"math"
	"sort"
)

// The sys module.

func init() {
	BuiltinModules["sys"] = newSysModule
}

// Version strings reported by sys: tracejit implements Python 3.11.
const (
	sysVersion = "3.11.7 (tracejit)"
	sysHexVer  = 0x030b07f0
)

func newSysModule(t *Thread) *Module {
	m := NewModule("sys")
	pending := map[string]Value{}
	set := func(name string, v Value) { pending[name] = v }
	argv := make([]Value, len(t.Argv))
	for i, a := range t.Argv {
		argv[i] = NewStr(a)
	}
	set("argv", NewList(argv))
	set("modules", FromObject(t.SysModules))
	set("path", FromObject(t.SysPath))
	set("stdout", FromObject(stdoutStream))
	set("stderr", FromObject(stderrStream))
	set("__stdout__", FromObject(stdoutStream))
	set("__stderr__", FromObject(stderrStream))
	set("maxsize", Int(math.MaxInt64))
	set("version", NewStr(sysVersion))
	set("hexversion", Int(sysHexVer))
	// A plain tuple, so that comparisons like sys.version_info >= (3, 8) work.
	set("version_info", TupleValue(Int(3), Int(11), Int(7), NewStr("final"), Int(0)))
	set("platform", NewStr("linux"))
	set("byteorder", NewStr("little"))
	set("maxunicode", Int(0x10ffff))
	set("int_info", sysIntInfo())
	set("float_info", FromObject(newStructSeq("sys.float_info",
		[]string{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"},
		[]Value{Float(math.MaxFloat64), Int(1024), Int(308), Float(2.2250738585072014e-308), Int(-1021), Int(-307),
			Int(15), Int(53), Float(2.220446049250313e-16), Int(2), Int(1)})))
	set("implementation", FromObject(newStructSeq("namespace",
		[]string{"name", "cache_tag", "version"},
		[]Value{NewStr("cpython"), NewStr("cpython-311"), TupleValue(Int(3), Int(11), Int(7), NewStr("final"), Int(0))})))
	for name, fn := range map[string]BuiltinFunc{
		"exit":              sysExit,
		"getrecursionlimit": sysGetrecursionlimit,
		"setrecursionlimit": sysSetrecursionlimit,
		"intern":            sysIntern,
		// The integer string conversion limit: intdigits.go.
		"set_int_max_str_digits": sysSetIntMaxStrDigits,
		"get_int_max_str_digits": sysGetIntMaxStrDigits,
	} {
		set(name, NewBuiltin(name, fn))
	}
	bindSorted(m, pending)
	return m
}

// bindSorted binds a module's names in sorted order, so that global slot
// numbers (visible in JIT dumps) do not depend on map iteration order.
func bindSorted(m *Module, vals map[string]Value) {
	names := make([]string, 0, len(vals))
	for name := range vals {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		m.Globals.Set(name, vals[name])
	}
}

func sysExit(t *Thread, args []Value, kw []string) (Value, error) {
	if err := positional("sys.exit", "exit", args, kw, 0, 1); err != nil {
		return Value{}, err
	}
	return Value{}, NewException(SystemExitType, args...)
}

func sysGetrecursionlimit(t *Thread, args []Value, kw []string) (Value, error) {
	if err := exactArgs("sys.getrecursionlimit", args, kw, 0); err != nil {
		return Value{}, err
	}
	return Int(int64(t.RecursionLimit)), nil
}

// sysSetrecursionlimit follows CPython 3.11, whose recursion depth counts
// the Python frames (Thread.Depth, the module's included) plus the call to
// setrecursionlimit itself. Limits above MaxRecursionLimit are clamped so
// that Python recursion cannot exhaust the Go stack.
func sysSetrecursionlimit(t *Thread, args []Value, kw []string) (Value, error) {
	if err := exactArgs("sys.setrecursionlimit", args, kw, 1); err != nil {
		return Value{}, err
	}
	n, err := asCInt(t, args[0])
	if err != nil {
		return Value{}, err
	}
	if n < 1 {
		return Value{}, Errorf(ValueErrorType, "recursion limit must be greater or equal than 1")
	}
	if depth := t.Depth + 1; depth >= n {
		return Value{}, Errorf(RecursionErrorType, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", n, depth)
	}
	t.RecursionLimit = min(n, MaxRecursionLimit)
	return None, nil
}

func sysIntern(t *Thread, args []Value, kw []string) (Value, error) {
	if err := exactArgs("intern", args, kw, 1); err != nil {
		return Value{}, err
	}
	if _, ok := args[0].ref.(*Str); !ok {
		return Value{}, Errorf(TypeErrorType, "intern() argument must be str, not %s", args[0].TypeName())
	}
	return args[0], nil
}

// StructSeqType is the type of sys.float_info-like records: read-only
// attributes with a repr listing them.
var StructSeqType = NewType("structseq", ObjectType)

type structSeq struct {
	name  string
	names []string
	vals  []Value
}

func newStructSeq(name string, names []string, vals []Value) *structSeq {
	return &structSeq{name: name, names: names, vals: vals}
}

func (*structSeq) Type() *Type { return StructSeqType }

// GetAttr implements Attributer.
func (s *structSeq) GetAttr(t *Thread, name string) (Value, bool, error) {
	for i, n := range s.names {
		if n == name {
			return s.vals[i], true, nil
		}
	}
	return Value{}, false, nil
}

// Repr is "sys.float_info(max=..., ...)".
func (s *structSeq) Repr(t *Thread) (string, error) {
	out := s.name + "("
	for i, n := range s.names {
		r, err := Repr(t, s.vals[i])
		if err != nil {
			return "", err
		}
		if i > 0 {
			out += ", "
		}
		out += n + "=" + r
	}
	return out + ")", nil
}
