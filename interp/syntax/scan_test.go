package syntax

import (
	"fmt"
	"strings"
	"testing"
)

var tokText = map[tokKind]string{
	tEOF: "EOF", tError: "ERROR", tNewline: "NEWLINE", tIndent: "INDENT", tDedent: "DEDENT",
	tLParen: "(", tRParen: ")", tLBrack: "[", tRBrack: "]", tLBrace: "{", tRBrace: "}",
	tColon: ":", tComma: ",", tSemi: ";", tDot: ".", tEllipsis: "...", tArrow: "->",
	tAssign: "=", tWalrus: ":=", tPlus: "+", tMinus: "-", tStar: "*", tSlash: "/",
	tPercent: "%", tDoubleStar: "**", tDoubleSl: "//", tAt: "@", tVBar: "|", tAmper: "&",
	tCaret: "^", tTilde: "~", tLShift: "<<", tRShift: ">>", tEq: "==", tNotEq: "!=",
	tLt: "<", tLtE: "<=", tGt: ">", tGtE: ">=", tLtGt: "<>", tBang: "!", tBadChar: "BAD",
}

// scanAll renders the tokens of src, e.g. "NAME(x) = NUMBER(1) NEWLINE EOF".
func scanAll(src string) (string, *Error) {
	s, err := newSource("x.py", []byte(src))
	if err != nil {
		return "", err
	}
	sc := newScanner(s)
	var out []string
	for {
		t := sc.next()
		switch {
		case t.kind == tError:
			return strings.Join(out, " "), sc.err
		case t.kind == tName:
			out = append(out, "NAME("+t.lit+")")
		case t.kind == tNumber:
			out = append(out, "NUMBER("+t.lit+")")
		case t.kind == tString:
			out = append(out, "STRING("+string(s.text[t.off:t.endOff])+")")
		case t.kind == tOpAssign:
			out = append(out, t.op.String()+"=")
		case t.kind >= kwFalse:
			for k, v := range keywords {
				if v == t.kind {
					out = append(out, k)
				}
			}
		default:
			out = append(out, tokText[t.kind])
		}
		if t.kind == tEOF {
			return strings.Join(out, " "), nil
		}
	}
}

func TestScanTokens(t *testing.T) {
	tests := []struct{ src, want string }{
		{"x = 1\n", "NAME(x) = NUMBER(1) NEWLINE EOF"},
		{"", "EOF"},
		{"x", "NAME(x) NEWLINE EOF"},
		{"\n\n  \n# only a comment\n", "EOF"},
		{"a\r\nb\r\n", "NAME(a) NEWLINE NAME(b) NEWLINE EOF"},
		{"a\rb", "NAME(a) NEWLINE NAME(b) NEWLINE EOF"},
		{"\ufeffa\n", "NAME(a) NEWLINE EOF"},
		{"if x:\n    y\n    z\nw\n",
			"if NAME(x) : NEWLINE INDENT NAME(y) NEWLINE NAME(z) NEWLINE DEDENT NAME(w) NEWLINE EOF"},
		{"if a:\n  if b:\n    c\n",
			"if NAME(a) : NEWLINE INDENT if NAME(b) : NEWLINE INDENT NAME(c) NEWLINE DEDENT DEDENT EOF"},
		{"if a:\n\tb\n\tc\n", "if NAME(a) : NEWLINE INDENT NAME(b) NEWLINE NAME(c) NEWLINE DEDENT EOF"},
		{"a\n\n   # c\n\n  \nb\n", "NAME(a) NEWLINE NAME(b) NEWLINE EOF"},
		{"if a:\n  b\n\n  # x\n  c\n", "if NAME(a) : NEWLINE INDENT NAME(b) NEWLINE NAME(c) NEWLINE DEDENT EOF"},
		{"(a,\n  b\n)\n", "( NAME(a) , NAME(b) ) NEWLINE EOF"},
		{"[a,  # c\n\n b]", "[ NAME(a) , NAME(b) ] NEWLINE EOF"},
		{"a = 1 + \\\n      2\n", "NAME(a) = NUMBER(1) + NUMBER(2) NEWLINE EOF"},
		{"if a:\n    b = \\\n1\n", "if NAME(a) : NEWLINE INDENT NAME(b) = NUMBER(1) NEWLINE DEDENT EOF"},
		{"a\f = 1\n", "NAME(a) = NUMBER(1) NEWLINE EOF"},
		{"x += 1; y //= 2; z **= 3; w >>= 4; v <<= 5; u @= t; s -= r; q *= p; o /= n; m %= l; k &= j; i |= h; g ^= f",
			"NAME(x) += NUMBER(1) ; NAME(y) //= NUMBER(2) ; NAME(z) **= NUMBER(3) ; NAME(w) >>= NUMBER(4) ; " +
				"NAME(v) <<= NUMBER(5) ; NAME(u) @= NAME(t) ; NAME(s) -= NAME(r) ; NAME(q) *= NAME(p) ; NAME(o) /= NAME(n) ; " +
				"NAME(m) %= NAME(l) ; NAME(k) &= NAME(j) ; NAME(i) |= NAME(h) ; NAME(g) ^= NAME(f) NEWLINE EOF"},
		{"def f() -> int: (y := x) ... a.b",
			"def NAME(f) ( ) -> NAME(int) : ( NAME(y) := NAME(x) ) ... NAME(a) . NAME(b) NEWLINE EOF"},
		{"a != b <= c >= d == e < f > g << h >> i ** j // k ~ l @ m",
			"NAME(a) != NAME(b) <= NAME(c) >= NAME(d) == NAME(e) < NAME(f) > NAME(g) << NAME(h) >> NAME(i) ** NAME(j) // NAME(k) ~ NAME(l) @ NAME(m) NEWLINE EOF"},
		{"a <> b ! c $ d", "NAME(a) <> NAME(b) ! NAME(c) BAD NAME(d) NEWLINE EOF"},
		{"..a", ". . NAME(a) NEWLINE EOF"},
		{"1 1_000 0x_ff 0XFF 0o17 0b1_0 0 00 0_0 1. .5 1e10 1.5E-3 1_0.0_1 1e+5 0.0 1j 1.5J 0e0",
			"NUMBER(1) NUMBER(1_000) NUMBER(0x_ff) NUMBER(0XFF) NUMBER(0o17) NUMBER(0b1_0) NUMBER(0) NUMBER(00) NUMBER(0_0) " +
				"NUMBER(1.) NUMBER(.5) NUMBER(1e10) NUMBER(1.5E-3) NUMBER(1_0.0_1) NUMBER(1e+5) NUMBER(0.0) NUMBER(1j) NUMBER(1.5J) NUMBER(0e0) NEWLINE EOF"},
		{"1if x else 2or 3and 4in y", "NUMBER(1) if NAME(x) else NUMBER(2) or NUMBER(3) and NUMBER(4) in NAME(y) NEWLINE EOF"},
		{"1 .real", "NUMBER(1) . NAME(real) NEWLINE EOF"},
		{`'a' "b" '''c''' """d""" r'\d' b'y' f'z' rb'1' BR"2" Fr'3' u'4' ''`,
			`STRING('a') STRING("b") STRING('''c''') STRING("""d""") STRING(r'\d') STRING(b'y') STRING(f'z') STRING(rb'1') ` +
				`STRING(BR"2") STRING(Fr'3') STRING(u'4') STRING('') NEWLINE EOF`},
		{"'a\\'b' 'c\\\nd'", "STRING('a\\'b') STRING('c\\\nd') NEWLINE EOF"},
		{"'''a\nb'''\nc", "STRING('''a\nb''') NEWLINE NAME(c) NEWLINE EOF"},
		{"ub'x' rf'y'", "NAME(ub) STRING('x') STRING(rf'y') NEWLINE EOF"},
		{"ñ = 日本 + x_1", "NAME(ñ) = NAME(日本) + NAME(x_1) NEWLINE EOF"},
		{"async await match case _", "async await NAME(match) NAME(case) NAME(_) NEWLINE EOF"},
	}
	for _, tt := range tests {
		got, err := scanAll(tt.src)
		if err != nil {
			t.Errorf("%q: unexpected error %v", tt.src, err)
			continue
		}
		if got != tt.want {
			t.Errorf("%q:\ngot  %s\nwant %s", tt.src, got, tt.want)
		}
	}
}

func TestScanPositions(t *testing.T) {
	s, _ := newSource("x.py", []byte("é = 'ü' + x\n  # c\nif a:\n\tb = '''\n''' ; c\n"))
	sc := newScanner(s)
	var got []string
	for {
		t := sc.next()
		if t.kind == tEOF {
			break
		}
		got = append(got, fmt.Sprintf("%d:%d-%d:%d", t.pos.Line, t.pos.Col, t.end.Line, t.end.Col))
	}
	want := "1:0-1:1 1:2-1:3 1:4-1:7 1:8-1:9 1:10-1:11 1:11-1:11 " + // é = 'ü' + x NEWLINE
		"3:0-3:2 3:3-3:4 3:4-3:5 3:5-3:5 " + // if a : NEWLINE
		"4:1-4:1 4:1-4:2 4:3-4:4 4:5-5:3 5:4-5:5 5:6-5:7 5:7-5:7 " + // INDENT b = ''' ; c NEWLINE
		"5:7-5:7" // DEDENT at the end of the file
	if strings.Join(got, " ") != want {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, " "), want)
	}
}

// TestScanErrors checks tokenizer errors; expectations are CPython 3.11's
// (lineno, offset-1).
func TestScanErrors(t *testing.T) {
	tests := []struct {
		src       string
		kind, msg string
		line, col int32
	}{
		{"1abc", KindSyntax, "invalid decimal literal", 1, 0},
		{"x = 0x", KindSyntax, "invalid hexadecimal literal", 1, 5},
		{"x = 0xg", KindSyntax, "invalid hexadecimal literal", 1, 5},
		{"x = 0b12", KindSyntax, "invalid digit '2' in binary literal", 1, 7},
		{"x = 0o8", KindSyntax, "invalid digit '8' in octal literal", 1, 6},
		{"x = 0o", KindSyntax, "invalid octal literal", 1, 5},
		{"x = 1_", KindSyntax, "invalid decimal literal", 1, 5},
		{"x = 1__0", KindSyntax, "invalid decimal literal", 1, 5},
		{"x = 1e", KindSyntax, "invalid decimal literal", 1, 4},
		{"x = 1e+", KindSyntax, "invalid decimal literal", 1, 6},
		{"x = 1.__class__", KindSyntax, "invalid decimal literal", 1, 5},
		{"x = 1jx", KindSyntax, "invalid imaginary literal", 1, 5},
		{"x = 012", KindSyntax, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 4},
		{"x = 'abc", KindSyntax, "unterminated string literal (detected at line 1)", 1, 4},
		{"x = 'abc\\\ndef", KindSyntax, "unterminated string literal (detected at line 2)", 1, 4},
		{"x = b'''abc\n\ndef\n", KindSyntax, "unterminated triple-quoted string literal (detected at line 3)", 1, 4},
		{"x = )", KindSyntax, "unmatched ')'", 1, 4},
		{"x = (]", KindSyntax, "closing parenthesis ']' does not match opening parenthesis '('", 1, 5},
		{"x = (1,\n]", KindSyntax, "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 0},
		{"x = (1 +", KindSyntax, "'(' was never closed", 1, 4},
		{"a €", KindSyntax, "invalid character '€' (U+20AC)", 1, 2},
		{"a€b = 1", KindSyntax, "invalid character '€' (U+20AC)", 1, 1},
		{"a = 1\u00a0", KindSyntax, "invalid non-printable character U+00A0", 1, 5},
		{"a = 1€", KindSyntax, "invalid character '€' (U+20AC)", 1, 5},
		{"1.real", KindSyntax, "invalid decimal literal", 1, 1},
		{"a = \x01", KindSyntax, "invalid non-printable character U+0001", 1, 4},
		{"x = 1 \\ y", KindSyntax, "unexpected character after line continuation character", 1, 7},
		{"x = 1 \\", KindSyntax, "unexpected EOF while parsing", 1, 7},
		{"if x:\n    a\n  b", KindIndentation, "unindent does not match any outer indentation level", 3, 3},
		{"if x:\n        a\n\tb", KindTab, "inconsistent use of tabs and spaces in indentation", 3, 0},
		{strings.Repeat("(", 201), KindSyntax, "too many nested parentheses", 1, 200},
		{"x = 1\n\xff", KindSyntax, "Non-UTF-8 code starting with '\\xff' in file x.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details", 2, 0},
	}
	for _, tt := range tests {
		_, err := scanAll(tt.src)
		if err == nil {
			t.Errorf("%q: no error", tt.src)
			continue
		}
		got := fmt.Sprintf("%s: %s @%d:%d", err.Kind, err.Msg, err.Pos.Line, err.Pos.Col)
		want := fmt.Sprintf("%s: %s @%d:%d", tt.kind, tt.msg, tt.line, tt.col)
		if got != want {
			t.Errorf("%q:\ngot  %s\nwant %s", tt.src, got, want)
		}
	}
}

func TestIndentLimit(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 101; i++ {
		fmt.Fprintf(&b, "%sif x:\n", strings.Repeat(" ", i))
	}
	b.WriteString(strings.Repeat(" ", 101) + "pass\n")
	_, err := Parse("x.py", []byte(b.String()))
	if e, ok := err.(*Error); !ok || e.Kind != KindIndentation || e.Msg != "too many levels of indentation" {
		t.Errorf("got %v", err)
	}
}
