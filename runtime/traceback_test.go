package runtime

import "testing"

func TestTracebackObject(t *testing.T) {
	e := Errorf(ValueErrorType, "x")
	if v := TracebackOf(e); !v.IsNone() {
		t.Errorf("traceback of an exception never raised: %s", ReprOrPlaceholder(v))
	}
	// Entries are added innermost first as the exception unwinds.
	e.AddTraceback("m.py", 7, "inner")
	e.AddTraceback("m.py", 3, "<module>")
	var lines []int64
	for tb := TracebackOf(e); !tb.IsNone(); {
		n, err := GetAttr(nil, tb, "tb_lineno")
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, n.AsInt())
		if tb, err = GetAttr(nil, tb, "tb_next"); err != nil {
			t.Fatal(err)
		}
	}
	if len(lines) != 2 || lines[0] != 3 || lines[1] != 7 {
		t.Errorf("tb_lineno chain %v, want [3 7]", lines)
	}
	if v, _ := GetAttr(nil, FromObject(e), "__traceback__"); v.Type() != TracebackType {
		t.Errorf("__traceback__ is %s", v.TypeName())
	}
}

func TestLookupSpecialIgnoresInstance(t *testing.T) {
	th := testThread()
	if _, ok, err := LookupSpecial(th, Int(1), "__enter__"); ok || err != nil {
		t.Errorf("int has __enter__: %v %v", ok, err)
	}
	sio := FromObject(NewStringIO())
	m, ok, err := LookupSpecial(th, sio, "__enter__")
	if !ok || err != nil {
		t.Fatalf("StringIO.__enter__: %v %v", ok, err)
	}
	r, err := Call(th, m, nil, nil)
	if err != nil || !r.Is(sio) {
		t.Errorf("StringIO.__enter__() = %s, %v", ReprOrPlaceholder(r), err)
	}
}
