// Checks the CPython-generated expectations: the edge-case tables in
// golden_test.go and the seeded random cases in testdata/random.jsonl (both
// written by testdata/gen.py). Each case runs the public API on the same
// value and spec and must reproduce CPython's output or error byte for byte.

package format

import (
	"bufio"
	"encoding/json"
	"math/big"
	"os"
	"strconv"
	"strings"
	"testing"
)

type specCase struct{ x, spec, want, err string }
type roundCase struct {
	x         string
	n         int
	want, err string
}
type reprCase struct{ x, want string }
type percentCase struct {
	format  string
	args    []op
	mapping map[string]op
	want    string
	err     string
}

// op is a % operand as described by gen.py: type name, numeric value (int
// decimal or float repr, empty for non-numbers), str, repr, ascii. A string
// starting with '!' is an error the conversion raises.
type op [5]string

func conv(s string) (string, error) {
	if strings.HasPrefix(s, "!") {
		kind, msg, _ := strings.Cut(s[1:], ": ")
		return "", &Error{Kind: kind, Msg: msg}
	}
	return s, nil
}

func (o op) Str() (string, error)   { return conv(o[2]) }
func (o op) Repr() (string, error)  { return conv(o[3]) }
func (o op) ASCII() (string, error) { return conv(o[4]) }
func (o op) TypeName() string       { return o[0] }
func (o op) Number() (*big.Int, float64, bool, bool) {
	switch o[0] {
	case "int", "bool":
		i, ok := new(big.Int).SetString(o[1], 10)
		if !ok {
			panic("bad int " + o[1])
		}
		return i, 0, true, true
	case "float":
		return nil, pf(o[1]), false, true
	}
	return nil, 0, false, false
}

// smallOp is op with the optional fast interfaces, to test both paths.
type smallOp struct{ op }

func (o smallOp) Int64() (int64, bool) {
	if o.op[0] != "int" && o.op[0] != "bool" {
		return 0, false
	}
	x, err := strconv.ParseInt(o.op[1], 10, 64)
	return x, err == nil
}

func (o smallOp) StrValue() (string, bool) { return o.op[2], o.op[0] == "str" }

func pf(s string) float64 {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		panic(err)
	}
	return f
}

func pi(s string) *big.Int {
	i, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic("bad int " + s)
	}
	return i
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	e, ok := err.(*Error)
	if !ok {
		return "non-*Error: " + err.Error()
	}
	return e.Kind + ": " + e.Msg
}

func runPercent(format string, args []op, mapping map[string]op, fast bool) (string, error) {
	ops := make([]Operand, len(args))
	for i, a := range args {
		if fast {
			ops[i] = smallOp{a}
		} else {
			ops[i] = a
		}
	}
	var m func(string) (Operand, error)
	if mapping != nil {
		m = func(key string) (Operand, error) {
			if args[0][0] == "list" {
				return nil, &Error{Kind: "TypeError", Msg: "list indices must be integers or slices, not str"}
			}
			v, ok := mapping[key]
			if !ok {
				return nil, &Error{Kind: "KeyError", Msg: "'" + key + "'"}
			}
			if fast {
				return smallOp{v}, nil
			}
			return v, nil
		}
	}
	return Percent(format, ops, m)
}

type checker struct {
	t    *testing.T
	fail int
}

func (c *checker) check(what string, got string, err error, want, wantErr string) {
	c.t.Helper()
	if gotErr := errString(err); gotErr != wantErr || (wantErr == "" && got != want) {
		c.fail++
		if c.fail <= 40 {
			c.t.Errorf("%s:\n got  %q err %q\n want %q err %q", what, got, gotErr, want, wantErr)
		}
	}
}

func checkFloatSpec(c *checker, x, spec, want, wantErr string) {
	got, err := FormatFloat(pf(x), spec)
	c.check("format("+x+", "+strconv.Quote(spec)+")", got, err, want, wantErr)
}

func checkIntSpec(c *checker, x, spec, want, wantErr string) {
	v := pi(x)
	got, err := FormatInt(v, spec)
	c.check("format("+x+", "+strconv.Quote(spec)+")", got, err, want, wantErr)
	if v.IsInt64() {
		got, err = FormatInt64(v.Int64(), spec)
		c.check("FormatInt64("+x+", "+strconv.Quote(spec)+")", got, err, want, wantErr)
	}
}

func checkStrSpec(c *checker, x, spec, want, wantErr string) {
	got, err := FormatStr(x, spec)
	c.check("format("+strconv.Quote(x)+", "+strconv.Quote(spec)+")", got, err, want, wantErr)
}

func checkRound(c *checker, x string, n int, want, wantErr string) {
	r, err := RoundFloat(pf(x), n)
	got := ""
	if err == nil {
		got = FloatRepr(r)
	}
	c.check("round("+x+", "+strconv.Itoa(n)+")", got, err, want, wantErr)
}

func checkRepr(c *checker, x, want string) {
	c.check("repr("+x+")", FloatRepr(pf(x)), nil, want, "")
}

func checkPercent(c *checker, format string, args []op, mapping map[string]op, want, wantErr string) {
	for _, fast := range []bool{false, true} {
		got, err := runPercent(format, args, mapping, fast)
		c.check(strconv.Quote(format)+" % "+strconv.Quote(strings.Join(func() []string {
			var s []string
			for _, a := range args {
				s = append(s, a[3])
			}
			return s
		}(), ", "))+" (fast "+strconv.FormatBool(fast)+")", got, err, want, wantErr)
	}
}

func TestGoldenFloatSpec(t *testing.T) {
	c := &checker{t: t}
	for _, tc := range goldenFloatSpec {
		checkFloatSpec(c, tc.x, tc.spec, tc.want, tc.err)
	}
	t.Logf("%d cases", len(goldenFloatSpec))
}

func TestGoldenIntSpec(t *testing.T) {
	c := &checker{t: t}
	for _, tc := range goldenIntSpec {
		checkIntSpec(c, tc.x, tc.spec, tc.want, tc.err)
	}
	t.Logf("%d cases", len(goldenIntSpec))
}

func TestGoldenStrSpec(t *testing.T) {
	c := &checker{t: t}
	for _, tc := range goldenStrSpec {
		checkStrSpec(c, tc.x, tc.spec, tc.want, tc.err)
	}
	t.Logf("%d cases", len(goldenStrSpec))
}

func TestGoldenRound(t *testing.T) {
	c := &checker{t: t}
	for _, tc := range goldenRound {
		checkRound(c, tc.x, tc.n, tc.want, tc.err)
	}
	t.Logf("%d cases", len(goldenRound))
}

func TestGoldenRepr(t *testing.T) {
	c := &checker{t: t}
	for _, tc := range goldenRepr {
		checkRepr(c, tc.x, tc.want)
	}
	t.Logf("%d cases", len(goldenRepr))
}

func TestGoldenPercent(t *testing.T) {
	c := &checker{t: t}
	for _, tc := range goldenPercent {
		checkPercent(c, tc.format, tc.args, tc.mapping, tc.want, tc.err)
	}
	t.Logf("%d cases", len(goldenPercent))
}

// randomCase is one line of testdata/random.jsonl.
type randomCase struct {
	K string `json:"k"` // float, int, str, repr, round, pct
	X string `json:"x"`
	S string `json:"s"`
	N int    `json:"n"`
	F string `json:"f"`
	A []op   `json:"a"`
	W string `json:"w"`
	E string `json:"e"`
}

func TestRandomOracle(t *testing.T) {
	fh, err := os.Open("testdata/random.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	c := &checker{t: t}
	counts := map[string]int{}
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var rc randomCase
		if err := json.Unmarshal(sc.Bytes(), &rc); err != nil {
			t.Fatal(err)
		}
		counts[rc.K]++
		switch rc.K {
		case "float":
			checkFloatSpec(c, rc.X, rc.S, rc.W, rc.E)
		case "int":
			checkIntSpec(c, rc.X, rc.S, rc.W, rc.E)
		case "str":
			checkStrSpec(c, rc.X, rc.S, rc.W, rc.E)
		case "repr":
			checkRepr(c, rc.X, rc.W)
		case "round":
			checkRound(c, rc.X, rc.N, rc.W, rc.E)
		case "pct":
			checkPercent(c, rc.F, rc.A, nil, rc.W, rc.E)
		default:
			t.Fatalf("unknown kind %q", rc.K)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("cases: %v", counts)
	if c.fail > 0 {
		t.Errorf("%d failures", c.fail)
	}
}
