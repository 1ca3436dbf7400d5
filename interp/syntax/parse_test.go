package syntax

import (
	"math"
	"math/big"
	"strings"
	"testing"
)

// The expectations in the tables below are CPython 3.11's trees, rendered
// with testdata/dump.py in the form of dump (see dump_test.go).

func TestParseStatements(t *testing.T) {
	tests := []struct{ src, want string }{
		{"x = 1", "(= x 1)"},
		{"a, b = b, a+b", "(= (tuple a b) (tuple b (+ a b)))"},
		{"-2**2", "(expr (neg (** 2 2)))"},
		{"2**-1", "(expr (** 2 (neg 1)))"},
		{"2**3**2", "(expr (** 2 (** 3 2)))"},
		{"a if b else c", "(expr (ifexp b a c))"},
		{"lambda x, y=1: x+y", "(expr (lambda (x y=1) (+ x y)))"},
		{"x = f\"ab{y+1!r:>{w}}cd\"", "(= x (f 'ab' (fv (+ y 1) !r (f '>' (fv w))) 'cd'))"},
		{"def f(a, /, b=1, *c, d, e=2, **f) -> int: pass", "(def f (a / b=1 *c d e=2 **f) -> int [pass])"},
		{"class A(B, metaclass=M):\n    x: int = 3\n    def g(self): return self.x", "(class A (B metaclass=M) [(ann x int 3) (def g (self) [(return (. self x))])])"},
		{"for i, x in enumerate(y):\n    print(i, x)\nelse:\n    pass", "(for (tuple i x) (call enumerate y) [(expr (call print i x))] [pass])"},
		{"while x: x -= 1", "(while x [(-= x 1)])"},
		{"try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass", "(try [pass] (except (tuple A B) as e [(raise X from e)]) (except [pass]) (else [pass]) (finally [pass]))"},
		{"import a.b as c, d\nfrom .mod import (a, b as c)\nfrom m import *\nfrom .. import x", "(import a.b:c d)\n(from .mod a b:c)\n(from m *)\n(from .. x)"},
		{"with a as b, c as d:\n    pass", "(with (a b) (c d) [pass])"},
		{"with (a as b, c as d):\n    pass", "(with (a b) (c d) [pass])"},
		{"with (a, b) as c:\n    pass", "(with ((tuple a b) c) [pass])"},
		{"with (a, b):\n    pass", "(with (a) (b) [pass])"},
		{"if x:\n    pass\nelif y:\n    pass\nelse:\n    pass", "(if x [pass] [(if y [pass] [pass])])"},
		{"x = [i*j for i in range(10) if i for j in range(i)]", "(= x (listcomp (* i j) (for i (call range 10) (if i)) (for j (call range i))))"},
		{"d = {k: v for k, v in items}", "(= d (dictcomp k v (for (tuple k v) items)))"},
		{"s = {x for x in y}", "(= s (setcomp x (for x y)))"},
		{"g = (x for x in y)", "(= g (genexp x (for x y)))"},
		{"sum(x for x in y)", "(expr (call sum (genexp x (for x y))))"},
		{"f(a, *b, c=1, **d)", "(expr (call f a (* b) c=1 **d))"},
		{"x[1:2, ::3]", "(expr (sub x (tuple (slice 1 2 _) (slice _ _ 3))))"},
		{"x[:]", "(expr (sub x (slice _ _ _)))"},
		{"x[a:=1]", "(expr (sub x (:= a 1)))"},
		{"x[1:2:3]", "(expr (sub x (slice 1 2 3)))"},
		{"x[*a]", "(expr (sub x (tuple (* a))))"},
		{"d = {**a, 'b': 1, **c}", "(= d (dict (** a) ('b' 1) (** c)))"},
		{"s = {1, *a}", "(= s (set 1 (* a)))"},
		{"global x, y", "(global x y)"},
		{"del a, b[1], c.d", "(del a (sub b 1) (. c d))"},
		{"del (a, b)", "(del (tuple a b))"},
		{"del x,", "(del x)"},
		{"assert x, \"msg\"", "(assert x 'msg')"},
		{"return a, b", "(return (tuple a b))"},
		{"yield", "(expr (yield))"},
		{"x = yield y", "(= x (yield y))"},
		{"x = yield from z", "(= x (yieldfrom z))"},
		{"(y := 1)", "(expr (:= y 1))"},
		{"if (n := len(a)) > 10: pass", "(if (cmp (:= n (call len a)) > 10) [pass])"},
		{"x += 1; y -= 2; z **= 3", "(+= x 1)\n(-= y 2)\n(**= z 3)"},
		{"a.b //= 2", "(//= (. a b) 2)"},
		{"x >>= 1", "(>>= x 1)"},
		{"x <<= 1", "(<<= x 1)"},
		{"x @= y", "(@= x y)"},
		{"a < b <= c != d", "(expr (cmp a < b <= c != d))"},
		{"a not in b", "(expr (cmp a notin b))"},
		{"a is not b", "(expr (cmp a isnot b))"},
		{"not a and b or c", "(expr (or (and (not a) b) c))"},
		{"a | b ^ c & d << e + f * g", "(expr (| a (^ b (& c (<< d (+ e (* f g)))))))"},
		{"~a", "(expr (~ a))"},
		{"+a", "(expr (pos a))"},
		{"@dec\n@dec2(1)\ndef f(): pass", "(def f () @dec @(call dec2 1) [pass])"},
		{"@dec\nclass C: pass", "(class C () @dec [pass])"},
		{"x = 1_000_000", "(= x 1000000)"},
		{"x = 0x_ff + 0o17 + 0b1010", "(= x (+ (+ 255 15) 10))"},
		{"x = 1. + .5 + 1e10 + 1.5E-3 + 1_0.0_1", "(= x (+ (+ (+ (+ 1.0 0.5) 10000000000.0) 0.0015) 10.01))"},
		{"x = 'a' \"b\" '''c''' \"\"\"d\"\"\"", "(= x 'abcd')"},
		{"x = b'\\x00\\xff' rb'\\n'", "(= x b'\\x00\\xff\\\\n')"},
		{"x = r'\\n' + u'x'", "(= x (+ '\\\\n' 'x'))"},
		{"x = '\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\r\\0\\101\\x41\\u0041\\U00000041'", "(= x '\\n\\t\\\\\\'\"\\x07\\x08\\x0c\\x0b\\r\\x00AAAA')"},
		{"x = 'line\\\ncont'", "(= x 'linecont')"},
		{"x = f\"{x!s}\" f\"{y:{z}.{w}}\" \"lit\"", "(= x (f (fv x !s) (fv y (f (fv z) '.' (fv w))) 'lit'))"},
		{"x = f\"{{}}{a}}}\"", "(= x (f '{}' (fv a) '}'))"},
		{"x = f\"{x=}\"", "(= x (f 'x=' (fv x !r)))"},
		{"x = f\"{x = !s:>3}\"", "(= x (f 'x = ' (fv x !s (f '>3'))))"},
		{"x = f\"{3.14:.2f}\"", "(= x (f (fv 3.14 (f '.2f'))))"},
		{"x = f\"\"\"{\na\n+ b}\"\"\"", "(= x (f (fv (+ a b))))"},
		{"nonlocal_ = 1", "(= nonlocal_ 1)"},
		{"match = 3", "(= match 3)"},
		{"match(x)", "(expr (call match x))"},
		{"match.x = 1", "(= (. match x) 1)"},
		{"print(*a, sep='')", "(expr (call print (* a) sep=''))"},
		{"x = ...", "(= x ...)"},
		{"x = None, True, False", "(= x (tuple None True False))"},
		{"()", "(expr (tuple))"},
		{"(1,)", "(expr (tuple 1))"},
		{"[]", "(expr (list))"},
		{"{}", "(expr (dict))"},
		{"a[b][c](d)(e).f", "(expr (. (call (call (sub (sub a b) c) d) e) f))"},
		{"f()()", "(expr (call (call f)))"},
		{"x = a if b else c if d else e", "(= x (ifexp b a (ifexp d c e)))"},
		{"lambda: 0", "(expr (lambda () 0))"},
		{"lambda *a, **k: 0", "(expr (lambda (*a **k) 0))"},
		{"lambda a, /, b, *, c: 0", "(expr (lambda (a / b * c) 0))"},
		{"def f(*, a): pass", "(def f (* a) [pass])"},
		{"def f(a: int, *args: str, **kw: float): pass", "(def f (a:int *args:str **kw:float) [pass])"},
		{"x: int", "(ann x int)"},
		{"a.b: int = 1", "(ann (. a b) int 1)"},
		{"(a): int = 1", "(ann a int 1)"},
		{"a = b = c = 1", "(= a b c 1)"},
		{"*a, b = c", "(= (tuple (* a) b) c)"},
		{"[a, *b] = c", "(= (list a (* b)) c)"},
		{"(a, b), c = d", "(= (tuple (tuple a b) c) d)"},
		{"for (a, b) in c: pass", "(for (tuple a b) c [pass])"},
		{"for *a, b in c: pass", "(for (tuple (* a) b) c [pass])"},
		{"for x, in y: pass", "(for (tuple x) y [pass])"},
		{"if x: y = 1", "(if x [(= y 1)])"},
		{"if x:\n  pass", "(if x [pass])"},
		{"if x:\n\tpass", "(if x [pass])"},
		{"x = (1 +\n     2)", "(= x (+ 1 2))"},
		{"x = [1,\n2,\n]", "(= x (list 1 2))"},
		{"x = 1 + \\\n    2", "(= x (+ 1 2))"},
		{"class A(): pass", "(class A () [pass])"},
		{"class A(*b, **c): pass", "(class A ((* b) **c) [pass])"},
		{"raise", "(raise)"},
		{"try:\n    pass\nfinally:\n    pass", "(try [pass] (finally [pass]))"},
		{"x = 0", "(= x 0)"},
		{"x = 00", "(= x 0)"},
		{"x = 0.0", "(= x 0.0)"},
		{"x = 1e400", "(= x inf)"},
		{"x = 123456789012345678901234567890", "(= x 123456789012345678901234567890)"},
		{"x = 0xFFFFFFFFFFFFFFFFFFFF", "(= x 1208925819614629174706175)"},
		{"x = 1if 1else 2", "(= x (ifexp 1 1 2))"},
		{"x = 'é' + \"日本\"", "(= x (+ 'é' '日本'))"},
		{"ñ = 1", "(= ñ 1)"},
		{"x = f'{\"a\"}' f\"{'b'}\"", "(= x (f (fv 'a') (fv 'b')))"},
		{"x = f\"{x:{y}}\"", "(= x (f (fv x (f (fv y)))))"},
		{"x = f\"{x:}\"", "(= x (f (fv x (f))))"},
		{"x = f\"\"", "(= x (f))"},
		{"x = f\"\" \"\"", "(= x (f))"},
		{"x = \"\" f\"{x}\"", "(= x (f (fv x)))"},
		{"x = f\"{x!r}\"", "(= x (f (fv x !r)))"},
		{"f\"{a}\" \"b\" f\"c{d}\"", "(expr (f (fv a) 'bc' (fv d)))"},
		{"x = rf\"\\n{a}\" + fr'{b}\\t' + Rb'x' + BR\"y\" + F\"z\"", "(= x (+ (+ (+ (+ (f '\\\\n' (fv a)) (f (fv b) '\\\\t')) b'x') b'y') (f 'z')))"},
		{"x = f\"{x:>{w}.{p}f}\"", "(= x (f (fv x (f '>' (fv w) '.' (fv p) 'f'))))"},
		{"f(x)[y] = 1", "(= (sub (call f x) y) 1)"},
		{"a.b.c = 1", "(= (. (. a b) c) 1)"},
		{"x = not not a", "(= x (not (not a)))"},
		{"x = -1 - -1", "(= x (- (neg 1) (neg 1)))"},
		{"x = a @ b", "(= x (@ a b))"},
		{"x = a // b % c / d", "(= x (/ (% (// a b) c) d))"},
		{"x = (yield)", "(= x (yield))"},
		{"def g():\n    x = yield\n    y = yield 1, 2\n    yield from z", "(def g () [(= x (yield)) (= y (yield (tuple 1 2))) (expr (yieldfrom z))])"},
		{"x = [*a, *b]", "(= x (list (* a) (* b)))"},
		{"print(a, b, sep='', end='')", "(expr (call print a b sep='' end=''))"},
		{"x = a.b.c(d=1)[2:3]", "(= x (sub (call (. (. a b) c) d=1) (slice 2 3 _)))"},
		{"x = {'a': 1, 'b': [1, 2, {3: 4}]}", "(= x (dict ('a' 1) ('b' (list 1 2 (dict (3 4))))))"},
		{"a = (b)", "(= a b)"},
		{"(a)(b)", "(expr (call a b))"},
		{"-a.b", "(expr (neg (. a b)))"},
		{"await_ = 1", "(= await_ 1)"},
		{"x = 1 if y else 2, 3", "(= x (tuple (ifexp y 1 2) 3))"},
		{"x = lambda: (yield)", "(= x (lambda () (yield)))"},
		{"x = [lambda: i for i in range(3)]", "(= x (listcomp (lambda () i) (for i (call range 3))))"},
		{"f(a)(b)(c)", "(expr (call (call (call f a) b) c))"},
		{"x = \"a\" \\\n    \"b\"", "(= x 'ab')"},
		{"if a:\n    if b:\n        pass\n    else:\n        pass\nelif c:\n    pass", "(if a [(if b [pass] [pass])] [(if c [pass])])"},
		{"def f():\n    global x\n    nonlocal y\n    return", "(def f () [(global x) (nonlocal y) (return)])"},
		{"x = y = z", "(= x y z)"},
		{"x.y, z[0] = 1, 2", "(= (tuple (. x y) (sub z 0)) (tuple 1 2))"},
		{"x = [\n    1,  # comment\n    2,\n]  # trailing", "(= x (list 1 2))"},
		{"# only a comment", ""},
		{"", ""},
		{"pass\n", "pass"},
	}
	for _, tt := range tests {
		m, err := Parse("x.py", []byte(tt.src))
		if err != nil {
			t.Errorf("%q: %v", tt.src, err)
			continue
		}
		if got := dump(m); got != tt.want {
			t.Errorf("%q:\ngot  %s\nwant %s", tt.src, got, tt.want)
		}
	}
}

// TestParseExpressions covers precedence, literals and f-strings.
func TestParseExpressions(t *testing.T) {
	tests := []struct{ src, want string }{
		{"-2**2", "(neg (** 2 2))"},
		{"2**-1", "(** 2 (neg 1))"},
		{"2**3**2", "(** 2 (** 3 2))"},
		{"-x**-y", "(neg (** x (neg y)))"},
		{"~x**2", "(~ (** x 2))"},
		{"1 + 2 * 3", "(+ 1 (* 2 3))"},
		{"(1 + 2) * 3", "(* (+ 1 2) 3)"},
		{"1 - 2 - 3", "(- (- 1 2) 3)"},
		{"a / b // c % d @ e * f", "(* (@ (% (// (/ a b) c) d) e) f)"},
		{"a << b + c >> d", "(>> (<< a (+ b c)) d)"},
		{"a & b | c ^ d", "(| (& a b) (^ c d))"},
		{"a | b & c", "(| a (& b c))"},
		{"a ^ b | c & d ^ e", "(| (^ a b) (^ (& c d) e))"},
		{"a < b < c", "(cmp a < b < c)"},
		{"a == b != c is d is not e in f not in g", "(cmp a == b != c is d isnot e in f notin g)"},
		{"not a == b", "(not (cmp a == b))"},
		{"not a and not b or c", "(or (and (not a) (not b)) c)"},
		{"a or b and c", "(or a (and b c))"},
		{"a and b and c or d or e", "(or (and a b c) d e)"},
		{"a if b else c if d else e", "(ifexp b a (ifexp d c e))"},
		{"a if b or c else d and e", "(ifexp (or b c) a (and d e))"},
		{"lambda: a if b else c", "(lambda () (ifexp b a c))"},
		{"lambda x: lambda y: x + y", "(lambda (x) (lambda (y) (+ x y)))"},
		{"x[1:2, ::3, ...]", "(sub x (tuple (slice 1 2 _) (slice _ _ 3) ...))"},
		{"x[::]", "(sub x (slice _ _ _))"},
		{"x[a, b]", "(sub x (tuple a b))"},
		{"x[(a, b)]", "(sub x (tuple a b))"},
		{"x[1:]", "(sub x (slice 1 _ _))"},
		{"x[:-1]", "(sub x (slice _ (neg 1) _))"},
		{"x.y.z(1)(2)[3]", "(sub (call (call (. (. x y) z) 1) 2) 3)"},
		{"-x.y", "(neg (. x y))"},
		{"await_", "await_"},
		{"a, b", "(tuple a b)"},
		{"a,", "(tuple a)"},
		{"(a, *b, c)", "(tuple a (* b) c)"},
		{"[*a, *b]", "(list (* a) (* b))"},
		{"{**a, **b}", "(dict (** a) (** b))"},
		{"{*a, *b}", "(set (* a) (* b))"},
		{"f(*a, *b, c=1, **d, e=2)", "(call f (* a) (* b) c=1 **d e=2)"},
		{"f(a)(b)", "(call (call f a) b)"},
		{"(x for x in y if x if y for z in x)", "(genexp x (for x y (if x) (if y)) (for z x))"},
		{"(yield)", "(yield)"},
		{"'a' 'b' \"c\"", "'abc'"},
		{"b'a' b\"b\"", "b'ab'"},
		{"1 if 2 else 3, 4", "(tuple (ifexp 2 1 3) 4)"},
		{"a @ b @ c", "(@ (@ a b) c)"},
		{"a ** b * c ** d", "(* (** a b) (** c d))"},
		{"-a * -b", "(* (neg a) (neg b))"},
		{"+a - -b", "(- (pos a) (neg b))"},
		{"not not a", "(not (not a))"},
		{"(x := 1, y := 2)", "(tuple (:= x 1) (:= y 2))"},
		{"f(x := 1)", "(call f (:= x 1))"},
		{"[y := f(x), y**2]", "(list (:= y (call f x)) (** y 2))"},
		{"{a: b for a, b in c}", "(dictcomp a b (for (tuple a b) c))"},
		{"{a: (b := c)}", "(dict (a (:= b c)))"},
		{"0x10 + 0o10 + 0b10 + 10", "(+ (+ (+ 16 8) 2) 10)"},
		{"1.5e3 * 2.5E-3", "(* 1500.0 0.0025)"},
		{"1_000.000_1", "1000.0001"},
		{"9999999999999999999999999999999999999999 * 2", "(* 9999999999999999999999999999999999999999 2)"},
		{"1e400", "inf"},
		{"'\\x41\\u00e9\\U0001F600\\101\\n'", "'Aé😀A\\n'"},
		{"'\\ud800'", "'\\ud800'"},
		{"b'\\xff\\x00\\101'", "b'\\xff\\x00A'"},
		{"'a\\\nb'", "'ab'"},
		{"r'\\n' + R'\\x'", "(+ '\\\\n' '\\\\x')"},
		{"'\\d'", "'\\\\d'"},
		{"f'{a!r:>{b}}'", "(f (fv a !r (f '>' (fv b))))"},
		{"f'{a}{{x}}{b}'", "(f (fv a) '{x}' (fv b))"},
		{"f'{\"nested\"}'", "(f (fv 'nested'))"},
		{"f'{x:{y}}'", "(f (fv x (f (fv y))))"},
		{"f'{ x = }'", "(f ' x = ' (fv x !r))"},
		{"f'{x=:>5}'", "(f 'x=' (fv x (f '>5')))"},
		{"f'{x=!s}'", "(f 'x=' (fv x !s))"},
		{"f'{a,b}'", "(f (fv (tuple a b)))"},
		{"f'{x for x in y}'", "(f (fv (genexp x (for x y))))"},
		{"f'{(yield)}'", "(f (fv (yield)))"},
		{"f'{3.14!r:.2f}'", "(f (fv 3.14 !r (f '.2f')))"},
		{"f'a' 'b' f'{c}'", "(f 'ab' (fv c))"},
		{"f'{f\"{x}\"}'\n", "(f (fv (f (fv x))))"},
	}
	for _, tt := range tests {
		e, err := ParseExpr("x.py", []byte(tt.src))
		if err != nil {
			t.Errorf("%q: %v", tt.src, err)
			continue
		}
		if got := dump(e); got != tt.want {
			t.Errorf("%q:\ngot  %s\nwant %s", tt.src, got, tt.want)
		}
	}
}

// TestPositions checks the line:col of every node (CPython's lineno and
// col_offset; these sources are ASCII, where bytes and runes agree).
func TestPositions(t *testing.T) {
	tests := []struct{ src, want string }{
		{"(a) + b * (c)", "(expr@1:0 (+@1:0 a@1:1 (*@1:6 b@1:6 c@1:11)))"},
		{"x = f(a, *b, k=1, **d).y[1:2, ::3]", "(=@1:0 x@1:0 (sub@1:4 (.@1:4 (call@1:4 f@1:4 a@1:6 (*@1:9 b@1:10) k=@1:13=1@1:15 **@1:18=d@1:20) y) (tuple@1:25 (slice@1:25 1@1:25 2@1:27 _) (slice@1:30 _ _ 3@1:32))))"},
		{"a, b = (c, d)", "(=@1:0 (tuple@1:0 a@1:0 b@1:3) (tuple@1:7 c@1:8 d@1:11))"},
		{"def f(a, b: int = 1, *args, c, d=2, **kw) -> None:\n    return a", "(def f@1:0 (a@1:6 b@1:9:int@1:12=1@1:18 *args@1:22 c@1:28 d@1:31=2@1:33 **kw@1:38) -> None@1:45 [(return@2:4 a@2:11)])"},
		{"@dec\n@dec2(x)\nclass C(Base, metaclass=M):\n    x: int = 0", "(class C@3:0 (Base@3:8 metaclass=@3:14=M@3:24) @dec@1:1 @(call@2:1 dec2@2:1 x@2:6) [(ann@4:4 x@4:4 int@4:7 0@4:13)])"},
		{"if a:\n    pass\nelif b:\n    pass\nelse:\n    pass", "(if@1:0 a@1:3 [pass@2:4] [(if@3:0 b@3:5 [pass@4:4] [pass@6:4])])"},
		{"for i, (j, k) in enumerate(z):\n    continue\nelse:\n    break", "(for@1:0 (tuple@1:4 i@1:4 (tuple@1:7 j@1:8 k@1:11)) (call@1:17 enumerate@1:17 z@1:27) [continue@2:4] [break@4:4])"},
		{"while not a and b or c:\n    a -= 1", "(while@1:0 (or@1:6 (and@1:6 (not@1:6 a@1:10) b@1:16) c@1:21) [(-=@2:4 a@2:4 1@2:9)])"},
		{"try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    pass", "(try@1:0 [pass@2:4] (except@3:0 (tuple@3:7 A@3:8 B@3:11) as e [(raise@4:4 X@4:10 from e@4:17)]) (else [pass@6:4]) (finally [pass@8:4]))"},
		{"import a.b as c, d\nfrom ..m import (x as y, z)\nfrom m import *", "(import@1:0 a.b:c@1:7 d@1:17)\n(from ..m@2:0 x:y@2:17 z@2:25)\n(from m@3:0 *@3:14)"},
		{"with open(p) as f, g:\n    pass", "(with@1:0 ((call@1:5 open@1:5 p@1:10) f@1:16) (g@1:19) [pass@2:4])"},
		{"global a, b\nnonlocal c\ndel a[0], b.c\nassert x, \"m\"", "(global@1:0 a b)\n(nonlocal@2:0 c)\n(del@3:0 (sub@3:4 a@3:4 0@3:6) (.@3:10 b@3:10 c))\n(assert@4:0 x@4:7 'm'@4:10)"},
		{"x = [i for i in y if i]\ns = {i for i in y}\nd = {k: v for k, v in y}\ng = (i for i in y)\nh = sum(i for i in y)", "(=@1:0 x@1:0 (listcomp@1:4 i@1:5 (for i@1:11 y@1:16 (if i@1:21))))\n(=@2:0 s@2:0 (setcomp@2:4 i@2:5 (for i@2:11 y@2:16)))\n(=@3:0 d@3:0 (dictcomp@3:4 k@3:5 v@3:8 (for (tuple@3:14 k@3:14 v@3:17) y@3:22)))\n(=@4:0 g@4:0 (genexp@4:4 i@4:5 (for i@4:11 y@4:16)))\n(=@5:0 h@5:0 (call@5:4 sum@5:4 (genexp@5:7 i@5:8 (for i@5:14 y@5:19))))"},
		{"lambda a, b=1: a if b else -a", "(expr@1:0 (lambda@1:0 (a@1:7 b@1:10=1@1:12) (ifexp@1:15 b@1:20 a@1:15 (neg@1:27 a@1:28))))"},
		{"x = {'a': 1, **b}\ny = {1, 2}\nz = [1, *a]", "(=@1:0 x@1:0 (dict@1:4 ('a'@1:5 1@1:10) (** b@1:15)))\n(=@2:0 y@2:0 (set@2:4 1@2:5 2@2:8))\n(=@3:0 z@3:0 (list@3:4 1@3:5 (*@3:8 a@3:9)))"},
		{"(yield)\nx = yield a, b\ny = yield from c", "(expr@1:0 (yield@1:1))\n(=@2:0 x@2:0 (yield@2:4 (tuple@2:10 a@2:10 b@2:13)))\n(=@3:0 y@3:0 (yieldfrom@3:4 c@3:15))"},
		{"x = f\"a{b!r:>{c}}d\" 'e'", "(=@1:0 x@1:0 (f@1:4 'a'@1:4 (fv@1:4 b@1:8 !r (f@1:4 '>'@1:4 (fv@1:4 c@1:14))) 'de'@1:4))"},
		{"if (n := len(a)) > 1 and n < 10 != 11:\n    pass", "(if@1:0 (and@1:3 (cmp@1:3 (:=@1:4 n@1:4 (call@1:9 len@1:9 a@1:13)) > 1@1:19) (cmp@1:25 n@1:25 < 10@1:29 != 11@1:35)) [pass@2:4])"},
		{"a = b = c\nx += 1\ny: list[int]", "(=@1:0 a@1:0 b@1:4 c@1:8)\n(+=@2:0 x@2:0 1@2:5)\n(ann@3:0 y@3:0 (sub@3:3 list@3:3 int@3:8))"},
		{"print(x,\n      y,\n  z)", "(expr@1:0 (call@1:0 print@1:0 x@1:6 y@2:6 z@3:2))"},
		{"x = (1 +\n     2) * \\\n    3\n", "(=@1:0 x@1:0 (*@1:4 (+@1:5 1@1:5 2@2:5) 3@3:4))"},
	}
	for _, tt := range tests {
		m, err := Parse("x.py", []byte(tt.src))
		if err != nil {
			t.Errorf("%q: %v", tt.src, err)
			continue
		}
		if got := dumpPos(m); got != tt.want {
			t.Errorf("%q:\ngot  %s\nwant %s", tt.src, got, tt.want)
		}
	}
}

// TestRuneColumns: columns count runes, not bytes as CPython's col_offset does.
func TestRuneColumns(t *testing.T) {
	m, err := Parse("x.py", []byte("é = '日本' + ñ\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := dumpPos(m), "(=@1:0 é@1:0 (+@1:4 '日本'@1:4 ñ@1:11))"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestOpPos(t *testing.T) {
	e, err := ParseExpr("x.py", []byte("(a) +\\\n  b ** c"))
	if err != nil {
		t.Fatal(err)
	}
	add := e.(*BinOp)
	pow := add.Y.(*BinOp)
	if add.Pos != (Pos{1, 0}) || add.OpPos != (Pos{1, 4}) || pow.Pos != (Pos{2, 2}) || pow.OpPos != (Pos{2, 4}) {
		t.Errorf("got %v %v %v %v", add.Pos, add.OpPos, pow.Pos, pow.OpPos)
	}
}

func TestConstants(t *testing.T) {
	big1, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	tests := []struct {
		src  string
		want Constant
	}{
		{"123456789012345678901234567890", Constant{Kind: ConstInt, Int: big1}},
		{"0xff", Constant{Kind: ConstInt, Int: big.NewInt(255)}},
		{"0o777", Constant{Kind: ConstInt, Int: big.NewInt(511)}},
		{"0b1_01", Constant{Kind: ConstInt, Int: big.NewInt(5)}},
		{"1_000", Constant{Kind: ConstInt, Int: big.NewInt(1000)}},
		{"1.5", Constant{Kind: ConstFloat, Float: 1.5}},
		{"1e400", Constant{Kind: ConstFloat, Float: math.Inf(1)}},
		{"'a' 'b'", Constant{Kind: ConstStr, Str: "ab"}},
		{"'\\u00e9\\N'", Constant{Kind: ConstStr}}, // error case, see below
		{"b'\\xff'", Constant{Kind: ConstBytes, Str: "\xff"}},
		{"'\\ud800'", Constant{Kind: ConstStr, Str: "\xed\xa0\x80"}},
		{"'\\777'", Constant{Kind: ConstStr, Str: "\u01ff"}},
		{"b'\\777'", Constant{Kind: ConstBytes, Str: "\xff"}},
		{"None", Constant{Kind: ConstNone}},
		{"...", Constant{Kind: ConstEllipsis}},
	}
	for _, tt := range tests {
		e, err := ParseExpr("x.py", []byte(tt.src))
		if strings.Contains(tt.src, "\\N") {
			if err == nil {
				t.Errorf("%q: want an error", tt.src)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", tt.src, err)
			continue
		}
		c, ok := e.(*Constant)
		if !ok || c.Kind != tt.want.Kind || c.Str != tt.want.Str || c.Float != tt.want.Float ||
			(c.Int == nil) != (tt.want.Int == nil) || c.Int != nil && c.Int.Cmp(tt.want.Int) != 0 {
			t.Errorf("%q: got %+v, want %+v", tt.src, e, tt.want)
		}
	}
}

// TestSoftKeywords: "match" is an ordinary name unless it starts a match
// statement.
func TestSoftKeywords(t *testing.T) {
	tests := []struct{ src, want string }{
		{"match = 3", "(= match 3)"},
		{"match(x)", "(expr (call match x))"},
		{"match.x = 1", "(= (. match x) 1)"},
		{"match[x]: int = 1", "(ann (sub match x) int 1)"},
		{"match, case, _ = 1, 2, 3", "(= (tuple match case _) (tuple 1 2 3))"},
		{"print(match, case)", "(expr (call print match case))"},
		{"match * 2", "(expr (* match 2))"},
		{"match -x", "(expr (- match x))"},
	}
	for _, tt := range tests {
		m, err := Parse("x.py", []byte(tt.src))
		if err != nil {
			t.Errorf("%q: %v", tt.src, err)
			continue
		}
		if got := dump(m); got != tt.want {
			t.Errorf("%q: got %s, want %s", tt.src, got, tt.want)
		}
	}
	// A match statement is recognized (and rejected), and what follows it
	// is still checked for syntax errors.
	src := "match x:\n    case 1:\n        pass\n    case _:\n        pass\ny = = 1\n"
	_, err := Parse("x.py", []byte(src))
	if e, ok := err.(*Error); !ok || e.Kind != KindSyntax || e.Pos.Line != 6 {
		t.Errorf("got %v, want the syntax error on line 6", err)
	}
	_, err = Parse("x.py", []byte("match x, y:\n    case 1: pass\n"))
	if e, ok := err.(*Error); !ok || e.Kind != KindNotImplemented {
		t.Errorf("got %v, want NotImplementedError", err)
	}
}

// TestUnsupported: constructs outside the subset are NotImplementedError,
// pointing at the construct, unless the file also has a syntax error.
func TestUnsupported(t *testing.T) {
	tests := []struct {
		src, msg  string
		line, col int32
	}{
		{"async def f(): pass", "'async def' is not supported", 1, 0},
		{"@d\nasync def f(): pass", "'async def' is not supported", 2, 0},
		{"def f():\n    async for x in y: pass", "'async for' is not supported", 2, 4},
		{"def f():\n    async with a: pass", "'async with' is not supported", 2, 4},
		{"def f():\n    return [x async for x in y]", "'async for' is not supported", 2, 14},
		{"def f():\n    await x", "'await' is not supported", 2, 4},
		{"match x:\n    case 1: pass", "'match' statements are not supported", 1, 0},
		{"x = 1 + 2j", "complex numbers are not supported", 1, 8},
		{"try: pass\nexcept* E: pass", "'except*' is not supported", 2, 0},
		{"x = '\\N{BULLET}'", "\\N{...} escapes are not supported", 1, 4},
		{"# coding: koi8-r\nx = 1", "source encoding 'koi8-r' is not supported", 1, 0},
	}
	for _, tt := range tests {
		_, err := Parse("x.py", []byte(tt.src))
		e, ok := err.(*Error)
		if !ok || e.Kind != KindNotImplemented || e.Msg != tt.msg || e.Pos.Line != tt.line || e.Pos.Col != tt.col {
			t.Errorf("%q: got %v, want NotImplementedError %q at %d:%d", tt.src, err, tt.msg, tt.line, tt.col)
		}
	}
}

func TestSourceForms(t *testing.T) {
	for _, src := range []string{
		"x = 1\ny = 2\n",
		"x = 1\ny = 2",
		"x = 1\r\ny = 2\r\n",
		"\ufeffx = 1\ny = 2\n",
		"# -*- coding: latin-1 -*-\nx = 1\ny = 2\n",
	} {
		m, err := Parse("x.py", []byte(src))
		if err != nil {
			t.Errorf("%q: %v", src, err)
			continue
		}
		if got := dumpPos(m); got != "(=@1:0 x@1:0 1@1:4)\n(=@2:0 y@2:0 2@2:4)" && got != "(=@2:0 x@2:0 1@2:4)\n(=@3:0 y@3:0 2@3:4)" {
			t.Errorf("%q: got %s", src, got)
		}
	}
	m, err := Parse("x.py", []byte("# coding: latin-1\nx = '\xe9'\n"))
	if err != nil || m.Body[0].(*Assign).Value.(*Constant).Str != "é" {
		t.Errorf("latin-1 source: %v", err)
	}
}

func TestParseExprEval(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{"1, 2", "(tuple 1 2)"},
		{"a\n\n", "a"},
		{"x if y else z", "(ifexp y x z)"},
	} {
		e, err := ParseExpr("x.py", []byte(tt.src))
		if err != nil || dump(e) != tt.want {
			t.Errorf("%q: got %v %v, want %s", tt.src, dump(e), err, tt.want)
		}
	}
	for _, src := range []string{"x = 1", "a b", "", "*a"} {
		if _, err := ParseExpr("x.py", []byte(src)); err == nil {
			t.Errorf("%q: want an error", src)
		}
	}
}

// TestDeepNesting: deeply nested input is an error, not a crash.
func TestDeepNesting(t *testing.T) {
	for _, src := range []string{
		strings.Repeat("-", 100000) + "1",
		strings.Repeat("not ", 100000) + "1",
		strings.Repeat("lambda:", 100000) + "1",
		"1" + strings.Repeat("**1", 100000),
		strings.Repeat("x if y else ", 100000) + "z",
	} {
		if _, err := Parse("x.py", []byte(src)); err == nil {
			t.Errorf("%.20q...: want an error", src)
		}
	}
	// Long flat chains are fine.
	if _, err := Parse("x.py", []byte("x = 1"+strings.Repeat(" + 1", 100000))); err != nil {
		t.Error(err)
	}
}

func BenchmarkParse(b *testing.B) {
	// About 10,000 lines of varied code.
	var sb strings.Builder
	for i := 0; sb.Len() < 400000; i++ {
		sb.WriteString(benchSource)
	}
	src := []byte(sb.String())
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Parse("bench.py", src); err != nil {
			b.Fatal(err)
		}
	}
}

const benchSource = `
class Point(Base, metaclass=Meta):
    """A point."""
    x: int = 0

    def __init__(self, x, y=0, *args, scale=1.5, **kw):
        self.x, self.y = x * scale, y * scale
        self.tags = [t.lower() for t in kw.get("tags", ()) if t]

    @property
    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __repr__(self):
        return f"Point({self.x!r}, {self.y:.2f})"


def fib(n):
    a, b = 0, 1
    while n > 0:
        a, b = b, a + b
        n -= 1
    return a


for i in range(10):
    try:
        d = {k: v for k, v in zip("abc", [1, 2, 3]) if v % 2 == 0 or k in ('a', 'b')}
    except (KeyError, ValueError) as e:
        raise RuntimeError("bad") from e
    finally:
        print(i, fib(i), sep=", ", end="\n")
`
