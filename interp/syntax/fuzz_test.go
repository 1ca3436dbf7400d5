package syntax

import (
	"bytes"
	"os"
	"regexp"
	"testing"
)

// FuzzParse checks that no input makes the parser panic or report an
// error without a usable position. Run with
//
//	go test -run='^$' -fuzz=FuzzParse -fuzztime=60s ./interp/syntax
func FuzzParse(f *testing.F) {
	if data, err := os.ReadFile("testdata/errors.py"); err == nil {
		for _, src := range regexp.MustCompile(`(?m)^---\n`).Split(string(data), -1) {
			f.Add([]byte(src))
		}
	}
	for _, src := range []string{
		benchSource,
		"x = f'{a!r:>{b}}' f\"{c=}\" rb'\\x00'\n",
		"if x:\n\tpass\nelif y:\n  pass\n",
		"with (a as b, c):\n    pass\n",
		"match x:\n    case 1: pass\n",
		"lambda a, /, b=1, *c, d, **e: (yield)\n",
		"x = [i async for i in y if (j := i)]\n",
		"def f(a, (b, c)): pass\n",
		"print 'x'\n",
		"(((a b)))\n",
		"'''\n",
	} {
		f.Add([]byte(src))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		_, err := Parse("fuzz.py", src)
		if err != nil {
			e, ok := err.(*Error)
			if !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			lines := bytes.Count(bytes.ReplaceAll(bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n")), []byte("\r"), []byte("\n")), []byte("\n"))
			if e.Pos.Line < 1 || e.Pos.Col < 0 || e.Pos.Line > int32(lines+1) {
				t.Fatalf("bad position in %v", e)
			}
			_ = e.Error()
			_ = e.Format()
		}
		if _, err := ParseExpr("fuzz.py", src); err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
		}
	})
}
