package interp

// Importing modules, following CPython 3.11's importlib
// (_bootstrap._find_and_load, _calc___package__, _resolve_name,
// _handle_fromlist) and ceval's import_from and import_all_from, for what
// tracejit supports: Python source files, packages (directories with an
// __init__.py, or without one namespace packages) and the modules written
// in Go (runtime.BuiltinModules).
//
// Where a top-level module is found:
//
//  1. sys.modules (Thread.SysModules), consulted first by every import;
//     a module is registered there before its body runs, so a circular
//     import gets the partially initialised module;
//  2. a Go module CPython finds before sys.path (cpythonFirst);
//  3. the directories of sys.path in order: the script's directory, then
//     Options.Path (TRACEJIT_PATH for the command), then any the program
//     added; in each, a package directory wins over name.py, which wins
//     over a directory without __init__.py (a namespace portion);
//  4. the other Go modules, which stand in for CPython's standard library
//     directories at the end of sys.path: a random.py next to the script
//     shadows random, as it does in CPython;
//  5. the namespace portions found in step 3, if any.
//
// A submodule is searched for only in its parent's __path__, or, when the
// parent is a Go module, among the Go modules.
//
// File names: sys.path entries, __file__ and tracebacks show paths the
// way the script's path was given (CPython makes them absolute); a relative
// one is read relative to Options.Dir.
//
// Bytecode: IMPORT_NAME's operand is the module name with one leading dot
// per level of a relative import, and it pushes that module itself;
// `import a.b` compiles to IMPORT_NAME a.b, POP_TOP, IMPORT_NAME a, which is
// what CPython's __import__ does for it (it returns sys.modules['a']).

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/tracejit/tracejit/interp/syntax"
	"github.com/tracejit/tracejit/runtime"
)

// cpythonFirst names the modules CPython 3.11 finds without searching
// sys.path: those compiled into the interpreter (sys.builtin_module_names
// of a Linux build) and those its startup always imports (io, abc, os and
// their dependencies), which are already in sys.modules when a script
// starts. Only the names that are also Go modules matter.
var cpythonFirst = map[string]bool{
	// sys.builtin_module_names
	"_abc": true, "_ast": true, "_codecs": true, "_collections": true, "_functools": true,
	"_imp": true, "_io": true, "_locale": true, "_operator": true, "_signal": true,
	"_sre": true, "_stat": true, "_string": true, "_symtable": true, "_thread": true,
	"_tokenize": true, "_tracemalloc": true, "_warnings": true, "_weakref": true,
	"atexit": true, "builtins": true, "errno": true, "faulthandler": true, "gc": true,
	"itertools": true, "marshal": true, "posix": true, "pwd": true, "sys": true,
	"time": true, "xxsubtype": true,
	// imported at startup
	"abc": true, "codecs": true, "encodings": true, "genericpath": true, "io": true,
	"os": true, "posixpath": true, "site": true, "stat": true, "zipimport": true,
}

// importer is the VM's import state.
type importer struct {
	// dir is what relative file names are resolved against (Options.Dir).
	dir string
	// initializing holds the modules whose body is running, for the
	// "partially initialized module" error of circular imports.
	initializing map[*runtime.Module]bool
}

// moduleSpec is where a module was found (CPython's ModuleSpec).
type moduleSpec struct {
	name string
	// goModule makes a module implemented in Go.
	goModule func(*runtime.Thread) *runtime.Module
	// file is the source file ("" for Go modules and namespace packages).
	file string
	// pkgPath is __path__ of a package (nil for plain modules).
	pkgPath []string
}

// setSearchPath sets sys.path: the directory of the script (filename as
// given; "" for "<string>"), then extra. dir is what relative paths are
// resolved against ("" for the working directory).
func (vm *VM) setSearchPath(filename, dir string, extra []string) {
	vm.imports.dir = dir
	var items []runtime.Value
	if !strings.HasPrefix(filename, "<") {
		items = append(items, runtime.NewStr(filepath.Dir(filename)))
	} else {
		items = append(items, runtime.NewStr(""))
	}
	for _, p := range extra {
		if p != "" {
			items = append(items, runtime.NewStr(p))
		}
	}
	vm.t.SysPath.Items = items
}

// PathFromEnv splits a TRACEJIT_PATH-style list of directories.
func PathFromEnv(list string) []string {
	var out []string
	for _, p := range filepath.SplitList(list) {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// registerModule makes m sys.modules[name].
func (vm *VM) registerModule(name string, m *runtime.Module) {
	vm.t.SysModules.SetStr(name, runtime.FromObject(m))
	vm.t.Modules[name] = m
}

// importName implements IMPORT_NAME: spec is a module name with one
// leading dot per relative level, resolved against the package of the
// importing module (globals).
func (vm *VM) importName(globals *runtime.Globals, spec string) (runtime.Value, error) {
	level := 0
	for level < len(spec) && spec[level] == '.' {
		level++
	}
	name := spec[level:]
	if level > 0 {
		pkg, err := callerPackage(globals)
		if err != nil {
			return runtime.Value{}, err
		}
		if pkg == "" {
			return runtime.Value{}, runtime.NewImportError(runtime.ImportErrorType, "attempted relative import with no known parent package", "", "")
		}
		parts := strings.Split(pkg, ".")
		if len(parts) < level {
			return runtime.Value{}, runtime.NewImportError(runtime.ImportErrorType, "attempted relative import beyond top-level package", "", "")
		}
		base := strings.Join(parts[:len(parts)-level+1], ".")
		if name == "" {
			name = base
		} else {
			name = base + "." + name
		}
	}
	return vm.findAndLoad(name)
}

// callerPackage is CPython's _calc___package__: __package__, or for a
// module without one its __name__ (a package) or __name__'s parent.
func callerPackage(globals *runtime.Globals) (string, error) {
	if v, ok := globals.Get("__package__"); ok && !v.IsNone() {
		s, ok := runtime.AsStr(v)
		if !ok {
			return "", runtime.Errorf(runtime.TypeErrorType, "package must be a string")
		}
		return s, nil
	}
	v, ok := globals.Get("__name__")
	if !ok {
		return "", runtime.NewException(runtime.KeyErrorType, runtime.NewStr("'__name__' not in globals"))
	}
	name, ok := runtime.AsStr(v)
	if !ok {
		return "", runtime.Errorf(runtime.TypeErrorType, "module name must be str, not %s", v.TypeName())
	}
	if _, isPkg := globals.Get("__path__"); !isPkg {
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			return name[:i], nil
		}
		return "", nil
	}
	return name, nil
}

// findAndLoad imports the absolute module name and returns sys.modules[name].
func (vm *VM) findAndLoad(name string) (runtime.Value, error) {
	if name == "" {
		return runtime.Value{}, runtime.Errorf(runtime.ValueErrorType, "Empty module name")
	}
	if v, ok := vm.t.SysModules.GetStr(name); ok {
		if v.IsNone() {
			return runtime.Value{}, runtime.NewImportError(runtime.ModuleNotFoundErrorType, "import of "+name+" halted; None in sys.modules", name, "")
		}
		return v, nil
	}
	t := vm.t
	parent, child := "", name
	var parentPath runtime.Value
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		parent, child = name[:i], name[i+1:]
		if _, ok := t.SysModules.GetStr(parent); !ok {
			if _, err := vm.findAndLoad(parent); err != nil {
				return runtime.Value{}, err
			}
		}
		// Importing the parent may have imported this module too.
		if v, ok := t.SysModules.GetStr(name); ok {
			return v, nil
		}
		pm, ok := t.SysModules.GetStr(parent)
		if !ok {
			return runtime.Value{}, runtime.NewException(runtime.KeyErrorType, runtime.NewStr(parent))
		}
		if m, isMod := pm.Object().(*runtime.Module); isMod && m.File == "" && runtime.BuiltinModules[name] != nil {
			return vm.loadChild(&moduleSpec{name: name, goModule: runtime.BuiltinModules[name]}, parent, child)
		}
		p, ok, err := runtime.LookupAttr(t, pm, "__path__")
		if err != nil {
			return runtime.Value{}, err
		}
		if !ok {
			msg := "No module named " + runtime.StrRepr(name) + "; " + runtime.StrRepr(parent) + " is not a package"
			return runtime.Value{}, runtime.NewImportError(runtime.ModuleNotFoundErrorType, msg, name, "")
		}
		parentPath = p
	}
	spec, err := vm.findSpec(name, child, parentPath)
	if err != nil {
		return runtime.Value{}, err
	}
	if spec == nil {
		return runtime.Value{}, runtime.NewImportError(runtime.ModuleNotFoundErrorType, "No module named "+runtime.StrRepr(name), name, "")
	}
	return vm.loadChild(spec, parent, child)
}

// loadChild loads spec and binds it as attribute child of the package
// parent (if any), as _find_and_load_unlocked does.
func (vm *VM) loadChild(spec *moduleSpec, parent, child string) (runtime.Value, error) {
	m, err := vm.load(spec)
	if err != nil || parent == "" {
		return m, err
	}
	pm, ok := vm.t.SysModules.GetStr(parent)
	if !ok {
		return runtime.Value{}, runtime.NewException(runtime.KeyErrorType, runtime.NewStr(parent))
	}
	// CPython only warns when the parent refuses the attribute.
	_ = runtime.SetAttr(vm.t, pm, child, m)
	return m, nil
}

// findSpec looks for module name (last component tail) on sys.path, or
// in path (the parent package's __path__) for a submodule. It returns nil
// if there is no such module.
func (vm *VM) findSpec(name, tail string, path runtime.Value) (*moduleSpec, error) {
	t := vm.t
	toplevel := path.IsUnbound()
	if toplevel && cpythonFirst[name] {
		if mk := runtime.BuiltinModules[name]; mk != nil {
			return &moduleSpec{name: name, goModule: mk}, nil
		}
	}
	var entries []runtime.Value
	if toplevel {
		entries = append(entries, t.SysPath.Items...)
	} else {
		var err error
		if entries, err = runtime.Collect(t, path); err != nil {
			return nil, err
		}
	}
	var portions []string
	for _, e := range entries {
		dir, ok := runtime.AsStr(e)
		if !ok {
			continue // CPython skips entries that are not strings
		}
		base := filepath.Join(dir, tail)
		namespace := false
		if vm.isDir(base) {
			if init := filepath.Join(base, "__init__.py"); vm.isFile(init) {
				return &moduleSpec{name: name, file: init, pkgPath: []string{base}}, nil
			}
			namespace = true
		}
		if file := base + ".py"; vm.isFile(file) {
			return &moduleSpec{name: name, file: file}, nil
		}
		if namespace {
			portions = append(portions, base)
		}
	}
	if toplevel {
		if mk := runtime.BuiltinModules[name]; mk != nil {
			return &moduleSpec{name: name, goModule: mk}, nil
		}
	}
	if len(portions) > 0 {
		return &moduleSpec{name: name, pkgPath: portions}, nil
	}
	return nil, nil
}

// fsPath is the path to read for a file name as shown.
func (vm *VM) fsPath(p string) string {
	if vm.imports.dir == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(vm.imports.dir, p)
}

func (vm *VM) isDir(p string) bool {
	st, err := os.Stat(vm.fsPath(p))
	return err == nil && st.IsDir()
}

func (vm *VM) isFile(p string) bool {
	st, err := os.Stat(vm.fsPath(p))
	return err == nil && st.Mode().IsRegular()
}

// load creates and runs the module spec describes (_load_unlocked).
func (vm *VM) load(spec *moduleSpec) (runtime.Value, error) {
	t := vm.t
	if spec.goModule != nil {
		m := t.Modules[spec.name]
		if m == nil || spec.name != "sys" { // sys is one object for the whole run
			m = spec.goModule(t)
		}
		vm.registerModule(spec.name, m)
		return runtime.FromObject(m), nil
	}
	if spec.file == "" {
		// A namespace package: nothing to run.
		m := runtime.NewModule(spec.name)
		m.Globals.Set("__doc__", runtime.None)
		m.Globals.Set("__package__", runtime.NewStr(spec.name))
		m.Globals.Set("__path__", strList(spec.pkgPath))
		m.Globals.Set("__file__", runtime.None)
		vm.registerModule(spec.name, m)
		return runtime.FromObject(m), nil
	}
	lm, err := vm.compileImported(spec)
	if err != nil {
		return runtime.Value{}, err
	}
	m := lm.mod
	vm.registerModule(spec.name, m)
	if vm.imports.initializing == nil {
		vm.imports.initializing = map[*runtime.Module]bool{}
	}
	vm.imports.initializing[m] = true
	_, err = vm.runModuleCode(lm)
	delete(vm.imports.initializing, m)
	key := runtime.NewStr(spec.name)
	if err != nil {
		_, _, _ = t.SysModules.Delete(t, key)
		return runtime.Value{}, err
	}
	// The body may have replaced its sys.modules entry; that is what the
	// import returns. Re-inserting moves it to the end, as CPython does.
	v, ok, derr := t.SysModules.Delete(t, key)
	if derr != nil {
		return runtime.Value{}, derr
	}
	if !ok {
		return runtime.Value{}, runtime.NewException(runtime.KeyErrorType, key)
	}
	t.SysModules.SetStr(spec.name, v)
	return v, nil
}

// compileImported reads and compiles a module's source file and creates
// its module object with the attributes CPython's module_from_spec sets.
// Syntax errors become SyntaxError exceptions raised by the import.
func (vm *VM) compileImported(spec *moduleSpec) (*loadedModule, error) {
	src, err := os.ReadFile(vm.fsPath(spec.file))
	if err != nil {
		return nil, runtime.NewImportError(runtime.ImportErrorType, err.Error(), spec.name, spec.file)
	}
	vm.sources[spec.file] = strings.Split(string(src), "\n")
	tree, err := syntax.Parse(spec.file, src)
	if err != nil {
		return nil, compileErrorException(err)
	}
	m := runtime.NewModule(spec.name)
	m.File = spec.file
	g := m.Globals
	if doc, ok := docstring(tree.Body); ok {
		g.Set("__doc__", runtime.NewStr(doc))
	} else {
		g.Set("__doc__", runtime.None)
	}
	pkg := spec.name
	if spec.pkgPath == nil {
		if i := strings.LastIndexByte(pkg, '.'); i >= 0 {
			pkg = pkg[:i]
		} else {
			pkg = ""
		}
	}
	g.Set("__package__", runtime.NewStr(pkg))
	if spec.pkgPath != nil {
		g.Set("__path__", strList(spec.pkgPath))
	}
	g.Set("__file__", runtime.NewStr(spec.file))
	code, err := Compile(tree, spec.file, src, g)
	if err != nil {
		return nil, compileErrorException(err)
	}
	vm.armLoopCounters(code)
	return &loadedModule{mod: m, code: code}, nil
}

func strList(ss []string) runtime.Value {
	items := make([]runtime.Value, len(ss))
	for i, s := range ss {
		items[i] = runtime.NewStr(s)
	}
	return runtime.NewList(items)
}

// compileErrorException turns an error from compiling an imported module
// into the exception the import raises.
func compileErrorException(err error) error {
	se, ok := err.(*syntax.Error)
	if !ok {
		return runtime.Errorf(runtime.SystemErrorType, "%v", err)
	}
	var typ *runtime.Type
	switch se.Kind {
	case syntax.KindSyntax:
		typ = runtime.SyntaxErrorType
	case syntax.KindIndentation:
		typ = runtime.IndentationErrorType
	case syntax.KindTab:
		typ = runtime.TabErrorType
	case syntax.KindNotImplemented:
		return runtime.Errorf(runtime.NotImplementedErrorType, "%s (%s, line %d)", se.Msg, se.Filename, se.Pos.Line)
	default:
		return runtime.Errorf(runtime.SystemErrorType, "%s (%s, line %d)", se.Msg, se.Filename, se.Pos.Line)
	}
	end := 0
	if se.EndCol > 0 {
		end = int(se.EndCol) + 1
	}
	text := se.Text
	if text != "" {
		text += "\n"
	}
	return runtime.NewSyntaxError(typ, se.Msg, se.Filename, int(se.Pos.Line), int(se.Pos.Col)+1, text, end)
}

// runModuleCode runs a compiled module body in a new frame.
func (vm *VM) runModuleCode(lm *loadedModule) (runtime.Value, error) {
	t := vm.t
	if t.Depth >= t.RecursionLimit || t.Depth >= runtime.MaxRecursionLimit {
		return runtime.Value{}, runtime.Errorf(runtime.RecursionErrorType, "maximum recursion depth exceeded")
	}
	code := lm.code
	regs, mark := vm.stack.alloc(len(code.VarNames) + code.StackSize)
	defer vm.stack.release(regs, mark)
	f := &Frame{code: code, globals: lm.mod.Globals, regs: regs, sp: len(code.VarNames), saved: mark}
	t.Depth++
	defer func() { t.Depth-- }()
	return vm.run(f)
}

// importFrom implements IMPORT_FROM: attribute name of module v, importing
// the submodule v.name of a package if needed.
func (vm *VM) importFrom(v runtime.Value, name string) (runtime.Value, error) {
	t := vm.t
	if r, ok, err := runtime.LookupAttr(t, v, name); err != nil || ok {
		return r, err
	}
	pkgname, hasName := moduleAttrStr(t, v, "__name__")
	if hasName {
		full := pkgname + "." + name
		if _, imported, err := vm.importSubmodule(v, full); err != nil {
			return runtime.Value{}, err
		} else if imported {
			if r, ok, err := runtime.LookupAttr(t, v, name); err != nil || ok {
				return r, err
			}
		}
		// A circular import may have registered the submodule without
		// binding it in its package yet.
		if r, ok := t.SysModules.GetStr(full); ok {
			return r, nil
		}
	}
	shown := pkgname
	if !hasName {
		shown = "<unknown module name>"
	}
	file, hasFile := moduleAttrStr(t, v, "__file__")
	var msg string
	switch m, _ := v.Object().(*runtime.Module); {
	case !hasFile:
		msg = "cannot import name " + runtime.StrRepr(name) + " from " + runtime.StrRepr(shown) + " (unknown location)"
		file = ""
	case m != nil && vm.imports.initializing[m]:
		msg = "cannot import name " + runtime.StrRepr(name) + " from partially initialized module " + runtime.StrRepr(shown) + " (most likely due to a circular import) (" + file + ")"
	default:
		msg = "cannot import name " + runtime.StrRepr(name) + " from " + runtime.StrRepr(shown) + " (" + file + ")"
	}
	return runtime.Value{}, runtime.NewImportError(runtime.ImportErrorType, msg, pkgname, file)
}

// importSubmodule is _handle_fromlist for one name: if v is a package it
// imports its submodule full, ignoring that there is no such module. ok
// reports whether it imported one.
func (vm *VM) importSubmodule(v runtime.Value, full string) (runtime.Value, bool, error) {
	if _, isPkg, err := runtime.LookupAttr(vm.t, v, "__path__"); err != nil || !isPkg {
		return runtime.Value{}, false, err
	}
	r, err := vm.findAndLoad(full)
	if err != nil {
		exc := runtime.AsException(err)
		if exc.IsInstance(runtime.ModuleNotFoundErrorType) {
			missing, _ := runtime.AsStr(exc.Attrs["name"])
			if cur, ok := vm.t.SysModules.GetStr(full); missing == full && !(ok && cur.IsNone()) {
				return runtime.Value{}, false, nil
			}
		}
		return runtime.Value{}, false, err
	}
	return r, true, nil
}

// moduleAttrStr reads a str attribute (__name__, __file__) of a module.
func moduleAttrStr(t *runtime.Thread, v runtime.Value, name string) (string, bool) {
	r, ok, err := runtime.LookupAttr(t, v, name)
	if err != nil || !ok {
		return "", false
	}
	return runtime.AsStr(r)
}

// importStar implements IMPORT_STAR: binds the names in v.__all__, or all
// of v's names not starting with an underscore, in f's namespace.
func (vm *VM) importStar(f *Frame, v runtime.Value) error {
	t := vm.t
	all, hasAll, err := runtime.LookupAttr(t, v, "__all__")
	if err != nil {
		return err
	}
	var names []runtime.Value
	if hasAll {
		if names, err = runtime.Collect(t, all); err != nil {
			return err
		}
		// A package's __all__ may list submodules not imported yet.
		if _, isPkg, _ := runtime.LookupAttr(t, v, "__path__"); isPkg {
			modname, _ := moduleAttrStr(t, v, "__name__")
			for _, n := range names {
				s, ok := runtime.AsStr(n)
				if !ok {
					return runtime.Errorf(runtime.TypeErrorType, "Item in %s.__all__ must be str, not %s", modname, n.TypeName())
				}
				if _, has, err := runtime.LookupAttr(t, v, s); err != nil {
					return err
				} else if !has {
					if _, _, err := vm.importSubmodule(v, modname+"."+s); err != nil {
						return err
					}
				}
			}
		}
	} else if m, ok := v.Object().(*runtime.Module); ok {
		for i, n := range m.Globals.Names {
			if !m.Globals.Vals[i].IsUnbound() {
				names = append(names, runtime.NewStr(n))
			}
		}
	} else {
		// Something else a program put in sys.modules: its __dict__.
		d, ok, err := runtime.LookupAttr(t, v, "__dict__")
		if err != nil {
			return err
		}
		dict, isDict := d.Object().(*runtime.Dict)
		if !ok || !isDict {
			return runtime.Errorf(runtime.ImportErrorType, "from-import-* object has no __dict__ and no __all__")
		}
		names = dict.Keys()
	}
	for _, n := range names {
		s, ok := runtime.AsStr(n)
		if !ok {
			modname, _ := moduleAttrStr(t, v, "__name__")
			what, where := "Item", "__all__"
			if !hasAll {
				what, where = "Key", "__dict__"
			}
			return runtime.Errorf(runtime.TypeErrorType, "%s in %s.%s must be str, not %s", what, modname, where, n.TypeName())
		}
		if !hasAll && strings.HasPrefix(s, "_") {
			continue
		}
		val, err := runtime.GetAttr(t, v, s)
		if err != nil {
			return err
		}
		if f.locals != nil {
			f.locals.SetStr(s, val)
		} else {
			f.globals.Set(s, val)
		}
	}
	return nil
}
