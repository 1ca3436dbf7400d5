// Hand-written tests for what the generated tables cannot express: the parsed
// Spec structure, allocation counts on the hot paths, the int digit limit,
// surrogates, the optional operand interfaces and the size guard. Expected
// strings were checked against CPython 3.11.7.

package format

import (
	"math"
	"math/big"
	"strings"
	"testing"
)

func TestParseSpec(t *testing.T) {
	tests := []struct {
		spec string
		want Spec
	}{
		{"", Spec{Fill: ' ', Width: -1, Precision: -1}},
		{"*^+z#012,.3f", Spec{Fill: '*', Align: '^', Sign: '+', NoNegZero: true, Alt: true, Width: 12, Grouping: ',', Precision: 3, Type: 'f'}},
		{"010", Spec{Fill: '0', Zero: true, Width: 10, Precision: -1}},
		{"<010", Spec{Fill: '0', Align: '<', Zero: true, Width: 10, Precision: -1}},
		{" <010", Spec{Fill: ' ', Align: '<', Width: 10, Precision: -1}}, // '0' is part of the width
		{"€>_x", Spec{Fill: '€', Align: '>', Width: -1, Grouping: '_', Precision: -1, Type: 'x'}},
		{" ", Spec{Fill: ' ', Sign: ' ', Width: -1, Precision: -1}},
		{"\u0663\u0660", Spec{Fill: ' ', Width: 30, Precision: -1}}, // Unicode digits
	}
	for _, tc := range tests {
		got, err := ParseSpec(tc.spec)
		if err != nil || got != tc.want {
			t.Errorf("ParseSpec(%q) = %+v, %v; want %+v", tc.spec, got, err, tc.want)
		}
	}
	errs := []struct{ spec, typ, want string }{
		{"abc", "int", "ValueError: Invalid format specifier 'abc' for object of type 'int'"},
		{"abc", "", "ValueError: Invalid format specifier 'abc' for object of type 'object'"},
		{".", "", "ValueError: Format specifier missing precision"},
		{",_", "", "ValueError: Cannot specify both ',' and '_'."},
		{"_s", "", "ValueError: Cannot specify '_' with 's'."},
		{"99999999999999999999", "", "ValueError: Too many decimal digits in format string"},
		{"€", "float", "ValueError: Unknown format code '\\x20ac' for object of type 'float'"},
	}
	for _, tc := range errs {
		var err error
		if tc.typ == "" {
			_, err = ParseSpec(tc.spec)
		} else {
			_, err = ParseSpecFor(tc.spec, tc.typ)
		}
		if got := errString(err); got != tc.want {
			t.Errorf("ParseSpec(%q) error %q, want %q", tc.spec, got, tc.want)
		}
	}
}

func TestErrorType(t *testing.T) {
	_, err := FormatFloat(1, "d")
	e, ok := err.(*Error)
	if !ok || e.Kind != "ValueError" || e.Msg != "Unknown format code 'd' for object of type 'float'" {
		t.Fatalf("got %#v", err)
	}
	if e.Error() != "ValueError: Unknown format code 'd' for object of type 'float'" {
		t.Fatalf("Error() = %q", e.Error())
	}
}

func TestHotPathAllocs(t *testing.T) {
	floats := []float64{0, math.Copysign(0, -1), 1, -3, 1.5, 0.1 + 0.2, 1e16, 1e-5, 1e300, 5e-324,
		math.Inf(1), math.NaN(), 123456.789, -2.5e-7}
	for _, f := range floats {
		if n := testing.AllocsPerRun(100, func() { _ = FloatRepr(f) }); n > 1 {
			t.Errorf("FloatRepr(%v): %v allocs, want <= 1", f, n)
		}
		buf := make([]byte, 0, 64)
		if n := testing.AllocsPerRun(100, func() { _ = AppendFloatRepr(buf[:0], f) }); n != 0 {
			t.Errorf("AppendFloatRepr(%v): %v allocs, want 0", f, n)
		}
	}
	for _, x := range []int64{0, 7, -42, 123456789, math.MinInt64} {
		if n := testing.AllocsPerRun(100, func() { _, _ = FormatInt64(x, "") }); n > 1 {
			t.Errorf("FormatInt64(%d, \"\"): %v allocs", x, n)
		}
	}
	for _, tc := range []struct {
		f    float64
		spec string
	}{{3.14159, ".2f"}, {1234567.5, ",.1f"}, {2.5, "10"}, {1e300, "e"}} {
		if n := testing.AllocsPerRun(100, func() { _, _ = FormatFloat(tc.f, tc.spec) }); n > 1 {
			t.Errorf("FormatFloat(%v, %q): %v allocs, want <= 1", tc.f, tc.spec, n)
		}
	}
	if n := testing.AllocsPerRun(100, func() { _, _ = FormatInt64(-1234567, "+015,d") }); n > 1 {
		t.Errorf("FormatInt64 with spec: %v allocs, want <= 1", n)
	}
}

func TestIntMaxStrDigits(t *testing.T) {
	x := new(big.Int).Exp(big.NewInt(10), big.NewInt(5000), nil)
	const msg = "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
	for _, spec := range []string{"", "d", "n", ",", ">10"} {
		if _, err := FormatInt(x, spec); errString(err) != msg {
			t.Errorf("FormatInt(10**5000, %q) error %q", spec, errString(err))
		}
	}
	if _, err := FormatInt(x, "x"); err != nil {
		t.Errorf("hex is not limited: %v", err)
	}
	// Exactly 4300 digits is allowed, 4301 is not (the sign does not count).
	nines := new(big.Int).Sub(new(big.Int).Exp(big.NewInt(10), big.NewInt(4300), nil), big.NewInt(1))
	if s, err := FormatInt(new(big.Int).Neg(nines), ""); err != nil || len(s) != 4301 {
		t.Errorf("-(10**4300-1): len %d, %v", len(s), err)
	}
	if _, err := FormatInt(new(big.Int).Add(nines, big.NewInt(1)), ""); errString(err) != msg {
		t.Errorf("10**4300: %v", err)
	}
	if s, err := FormatIntLimit(x, "", 0); err != nil || len(s) != 5001 {
		t.Errorf("unlimited: len %d, %v", len(s), err)
	}
	if _, err := FormatIntLimit(x, "", 5000); errString(err) != strings.Replace(msg, "4300", "5000", 1) {
		t.Errorf("limit 5000: %v", err)
	}
	if s, err := FormatIntLimit(x, "", 5001); err != nil || len(s) != 5001 {
		t.Errorf("limit 5001: len %d, %v", len(s), err)
	}
	// Percent takes the limit from the operand.
	if _, err := Percent("%d", []Operand{limitedOp{x, 0}}, nil); err != nil {
		t.Errorf("%%d unlimited: %v", err)
	}
	if _, err := Percent("%d", []Operand{limitedOp{x, 4999}}, nil); errString(err) != strings.Replace(msg, "4300", "4999", 1) {
		t.Errorf("%%d limit 4999: %v", err)
	}
	if _, err := Percent("%x", []Operand{limitedOp{x, 640}}, nil); err != nil {
		t.Errorf("%%x is not limited: %v", err)
	}
}

// limitedOp is an int operand carrying an int max str digits limit.
type limitedOp struct {
	x     *big.Int
	limit int
}

func (o limitedOp) Str() (string, error)   { return o.x.String(), nil }
func (o limitedOp) Repr() (string, error)  { return o.x.String(), nil }
func (o limitedOp) ASCII() (string, error) { return o.x.String(), nil }
func (o limitedOp) Number() (*big.Int, float64, bool, bool) {
	return o.x, 0, true, true
}
func (o limitedOp) TypeName() string     { return "int" }
func (o limitedOp) IntMaxStrDigits() int { return o.limit }

func TestSurrogates(t *testing.T) {
	// A lone surrogate in WTF-8 counts as one code point and is produced by %c.
	const sur = "\xed\xa0\x80"
	if got, err := FormatStr("a"+sur, "^5"); err != nil || got != " a"+sur+"  " {
		t.Errorf("FormatStr surrogate: %q, %v", got, err)
	}
	if got, err := FormatStr("a"+sur+"b", ".2"); err != nil || got != "a"+sur {
		t.Errorf("FormatStr surrogate precision: %q, %v", got, err)
	}
	if got, err := FormatInt64(0xD800, "c"); err != nil || got != sur {
		t.Errorf("format(0xD800, 'c'): %q, %v", got, err)
	}
	if got, err := Percent("%c|%3c", []Operand{op{"int", "55296", "", "", ""}, op{"int", "56319", "", "", ""}}, nil); err != nil || got != sur+"|  \xed\xaf\xbf" {
		t.Errorf("%%c surrogate: %q, %v", got, err)
	}
	if got, err := FormatFloat(1, sur+"^5"); err != nil || got != sur+"1.0"+sur {
		t.Errorf("surrogate fill: %q, %v", got, err)
	}
}

func TestPercentOperandKinds(t *testing.T) {
	// A str subclass is recognized through StrOperand, whatever its TypeName.
	s := strSub{"é"}
	if got, err := Percent("%c%s", []Operand{s, s}, nil); err != nil || got != "éé" {
		t.Errorf("str subclass: %q, %v", got, err)
	}
	if _, err := Percent("%c", []Operand{strSub{"ab"}}, nil); errString(err) != "TypeError: %c requires int or char" {
		t.Errorf("str subclass of length 2: %v", err)
	}
	// A non-tuple mapping operand: the mapping's error is returned unchanged.
	keyErr := &Error{Kind: "KeyError", Msg: "'k'"}
	m := func(string) (Operand, error) { return nil, keyErr }
	if _, err := Percent("%(k)s", []Operand{op{"dict", "", "{}", "{}", "{}"}}, m); err != keyErr {
		t.Errorf("mapping error: %v", err)
	}
	if got, err := Percent("%s", []Operand{op{"dict", "", "{}", "{}", "{}"}}, m); err != nil || got != "{}" {
		t.Errorf("mapping as %%s: %q, %v", got, err)
	}
	// Errors from str()/repr() propagate.
	bad := op{"X", "", "!RuntimeError: boom", "!RuntimeError: boom", "!RuntimeError: boom"}
	for _, f := range []string{"%s", "%r", "%a", "%5s"} {
		if _, err := Percent(f, []Operand{bad}, nil); errString(err) != "RuntimeError: boom" {
			t.Errorf("%q: %v", f, err)
		}
	}
}

type strSub struct{ s string }

func (o strSub) Str() (string, error)   { return o.s, nil }
func (o strSub) Repr() (string, error)  { return "'" + o.s + "'", nil }
func (o strSub) ASCII() (string, error) { return "'" + o.s + "'", nil }
func (o strSub) Number() (*big.Int, float64, bool, bool) {
	return nil, 0, false, false
}
func (o strSub) TypeName() string         { return "MyStr" }
func (o strSub) StrValue() (string, bool) { return o.s, true }

func TestSizeGuard(t *testing.T) {
	const mem = "MemoryError: "
	if _, err := FormatInt64(1, "3000000000"); errString(err) != mem {
		t.Errorf("huge width: %v", err)
	}
	if _, err := FormatFloat(1, ".2000000000f"); errString(err) != mem {
		t.Errorf("huge precision: %v", err)
	}
	if _, err := FormatStr("a", "3000000000"); errString(err) != mem {
		t.Errorf("huge str width: %v", err)
	}
	if _, err := Percent("%3000000000s", []Operand{op{"int", "1", "1", "1", "1"}}, nil); errString(err) != mem {
		t.Errorf("huge %% width: %v", err)
	}
}

func TestRoundFloatSpecial(t *testing.T) {
	if r, _ := RoundFloat(-0.4, 0); r != 0 || !math.Signbit(r) {
		t.Errorf("round(-0.4, 0) = %v, want -0.0", r)
	}
	if r, _ := RoundFloat(-1.5, -400); r != 0 || !math.Signbit(r) {
		t.Errorf("round(-1.5, -400) = %v, want -0.0", r)
	}
	if r, _ := RoundFloat(math.NaN(), 3); !math.IsNaN(r) {
		t.Errorf("round(nan, 3) = %v", r)
	}
	if _, err := RoundFloat(math.MaxFloat64, -308); errString(err) != "OverflowError: rounded value too large to represent" {
		t.Errorf("round(max, -308): %v", err)
	}
}

func BenchmarkFloatRepr(b *testing.B) {
	vals := []float64{0.1, 1.5, 3, 123456.789, 1e-7, 0.1 + 0.2}
	for i := 0; i < b.N; i++ {
		_ = FloatRepr(vals[i%len(vals)])
	}
}

func BenchmarkFormatInt64(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_, _ = FormatInt64(int64(i)*7919, "")
	}
}

func BenchmarkFormatFloatSpec(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_, _ = FormatFloat(float64(i)*0.37, ">12,.2f")
	}
}

func BenchmarkPercent(b *testing.B) {
	args := []Operand{smallOp{op{"int", "42", "42", "42", "42"}}, op{"float", "3.14159", "3.14159", "3.14159", "3.14159"}, op{"str", "", "abc", "'abc'", "'abc'"}}
	for i := 0; i < b.N; i++ {
		_, _ = Percent("%5d %.2f %-6s|", args, nil)
	}
}

func TestNegativeNaN(t *testing.T) {
	nan := math.Copysign(math.NaN(), -1)
	if got := FloatRepr(nan); got != "nan" {
		t.Errorf("repr(-nan) = %q", got)
	}
	for spec, want := range map[string]string{"": "nan", "+": "+nan", "E": "NAN", "08.2f": "00000nan", "z": "nan"} {
		if got, err := FormatFloat(nan, spec); err != nil || got != want {
			t.Errorf("format(-nan, %q) = %q, %v; want %q", spec, got, err, want)
		}
	}
	if got, err := Percent("%f|%+.1e", []Operand{floatOp(nan), floatOp(nan)}, nil); err != nil || got != "nan|+nan" {
		t.Errorf("%%f of -nan: %q, %v", got, err)
	}
}

type floatOp float64

func (f floatOp) Str() (string, error)   { return FloatRepr(float64(f)), nil }
func (f floatOp) Repr() (string, error)  { return FloatRepr(float64(f)), nil }
func (f floatOp) ASCII() (string, error) { return FloatRepr(float64(f)), nil }
func (f floatOp) TypeName() string       { return "float" }
func (f floatOp) Number() (*big.Int, float64, bool, bool) {
	return nil, float64(f), false, true
}
