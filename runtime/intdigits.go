package runtime

import (
	"math/big"

	"github.com/tracejit/tracejit/runtime/format"
)

// The integer string conversion length limit (CVE-2020-10735):
// sys.set_int_max_str_digits(n) bounds the decimal digits that int(str)
// reads and that str(int), repr, print, f-strings, format() and %d write;
// 0 means no limit. Conversions in power-of-two bases are not limited.
//
// The limit belongs to the interpreter (Thread.maxStrDigits), not to the
// process, so programs running side by side cannot see each other's
// setting. The field's zero value stands for CPython's default so that
// every Thread starts with it: 0 is the default, -1 no limit, otherwise
// the limit itself.

// Minimum positive limit (sys.int_info.str_digits_check_threshold).
const intMaxStrDigitsThreshold = 640

// IntMaxStrDigits is sys.get_int_max_str_digits() (0: no limit). A nil
// Thread has the default.
func (t *Thread) IntMaxStrDigits() int {
	if t == nil {
		return format.DefaultIntMaxStrDigits
	}
	switch t.maxStrDigits {
	case 0:
		return format.DefaultIntMaxStrDigits
	case -1:
		return 0
	}
	return t.maxStrDigits
}

// SetIntMaxStrDigits sets the limit; n is 0 (none) or at least 640.
func (t *Thread) SetIntMaxStrDigits(n int) {
	if n == 0 {
		n = -1
	}
	t.maxStrDigits = n
}

// intToDecimal is str(x) for a big int, within the thread's limit.
func intToDecimal(t *Thread, x *big.Int) (string, error) {
	limit := t.IntMaxStrDigits()
	if limit > 0 {
		// A lower bound on the digit count rejects huge ints without
		// converting them (as CPython does).
		if int((float64(x.BitLen()-1))*0.30102999566398114)+1 > limit {
			return "", intToStrLimitError(limit)
		}
	}
	s := x.String()
	if n := len(s); limit > 0 && (n > limit && x.Sign() >= 0 || n-1 > limit && x.Sign() < 0) {
		return "", intToStrLimitError(limit)
	}
	return s, nil
}

func intToStrLimitError(limit int) error {
	return Errorf(ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", limit)
}

// IntMaxStrDigits gives the format package the thread's limit for %d.
func (o operand) IntMaxStrDigits() int { return o.t.IntMaxStrDigits() }

func sysSetIntMaxStrDigits(t *Thread, args []Value, kw []string) (Value, error) {
	a, err := sysIntDigitsSpec.unpack(args, kw)
	if err != nil {
		return Value{}, err
	}
	n, err := asCInt(t, a[0])
	if err != nil {
		return Value{}, err
	}
	if n != 0 && n < intMaxStrDigitsThreshold {
		return Value{}, Errorf(ValueErrorType, "maxdigits must be 0 or larger than %d", intMaxStrDigitsThreshold)
	}
	t.SetIntMaxStrDigits(n)
	return None, nil
}

var sysIntDigitsSpec = kwSpec{fname: "set_int_max_str_digits", names: []string{"maxdigits"}, minPos: 1, maxPos: 1}

func sysGetIntMaxStrDigits(t *Thread, args []Value, kw []string) (Value, error) {
	if err := exactArgs("sys.get_int_max_str_digits", args, kw, 0); err != nil {
		return Value{}, err
	}
	return Int(int64(t.IntMaxStrDigits())), nil
}

// sysIntInfo is sys.int_info.
func sysIntInfo() Value {
	return FromObject(newStructSeq("sys.int_info",
		[]string{"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"},
		[]Value{Int(30), Int(4), Int(format.DefaultIntMaxStrDigits), Int(intMaxStrDigitsThreshold)}))
}
