package runtime

import "testing"

// Expected values come from CPython 3.11.

func TestCodecs(t *testing.T) {
	runCases(t, []callCase{
		{fn: "str.encode", args: []Value{vS("aé€"), vS("ascii")}, want: "UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)"},
		{fn: "str.encode", args: []Value{vS("a€"), vS("latin1")}, want: "UnicodeEncodeError: 'latin-1' codec can't encode character '\\u20ac' in position 1: ordinal not in range(256)"},
		{fn: "str.encode", args: []Value{vS("aé€"), vS("ascii"), vS("backslashreplace")}, want: `b'a\\xe9\\u20ac'`},
		{fn: "str.encode", args: []Value{vS("aé€"), vS("ascii"), vS("xmlcharrefreplace")}, want: "b'a&#233;&#8364;'"},
		{fn: "str.encode", args: []Value{vS("x"), vS("nope")}, want: "LookupError: unknown encoding: nope"},
		{fn: "bytes.decode", args: []Value{vY("\xe4\xbd\x41")}, want: "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"},
		{fn: "bytes.decode", args: []Value{vY("\xe4\xbd")}, want: "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"},
		{fn: "bytes.decode", args: []Value{vY("\xed\xa0\x80")}, want: "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"},
		{fn: "bytes.decode", args: []Value{vY("\xc0")}, want: "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte"},
		{fn: "bytes.decode", args: []Value{vY("\xe4\xbd\x41\xff"), vS("utf-8"), vS("replace")}, want: "'\ufffdA\ufffd'"},
		{fn: "bytes.decode", args: []Value{vY("\xe9"), vS("ascii")}, want: "UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 0: ordinal not in range(128)"},
		{fn: "bytes.decode", args: []Value{vY("\xff"), vS("utf-8"), vS("bogus")}, want: "LookupError: unknown error handler name 'bogus'"},
		{fn: "bytes.decode", args: []Value{vY("ok"), vS("utf-8"), vS("bogus")}, want: "'ok'"},
	})
}
