package syntax

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// dump renders a tree as a compact s-expression for table tests, e.g.
// "(= x (+ 1 2))". With positions, each node's head gets "@line:col".
// testdata/dump.py renders CPython's ast in the same form, which is how the
// expectations in these tests were checked.
func dump(n any) string { return dumpOpt(n, false) }

// dumpPos is dump with positions.
func dumpPos(n any) string { return dumpOpt(n, true) }

func dumpOpt(n any, pos bool) string {
	d := &dumper{pos: pos}
	d.node(n)
	return d.b.String()
}

type dumper struct {
	b   strings.Builder
	pos bool
}

func (d *dumper) at(n Node) {
	if d.pos {
		p := n.Position()
		fmt.Fprintf(&d.b, "@%d:%d", p.Line, p.Col)
	}
}

func (d *dumper) open(head string, n Node) {
	d.b.WriteString("(" + head)
	d.at(n)
}

func (d *dumper) list(xs []Expr) {
	for _, x := range xs {
		d.b.WriteByte(' ')
		d.node(x)
	}
}

func (d *dumper) block(ss []Stmt) {
	d.b.WriteString(" [")
	for i, s := range ss {
		if i > 0 {
			d.b.WriteByte(' ')
		}
		d.node(s)
	}
	d.b.WriteString("]")
}

func (d *dumper) opt(x Expr) {
	d.b.WriteByte(' ')
	if x == nil {
		d.b.WriteString("_")
	} else {
		d.node(x)
	}
}

var unaryText = [...]string{Invert: "~", Not: "not", UAdd: "pos", USub: "neg"}
var cmpDumpText = [...]string{"==", "!=", "<", "<=", ">", ">=", "is", "isnot", "in", "notin"}

func (d *dumper) node(n any) {
	switch n := n.(type) {
	case *Module:
		for i, s := range n.Body {
			if i > 0 {
				d.b.WriteByte('\n')
			}
			d.node(s)
		}
	case *Name:
		d.b.WriteString(n.Id)
		d.at(n)
	case *Constant:
		d.b.WriteString(constText(n))
		d.at(n)
	case *JoinedStr:
		d.open("f", n)
		d.list(n.Values)
		d.b.WriteByte(')')
	case *FormattedValue:
		d.open("fv", n)
		d.b.WriteByte(' ')
		d.node(n.Value)
		if n.Conversion != 0 {
			d.b.WriteString(" !" + string(rune(n.Conversion)))
		}
		if n.Spec != nil {
			d.b.WriteByte(' ')
			d.node(n.Spec)
		}
		d.b.WriteByte(')')
	case *BinOp:
		d.open(n.Op.String(), n)
		d.list([]Expr{n.X, n.Y})
		d.b.WriteByte(')')
	case *UnaryOp:
		d.open(unaryText[n.Op], n)
		d.list([]Expr{n.X})
		d.b.WriteByte(')')
	case *BoolOp:
		d.open([]string{"and", "or"}[n.Op], n)
		d.list(n.Values)
		d.b.WriteByte(')')
	case *Compare:
		d.open("cmp", n)
		d.b.WriteByte(' ')
		d.node(n.Left)
		for i, op := range n.Ops {
			d.b.WriteString(" " + cmpDumpText[op] + " ")
			d.node(n.Comparators[i])
		}
		d.b.WriteByte(')')
	case *IfExp:
		d.open("ifexp", n)
		d.list([]Expr{n.Test, n.Body, n.OrElse})
		d.b.WriteByte(')')
	case *Call:
		d.open("call", n)
		d.b.WriteByte(' ')
		d.node(n.Func)
		d.list(n.Args)
		for _, k := range n.Keywords {
			d.keyword(k)
		}
		d.b.WriteByte(')')
	case *Attribute:
		d.open(".", n)
		d.b.WriteByte(' ')
		d.node(n.X)
		d.b.WriteString(" " + n.Name + ")")
	case *Subscript:
		d.open("sub", n)
		d.list([]Expr{n.X, n.Index})
		d.b.WriteByte(')')
	case *Slice:
		d.open("slice", n)
		d.opt(n.Lower)
		d.opt(n.Upper)
		d.opt(n.Step)
		d.b.WriteByte(')')
	case *Starred:
		d.open("*", n)
		d.list([]Expr{n.X})
		d.b.WriteByte(')')
	case *List:
		d.open("list", n)
		d.list(n.Elts)
		d.b.WriteByte(')')
	case *Tuple:
		d.open("tuple", n)
		d.list(n.Elts)
		d.b.WriteByte(')')
	case *Set:
		d.open("set", n)
		d.list(n.Elts)
		d.b.WriteByte(')')
	case *Dict:
		d.open("dict", n)
		for i, k := range n.Keys {
			if k == nil {
				d.b.WriteString(" (**")
			} else {
				d.b.WriteString(" (")
				d.node(k)
			}
			d.b.WriteByte(' ')
			d.node(n.Values[i])
			d.b.WriteByte(')')
		}
		d.b.WriteByte(')')
	case *ListComp:
		d.open("listcomp", n)
		d.list([]Expr{n.Elt})
		d.comps(n.Generators)
	case *SetComp:
		d.open("setcomp", n)
		d.list([]Expr{n.Elt})
		d.comps(n.Generators)
	case *GeneratorExp:
		d.open("genexp", n)
		d.list([]Expr{n.Elt})
		d.comps(n.Generators)
	case *DictComp:
		d.open("dictcomp", n)
		d.list([]Expr{n.Key, n.Value})
		d.comps(n.Generators)
	case *Lambda:
		d.open("lambda", n)
		d.args(n.Args)
		d.list([]Expr{n.Body})
		d.b.WriteByte(')')
	case *Yield:
		d.open("yield", n)
		if n.Value != nil {
			d.list([]Expr{n.Value})
		}
		d.b.WriteByte(')')
	case *YieldFrom:
		d.open("yieldfrom", n)
		d.list([]Expr{n.Value})
		d.b.WriteByte(')')
	case *NamedExpr:
		d.open(":=", n)
		d.list([]Expr{n.Target, n.Value})
		d.b.WriteByte(')')

	case *ExprStmt:
		d.open("expr", n)
		d.list([]Expr{n.X})
		d.b.WriteByte(')')
	case *Assign:
		d.open("=", n)
		d.list(n.Targets)
		d.list([]Expr{n.Value})
		d.b.WriteByte(')')
	case *AugAssign:
		d.open(n.Op.String()+"=", n)
		d.list([]Expr{n.Target, n.Value})
		d.b.WriteByte(')')
	case *AnnAssign:
		d.open("ann", n)
		d.list([]Expr{n.Target, n.Annotation})
		if n.Value != nil {
			d.list([]Expr{n.Value})
		}
		d.b.WriteByte(')')
	case *If:
		d.open("if", n)
		d.list([]Expr{n.Test})
		d.block(n.Body)
		if n.OrElse != nil {
			d.block(n.OrElse)
		}
		d.b.WriteByte(')')
	case *While:
		d.open("while", n)
		d.list([]Expr{n.Test})
		d.block(n.Body)
		if n.OrElse != nil {
			d.block(n.OrElse)
		}
		d.b.WriteByte(')')
	case *For:
		d.open("for", n)
		d.list([]Expr{n.Target, n.Iter})
		d.block(n.Body)
		if n.OrElse != nil {
			d.block(n.OrElse)
		}
		d.b.WriteByte(')')
	case *Break:
		d.b.WriteString("break")
		d.at(n)
	case *Continue:
		d.b.WriteString("continue")
		d.at(n)
	case *Pass:
		d.b.WriteString("pass")
		d.at(n)
	case *Return:
		d.open("return", n)
		if n.Value != nil {
			d.list([]Expr{n.Value})
		}
		d.b.WriteByte(')')
	case *FunctionDef:
		d.open("def "+n.Name, n)
		d.args(n.Args)
		if n.Returns != nil {
			d.b.WriteString(" ->")
			d.list([]Expr{n.Returns})
		}
		for _, dec := range n.Decorators {
			d.b.WriteString(" @")
			d.node(dec)
		}
		d.block(n.Body)
		d.b.WriteByte(')')
	case *ClassDef:
		d.open("class "+n.Name, n)
		d.b.WriteString(" (")
		for i, b := range n.Bases {
			if i > 0 {
				d.b.WriteByte(' ')
			}
			d.node(b)
		}
		for _, k := range n.Keywords {
			d.keyword(k)
		}
		d.b.WriteByte(')')
		for _, dec := range n.Decorators {
			d.b.WriteString(" @")
			d.node(dec)
		}
		d.block(n.Body)
		d.b.WriteByte(')')
	case *Global:
		d.open("global", n)
		d.b.WriteString(" " + strings.Join(n.Names, " ") + ")")
	case *Nonlocal:
		d.open("nonlocal", n)
		d.b.WriteString(" " + strings.Join(n.Names, " ") + ")")
	case *Delete:
		d.open("del", n)
		d.list(n.Targets)
		d.b.WriteByte(')')
	case *Assert:
		d.open("assert", n)
		d.list([]Expr{n.Test})
		if n.Msg != nil {
			d.list([]Expr{n.Msg})
		}
		d.b.WriteByte(')')
	case *Try:
		d.open("try", n)
		d.block(n.Body)
		for _, h := range n.Handlers {
			d.b.WriteByte(' ')
			d.open("except", h)
			if h.Type != nil {
				d.list([]Expr{h.Type})
			}
			if h.Name != "" {
				d.b.WriteString(" as " + h.Name)
			}
			d.block(h.Body)
			d.b.WriteByte(')')
		}
		if n.OrElse != nil {
			d.b.WriteString(" (else")
			d.block(n.OrElse)
			d.b.WriteByte(')')
		}
		if n.Finalbody != nil {
			d.b.WriteString(" (finally")
			d.block(n.Finalbody)
			d.b.WriteByte(')')
		}
		d.b.WriteByte(')')
	case *Raise:
		d.open("raise", n)
		if n.Exc != nil {
			d.list([]Expr{n.Exc})
		}
		if n.Cause != nil {
			d.b.WriteString(" from")
			d.list([]Expr{n.Cause})
		}
		d.b.WriteByte(')')
	case *Import:
		d.open("import", n)
		d.aliases(n.Names)
		d.b.WriteByte(')')
	case *ImportFrom:
		d.open("from "+strings.Repeat(".", n.Level)+n.Module, n)
		d.aliases(n.Names)
		d.b.WriteByte(')')
	case *With:
		d.open("with", n)
		for _, it := range n.Items {
			d.b.WriteString(" (")
			d.node(it.Context)
			if it.Vars != nil {
				d.list([]Expr{it.Vars})
			}
			d.b.WriteByte(')')
		}
		d.block(n.Body)
		d.b.WriteByte(')')
	case nil:
		d.b.WriteString("<nil>")
	default:
		fmt.Fprintf(&d.b, "<%T>", n)
	}
}

func (d *dumper) keyword(k Keyword) {
	d.b.WriteByte(' ')
	if k.Name == "" {
		d.b.WriteString("**")
	} else {
		d.b.WriteString(k.Name + "=")
	}
	if d.pos {
		p := k.Pos
		fmt.Fprintf(&d.b, "@%d:%d=", p.Line, p.Col)
	}
	d.node(k.Value)
}

func (d *dumper) aliases(as []Alias) {
	for _, a := range as {
		d.b.WriteString(" " + a.Name)
		if a.AsName != "" {
			d.b.WriteString(":" + a.AsName)
		}
		d.at(a)
	}
}

func (d *dumper) comps(gs []Comprehension) {
	for _, g := range gs {
		d.b.WriteString(" (for")
		d.list([]Expr{g.Target, g.Iter})
		for _, c := range g.Ifs {
			d.b.WriteString(" (if")
			d.list([]Expr{c})
			d.b.WriteByte(')')
		}
		d.b.WriteByte(')')
	}
	d.b.WriteByte(')')
}

func (d *dumper) args(a *Arguments) {
	d.b.WriteString(" (")
	var parts []string
	arg := func(prefix string, x Arg, def Expr) {
		var s strings.Builder
		s.WriteString(prefix + x.Name)
		if d.pos {
			fmt.Fprintf(&s, "@%d:%d", x.Pos.Line, x.Pos.Col)
		}
		if x.Annotation != nil {
			s.WriteString(":" + dumpOpt(x.Annotation, d.pos))
		}
		if def != nil {
			s.WriteString("=" + dumpOpt(def, d.pos))
		}
		parts = append(parts, s.String())
	}
	pos := append(append([]Arg{}, a.PosOnly...), a.Args...)
	first := len(pos) - len(a.Defaults)
	for i, x := range pos {
		var def Expr
		if i >= first {
			def = a.Defaults[i-first]
		}
		arg("", x, def)
		if i == len(a.PosOnly)-1 {
			parts = append(parts, "/")
		}
	}
	if a.Vararg != nil {
		arg("*", *a.Vararg, nil)
	} else if len(a.KwOnly) > 0 {
		parts = append(parts, "*")
	}
	for i, x := range a.KwOnly {
		arg("", x, a.KwDefaults[i])
	}
	if a.Kwarg != nil {
		arg("**", *a.Kwarg, nil)
	}
	d.b.WriteString(strings.Join(parts, " ") + ")")
}

func constText(c *Constant) string {
	switch c.Kind {
	case ConstNone:
		return "None"
	case ConstTrue:
		return "True"
	case ConstFalse:
		return "False"
	case ConstEllipsis:
		return "..."
	case ConstInt:
		return c.Int.String()
	case ConstFloat:
		return pyFloat(c.Float)
	case ConstBytes:
		var b strings.Builder
		b.WriteString("b'")
		for i := 0; i < len(c.Str); i++ {
			ch := c.Str[i]
			switch {
			case ch == '\\' || ch == '\'':
				b.WriteString("\\" + string(ch))
			case ch < 0x20 || ch >= 0x7f:
				fmt.Fprintf(&b, "\\x%02x", ch)
			default:
				b.WriteByte(ch)
			}
		}
		return b.String() + "'"
	}
	return quoteStr(c.Str)
}

// quoteStr quotes s as testdata/dump.py does: single quotes, backslash
// escapes for \ ' \n \t \r, \xNN for other control characters and \uXXXX
// for (WTF-8 encoded) surrogates.
func quoteStr(s string) string {
	var b strings.Builder
	b.WriteByte('\'')
	for i := 0; i < len(s); {
		if i+2 < len(s) && s[i] == 0xED && s[i+1] >= 0xA0 {
			r := rune(s[i]&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
			fmt.Fprintf(&b, "\\u%04x", r)
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == '\\' || r == '\'':
			b.WriteString("\\" + string(r))
		case r == '\n':
			b.WriteString("\\n")
		case r == '\t':
			b.WriteString("\\t")
		case r == '\r':
			b.WriteString("\\r")
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, "\\x%02x", r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('\'')
	return b.String()
}

// pyFloat formats f as Python's repr does.
func pyFloat(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	s := strconv.FormatFloat(f, 'e', -1, 64) // d.ddde±XX, shortest
	mant, exp, _ := strings.Cut(s, "e")
	e, _ := strconv.Atoi(exp)
	digits := strings.Replace(mant, ".", "", 1)
	neg := strings.HasPrefix(digits, "-")
	digits = strings.TrimPrefix(digits, "-")
	var out string
	if e < -4 || e >= 16 {
		out = digits[:1]
		if len(digits) > 1 {
			out += "." + digits[1:]
		}
		sign := "+"
		if e < 0 {
			sign, e = "-", -e
		}
		out += fmt.Sprintf("e%s%02d", sign, e)
	} else if e < 0 {
		out = "0." + strings.Repeat("0", -e-1) + digits
	} else if len(digits) <= e+1 {
		out = digits + strings.Repeat("0", e+1-len(digits)) + ".0"
	} else {
		out = digits[:e+1] + "." + digits[e+1:]
	}
	if neg {
		out = "-" + out
	}
	return out
}
