package interp

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// The import_* corpus programs check imports against CPython; these tests
// cover what the corpus cannot: the search path (Options.Path, sys.path,
// names that shadow Go modules), file names relative to Options.Dir, and
// programs run as "<string>". The expected outputs are CPython 3.11's,
// with its absolute paths made relative to the scenario directory.

type importCase struct {
	name   string
	files  map[string]string
	script string   // file run as the main program, or "<string>" to run files["<string>"]
	path   []string // Options.Path
	stdout string
	stderr string
	exit   int
}

var importCases = []importCase{
	{
		name: "shadowing",
		// heapq stands in for the standard library and a file next to the
		// script shadows it; time, itertools and sys are built into
		// CPython and found first.
		files: map[string]string{
			"heapq.py":     "print('user heapq')\nX = 1\n",
			"time.py":      "print('user time')\n",
			"itertools.py": "print('user itertools')\n",
			"sys.py":       "print('user sys')\n",
			"main.py":      "import heapq, time, itertools, sys\nprint(heapq.X, time.__name__, hasattr(time, 'sleep'), hasattr(itertools, 'count'))\n",
		},
		script: "main.py",
		stdout: "user heapq\n1 time True True\n",
	},
	{
		name: "path option",
		files: map[string]string{
			"proj/main.py": "import a, b, c\nprint(a.W, b.W)\nimport sys\nprint(sys.path)\nc.fail()\n",
			"proj/b.py":    "W = 'proj b'\n",
			"lib1/a.py":    "W = 'lib1 a'\n",
			"lib2/a.py":    "W = 'lib2 a'\n",
			"lib2/b.py":    "W = 'lib2 b'\n",
			"lib2/c.py":    "def fail():\n    raise RuntimeError('from lib2')\n",
		},
		script: "proj/main.py",
		path:   []string{"lib1", "lib2"},
		stdout: "lib1 a proj b\n['proj', 'lib1', 'lib2']\n",
		stderr: `Traceback (most recent call last):
  File "proj/main.py", line 5, in <module>
    c.fail()
  File "lib2/c.py", line 2, in fail
    raise RuntimeError('from lib2')
RuntimeError: from lib2
`,
		exit: 1,
	},
	{
		name: "sys.path edits",
		files: map[string]string{
			"proj/main.py": "import sys\nsys.path.append('extra')\nimport e\nprint(e.V, e.__file__, e)\nsys.path.insert(0, 7)\nimport f\nprint(f.V)\n",
			"extra/e.py":   "V = 'extra e'\n",
			"proj/f.py":    "V = 'f'\n",
		},
		script: "proj/main.py",
		stdout: "extra e extra/e.py <module 'e' from 'extra/e.py'>\nf\n",
	},
	{
		name: "string program",
		files: map[string]string{
			"<string>": "import sys, m\nprint(sys.path[0] == '', m.V)\n",
			"m.py":     "V = 'found in the working directory'\n",
		},
		script: "<string>",
		stdout: "True found in the working directory\n",
	},
	{
		name: "bad inputs",
		files: map[string]string{
			"pk/__init__.py": "__path__ = 5\n",
			"obj.py":         "import sys\nclass C:\n    pass\no = C()\no.a = 1\no._b = 2\nsys.modules[__name__] = o\n",
			"selfdel.py":     "import sys\ndel sys.modules[__name__]\n",
			"main.py": `import sys
try:
    import pk.sub
except Exception as e:
    print(type(e).__name__, e)
from obj import *
print(a)
try:
    print(_b)
except NameError as e:
    print(e)
try:
    import selfdel
except KeyError as e:
    print('KeyError', e)
__package__ = 'nopkg'
try:
    from . import x
except ImportError as e:
    print(type(e).__name__, e)
__package__ = 'a.b'
for level in range(2):
    try:
        if level:
            from .. import x
        else:
            from ... import x
    except ImportError as e:
        print(type(e).__name__, e)
__package__ = 5
try:
    from . import x
except TypeError as e:
    print(e)
sys.modules[7] = 1
sys.path.append(None)
try:
    import nothere
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
`,
		},
		script: "main.py",
		stdout: `TypeError 'int' object is not iterable
1
name '_b' is not defined
KeyError 'selfdel'
ModuleNotFoundError No module named 'nopkg'
ImportError attempted relative import beyond top-level package
ModuleNotFoundError No module named 'a'
package must be a string
ModuleNotFoundError No module named 'nothere' nothere None
`,
	},
	{
		name: "tab error",
		files: map[string]string{
			"m.py":    "def f():\n\tif 1:\n        return 1\n",
			"main.py": "import m\n",
		},
		script: "main.py",
		stderr: `Traceback (most recent call last):
  File "main.py", line 1, in <module>
    import m
  File "m.py", line 3
    return 1
TabError: inconsistent use of tabs and spaces in indentation
`,
		exit: 1,
	},
}

func TestImport(t *testing.T) {
	for _, c := range importCases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, body := range c.files {
				if name == "<string>" {
					continue
				}
				p := filepath.Join(dir, filepath.FromSlash(name))
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			src := []byte(c.files[c.script])
			var stdout, stderr bytes.Buffer
			exit := RunSource(c.script, src, Options{Stdout: &stdout, Stderr: &stderr, Args: []string{c.script}, Dir: dir, Path: c.path})
			if got := stdout.String(); got != c.stdout {
				t.Errorf("stdout:\n%s\nwant:\n%s", got, c.stdout)
			}
			if got := stripCarets(stderr.String()); got != c.stderr {
				t.Errorf("stderr:\n%s\nwant:\n%s", got, c.stderr)
			}
			if exit != c.exit {
				t.Errorf("exit status %d, want %d", exit, c.exit)
			}
		})
	}
}

// stripCarets drops the caret lines under source lines, which the
// expected outputs leave out.
func stripCarets(s string) string {
	var out []byte
	for _, line := range bytes.SplitAfter([]byte(s), []byte("\n")) {
		if t := bytes.TrimSpace(line); len(t) > 0 && len(bytes.Trim(t, "^~")) == 0 {
			continue
		}
		out = append(out, line...)
	}
	return string(out)
}

func TestPathFromEnv(t *testing.T) {
	sep := string(filepath.ListSeparator)
	got := PathFromEnv("a" + sep + sep + "b/c" + sep)
	if len(got) != 2 || got[0] != "a" || got[1] != "b/c" {
		t.Errorf("PathFromEnv = %q, want [a b/c]", got)
	}
	if got := PathFromEnv(""); got != nil {
		t.Errorf("PathFromEnv(\"\") = %q, want nil", got)
	}
}
