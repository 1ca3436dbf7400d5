// Format-spec mini-language: format(value, spec) for float, int and str.
//
// Rationale: this is a transcription of CPython 3.11's Python/formatter_unicode.c.
// parseSpec is parse_internal_render_format_spec (same acceptance rules, same
// error messages, same order of checks); appendNumber is calc_number_widths plus
// fill_number; groupDigits is _PyUnicode_InsertThousandsGrouping, whose peculiar
// way of zero-padding *through* the grouping ("0,001,234") is easy to get wrong
// with a simpler design. Widths count code points, never bytes.

package format

import (
	"math"
	"math/big"
	"strconv"
)

// Spec is a parsed format spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type]
type Spec struct {
	Fill      rune // ' ' if absent; '0' when the '0' flag applies (no explicit fill)
	Align     byte // 0 if absent, else '<' '>' '^' '=' (the '0' flag's implied '=' is not recorded)
	Sign      byte // 0, '+', '-', ' '
	NoNegZero bool // 'z' (3.11): coerce negative zero to positive zero
	Alt       bool // '#'
	Zero      bool // '0' before width (only recognized when no explicit fill is given)
	Width     int  // -1 if absent
	Grouping  byte // 0, ',' or '_'
	Precision int  // -1 if absent
	Type      byte // 0 if absent
}

// spec is the internal form of a parsed spec: InternalFormatSpec with the
// type's default type and alignment applied.
type spec struct {
	fill      string // encoded fill character
	fillRune  rune
	align     byte // effective alignment
	alignRaw  byte // as written, 0 if absent
	sign      byte
	noNeg0    bool
	alt       bool
	zero      bool
	width     int
	grouping  byte // 0, ',' or '_'
	group     int  // digits per group: 3, or 4 for '_' with b/o/x/X
	precision int
	typ       rune
}

func isAlignByte(c byte) bool { return c == '<' || c == '>' || c == '=' || c == '^' }

// getInteger is get_integer: it consumes decimal digits (any Unicode Nd digit)
// at s[*pos:] and returns the value and the number of digits consumed.
func getInteger(s string, pos *int) (int, int, error) {
	acc, n := 0, 0
	for *pos < len(s) {
		r, w := decodeCP(s[*pos:])
		d := decimalValue(r)
		if d < 0 {
			break
		}
		if acc > (math.MaxInt64-d)/10 {
			return 0, 0, valueError("Too many decimal digits in format string")
		}
		acc = acc*10 + d
		*pos += w
		n++
	}
	return acc, n, nil
}

// parseSpec is parse_internal_render_format_spec (3.11).
func parseSpec(s string, defType rune, defAlign byte, typeName string) (spec, error) {
	sp := spec{fill: " ", fillRune: ' ', align: defAlign, width: -1, precision: -1, typ: defType}
	pos := 0
	fillSpecified, alignSpecified := false, false

	if len(s) > 0 {
		r0, n0 := decodeCP(s)
		if n0 < len(s) && isAlignByte(s[n0]) {
			sp.fill, sp.fillRune = s[:n0], r0
			sp.align, sp.alignRaw = s[n0], s[n0]
			fillSpecified, alignSpecified = true, true
			pos = n0 + 1
		} else if isAlignByte(s[0]) {
			sp.align, sp.alignRaw = s[0], s[0]
			alignSpecified = true
			pos = 1
		}
	}
	if pos < len(s) && (s[pos] == ' ' || s[pos] == '+' || s[pos] == '-') {
		sp.sign = s[pos]
		pos++
	}
	if pos < len(s) && s[pos] == 'z' {
		sp.noNeg0 = true
		pos++
	}
	if pos < len(s) && s[pos] == '#' {
		sp.alt = true
		pos++
	}
	if !fillSpecified && pos < len(s) && s[pos] == '0' {
		sp.fill, sp.fillRune = "0", '0'
		sp.zero = true
		if !alignSpecified && defAlign == '>' {
			sp.align = '='
		}
		pos++
	}
	w, n, err := getInteger(s, &pos)
	if err != nil {
		return sp, err
	}
	if n > 0 {
		sp.width = w
	}
	if pos < len(s) && s[pos] == ',' {
		sp.grouping = ','
		pos++
	}
	if pos < len(s) && s[pos] == '_' {
		if sp.grouping != 0 {
			return sp, valueError("Cannot specify both ',' and '_'.")
		}
		sp.grouping = '_'
		pos++
	}
	if pos < len(s) && s[pos] == ',' && sp.grouping == '_' {
		return sp, valueError("Cannot specify both ',' and '_'.")
	}
	if pos < len(s) && s[pos] == '.' {
		pos++
		p, n, err := getInteger(s, &pos)
		if err != nil {
			return sp, err
		}
		if n == 0 {
			return sp, valueError("Format specifier missing precision")
		}
		sp.precision = p
	}
	if pos < len(s) {
		r, w := decodeCP(s[pos:])
		if pos+w < len(s) {
			return sp, valueError("Invalid format specifier '" + s + "' for object of type '" + typeName + "'")
		}
		sp.typ = r
	}
	if sp.grouping != 0 {
		switch sp.typ {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
			sp.group = 3
		case 'b', 'o', 'x', 'X':
			if sp.grouping == '_' {
				sp.group = 4
				break
			}
			fallthrough
		default:
			return sp, valueError("Cannot specify '" + string(rune(sp.grouping)) + "' with '" + typeCodeString(sp.typ) + "'.")
		}
	}
	return sp, nil
}

// ParseSpec parses a format spec without reference to a value type. Errors
// that name a type say 'object'; use ParseSpecFor to name one.
func ParseSpec(s string) (Spec, error) { return ParseSpecFor(s, "object") }

// ParseSpecFor is ParseSpec with the type name used in error messages
// ("Invalid format specifier 'abc' for object of type 'int'"). A presentation
// type that is not ASCII is reported as an unknown format code for that type.
func ParseSpecFor(s, typeName string) (Spec, error) {
	sp, err := parseSpec(s, 0, 0, typeName)
	if err != nil {
		return Spec{}, err
	}
	if sp.typ >= 0x80 {
		return Spec{}, unknownCode(sp.typ, typeName)
	}
	return Spec{
		Fill: sp.fillRune, Align: sp.alignRaw, Sign: sp.sign, NoNegZero: sp.noNeg0,
		Alt: sp.alt, Zero: sp.zero, Width: sp.width, Grouping: sp.grouping,
		Precision: sp.precision, Type: byte(sp.typ),
	}, nil
}

func unknownCode(t rune, typeName string) error {
	return valueError("Unknown format code '" + typeCodeString(t) + "' for object of type '" + typeName + "'")
}

// groupDigits is _PyUnicode_InsertThousandsGrouping: digits grouped from the
// right in groups of group (0: no grouping) separated by sep, left-padded with
// zeros (which are grouped too) to at least minWidth characters. With out == nil
// it only returns the length; otherwise out must have exactly that length.
func groupDigits(out, digits []byte, minWidth, group int, sep byte) int {
	g := grouper{out: out, bpos: len(out), digits: digits, dpos: len(digits)}
	minWidth = max(minWidth, 0)
	remaining := len(digits)
	if group > 0 {
		for {
			l := min(group, max(remaining, minWidth, 1))
			g.emit(min(remaining, l), max(0, l-remaining), sep)
			remaining -= min(remaining, l)
			minWidth -= l
			if remaining <= 0 && minWidth <= 0 {
				return g.count
			}
			minWidth--
		}
	}
	l := max(remaining, minWidth, 1)
	g.emit(min(remaining, l), max(0, l-remaining), sep)
	return g.count
}

type grouper struct {
	out, digits []byte
	bpos, dpos  int
	count       int
	useSep      bool
}

// emit is InsertThousandsGrouping_fill: writes backwards a separator (except
// before the first group), nChars digits, then nZeros zeros.
func (g *grouper) emit(nChars, nZeros int, sep byte) {
	if g.useSep {
		g.count++
		if g.out != nil {
			g.bpos--
			g.out[g.bpos] = sep
		}
	}
	g.useSep = true
	g.count += nChars + nZeros
	if g.out == nil {
		return
	}
	g.bpos -= nChars
	g.dpos -= nChars
	copy(g.out[g.bpos:], g.digits[g.dpos:g.dpos+nChars])
	for i := 0; i < nZeros; i++ {
		g.bpos--
		g.out[g.bpos] = '0'
	}
}

// appendNumber is calc_number_widths + fill_number: it lays out
//
//	[lpadding][sign][prefix][spadding][grouped digits][.][remainder][rpadding]
//
// signChar is '-' when the number is negative; digits are the integer digits
// (ASCII); remainder follows the decimal point (or the digits) and is
// nRemainder code points long.
func appendNumber(dst []byte, sp *spec, signChar byte, prefix string, digits []byte,
	hasDecimal bool, remainder []byte, nRemainder int) []byte {
	nSign := 0
	var sign byte
	switch sp.sign {
	case '+', ' ':
		nSign = 1
		sign = sp.sign
		if signChar == '-' {
			sign = '-'
		}
	default:
		if signChar == '-' {
			nSign, sign = 1, '-'
		}
	}
	nDecimal := 0
	if hasDecimal {
		nDecimal = 1
	}
	nonDigit := nSign + len(prefix) + nDecimal + nRemainder
	minWidth := 0
	if sp.fillRune == '0' && sp.align == '=' {
		minWidth = sp.width - nonDigit
	}
	var sep byte
	if sp.group > 0 {
		sep = sp.grouping
	}
	nGrouped := 0
	if len(digits) > 0 {
		nGrouped = groupDigits(nil, digits, minWidth, sp.group, sep)
	}
	var lpad, spad, rpad int
	if nPadding := sp.width - (nonDigit + nGrouped); nPadding > 0 {
		switch sp.align {
		case '<':
			rpad = nPadding
		case '^':
			lpad = nPadding / 2
			rpad = nPadding - lpad
		case '=':
			spad = nPadding
		default:
			lpad = nPadding
		}
	}
	dst = appendRepeat(dst, sp.fill, lpad)
	if nSign == 1 {
		dst = append(dst, sign)
	}
	dst = append(dst, prefix...)
	dst = appendRepeat(dst, sp.fill, spad)
	if nGrouped > 0 {
		start := len(dst)
		for i := 0; i < nGrouped; i++ {
			dst = append(dst, 0)
		}
		groupDigits(dst[start:], digits, minWidth, sp.group, sep)
	}
	if hasDecimal {
		dst = append(dst, '.')
	}
	dst = append(dst, remainder...)
	return appendRepeat(dst, sp.fill, rpad)
}

// ---- float ----

func isFloatType(t rune) bool {
	switch t {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
		return true
	}
	return false
}

// FormatFloat is format(f, spec) for a Python float.
func FormatFloat(f float64, specStr string) (string, error) {
	if specStr == "" {
		return FloatRepr(f), nil
	}
	sp, err := parseSpec(specStr, 0, '>', "float")
	if err != nil {
		return "", err
	}
	if !isFloatType(sp.typ) {
		return "", unknownCode(sp.typ, "float")
	}
	var buf [64]byte
	b, err := appendFloatSpec(buf[:0], f, &sp)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// appendFloatSpec is format_float_internal.
func appendFloatSpec(dst []byte, val float64, sp *spec) ([]byte, error) {
	if sp.precision > math.MaxInt32 {
		return nil, valueError("precision too big")
	}
	if sp.precision >= maxResult || sp.width >= maxResult {
		return nil, memoryError()
	}
	precision := sp.precision
	typ := byte(sp.typ)
	defaultPrecision := 6
	addDot0 := false
	if typ == 0 {
		addDot0 = true
		typ = 'r'
		defaultPrecision = 0
	}
	if typ == 'n' {
		typ = 'g'
	}
	addPct := false
	if typ == '%' {
		typ = 'f'
		val *= 100
		addPct = true
	}
	if precision < 0 {
		precision = defaultPrecision
	} else if typ == 'r' {
		typ = 'g'
	}
	var scratch [48]byte
	num := appendDouble(scratch[:0], val, typ, precision, sp.alt, addDot0, sp.noNeg0)
	if addPct {
		num = append(num, '%')
	}
	if sp.sign != '+' && sp.sign != ' ' && sp.width == -1 && sp.typ != 'n' && sp.grouping == 0 {
		return append(dst, num...), nil
	}
	var signChar byte
	if num[0] == '-' {
		signChar = '-'
		num = num[1:]
	}
	nInt := 0
	for nInt < len(num) && num[nInt] >= '0' && num[nInt] <= '9' {
		nInt++
	}
	rem := num[nInt:]
	hasDecimal := len(rem) > 0 && rem[0] == '.'
	if hasDecimal {
		rem = rem[1:]
	}
	return appendNumber(dst, sp, signChar, "", num[:nInt], hasDecimal, rem, len(rem)), nil
}

// ---- int ----

// intVal is a Python int: small unless b is non-nil. limit is the most
// decimal digits its conversion to decimal may produce (0: no limit).
type intVal struct {
	b     *big.Int
	small int64
	limit int64
}

func (v intVal) neg() bool {
	if v.b != nil {
		return v.b.Sign() < 0
	}
	return v.small < 0
}

func (v intVal) int64() (int64, bool) {
	if v.b != nil {
		return v.b.Int64(), v.b.IsInt64()
	}
	return v.small, true
}

// appendAbs appends the digits of |v| in base (lowercase unless upper),
// enforcing the int max str digits limit for base 10.
func (v intVal) appendAbs(dst []byte, base int, upper bool) ([]byte, error) {
	start := len(dst)
	if v.b == nil {
		u := uint64(v.small)
		if v.small < 0 {
			u = -u
		}
		dst = strconv.AppendUint(dst, u, base)
	} else {
		if base == 10 {
			if limit := v.limit; limit > 0 {
				// Lower bound on the digit count: reject without converting.
				if int64(float64(v.b.BitLen()-1)*0.30102999566398114)+1 > limit {
					return nil, maxStrDigitsError(limit)
				}
			}
		}
		dst = v.b.Append(dst, base)
		if dst[start] == '-' {
			dst = append(dst[:start], dst[start+1:]...)
		}
		if base == 10 {
			if limit := v.limit; limit > 0 && int64(len(dst)-start) > limit {
				return nil, maxStrDigitsError(limit)
			}
		}
	}
	if upper {
		for i := start; i < len(dst); i++ {
			if c := dst[i]; c >= 'a' && c <= 'z' {
				dst[i] = c - ('a' - 'A')
			}
		}
	}
	return dst, nil
}

// toFloat is PyLong_AsDouble: correctly rounded, OverflowError past the float range.
func (v intVal) toFloat() (float64, error) {
	if v.b == nil {
		return float64(v.small), nil
	}
	return bigToFloat(v.b)
}

func bigToFloat(b *big.Int) (float64, error) {
	if b.IsInt64() {
		return float64(b.Int64()), nil
	}
	f, _ := new(big.Float).SetInt(b).Float64()
	if math.IsInf(f, 0) {
		return 0, overflowError("int too large to convert to float")
	}
	return f, nil
}

// FormatInt is format(x, spec) for a Python int (types b c d o x X n e E f F g G % and none;
// e/f/g/% convert to float exactly as CPython does, including OverflowError
// "int too large to convert to float").
func FormatInt(x *big.Int, specStr string) (string, error) {
	return FormatIntLimit(x, specStr, DefaultIntMaxStrDigits)
}

// FormatIntLimit is FormatInt with the interpreter's limit on decimal digits
// (sys.get_int_max_str_digits(); 0 means none).
func FormatIntLimit(x *big.Int, specStr string, maxDigits int) (string, error) {
	if x.IsInt64() {
		return FormatInt64(x.Int64(), specStr)
	}
	v := intVal{b: x, limit: int64(maxDigits)}
	if specStr == "" {
		b, err := appendIntDecimal(nil, v)
		if err != nil {
			return "", err
		}
		return string(b), nil
	}
	return formatInt(v, specStr)
}

// FormatInt64 is FormatInt for a small int, without allocating a big.Int.
func FormatInt64(x int64, specStr string) (string, error) {
	if specStr == "" {
		return strconv.FormatInt(x, 10), nil
	}
	return formatInt(intVal{small: x}, specStr)
}

// appendIntDecimal is str(int): the sign and decimal digits.
func appendIntDecimal(dst []byte, v intVal) ([]byte, error) {
	if v.neg() {
		dst = append(dst, '-')
	}
	return v.appendAbs(dst, 10, false)
}

func formatInt(v intVal, specStr string) (string, error) {
	sp, err := parseSpec(specStr, 'd', '>', "int")
	if err != nil {
		return "", err
	}
	var buf [80]byte
	var b []byte
	switch sp.typ {
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
		b, err = appendLongSpec(buf[:0], v, &sp)
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		var f float64
		f, err = v.toFloat()
		if err == nil {
			b, err = appendFloatSpec(buf[:0], f, &sp)
		}
	default:
		return "", unknownCode(sp.typ, "int")
	}
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// appendLongSpec is format_long_internal.
func appendLongSpec(dst []byte, v intVal, sp *spec) ([]byte, error) {
	if sp.precision != -1 {
		return nil, valueError("Precision not allowed in integer format specifier")
	}
	if sp.noNeg0 {
		return nil, valueError("Negative zero coercion (z) not allowed in integer format specifier")
	}
	if sp.typ == 'c' {
		if sp.sign != 0 {
			return nil, valueError("Sign not allowed with integer format specifier 'c'")
		}
		if sp.alt {
			return nil, valueError("Alternate form (#) not allowed with integer format specifier 'c'")
		}
		x, ok := v.int64()
		if !ok {
			return nil, overflowError("Python int too large to convert to C long")
		}
		if x < 0 || x > 0x10ffff {
			return nil, overflowError("%c arg not in range(0x110000)")
		}
		if sp.width >= maxResult {
			return nil, memoryError()
		}
		var cb [4]byte
		ch := appendCP(cb[:0], rune(x))
		return appendNumber(dst, sp, 0, "", nil, false, ch, 1), nil
	}
	base := 10
	prefix := ""
	switch sp.typ {
	case 'b':
		base, prefix = 2, "0b"
	case 'o':
		base, prefix = 8, "0o"
	case 'x':
		base, prefix = 16, "0x"
	case 'X':
		base, prefix = 16, "0X"
	}
	if !sp.alt {
		prefix = ""
	}
	var db [72]byte
	digits, err := v.appendAbs(db[:0], base, sp.typ == 'X')
	if err != nil {
		return nil, err
	}
	if sp.width >= maxResult {
		return nil, memoryError()
	}
	var signChar byte
	if v.neg() {
		signChar = '-'
	}
	return appendNumber(dst, sp, signChar, prefix, digits, false, nil, 0), nil
}

// ---- str ----

// FormatStr is format(s, spec) for a str (width/alignment count code points; precision truncates).
func FormatStr(s string, specStr string) (string, error) {
	if specStr == "" {
		return s, nil
	}
	sp, err := parseSpec(specStr, 's', '<', "str")
	if err != nil {
		return "", err
	}
	if sp.typ != 's' {
		return "", unknownCode(sp.typ, "str")
	}
	switch {
	case sp.sign == ' ':
		return "", valueError("Space not allowed in string format specifier")
	case sp.sign != 0:
		return "", valueError("Sign not allowed in string format specifier")
	case sp.noNeg0:
		return "", valueError("Negative zero coercion (z) not allowed in string format specifier")
	case sp.alt:
		return "", valueError("Alternate form (#) not allowed in string format specifier")
	case sp.align == '=':
		return "", valueError("'=' alignment not allowed in string format specifier")
	}
	n := countCP(s)
	if (sp.width == -1 || sp.width <= n) && (sp.precision == -1 || sp.precision >= n) {
		return s, nil
	}
	if sp.precision >= 0 && n >= sp.precision {
		s = s[:prefixCP(s, sp.precision)]
		n = sp.precision
	}
	if sp.width >= maxResult {
		return "", memoryError()
	}
	total := max(sp.width, n)
	var lpad int
	switch sp.align {
	case '>':
		lpad = total - n
	case '^':
		lpad = (total - n) / 2
	}
	rpad := total - n - lpad
	b := make([]byte, 0, len(s)+(lpad+rpad)*len(sp.fill))
	b = appendRepeat(b, sp.fill, lpad)
	b = append(b, s...)
	b = appendRepeat(b, sp.fill, rpad)
	return string(b), nil
}
