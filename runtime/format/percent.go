// printf-style formatting: str % args.
//
// Rationale: a transcription of PyUnicode_Format and its helpers in CPython
// 3.11's Objects/unicodeobject.c (unicode_format_arg_parse, _format,
// _output, mainformatlong, _PyUnicode_FormatLong, formatfloat, formatchar).
// The parser keeps CPython's "remaining count" logic as an exhausted flag, so
// that truncated directives ("%5", "%(a)", "%l") and the order in which
// arguments are consumed before an error is detected come out the same. Widths,
// precisions and the index in "unsupported format character" errors count code
// points.

package format

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// Operand is one argument of a printf-style format as the runtime sees it.
type Operand interface {
	Str() (string, error)   // str(v)
	Repr() (string, error)  // repr(v)
	ASCII() (string, error) // ascii(v)
	// Number reports v as a number: isInt with the int value (bool counts as int), or a float.
	// ok is false for non-numbers (then TypeName is used in the error message).
	// An object with __index__ may be reported as an int: %x %o %X %c and '*'
	// accept exactly the operands reported as ints.
	Number() (i *big.Int, f float64, isInt bool, ok bool)
	TypeName() string // e.g. "str", "list"
}

// SmallIntOperand may be implemented by an Operand to report a small int
// without allocating a big.Int: Int64 returns (value, true) when v is an int
// (or bool) that fits in an int64, and (_, false) otherwise (Number is then used).
type SmallIntOperand interface {
	Int64() (int64, bool)
}

// IntDigitsOperand may be implemented by an Operand to give the limit on the
// decimal digits of an int conversion (sys.get_int_max_str_digits(); 0 means
// none). Without it DefaultIntMaxStrDigits applies.
type IntDigitsOperand interface {
	IntMaxStrDigits() int
}

// StrOperand may be implemented by an Operand to tell whether it is a str
// (including a str subclass) and give its value; %c uses it. Without it, an
// operand whose TypeName is "str" is taken to be a str whose value is Str().
type StrOperand interface {
	StrValue() (s string, isStr bool)
}

const (
	fLJust = 1 << iota
	fSign
	fBlank
	fAlt
	fZero
)

type percentArg struct {
	ch    rune
	flags int
	width int
	prec  int
	sign  bool
}

type percentCtx struct {
	f         string
	pos       int  // byte offset of the next code point
	exhausted bool // CPython's fmtcnt < 0
	args      []Operand
	arglen    int
	argidx    int
	cur       Operand // the single argument when arglen == -1
	mapping   func(string) (Operand, error)
}

// next is CPython's "if (--fmtcnt >= 0) { ch = READ(); fmtpos++; }".
func (c *percentCtx) next() (rune, bool) {
	if c.pos >= len(c.f) {
		c.exhausted = true
		return 0, false
	}
	r, w := decodeCP(c.f[c.pos:])
	c.pos += w
	return r, true
}

func (c *percentCtx) nextArg() (Operand, error) {
	if c.argidx < c.arglen {
		i := c.argidx
		c.argidx++
		if c.arglen < 0 {
			return c.cur, nil
		}
		return c.args[i], nil
	}
	return nil, typeError("not enough arguments for format string")
}

// Percent implements format % args. args is the tuple of operands (a non-tuple right operand is
// passed as one element by the caller). mapping is non-nil when the right operand is a mapping
// (CPython's test: not a tuple, not a str, and has __getitem__, so a list counts); args then holds
// that operand as its single element, and mapping is used for %(name)s keys; an error it returns
// (typically a KeyError) is returned unchanged.
func Percent(format string, args []Operand, mapping func(key string) (Operand, error)) (string, error) {
	c := percentCtx{f: format, args: args, arglen: len(args), mapping: mapping}
	if mapping != nil {
		c.arglen, c.argidx = -1, -2
		if len(args) > 0 {
			c.cur = args[0]
		} else {
			c.argidx = -1
		}
	}
	var buf [256]byte
	out := buf[:0]
	for c.pos < len(c.f) {
		if c.f[c.pos] != '%' {
			j := strings.IndexByte(c.f[c.pos:], '%')
			if j < 0 {
				j = len(c.f) - c.pos
			}
			out = append(out, c.f[c.pos:c.pos+j]...)
			c.pos += j
			continue
		}
		c.pos++
		var err error
		if out, err = c.formatArg(out); err != nil {
			return "", err
		}
		if len(out) >= maxResult {
			return "", memoryError()
		}
	}
	if c.argidx < c.arglen && mapping == nil {
		return "", typeError("not all arguments converted during string formatting")
	}
	return string(out), nil
}

// formatArg is unicode_format_arg: one directive, the '%' already consumed.
func (c *percentCtx) formatArg(out []byte) ([]byte, error) {
	if c.pos < len(c.f) && c.f[c.pos] == '%' {
		c.pos++
		return append(out, '%'), nil
	}
	arg := percentArg{width: -1, prec: -1}
	if c.pos < len(c.f) {
		arg.ch, _ = decodeCP(c.f[c.pos:])
	}
	if err := c.parseArg(&arg); err != nil {
		return nil, err
	}
	str, done, out, err := c.formatValue(&arg, out)
	if err != nil {
		return nil, err
	}
	if !done {
		if arg.width >= maxResult {
			return nil, memoryError()
		}
		out = outputArg(out, &arg, str)
	}
	if c.mapping != nil && c.argidx < c.arglen {
		return nil, typeError("not all arguments converted during string formatting")
	}
	return out, nil
}

// parseArg is unicode_format_arg_parse.
func (c *percentCtx) parseArg(arg *percentArg) error {
	if c.pos < len(c.f) && c.f[c.pos] == '(' {
		if c.mapping == nil {
			return typeError("format requires a mapping")
		}
		c.pos++
		keystart := c.pos
		pcount := 1
		for pcount > 0 {
			r, ok := c.next()
			if !ok {
				break
			}
			arg.ch = r
			if r == ')' {
				pcount--
			} else if r == '(' {
				pcount++
			}
		}
		if c.exhausted || pcount > 0 {
			return valueError("incomplete format key")
		}
		v, err := c.mapping(c.f[keystart : c.pos-1])
		if err != nil {
			return err
		}
		c.cur, c.arglen, c.argidx = v, -1, -2
	}
	// Flags.
	for {
		r, ok := c.next()
		if !ok {
			break
		}
		arg.ch = r
		switch r {
		case '-':
			arg.flags |= fLJust
			continue
		case '+':
			arg.flags |= fSign
			continue
		case ' ':
			arg.flags |= fBlank
			continue
		case '#':
			arg.flags |= fAlt
			continue
		case '0':
			arg.flags |= fZero
			continue
		}
		break
	}
	// Width.
	if arg.ch == '*' {
		v, err := c.nextArg()
		if err != nil {
			return err
		}
		w, err := starArg(v, math.MinInt64, math.MaxInt64, "ssize_t")
		if err != nil {
			return err
		}
		if w < 0 {
			arg.flags |= fLJust
			w = -w
			if w < 0 { // -MinInt64
				w = math.MaxInt64
			}
		}
		arg.width = w
		if r, ok := c.next(); ok {
			arg.ch = r
		}
	} else if arg.ch >= '0' && arg.ch <= '9' {
		arg.width = int(arg.ch - '0')
		for {
			r, ok := c.next()
			if !ok {
				break
			}
			arg.ch = r
			if r < '0' || r > '9' {
				break
			}
			d := int(r - '0')
			if arg.width > (math.MaxInt64-d)/10 {
				return valueError("width too big")
			}
			arg.width = arg.width*10 + d
		}
	}
	// Precision.
	if arg.ch == '.' {
		arg.prec = 0
		if r, ok := c.next(); ok {
			arg.ch = r
		}
		if arg.ch == '*' {
			v, err := c.nextArg()
			if err != nil {
				return err
			}
			p, err := starArg(v, math.MinInt32, math.MaxInt32, "int")
			if err != nil {
				return err
			}
			arg.prec = max(p, 0)
			if r, ok := c.next(); ok {
				arg.ch = r
			}
		} else if arg.ch >= '0' && arg.ch <= '9' {
			arg.prec = int(arg.ch - '0')
			for {
				r, ok := c.next()
				if !ok {
					break
				}
				arg.ch = r
				if r < '0' || r > '9' {
					break
				}
				d := int(r - '0')
				if arg.prec > (math.MaxInt32-d)/10 {
					return valueError("precision too big")
				}
				arg.prec = arg.prec*10 + d
			}
		}
	}
	// Ignore "h", "l" and "L" length modifiers.
	if !c.exhausted && (arg.ch == 'h' || arg.ch == 'l' || arg.ch == 'L') {
		if r, ok := c.next(); ok {
			arg.ch = r
		}
	}
	if c.exhausted {
		return valueError("incomplete format")
	}
	return nil
}

// starArg converts the argument of a '*' width or precision.
func starArg(v Operand, lo, hi int64, ctype string) (int, error) {
	if so, ok := v.(SmallIntOperand); ok {
		if x, ok := so.Int64(); ok {
			if x < lo || x > hi {
				return 0, overflowError("Python int too large to convert to C " + ctype)
			}
			return int(x), nil
		}
	}
	i, _, isInt, ok := v.Number()
	if !ok || !isInt {
		return 0, typeError("* wants int")
	}
	if !i.IsInt64() || i.Int64() < lo || i.Int64() > hi {
		return 0, overflowError("Python int too large to convert to C " + ctype)
	}
	return int(i.Int64()), nil
}

// operandInt reports v as an int if it is one.
func operandInt(v Operand) (iv intVal, f float64, isInt, ok bool) {
	if so, ok := v.(SmallIntOperand); ok {
		if x, ok := so.Int64(); ok {
			return intVal{small: x}, 0, true, true
		}
	}
	i, f, isInt, ok := v.Number()
	if isInt && ok {
		if i.IsInt64() {
			return intVal{small: i.Int64()}, 0, true, true
		}
		limit := int64(DefaultIntMaxStrDigits)
		if lo, ok := v.(IntDigitsOperand); ok {
			limit = int64(lo.IntMaxStrDigits())
		}
		return intVal{b: i, limit: limit}, 0, true, true
	}
	return intVal{}, f, false, ok
}

// formatValue is unicode_format_arg_format. It either appends the result to out
// directly (done) or returns the string for outputArg to pad.
func (c *percentCtx) formatValue(arg *percentArg, out []byte) (str string, done bool, _ []byte, err error) {
	v, err := c.nextArg()
	if err != nil {
		return "", false, out, err
	}
	switch arg.ch {
	case 's', 'r', 'a':
		switch arg.ch {
		case 's':
			str, err = v.Str()
		case 'r':
			str, err = v.Repr()
		default:
			str, err = v.ASCII()
		}
		return str, false, out, err
	case 'i', 'd', 'u', 'o', 'x', 'X':
		str, err = formatLongArg(v, arg)
		arg.sign = true
		return str, false, out, err
	case 'e', 'E', 'f', 'F', 'g', 'G':
		iv, x, isInt, ok := operandInt(v)
		if !ok {
			return "", false, out, typeError("must be real number, not " + v.TypeName())
		}
		if isInt {
			if x, err = iv.toFloat(); err != nil {
				return "", false, out, err
			}
		}
		prec := arg.prec
		if prec < 0 {
			prec = 6
		}
		if prec >= maxResult {
			return "", false, out, memoryError()
		}
		if arg.width == -1 && arg.prec == -1 && arg.flags&(fSign|fBlank) == 0 {
			return "", true, appendDouble(out, x, byte(arg.ch), prec, arg.flags&fAlt != 0, false, false), nil
		}
		arg.sign = true
		var fb [48]byte
		return string(appendDouble(fb[:0], x, byte(arg.ch), prec, arg.flags&fAlt != 0, false, false)), false, out, nil
	case 'c':
		ch, err := formatChar(v)
		if err != nil {
			return "", false, out, err
		}
		if arg.width == -1 && arg.prec == -1 {
			return "", true, appendCP(out, ch), nil
		}
		return string(appendCP(nil, ch)), false, out, nil
	}
	ch := '?'
	if arg.ch >= 31 && arg.ch <= 126 {
		ch = arg.ch
	}
	index := countCP(c.f[:c.pos]) - 1
	return "", false, out, valueError("unsupported format character '" + string(ch) + "' (0x" +
		strconv.FormatInt(int64(arg.ch), 16) + ") at index " + strconv.Itoa(index))
}

// formatLongArg is mainformatlong + _PyUnicode_FormatLong.
func formatLongArg(v Operand, arg *percentArg) (string, error) {
	typ := byte(arg.ch)
	iv, f, isInt, ok := operandInt(v)
	if ok && !isInt {
		if typ == 'o' || typ == 'x' || typ == 'X' {
			ok = false // a float has no __index__
		} else {
			// int(float): truncation toward zero.
			switch {
			case math.IsNaN(f):
				return "", valueError("cannot convert float NaN to integer")
			case math.IsInf(f, 0):
				return "", overflowError("cannot convert float infinity to integer")
			case math.Abs(f) < 1<<63:
				iv = intVal{small: int64(f)}
			default:
				b, _ := big.NewFloat(f).Int(nil)
				iv = intVal{b: b}
			}
		}
	}
	if !ok {
		if typ == 'o' || typ == 'x' || typ == 'X' {
			return "", typeError("%" + string(rune(typ)) + " format: an integer is required, not " + v.TypeName())
		}
		return "", typeError("%" + string(rune(typ)) + " format: a real number is required, not " + v.TypeName())
	}
	prec := arg.prec
	if prec > math.MaxInt32-3 {
		return "", overflowError("precision too large")
	}
	if prec >= maxResult {
		return "", memoryError()
	}
	base := 10
	prefix := ""
	switch typ {
	case 'o':
		base, prefix = 8, "0o"
	case 'x':
		base, prefix = 16, "0x"
	case 'X':
		base, prefix = 16, "0X"
	}
	if arg.flags&fAlt == 0 {
		prefix = ""
	}
	var buf [72]byte
	b := buf[:0]
	if iv.neg() {
		b = append(b, '-')
	}
	b = append(b, prefix...)
	start := len(b)
	b, err := iv.appendAbs(b, base, typ == 'X')
	if err != nil {
		return "", err
	}
	if nd := len(b) - start; prec > nd {
		b = append(b, make([]byte, prec-nd)...)
		copy(b[start+prec-nd:], b[start:start+nd])
		for i := start; i < start+prec-nd; i++ {
			b[i] = '0'
		}
	}
	return string(b), nil
}

// formatChar is formatchar (3.11 messages).
func formatChar(v Operand) (rune, error) {
	var s string
	isStr := false
	if so, ok := v.(StrOperand); ok {
		s, isStr = so.StrValue()
	} else if v.TypeName() == "str" {
		var err error
		if s, err = v.Str(); err != nil {
			return 0, err
		}
		isStr = true
	}
	if isStr {
		if s != "" {
			if r, w := decodeCP(s); w == len(s) {
				return r, nil
			}
		}
		return 0, typeError("%c requires int or char")
	}
	iv, _, isInt, ok := operandInt(v)
	if !ok || !isInt {
		return 0, typeError("%c requires int or char")
	}
	x, fits := iv.int64()
	if !fits || x < 0 || x > 0x10ffff {
		return 0, overflowError("%c arg not in range(0x110000)")
	}
	return rune(x), nil
}

// outputArg is unicode_format_arg_output: sign, '0x' prefix and padding.
func outputArg(out []byte, arg *percentArg, str string) []byte {
	fill := byte(' ')
	if arg.sign && arg.flags&fZero != 0 {
		fill = '0'
	}
	length := countCP(str)
	if (arg.width == -1 || arg.width <= length) && (arg.prec == -1 || arg.prec >= length) &&
		arg.flags&(fSign|fBlank) == 0 {
		return append(out, str...)
	}
	if arg.ch == 's' || arg.ch == 'r' || arg.ch == 'a' {
		if arg.prec >= 0 && length > arg.prec {
			length = arg.prec
		}
	}
	pindex := 0
	var signchar byte
	if arg.sign {
		if ch := str[0]; ch == '-' || ch == '+' {
			signchar = ch
			length--
			pindex++
		} else if arg.flags&fSign != 0 {
			signchar = '+'
		} else if arg.flags&fBlank != 0 {
			signchar = ' '
		} else {
			arg.sign = false
		}
	}
	width := arg.width
	if width < length {
		width = length
	}
	if arg.sign {
		if fill != ' ' {
			out = append(out, signchar)
		}
		if width > length {
			width--
		}
	}
	alt := arg.flags&fAlt != 0 && (arg.ch == 'x' || arg.ch == 'X' || arg.ch == 'o')
	if alt {
		if fill != ' ' {
			out = append(out, '0', byte(arg.ch))
			pindex += 2
		}
		width = max(width-2, 0)
		length -= 2
	}
	if width > length && arg.flags&fLJust == 0 {
		out = appendRepeat(out, string(fill), width-length)
		width = length
	}
	if fill == ' ' {
		if arg.sign {
			out = append(out, signchar)
		}
		if alt {
			out = append(out, '0', byte(arg.ch))
			pindex += 2
		}
	}
	if length > 0 {
		rest := str[pindex:]
		out = append(out, rest[:prefixCP(rest, length)]...)
	}
	if width > length {
		out = appendRepeat(out, " ", width-length)
	}
	return out
}
