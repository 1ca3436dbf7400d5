package runtime

import (
	"math/big"
	"strings"
	"sync"
	"testing"
)

// TestIntMaxStrDigitsPerThread checks that the limit is each
// interpreter's own: setting it in one leaves the others at the default,
// even when they convert concurrently.
func TestIntMaxStrDigitsPerThread(t *testing.T) {
	big5000 := MakeInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(5000), nil))
	digits := strings.Repeat("7", 5000)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(unlimited bool) {
			defer wg.Done()
			th := libTestThread()
			if unlimited {
				th.SetIntMaxStrDigits(0)
			}
			for j := 0; j < 20; j++ {
				_, errRepr := Repr(th, big5000)
				_, errFmt := FormatValue(th, big5000, "")
				_, errPct := PercentFormat(th, "%d", big5000)
				_, errParse := ToInt(th, NewStr(digits))
				for _, err := range []error{errRepr, errFmt, errPct, errParse} {
					if unlimited != (err == nil) {
						t.Errorf("unlimited=%v: %v", unlimited, err)
						return
					}
				}
			}
		}(i%2 == 0)
	}
	wg.Wait()
}

func TestIntMaxStrDigits(t *testing.T) {
	th := libTestThread()
	var nilThread *Thread
	if th.IntMaxStrDigits() != 4300 || nilThread.IntMaxStrDigits() != 4300 {
		t.Fatalf("default limit %d", th.IntMaxStrDigits())
	}
	set := func(args []Value, kw []string) string {
		v, err := sysSetIntMaxStrDigits(th, args, kw)
		return libResult(th, v, err)
	}
	// Messages from CPython 3.11.
	for _, c := range []struct {
		args []Value
		kw   []string
		want string
	}{
		{[]Value{Int(639)}, nil, "ValueError: maxdigits must be 0 or larger than 640"},
		{[]Value{True}, nil, "ValueError: maxdigits must be 0 or larger than 640"},
		{[]Value{Int(-5)}, nil, "ValueError: maxdigits must be 0 or larger than 640"},
		{[]Value{Float(1.5)}, nil, "TypeError: 'float' object cannot be interpreted as an integer"},
		{nil, nil, "TypeError: set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)"},
		{[]Value{Int(700)}, []string{"maxdigits"}, "None"},
	} {
		if got := set(c.args, c.kw); got != c.want {
			t.Errorf("set_int_max_str_digits%v: %s, want %s", c.args, got, c.want)
		}
	}
	if v, err := sysGetIntMaxStrDigits(th, nil, nil); libResult(th, v, err) != "700" {
		t.Errorf("get: %s", libResult(th, v, err))
	}
	// Exactly 700 digits pass, 701 do not; the sign does not count.
	n700 := new(big.Int).Sub(new(big.Int).Exp(big.NewInt(10), big.NewInt(700), nil), big.NewInt(1))
	if s, err := Repr(th, MakeInt(new(big.Int).Neg(n700))); err != nil || len(s) != 701 {
		t.Errorf("-(10**700-1): %d %v", len(s), err)
	}
	n701 := MakeInt(new(big.Int).Add(n700, big.NewInt(1)))
	if _, err := Repr(th, n701); libResult(th, Value{}, err) != "ValueError: Exceeds the limit (700 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit" {
		t.Errorf("10**700: %v", err)
	}
	if _, err := ToInt(th, NewStr(strings.Repeat("1", 701))); libResult(th, Value{}, err) != "ValueError: Exceeds the limit (700 digits) for integer string conversion: value has 701 digits; use sys.set_int_max_str_digits() to increase the limit" {
		t.Errorf("int('1'*701): %v", err)
	}
	if _, err := newInt(th, IntType, []Value{NewStr(strings.Repeat("f", 2000)), Int(16)}, nil); err != nil {
		t.Errorf("base 16 is not limited: %v", err)
	}
	if s, err := FormatValue(th, n701, "x"); err != nil || len(s) < 500 {
		t.Errorf("hex is not limited: %v", err)
	}
}
