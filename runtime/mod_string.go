package runtime

// The string module: its constants and capwords.

func init() {
	BuiltinModules["string"] = newStringModule
}

const (
	strAsciiLowercase = "abcdefghijklmnopqrstuvwxyz"
	strAsciiUppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	strDigits         = "0123456789"
	strPunctuation    = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
	strWhitespace     = " \t\n\r\x0b\x0c"
)

func newStringModule(t *Thread) *Module {
	m := NewModule("string")
	letters := strAsciiLowercase + strAsciiUppercase
	libSetModuleFuncs(m, map[string]Value{
		"ascii_letters":   NewStr(letters),
		"ascii_lowercase": NewStr(strAsciiLowercase),
		"ascii_uppercase": NewStr(strAsciiUppercase),
		"capwords":        NewBuiltin("capwords", stringCapwords),
		"digits":          NewStr(strDigits),
		"hexdigits":       NewStr(strDigits + "abcdefABCDEF"),
		"octdigits":       NewStr("01234567"),
		"printable":       NewStr(strDigits + letters + strPunctuation + strWhitespace),
		"punctuation":     NewStr(strPunctuation),
		"whitespace":      NewStr(strWhitespace),
	})
	return m
}

var stringCapwordsSig = libSig{name: "capwords", params: []string{"s", "sep"}, ndef: 1}

// stringCapwords is (sep or ' ').join(map(str.capitalize, s.split(sep))).
func stringCapwords(t *Thread, args []Value, kw []string) (Value, error) {
	a, err := stringCapwordsSig.bind(args, kw)
	if err != nil {
		return Value{}, err
	}
	s, sep := a[0], orDefault(a[1], None)
	callMethod := func(recv Value, name string, args ...Value) (Value, error) {
		m, err := GetAttr(t, recv, name)
		if err != nil {
			return Value{}, err
		}
		return Call(t, m, args, nil)
	}
	parts, err := callMethod(s, "split", sep)
	if err != nil {
		return Value{}, err
	}
	words, err := libCollect(t, parts)
	if err != nil {
		return Value{}, err
	}
	for i, w := range words {
		if words[i], err = callMethod(w, "capitalize"); err != nil {
			return Value{}, err
		}
	}
	joiner := sep
	if sep.IsNone() {
		joiner = NewStr(" ")
	}
	return callMethod(joiner, "join", NewList(words))
}
