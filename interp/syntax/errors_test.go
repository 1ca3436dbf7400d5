package syntax

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestFormat checks Error.Format against what python3.11 prints on stderr
// for the same file (captured with "python3 x.py").
func TestFormat(t *testing.T) {
	tests := []struct{ src, want string }{
		{"x = (1 +\n",
			"  File \"x.py\", line 1\n    x = (1 +\n        ^\nSyntaxError: '(' was never closed\n"},
		{"x = = 1\n",
			"  File \"x.py\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n"},
		{"    x = 1\n",
			"  File \"x.py\", line 1\n    x = 1\nIndentationError: unexpected indent\n"},
		{"if x:\n    a = 1\n  b = 2\n",
			"  File \"x.py\", line 3\n    b = 2\n         ^\nIndentationError: unindent does not match any outer indentation level\n"},
		{"if x:\npass\n",
			"  File \"x.py\", line 2\n    pass\n    ^\nIndentationError: expected an indented block after 'if' statement on line 1\n"},
		{"def f(x for x in y, 1): pass\n",
			"  File \"x.py\", line 1\n    def f(x for x in y, 1): pass\n            ^^^\nSyntaxError: invalid syntax\n"},
		{"f(x for x in y, 1)\n",
			"  File \"x.py\", line 1\n    f(x for x in y, 1)\n      ^^^^^^^^^^^^\nSyntaxError: Generator expression must be parenthesized\n"},
		{"x = 012\n",
			"  File \"x.py\", line 1\n    x = 012\n        ^\nSyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers\n"},
		{"1 = x\n",
			"  File \"x.py\", line 1\n    1 = x\n    ^\nSyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?\n"},
		{"print 'hello'\n",
			"  File \"x.py\", line 1\n    print 'hello'\n    ^^^^^^^^^^^^^\nSyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n"},
		{"x = 'abc\n",
			"  File \"x.py\", line 1\n    x = 'abc\n        ^\nSyntaxError: unterminated string literal (detected at line 1)\n"},
		{"x = [1, 2 3]\n",
			"  File \"x.py\", line 1\n    x = [1, 2 3]\n            ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"},
		{"x = 1 \\ y\n",
			"  File \"x.py\", line 1\n    x = 1 \\ y\n           ^\nSyntaxError: unexpected character after line continuation character\n"},
		{"foo(1, 2))\n",
			"  File \"x.py\", line 1\n    foo(1, 2))\n             ^\nSyntaxError: unmatched ')'\n"},
		{"x = \"\"\"abc\n\ndef\n",
			"  File \"x.py\", line 1\n    x = \"\"\"abc\n        ^\nSyntaxError: unterminated triple-quoted string literal (detected at line 3)\n"},
		{"\tx = (\n",
			"  File \"x.py\", line 1\n    x = (\nIndentationError: unexpected indent\n"},
		{"def f():\n    return a b\n",
			"  File \"x.py\", line 2\n    return a b\n             ^\nSyntaxError: invalid syntax\n"},
		{"x = 3 +\n",
			"  File \"x.py\", line 1\n    x = 3 +\n           ^\nSyntaxError: invalid syntax\n"},
		{"for x in range(3)\n    pass\n",
			"  File \"x.py\", line 1\n    for x in range(3)\n                     ^\nSyntaxError: expected ':'\n"},
	}
	for _, tt := range tests {
		_, err := Parse("x.py", []byte(tt.src))
		e, ok := err.(*Error)
		if !ok {
			t.Errorf("%q: got %v, want an *Error", tt.src, err)
			continue
		}
		if got := e.Format(); got != tt.want {
			t.Errorf("%q:\ngot:\n%s\nwant:\n%s", tt.src, got, tt.want)
		}
	}
}

func TestErrorString(t *testing.T) {
	_, err := Parse("x.py", []byte("a = 1\nb = (1 +\n"))
	if got, want := err.Error(), "x.py:2:5: SyntaxError: '(' was never closed"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	e := err.(*Error)
	if e.Kind != KindSyntax || e.Pos != (Pos{2, 4}) || e.Text != "b = (1 +" || e.Filename != "x.py" {
		t.Errorf("got %+v", e)
	}
}

// TestErrorPositions checks kind, message, line, column and end column of
// errors, as CPython 3.11 reports them (lineno, offset-1, end_offset-1; a
// span that continues on a later line is cut at the end of the line).
func TestErrorPositions(t *testing.T) {
	tests := []struct {
		src            string
		kind, msg      string
		line, col, end int32
	}{
		{"x = = 1", KindSyntax, "invalid syntax", 1, 4, 5},
		{"1abc", KindSyntax, "invalid decimal literal", 1, 0, 0},
		{"x = 012", KindSyntax, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 4, 5},
		{"x = 0_12", KindSyntax, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 4, 6},
		{"x = 0b12", KindSyntax, "invalid digit '2' in binary literal", 1, 7, 0},
		{"x = 1.__class__", KindSyntax, "invalid decimal literal", 1, 5, 0},
		{"x = 'abc", KindSyntax, "unterminated string literal (detected at line 1)", 1, 4, 0},
		{"x = (1 +\ny = 2", KindSyntax, "'(' was never closed", 1, 4, 0},
		{"x = (1 2)", KindSyntax, "invalid syntax. Perhaps you forgot a comma?", 1, 5, 8},
		{"x = (1, 2\ny = [3", KindSyntax, "invalid syntax. Perhaps you forgot a comma?", 1, 8, 9},
		{"print 1", KindSyntax, "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 0, 7},
		{"if x\n  pass", KindSyntax, "expected ':'", 1, 4, 0},
		{"while x  # c\n  pass", KindSyntax, "expected ':'", 1, 9, 12},
		{"if x:\npass", KindIndentation, "expected an indented block after 'if' statement on line 1", 2, 0, 4},
		{"if x:", KindIndentation, "expected an indented block after 'if' statement on line 1", 1, 5, 0},
		{"class A:\n    def f():\n    # c", KindIndentation, "expected an indented block after function definition on line 2", 3, 7, 0},
		{"if x:\n    pass\n  y", KindIndentation, "unindent does not match any outer indentation level", 3, 3, 0},
		{"x = 1\n    y = 2", KindIndentation, "unexpected indent", 2, 3, 0},
		{"if True:\n        x = 1\n\ty = 1\n", KindTab, "inconsistent use of tabs and spaces in indentation", 3, 0, 0},
		{"f() = 1", KindSyntax, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 0, 3},
		{"a, f() = 1, 2", KindSyntax, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 3, 6},
		{"(a, 1) = x", KindSyntax, "cannot assign to literal", 1, 4, 5},
		{"f(a=1, 2)", KindSyntax, "positional argument follows keyword argument", 1, 8, 9},
		{"f(x for x in y, 1)", KindSyntax, "Generator expression must be parenthesized", 1, 2, 14},
		{"x = )", KindSyntax, "unmatched ')'", 1, 4, 0},
		{"x = (]", KindSyntax, "closing parenthesis ']' does not match opening parenthesis '('", 1, 5, 0},
		{"if x = 1: pass", KindSyntax, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 3, 8},
		{"a €", KindSyntax, "invalid character '€' (U+20AC)", 1, 2, 0},
		{"x = 1 \\ y", KindSyntax, "unexpected character after line continuation character", 1, 7, 0},
		{"x = 1 \\", KindSyntax, "unexpected EOF while parsing", 1, 7, 0},
		{"x = 1 if 2", KindSyntax, "expected 'else' after 'if' expression", 1, 4, 10},
		{"try:\n    pass\nx = 1", KindSyntax, "expected 'except' or 'finally' block", 3, 0, 1},
		{"def f:\n  pass", KindSyntax, "expected '('", 1, 5, 6},
		{"x = = 1\ny = 'abc", KindSyntax, "unterminated string literal (detected at line 2)", 2, 4, 0},
		{"x = (\ny = = 1", KindSyntax, "'(' was never closed", 1, 4, 0},
		{"x = 1\x00", KindSyntax, "source code cannot contain null bytes", 1, 0, 0},
		{"x = 1j", KindNotImplemented, "complex numbers are not supported", 1, 4, 6},
		{"async def f(): pass", KindNotImplemented, "'async def' is not supported", 1, 0, 5},
		{"async def f(): pass\nx = = 1", KindSyntax, "invalid syntax", 2, 4, 5},
	}
	for _, tt := range tests {
		_, err := Parse("x.py", []byte(tt.src))
		e, ok := err.(*Error)
		if !ok {
			t.Errorf("%q: got %v, want an error", tt.src, err)
			continue
		}
		got := []any{e.Kind, e.Msg, e.Pos.Line, e.Pos.Col, e.EndCol}
		want := []any{tt.kind, tt.msg, tt.line, tt.col, tt.end}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%q:\ngot  %v\nwant %v", tt.src, got, want)
				break
			}
		}
	}
}

// TestErrorFile runs the cases of testdata/errors.py (see its header).
func TestErrorFile(t *testing.T) {
	data, err := os.ReadFile("testdata/errors.py")
	if err != nil {
		t.Fatal(err)
	}
	marker := regexp.MustCompile(`### "(.*)"\s*$`)
	cases := regexp.MustCompile(`(?m)^---\n`).Split(string(data), -1)
	n := 0
	for _, src := range cases {
		var wantLine int32
		var want *regexp.Regexp
		for i, line := range strings.Split(src, "\n") {
			if m := marker.FindStringSubmatch(line); m != nil {
				wantLine, want = int32(i+1), regexp.MustCompile(m[1])
			}
		}
		if want == nil {
			continue
		}
		n++
		_, err := Parse("errors.py", []byte(src))
		e, ok := err.(*Error)
		if !ok {
			t.Errorf("no error for:\n%s", src)
			continue
		}
		if got := e.Kind + ": " + e.Msg; !want.MatchString(got) || e.Pos.Line != wantLine {
			t.Errorf("for:\n%s\ngot line %d %q, want line %d matching %q", src, e.Pos.Line, got, wantLine, want)
		}
	}
	if n < 100 {
		t.Errorf("only %d cases found", n)
	}
}
