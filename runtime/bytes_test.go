package runtime

import "testing"

// Expected values come from CPython 3.11.

func vY(s string) Value  { return NewBytes([]byte(s)) }
func vBA(s string) Value { return NewByteArray([]byte(s)) }

func TestBytesRepr(t *testing.T) {
	for _, c := range []struct {
		v    Value
		want string
	}{
		{vY(""), "b''"},
		{vY("a'b"), `b"a'b"`},
		{vY(`a'b"`), `b'a\'b"'`},
		{vY("\t\n\r\\\x00\x7f\x80\xff"), `b'\t\n\r\\\x00\x7f\x80\xff'`},
		{vBA("it's\n"), `bytearray(b"it\'s\n")`},
		{vBA(`say "hi"`), `bytearray(b'say "hi"')`},
		{vBA(""), "bytearray(b'')"},
	} {
		if got, _ := Repr(nil, c.v); got != c.want {
			t.Errorf("repr: got %s, want %s", got, c.want)
		}
	}
}

func TestBytesHashMatchesStr(t *testing.T) {
	for _, s := range []string{"", "a", "abc", "hello world"} {
		hb, _ := Hash(nil, vY(s))
		hs, _ := Hash(nil, NewStr(s))
		if hb != hs {
			t.Errorf("hash(b%q) = %d, hash(%q) = %d", s, hb, s, hs)
		}
	}
	// A latin-1 str hashes its one-byte code points, like bytes.
	hb, _ := Hash(nil, vY("caf\xe9"))
	hs, _ := Hash(nil, NewStr("café"))
	if hb != hs {
		t.Errorf("hash(b'caf\\xe9') = %d, hash('café') = %d", hb, hs)
	}
}

func TestBytesMethods(t *testing.T) {
	bytesType := FromObject(BytesType)
	runCases(t, []callCase{
		{fn: "bytes", args: []Value{vI(3)}, want: `b'\x00\x00\x00'`},
		{fn: "bytes", args: []Value{vL(vI(65), vI(66))}, want: "b'AB'"},
		{fn: "bytes", args: []Value{vL(vI(256))}, want: "ValueError: bytes must be in range(0, 256)"},
		{fn: "bytearray", args: []Value{vL(vI(256))}, want: "ValueError: byte must be in range(0, 256)"},
		{fn: "bytes", args: []Value{vS("x")}, want: "TypeError: string argument without an encoding"},
		{fn: "bytes", args: []Value{vF(1.5)}, want: "TypeError: cannot convert 'float' object to bytes"},
		{fn: "bytes", args: []Value{vI(-1)}, want: "ValueError: negative count"},
		{fn: "bytes", args: []Value{vS("é"), vS("utf-8")}, want: `b'\xc3\xa9'`},
		{fn: "bytes.fromhex", args: []Value{bytesType, vS(" 0a 0B ff")}, want: `b'\n\x0b\xff'`},
		{fn: "bytes.fromhex", args: []Value{bytesType, vS("a b")}, want: "ValueError: non-hexadecimal number found in fromhex() arg at position 1"},
		{fn: "bytes.hex", args: []Value{vY("\x00\xff\x10"), vS(":"), vI(2)}, want: "'00:ff10'"},
		{fn: "bytes.hex", args: []Value{vY("\x00\xff\x10"), vS(":"), vI(-2)}, want: "'00ff:10'"},
		{fn: "bytes.split", args: []Value{vY("  a b  c  "), None, vI(1)}, want: "[b'a', b'b  c  ']"},
		{fn: "bytes.rsplit", args: []Value{vY("  a b  c  "), None, vI(1)}, want: "[b'  a b', b'c']"},
		{fn: "bytes.split", args: []Value{vY("a,b,,c"), vY(",")}, want: "[b'a', b'b', b'', b'c']"},
		{fn: "bytes.split", args: []Value{vY("a"), vY("")}, want: "ValueError: empty separator"},
		{fn: "bytes.strip", args: []Value{vY("xxhixx"), vY("x")}, want: "b'hi'"},
		{fn: "bytes.find", args: []Value{vY("hello"), vI(108)}, want: "2"},
		{fn: "bytes.find", args: []Value{vY("hello"), vS("l")}, want: "TypeError: argument should be integer or bytes-like object, not 'str'"},
		{fn: "bytes.count", args: []Value{vY("hello"), vY("")}, want: "6"},
		{fn: "bytes.replace", args: []Value{vY("abc"), vY(""), vY(".")}, want: "b'.a.b.c.'"},
		{fn: "bytes.upper", args: []Value{vY("caf\xc3\xa9")}, want: `b'CAF\xc3\xa9'`},
		{fn: "bytes.center", args: []Value{vY("abc"), vI(10), vY("x")}, want: "b'xxxabcxxxx'"},
		{fn: "bytes.zfill", args: []Value{vY("-42"), vI(5)}, want: "b'-0042'"},
		{fn: "bytes.splitlines", args: []Value{vY("a\nb\r\nc\rd\n"), True}, want: `[b'a\n', b'b\r\n', b'c\r', b'd\n']`},
		{fn: "bytes.join", args: []Value{vY("-"), vL(vY("a"), vS("b"))}, want: "TypeError: sequence item 1: expected a bytes-like object, str found"},
		{fn: "bytes.startswith", args: []Value{vY("abc"), vS("a")}, want: "TypeError: startswith first arg must be bytes or a tuple of bytes, not str"},
		{fn: "bytearray.upper", args: []Value{vBA("ab")}, want: "bytearray(b'AB')"},
		{fn: "bytearray.pop", args: []Value{vBA("")}, want: "IndexError: pop from empty bytearray"},
	})
}

func TestByteArrayMutation(t *testing.T) {
	th := testThread()
	ba := vBA("hello")
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(SetItem(th, ba, Int(0), Int(72)))
	must(SetItem(th, ba, FromObject(&Slice{Start: Int(1), Stop: Int(3), Step: None}), vY("EYXX")))
	must(DelItem(th, ba, FromObject(&Slice{Start: None, Stop: None, Step: Int(-2)})))
	if got, _ := Repr(th, ba); got != "bytearray(b'EXl')" {
		t.Errorf("got %s", got)
	}
	r, err := Binary(th, OpAdd, ba, vY("!"), true)
	must(err)
	if !r.Is(ba) {
		t.Error("+= made a new bytearray")
	}
	if err := SetItem(th, ba, Int(0), Int(256)); err == nil || AsException(err).Message() != "byte must be in range(0, 256)" {
		t.Errorf("ba[0] = 256: %v", err)
	}
}

func TestIntBytes(t *testing.T) {
	intType := FromObject(IntType)
	runCases(t, []callCase{
		{fn: "int.to_bytes", args: []Value{vI(1024), vI(2), vS("little")}, want: `b'\x00\x04'`},
		{fn: "int.to_bytes", args: []Value{vI(-1), vI(2), vS("big")}, kw: []string{"signed"}, kwv: []Value{True}, want: `b'\xff\xff'`},
		{fn: "int.to_bytes", args: []Value{vI(-1), vI(2), vS("big")}, want: "OverflowError: can't convert negative int to unsigned"},
		{fn: "int.to_bytes", args: []Value{vI(128), vI(1), vS("big")}, kw: []string{"signed"}, kwv: []Value{True}, want: "OverflowError: int too big to convert"},
		{fn: "int.to_bytes", args: []Value{vI(1), vI(1), vS("middle")}, want: "ValueError: byteorder must be either 'little' or 'big'"},
		{fn: "int.from_bytes", args: []Value{intType, vY("\xff\xff"), vS("big")}, kw: []string{"signed"}, kwv: []Value{True}, want: "-1"},
		{fn: "int.from_bytes", args: []Value{intType, vL(vI(1), vI(0)), vS("little")}, want: "1"},
		{fn: "int.from_bytes", args: []Value{intType, vS("ab"), vS("big")}, want: "TypeError: cannot convert 'str' object to bytes"},
	})
}
