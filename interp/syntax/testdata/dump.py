"""Render CPython's ast in the s-expression form of dump_test.go.

Used to check the expectations in the Go tests against CPython 3.11:
    python3 dump.py [--pos] < snippets     (snippets separated by lines "---")
prints one dump per snippet, separated by "---" lines; errors print as
"ERROR Kind: msg @line:col".
"""
import ast
import sys

POS = "--pos" in sys.argv
LINES = []  # source lines as bytes, to turn CPython's byte columns into characters

UNARY = {ast.Invert: "~", ast.Not: "not", ast.UAdd: "pos", ast.USub: "neg"}
BINOP = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.MatMult: "@", ast.Div: "/",
         ast.Mod: "%", ast.Pow: "**", ast.LShift: "<<", ast.RShift: ">>",
         ast.BitOr: "|", ast.BitXor: "^", ast.BitAnd: "&", ast.FloorDiv: "//"}
CMP = {ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">",
       ast.GtE: ">=", ast.Is: "is", ast.IsNot: "isnot", ast.In: "in", ast.NotIn: "notin"}


def col(lineno, off):
    if lineno - 1 < len(LINES):
        return len(LINES[lineno - 1][:off].decode("utf-8", "replace"))
    return off


def at(n):
    return "@%d:%d" % (n.lineno, col(n.lineno, n.col_offset)) if POS else ""


def quote(s):
    out = ["'"]
    for ch in s:
        o = ord(ch)
        if ch in "\\'":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif o < 0x20 or o == 0x7F:
            out.append("\\x%02x" % o)
        elif 0xD800 <= o <= 0xDFFF:
            out.append("\\u%04x" % o)
        else:
            out.append(ch)
    return "".join(out) + "'"


def const(v):
    if v is None or v is True or v is False:
        return str(v)
    if v is Ellipsis:
        return "..."
    if isinstance(v, bytes):
        out = ["b'"]
        for b in v:
            if b in b"\\'":
                out.append("\\" + chr(b))
            elif b < 0x20 or b >= 0x7F:
                out.append("\\x%02x" % b)
            else:
                out.append(chr(b))
        return "".join(out) + "'"
    if isinstance(v, str):
        return quote(v)
    return repr(v)


def exprs(xs):
    return "".join(" " + d(x) for x in xs)


def block(ss):
    return " [" + " ".join(d(s) for s in ss) + "]"


def opt(x):
    return " _" if x is None else " " + d(x)


def comps(gs):
    out = ""
    for g in gs:
        out += " (for" + exprs([g.target, g.iter])
        for c in g.ifs:
            out += " (if" + exprs([c]) + ")"
        out += ")"
    return out + ")"


def keyword(k):
    s = " " + ("**" if k.arg is None else k.arg + "=")
    if POS:
        s += "@%d:%d=" % (k.lineno, col(k.lineno, k.col_offset))
    return s + d(k.value)


def args(a):
    parts = []

    def arg(prefix, x, default):
        s = prefix + x.arg + at(x)
        if x.annotation is not None:
            s += ":" + d(x.annotation)
        if default is not None:
            s += "=" + d(default)
        parts.append(s)

    pos = a.posonlyargs + a.args
    first = len(pos) - len(a.defaults)
    for i, x in enumerate(pos):
        arg("", x, a.defaults[i - first] if i >= first else None)
        if i == len(a.posonlyargs) - 1:
            parts.append("/")
    if a.vararg:
        arg("*", a.vararg, None)
    elif a.kwonlyargs:
        parts.append("*")
    for x, dflt in zip(a.kwonlyargs, a.kw_defaults):
        arg("", x, dflt)
    if a.kwarg:
        arg("**", a.kwarg, None)
    return " (" + " ".join(parts) + ")"


def aliases(names):
    return "".join(" " + n.name + (":" + n.asname if n.asname else "") + at(n) for n in names)


def d(n):
    t = type(n)
    o = lambda head: "(" + head + at(n)
    if t is ast.Module:
        return "\n".join(d(s) for s in n.body)
    if t is ast.Expression:
        return d(n.body)
    if t is ast.Name:
        return n.id + at(n)
    if t is ast.Constant:
        return const(n.value) + at(n)
    if t is ast.JoinedStr:
        return o("f") + exprs(n.values) + ")"
    if t is ast.FormattedValue:
        s = o("fv") + " " + d(n.value)
        if n.conversion != -1:
            s += " !" + chr(n.conversion)
        if n.format_spec is not None:
            s += " " + d(n.format_spec)
        return s + ")"
    if t is ast.BinOp:
        return o(BINOP[type(n.op)]) + exprs([n.left, n.right]) + ")"
    if t is ast.UnaryOp:
        return o(UNARY[type(n.op)]) + exprs([n.operand]) + ")"
    if t is ast.BoolOp:
        return o("and" if isinstance(n.op, ast.And) else "or") + exprs(n.values) + ")"
    if t is ast.Compare:
        s = o("cmp") + " " + d(n.left)
        for op, c in zip(n.ops, n.comparators):
            s += " " + CMP[type(op)] + " " + d(c)
        return s + ")"
    if t is ast.IfExp:
        return o("ifexp") + exprs([n.test, n.body, n.orelse]) + ")"
    if t is ast.Call:
        return o("call") + " " + d(n.func) + exprs(n.args) + "".join(keyword(k) for k in n.keywords) + ")"
    if t is ast.Attribute:
        return o(".") + " " + d(n.value) + " " + n.attr + ")"
    if t is ast.Subscript:
        return o("sub") + exprs([n.value, n.slice]) + ")"
    if t is ast.Slice:
        return o("slice") + opt(n.lower) + opt(n.upper) + opt(n.step) + ")"
    if t is ast.Starred:
        return o("*") + exprs([n.value]) + ")"
    if t in (ast.List, ast.Tuple, ast.Set):
        return o(t.__name__.lower()) + exprs(n.elts) + ")"
    if t is ast.Dict:
        s = o("dict")
        for k, v in zip(n.keys, n.values):
            s += " (" + ("**" if k is None else d(k)) + " " + d(v) + ")"
        return s + ")"
    if t in (ast.ListComp, ast.SetComp, ast.GeneratorExp):
        head = "genexp" if t is ast.GeneratorExp else t.__name__.lower()
        return o(head) + exprs([n.elt]) + comps(n.generators)
    if t is ast.DictComp:
        return o("dictcomp") + exprs([n.key, n.value]) + comps(n.generators)
    if t is ast.Lambda:
        return o("lambda") + args(n.args) + exprs([n.body]) + ")"
    if t is ast.Yield:
        return o("yield") + (exprs([n.value]) if n.value else "") + ")"
    if t is ast.YieldFrom:
        return o("yieldfrom") + exprs([n.value]) + ")"
    if t is ast.NamedExpr:
        return o(":=") + exprs([n.target, n.value]) + ")"

    if t is ast.Expr:
        return o("expr") + exprs([n.value]) + ")"
    if t is ast.Assign:
        return o("=") + exprs(n.targets + [n.value]) + ")"
    if t is ast.AugAssign:
        return o(BINOP[type(n.op)] + "=") + exprs([n.target, n.value]) + ")"
    if t is ast.AnnAssign:
        return o("ann") + exprs([n.target, n.annotation] + ([n.value] if n.value else [])) + ")"
    if t in (ast.If, ast.While):
        return o(t.__name__.lower()) + exprs([n.test]) + block(n.body) + (block(n.orelse) if n.orelse else "") + ")"
    if t is ast.For:
        return o("for") + exprs([n.target, n.iter]) + block(n.body) + (block(n.orelse) if n.orelse else "") + ")"
    if t in (ast.Break, ast.Continue, ast.Pass):
        return t.__name__.lower() + at(n)
    if t is ast.Return:
        return o("return") + (exprs([n.value]) if n.value else "") + ")"
    if t is ast.FunctionDef:
        s = o("def " + n.name) + args(n.args)
        if n.returns:
            s += " ->" + exprs([n.returns])
        s += "".join(" @" + d(x) for x in n.decorator_list)
        return s + block(n.body) + ")"
    if t is ast.ClassDef:
        s = o("class " + n.name) + " (" + " ".join(d(b) for b in n.bases) + "".join(keyword(k) for k in n.keywords) + ")"
        s += "".join(" @" + d(x) for x in n.decorator_list)
        return s + block(n.body) + ")"
    if t in (ast.Global, ast.Nonlocal):
        return o(t.__name__.lower()) + " " + " ".join(n.names) + ")"
    if t is ast.Delete:
        return o("del") + exprs(n.targets) + ")"
    if t is ast.Assert:
        return o("assert") + exprs([n.test] + ([n.msg] if n.msg else [])) + ")"
    if t is ast.Try:
        s = o("try") + block(n.body)
        for h in n.handlers:
            s += " (except" + at(h) + (exprs([h.type]) if h.type else "") + (" as " + h.name if h.name else "") + block(h.body) + ")"
        if n.orelse:
            s += " (else" + block(n.orelse) + ")"
        if n.finalbody:
            s += " (finally" + block(n.finalbody) + ")"
        return s + ")"
    if t is ast.Raise:
        return o("raise") + (exprs([n.exc]) if n.exc else "") + (" from" + exprs([n.cause]) if n.cause else "") + ")"
    if t is ast.Import:
        return o("import") + aliases(n.names) + ")"
    if t is ast.ImportFrom:
        return o("from " + "." * n.level + (n.module or "")) + aliases(n.names) + ")"
    if t is ast.With:
        s = o("with")
        for it in n.items:
            s += " (" + d(it.context_expr) + (exprs([it.optional_vars]) if it.optional_vars else "") + ")"
        return s + block(n.body) + ")"
    return "<%s>" % t.__name__


def files(listfile, outdir):
    """Dump each file named in listfile to outdir/<index>."""
    global LINES
    for i, name in enumerate(open(listfile).read().split()):
        try:
            data = open(name, "rb").read()
            LINES = data.replace(b"\r\n", b"\n").split(b"\n")
            out = d(ast.parse(data, name))
        except SyntaxError as e:
            out = "ERROR %s: %s @%s:%s" % (type(e).__name__, e.msg, e.lineno, (e.offset or 1) - 1)
        except Exception as e:
            out = "EXC %r" % e
        with open("%s/%d" % (outdir, i), "w") as f:
            f.write(out + "\n")


def main():
    global LINES
    if "--files" in sys.argv:
        i = sys.argv.index("--files")
        return files(sys.argv[i + 1], sys.argv[i + 2])
    mode = "eval" if "--eval" in sys.argv else "exec"
    chunks = sys.stdin.read().split("\n---\n")
    out = []
    for src in chunks:
        LINES = src.encode().split(b"\n")
        try:
            out.append(d(ast.parse(src, "x.py", mode)))
        except SyntaxError as e:
            out.append("ERROR %s: %s @%s:%s" % (type(e).__name__, e.msg, e.lineno, (e.offset or 1) - 1))
    print("\n---\n".join(out))


main()
