package syntax

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDevDump(t *testing.T) {
	path := os.Getenv("SNIPPETS")
	if path == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(path)
	pos := os.Getenv("POS") != ""
	var out []string
	for _, src := range strings.Split(string(data), "\n---\n") {
		var s string
		var n any
		var err error
		if os.Getenv("EVAL") != "" {
			n, err = ParseExpr("x.py", []byte(src))
		} else {
			n, err = Parse("x.py", []byte(src))
		}
		if err != nil {
			e := err.(*Error)
			s = fmt.Sprintf("ERROR %s: %s @%d:%d", e.Kind, e.Msg, e.Pos.Line, e.Pos.Col)
		} else {
			s = dumpOpt(n, pos)
		}
		out = append(out, s)
	}
	os.WriteFile(os.Getenv("OUT"), []byte(strings.Join(out, "\n---\n")+"\n"), 0o644)
}

func TestDevFiles(t *testing.T) {
	list := os.Getenv("FILELIST")
	if list == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(list)
	outdir := os.Getenv("OUTDIR")
	for i, name := range strings.Fields(string(data)) {
		src, _ := os.ReadFile(name)
		m, err := Parse(name, src)
		var s string
		if err != nil {
			e := err.(*Error)
			s = fmt.Sprintf("ERROR %s: %s @%d:%d", e.Kind, e.Msg, e.Pos.Line, e.Pos.Col)
		} else {
			s = dumpOpt(m, true)
		}
		os.WriteFile(fmt.Sprintf("%s/%d", outdir, i), []byte(s+"\n"), 0o644)
	}
}

func BenchmarkDevBig(b *testing.B) {
	src, _ := os.ReadFile("/tmp/py/big.py")
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		if _, err := Parse("big.py", src); err != nil {
			b.Fatal(err)
		}
	}
}
