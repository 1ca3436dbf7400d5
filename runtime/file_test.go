package runtime

import (
	"os"
	"path/filepath"
	"testing"
)

func TestOSErrorStr(t *testing.T) {
	th := testThread()
	v, err := Call(th, FromObject(OSErrorType), []Value{vI(2), vS("No such file or directory"), vS("x")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	e := v.Object().(*Exception)
	if e.Type() != FileNotFoundErrorType || e.Message() != "[Errno 2] No such file or directory: 'x'" || len(e.Args) != 2 {
		t.Errorf("got %s %q %d args", e.Type().Name, e.Message(), len(e.Args))
	}
	if fn, _ := GetAttr(th, v, "filename"); !fn.Is(fn) || ReprOrPlaceholder(fn) != "'x'" {
		t.Errorf("filename %s", ReprOrPlaceholder(fn))
	}
	if en, _ := GetAttr(th, FromObject(Errorf(OSErrorType, "plain")), "errno"); !en.IsNone() {
		t.Errorf("errno of a plain OSError: %s", ReprOrPlaceholder(en))
	}
}

// TestFileText exercises a text file through the method table: universal
// newlines on read, byte positions from tell, and reads after writes.
func TestFileText(t *testing.T) {
	th := testThread()
	path := filepath.Join(t.TempDir(), "t.txt")
	if err := os.WriteFile(path, []byte("a\r\nb\rc\nd"), 0o666); err != nil {
		t.Fatal(err)
	}
	call := func(recv Value, name string, args ...Value) Value {
		t.Helper()
		m, err := GetAttr(th, recv, name)
		if err != nil {
			t.Fatal(err)
		}
		r, err := Call(th, m, args, nil)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return r
	}
	f, err := Call(th, Builtins["open"], []Value{vS(path)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"'a\\n'", "'b\\n'"} {
		if got := ReprOrPlaceholder(call(f, "readline")); got != want {
			t.Errorf("readline: got %s, want %s", got, want)
		}
	}
	if got := ReprOrPlaceholder(call(f, "tell")); got != "5" {
		t.Errorf("tell: got %s, want 5", got)
	}
	if got := ReprOrPlaceholder(call(f, "read")); got != "'c\\nd'" {
		t.Errorf("read: got %s", got)
	}
	if got := ReprOrPlaceholder(call(f, "readline")); got != "''" {
		t.Errorf("readline at EOF: got %s", got)
	}
	call(f, "close")
	if _, err := Call(th, Builtins["open"], []Value{vS(path), vS("rw")}, nil); err == nil || AsException(err).Message() != "must have exactly one of create/read/write/append mode" {
		t.Errorf("mode rw: %v", err)
	}
	if _, err := Call(th, Builtins["open"], []Value{vS(filepath.Join(path, "x"))}, nil); err == nil || AsException(err).Type() != NotADirectoryErrorType {
		t.Errorf("open under a file: %v", err)
	}
}

func TestPosixPath(t *testing.T) {
	for _, c := range [][3]string{
		{"/x/y.txt", "/x", ""}, {"y.txt", "", ""}, {"/", "/", ""}, {"//a", "//", ""}, {"a//b", "a", ""},
	} {
		if got := posixDirname(c[0]); got != c[1] {
			t.Errorf("dirname(%q) = %q, want %q", c[0], got, c[1])
		}
	}
	for _, c := range [][3]string{
		{"a/b.tar.gz", "a/b.tar", ".gz"}, {".bashrc", ".bashrc", ""}, {"a.b/c", "a.b/c", ""}, {"..x.y", "..x", ".y"},
	} {
		if root, ext := posixSplitext(c[0]); root != c[1] || ext != c[2] {
			t.Errorf("splitext(%q) = %q, %q", c[0], root, ext)
		}
	}
}
