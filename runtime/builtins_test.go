package runtime

import (
	"io"
	"math"
	"math/big"
	"strings"
	"testing"
)

// The expected values in the *_test.go tables of the builtins were produced
// by CPython 3.11: each case is a call, and want is repr(result) or
// "ExceptionType: message".

type callCase struct {
	fn   string // "len", "str.split" (receiver is args[0]), "math.floor", "dict.fromkeys"
	args []Value
	kw   []string
	kwv  []Value
	want string
}

func vS(s string) Value  { return NewStr(s) }
func vI(n int64) Value   { return Int(n) }
func vF(f float64) Value { return Float(f) }
func vL(vs ...Value) Value {
	return NewList(vs)
}
func vT(vs ...Value) Value { return TupleValue(vs...) }

func vB(s string) Value {
	b, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic("bad big int " + s)
	}
	return MakeInt(b)
}

func vD(kv ...Value) Value {
	d := NewDict()
	for i := 0; i < len(kv); i += 2 {
		if err := d.Set(nil, kv[i], kv[i+1]); err != nil {
			panic(err)
		}
	}
	return FromObject(d)
}

func testThread() *Thread { return NewThread(io.Discard, io.Discard, []string{"prog.py"}) }

// resolveCall finds the callable a case names and the arguments to pass it.
func resolveCall(th *Thread, name string, args []Value) (Value, []Value, error) {
	if mod, fn, ok := strings.Cut(name, "."); ok {
		if mk := BuiltinModules[mod]; mk != nil {
			v, found := mk(th).Globals.Get(fn)
			if !found {
				return Value{}, nil, Errorf(AttributeErrorType, "no %s", name)
			}
			return v, args, nil
		}
		if mod == "dict" && fn == "fromkeys" {
			v, err := GetAttr(th, FromObject(DictType), fn)
			return v, args, err
		}
		v, err := GetAttr(th, args[0], fn)
		return v, args[1:], err
	}
	v, ok := Builtins[name]
	if !ok {
		return Value{}, nil, Errorf(NameErrorType, "name '%s' is not defined", name)
	}
	return v, args, nil
}

// outcome renders a result as the tables do.
func outcome(th *Thread, v Value, err error) string {
	if err != nil {
		e := AsException(err)
		if msg := e.Message(); msg != "" {
			return e.Type().Name + ": " + msg
		}
		return e.Type().Name + ": "
	}
	s, rerr := Repr(th, v)
	if rerr != nil {
		return "repr failed: " + rerr.Error()
	}
	return s
}

func runCases(t *testing.T, cases []callCase) {
	t.Helper()
	for _, c := range cases {
		th := testThread()
		fn, args, err := resolveCall(th, c.fn, c.args)
		var got string
		if err != nil {
			got = outcome(th, Value{}, err)
		} else {
			all := append(append([]Value(nil), args...), c.kwv...)
			r, err := Call(th, fn, all, c.kw)
			got = outcome(th, r, err)
		}
		if got != c.want {
			t.Errorf("%s%s:\n got %s\nwant %s", c.fn, describeArgs(th, c), got, c.want)
		}
	}
}

func describeArgs(th *Thread, c callCase) string {
	var parts []string
	for _, a := range c.args {
		s, _ := Repr(th, a)
		if len(s) > 60 {
			s = s[:60] + "..."
		}
		parts = append(parts, s)
	}
	for i, k := range c.kw {
		s, _ := Repr(th, c.kwv[i])
		parts = append(parts, k+"="+s)
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// vCall builds an argument by calling a builtin (enumerate(...), range(...)).
func vCall(name string, args ...Value) Value {
	th := testThread()
	fn, args, err := resolveCall(th, name, args)
	if err != nil {
		panic(err)
	}
	v, err := Call(th, fn, args, nil)
	if err != nil {
		panic(err)
	}
	return v
}

func TestRound(t *testing.T)        { runCases(t, roundCases()) }
func TestMinMax(t *testing.T)       { runCases(t, minMaxCases()) }
func TestSorted(t *testing.T)       { runCases(t, sortedCases()) }
func TestMiscBuiltins(t *testing.T) { runCases(t, miscBuiltinCases()) }

// --- generated tables ---
func roundCases() []callCase {
	return []callCase{
		{fn: "round", args: []Value{vF(0x1.0000000000000p-1)}, want: "0"},
		{fn: "round", args: []Value{vF(0x1.8000000000000p+0)}, want: "2"},
		{fn: "round", args: []Value{vF(0x1.4000000000000p+1)}, want: "2"},
		{fn: "round", args: []Value{vF(-0x1.0000000000000p-1)}, want: "0"},
		{fn: "round", args: []Value{vF(-0x1.8000000000000p+0)}, want: "-2"},
		{fn: "round", args: []Value{vF(-0x1.4000000000000p+1)}, want: "-2"},
		{fn: "round", args: []Value{vF(0x1.fffffffffffffp-2)}, want: "0"},
		{fn: "round", args: []Value{vF(0x1.5af1d78b58c40p+66)}, want: "100000000000000000000"},
		{fn: "round", args: []Value{vF(0x1.0000000000000p+100)}, want: "1267650600228229401496703205376"},
		{fn: "round", args: []Value{vF(math.Inf(1))}, want: "OverflowError: cannot convert float infinity to integer"},
		{fn: "round", args: []Value{vF(math.Inf(-1))}, want: "OverflowError: cannot convert float infinity to integer"},
		{fn: "round", args: []Value{vF(math.NaN())}, want: "ValueError: cannot convert float NaN to integer"},
		{fn: "round", args: []Value{vF(math.Copysign(0, -1))}, want: "0"},
		{fn: "round", args: []Value{vF(0x1.7ffffffffffffp+0)}, want: "1"},
		{fn: "round", args: []Value{vF(0x1.0000000000001p+52)}, want: "4503599627370497"},
		{fn: "round", args: []Value{True}, want: "1"},
		{fn: "round", args: []Value{vI(7)}, want: "7"},
		{fn: "round", args: []Value{vB("1180591620717411303424")}, want: "1180591620717411303424"},
		{fn: "round", args: []Value{vF(0x1.5666666666666p+1), vI(2)}, want: "2.67"},
		{fn: "round", args: []Value{vF(0x1.0147ae147ae14p+0), vI(2)}, want: "1.0"},
		{fn: "round", args: []Value{vF(0x1.edd2f1a9fbe77p+6), vI(-1)}, want: "120.0"},
		{fn: "round", args: []Value{vF(0x1.edd2f1a9fbe77p+6), vI(-2)}, want: "100.0"},
		{fn: "round", args: []Value{vF(-0x1.0000000000000p-1), vI(0)}, want: "-0.0"},
		{fn: "round", args: []Value{vF(0x1.4000000000000p+1), vI(0)}, want: "2.0"},
		{fn: "round", args: []Value{vF(0x0.0000000000001p-1022), vI(400)}, want: "5e-324"},
		{fn: "round", args: []Value{vF(0x1.7e43c8800759cp+996), vI(-300)}, want: "1e+300"},
		{fn: "round", args: []Value{vF(0x1.7e43c8800759cp+996), vI(-400)}, want: "0.0"},
		{fn: "round", args: []Value{vF(0x1.3333333333334p-2), vI(15)}, want: "0.3"},
		{fn: "round", args: []Value{vF(math.Inf(1)), vI(2)}, want: "inf"},
		{fn: "round", args: []Value{vF(math.NaN()), vI(2)}, want: "nan"},
		{fn: "round", args: []Value{vF(math.Copysign(0, -1)), vI(1)}, want: "-0.0"},
		{fn: "round", args: []Value{vF(0x1.8000000000000p+0), None}, want: "2"},
		{fn: "round", args: []Value{vF(0x1.8000000000000p+0), vB("1180591620717411303424")}, want: "1.5"},
		{fn: "round", args: []Value{vF(0x1.8000000000000p+0), vB("-1180591620717411303424")}, want: "0.0"},
		{fn: "round", args: []Value{vI(12345), None}, want: "12345"},
		{fn: "round", args: []Value{vI(1234), vI(-2)}, want: "1200"},
		{fn: "round", args: []Value{vI(1250), vI(-2)}, want: "1200"},
		{fn: "round", args: []Value{vI(1350), vI(-2)}, want: "1400"},
		{fn: "round", args: []Value{vI(15), vI(-1)}, want: "20"},
		{fn: "round", args: []Value{vI(25), vI(-1)}, want: "20"},
		{fn: "round", args: []Value{vI(-25), vI(-1)}, want: "-20"},
		{fn: "round", args: []Value{vB("1180591620717411303429"), vI(-1)}, want: "1180591620717411303430"},
		{fn: "round", args: []Value{vB("12345678901234567890"), vI(-5)}, want: "12345678901234600000"},
		{fn: "round", args: []Value{vB("-12345678901234567890"), vI(-19)}, want: "-10000000000000000000"},
		{fn: "round", args: []Value{vI(5), vB("1180591620717411303424")}, want: "5"},
		{fn: "round", args: []Value{True, vI(1)}, want: "1"},
		{fn: "round", args: []Value{vF(0x1.8000000000000p+0), vS("a")}, want: "TypeError: 'str' object cannot be interpreted as an integer"},
		{fn: "round", args: []Value{vF(0x0.00000000007e8p-1022), vI(5)}, want: "0.0"},
		{fn: "round", args: []Value{vF(0x1.0000000000000p-3), vI(2)}, want: "0.12"},
		{fn: "round", args: []Value{vF(0x1.8000000000000p-2), vI(2)}, want: "0.38"},
		{fn: "round", args: []Value{vF(-0x1.0000000000000p-3), vI(2)}, want: "-0.12"},
		{fn: "round", args: []Value{}, want: "TypeError: round() missing required argument 'number' (pos 1)"},
		{fn: "round", args: []Value{vF(0x1.8000000000000p+0), vI(2), vI(3)}, want: "TypeError: round() takes at most 2 arguments (3 given)"},
		{fn: "round", args: []Value{vS("a")}, want: "TypeError: type str doesn't define __round__ method"},
		{fn: "round", args: []Value{}, kw: []string{"number"}, kwv: []Value{vF(0x1.8000000000000p+0)}, want: "2"},
		{fn: "round", args: []Value{vF(0x1.8000000000000p+0)}, kw: []string{"ndigits"}, kwv: []Value{vI(1)}, want: "1.5"},
		{fn: "round", args: []Value{vF(0x1.8000000000000p+0)}, kw: []string{"digits"}, kwv: []Value{vI(1)}, want: "TypeError: 'digits' is an invalid keyword argument for round()"},
	}
}

func minMaxCases() []callCase {
	return []callCase{
		{fn: "max", args: []Value{}, want: "TypeError: max expected at least 1 argument, got 0"},
		{fn: "min", args: []Value{}, want: "TypeError: min expected at least 1 argument, got 0"},
		{fn: "max", args: []Value{vL()}, want: "ValueError: max() arg is an empty sequence"},
		{fn: "max", args: []Value{vL()}, kw: []string{"default"}, kwv: []Value{vI(3)}, want: "3"},
		{fn: "max", args: []Value{vI(1), vI(2)}, kw: []string{"default"}, kwv: []Value{vI(3)}, want: "TypeError: Cannot specify a default for max() with multiple positional arguments"},
		{fn: "max", args: []Value{vI(1)}, kw: []string{"key"}, kwv: []Value{None}, want: "TypeError: 'int' object is not iterable"},
		{fn: "max", args: []Value{vI(1)}, want: "TypeError: 'int' object is not iterable"},
		{fn: "max", args: []Value{vL(vI(1))}, kw: []string{"foo"}, kwv: []Value{vI(2)}, want: "TypeError: 'foo' is an invalid keyword argument for max()"},
		{fn: "max", args: []Value{vS("abc")}, want: "'c'"},
		{fn: "max", args: []Value{vI(1), vI(2), vI(3)}, kw: []string{"key"}, kwv: []Value{None}, want: "3"},
		{fn: "max", args: []Value{vT()}, kw: []string{"default"}, kwv: []Value{None}, want: "None"},
		{fn: "min", args: []Value{vL()}, kw: []string{"key", "default"}, kwv: []Value{Builtins["len"], vI(5)}, want: "5"},
		{fn: "max", args: []Value{vL(vI(2), vI(1), vF(0x1.0000000000000p+1))}, want: "2"},
		{fn: "min", args: []Value{vL(vI(2), vF(0x1.0000000000000p+0), vI(1))}, want: "1.0"},
		{fn: "max", args: []Value{vL(vF(math.NaN()), vI(1))}, want: "nan"},
		{fn: "max", args: []Value{vL(vI(1), vF(math.NaN()))}, want: "1"},
		{fn: "max", args: []Value{vL(), vL()}, kw: []string{"default"}, kwv: []Value{vI(1)}, want: "TypeError: Cannot specify a default for max() with multiple positional arguments"},
		{fn: "min", args: []Value{vI(3), vI(1), vI(2)}, want: "1"},
		{fn: "max", args: []Value{vL(vI(1), vI(2)), vL(vI(1), vI(3))}, want: "[1, 3]"},
		{fn: "max", args: []Value{vI(1), vS("a")}, want: "TypeError: '>' not supported between instances of 'str' and 'int'"},
		{fn: "min", args: []Value{vL(vT(vI(1), vS("a")), vT(vI(1), vS("b")))}, want: "(1, 'a')"},
		{fn: "max", args: []Value{vS("bb"), vS("a"), vS("ccc")}, kw: []string{"key"}, kwv: []Value{Builtins["len"]}, want: "'ccc'"},
		{fn: "min", args: []Value{vL(vS("bb"), vS("a"), vS("ccc"), vS("d"))}, kw: []string{"key"}, kwv: []Value{Builtins["len"]}, want: "'a'"},
		{fn: "max", args: []Value{vL(vS("bb"), vS("aa"))}, kw: []string{"key"}, kwv: []Value{Builtins["len"]}, want: "'bb'"},
		{fn: "max", args: []Value{vI(1), vI(2)}, kw: []string{"key"}, kwv: []Value{Builtins["len"]}, want: "TypeError: object of type 'int' has no len()"},
		{fn: "min", args: []Value{vCall("range", vI(5), vI(0), vI(-1))}, want: "1"},
		{fn: "max", args: []Value{vS("hello")}, want: "'o'"},
		{fn: "max", args: []Value{vD(vI(3), vI(1), vI(5), vI(2))}, want: "5"},
	}
}

func sortedCases() []callCase {
	return []callCase{
		{fn: "sorted", args: []Value{vL(vI(3), vI(1), vI(2))}, want: "[1, 2, 3]"},
		{fn: "sorted", args: []Value{}, want: "TypeError: sorted expected 1 argument, got 0"},
		{fn: "sorted", args: []Value{vL(vI(3), vI(1)), None}, want: "TypeError: sorted expected 1 argument, got 2"},
		{fn: "sorted", args: []Value{vL(vI(3), vI(1))}, kw: []string{"key", "reverse"}, kwv: []Value{None, vI(1)}, want: "[3, 1]"},
		{fn: "sorted", args: []Value{vL(vI(1), vS("a"))}, want: "TypeError: '<' not supported between instances of 'str' and 'int'"},
		{fn: "sorted", args: []Value{vL(vS("a"), vI(1))}, want: "TypeError: '<' not supported between instances of 'int' and 'str'"},
		{fn: "sorted", args: []Value{vL(vI(3), vI(1))}, kw: []string{"foo"}, kwv: []Value{vI(1)}, want: "TypeError: 'foo' is an invalid keyword argument for sort()"},
		{fn: "sorted", args: []Value{vL(vI(1))}, kw: []string{"reverse"}, kwv: []Value{vS("a")}, want: "TypeError: 'str' object cannot be interpreted as an integer"},
		{fn: "sorted", args: []Value{vL(vI(1))}, kw: []string{"reverse"}, kwv: []Value{vF(0x1.8000000000000p+0)}, want: "TypeError: 'float' object cannot be interpreted as an integer"},
		{fn: "sorted", args: []Value{vL(vI(1))}, kw: []string{"reverse"}, kwv: []Value{None}, want: "TypeError: 'NoneType' object cannot be interpreted as an integer"},
		{fn: "sorted", args: []Value{vL(vI(1), vI(2))}, kw: []string{"key"}, kwv: []Value{vI(1)}, want: "TypeError: 'int' object is not callable"},
		{fn: "sorted", args: []Value{vI(1)}, want: "TypeError: 'int' object is not iterable"},
		{fn: "sorted", args: []Value{}, kw: []string{"key"}, kwv: []Value{Builtins["len"]}, want: "TypeError: sorted expected 1 argument, got 0"},
		{fn: "sorted", args: []Value{vL(vT(vI(1), vS("b")), vT(vI(0), vS("a")), vT(vI(1), vS("a")), vT(vI(0), vS("b")))}, want: "[(0, 'a'), (0, 'b'), (1, 'a'), (1, 'b')]"},
		{fn: "sorted", args: []Value{vL(vF(0x1.8000000000000p+0), vI(1), True, vF(0x1.0000000000000p-1))}, want: "[0.5, 1, True, 1.5]"},
		{fn: "sorted", args: []Value{vL(vL(vI(2), vI(1)), vL(vI(1), vI(2)), vL(vI(1)))}, want: "[[1], [1, 2], [2, 1]]"},
		{fn: "sorted", args: []Value{vL(vT(vI(1), vI(2)), vT(vI(1), vS("a")))}, want: "TypeError: '<' not supported between instances of 'str' and 'int'"},
		{fn: "sorted", args: []Value{vS("hello world")}, want: "[' ', 'd', 'e', 'h', 'l', 'l', 'l', 'o', 'o', 'r', 'w']"},
		{fn: "sorted", args: []Value{vD(vI(3), vI(1), vI(1), vI(2))}, want: "[1, 3]"},
		{fn: "sorted", args: []Value{vL(vS("bb"), vS("a"), vS("ccc"), vS("dd"), vS("e"))}, kw: []string{"key"}, kwv: []Value{Builtins["len"]}, want: "['a', 'e', 'bb', 'dd', 'ccc']"},
		{fn: "sorted", args: []Value{vL(vS("bb"), vS("a"), vS("ccc"), vS("dd"), vS("e"))}, kw: []string{"key", "reverse"}, kwv: []Value{Builtins["len"], True}, want: "['ccc', 'bb', 'dd', 'a', 'e']"},
		{fn: "sorted", args: []Value{vL(vI(0), vI(919), vI(838), vI(757), vI(676), vI(595), vI(514), vI(433), vI(352), vI(271), vI(190), vI(109), vI(28), vI(947), vI(866), vI(785), vI(704), vI(623), vI(542), vI(461), vI(380), vI(299), vI(218), vI(137), vI(56), vI(975), vI(894), vI(813), vI(732), vI(651), vI(570), vI(489), vI(408), vI(327), vI(246), vI(165), vI(84), vI(3), vI(922), vI(841), vI(760), vI(679), vI(598), vI(517), vI(436), vI(355), vI(274), vI(193), vI(112), vI(31), vI(950), vI(869), vI(788), vI(707), vI(626), vI(545), vI(464), vI(383), vI(302), vI(221), vI(140), vI(59), vI(978), vI(897), vI(816), vI(735), vI(654), vI(573), vI(492), vI(411), vI(330), vI(249), vI(168), vI(87), vI(6), vI(925), vI(844), vI(763), vI(682), vI(601), vI(520), vI(439), vI(358), vI(277), vI(196), vI(115), vI(34), vI(953), vI(872), vI(791), vI(710), vI(629), vI(548), vI(467), vI(386), vI(305), vI(224), vI(143), vI(62), vI(981), vI(900), vI(819), vI(738), vI(657), vI(576), vI(495), vI(414), vI(333), vI(252), vI(171), vI(90), vI(9), vI(928), vI(847), vI(766), vI(685), vI(604), vI(523), vI(442), vI(361), vI(280), vI(199), vI(118), vI(37), vI(956), vI(875), vI(794), vI(713), vI(632), vI(551), vI(470), vI(389), vI(308), vI(227), vI(146), vI(65), vI(984), vI(903), vI(822), vI(741), vI(660), vI(579), vI(498), vI(417), vI(336), vI(255), vI(174), vI(93), vI(12), vI(931), vI(850), vI(769), vI(688), vI(607), vI(526), vI(445), vI(364), vI(283), vI(202), vI(121), vI(40), vI(959), vI(878), vI(797), vI(716), vI(635), vI(554), vI(473), vI(392), vI(311), vI(230), vI(149), vI(68), vI(987), vI(906), vI(825), vI(744), vI(663), vI(582), vI(501), vI(420), vI(339), vI(258), vI(177), vI(96), vI(15), vI(934), vI(853), vI(772), vI(691), vI(610), vI(529), vI(448), vI(367), vI(286), vI(205), vI(124), vI(43), vI(962), vI(881), vI(800), vI(719), vI(638), vI(557), vI(476), vI(395), vI(314), vI(233), vI(152), vI(71), vI(990), vI(909), vI(828), vI(747), vI(666), vI(585), vI(504), vI(423), vI(342), vI(261), vI(180), vI(99), vI(18), vI(937), vI(856), vI(775), vI(694), vI(613), vI(532), vI(451), vI(370), vI(289), vI(208), vI(127), vI(46), vI(965), vI(884), vI(803), vI(722), vI(641), vI(560), vI(479), vI(398), vI(317), vI(236), vI(155), vI(74), vI(993), vI(912), vI(831), vI(750), vI(669), vI(588), vI(507), vI(426), vI(345), vI(264), vI(183), vI(102), vI(21), vI(940), vI(859), vI(778), vI(697), vI(616), vI(535), vI(454), vI(373), vI(292), vI(211), vI(130), vI(49), vI(968), vI(887), vI(806), vI(725), vI(644), vI(563), vI(482), vI(401), vI(320), vI(239), vI(158), vI(77), vI(996), vI(915), vI(834), vI(753), vI(672), vI(591), vI(510), vI(429), vI(348), vI(267), vI(186), vI(105), vI(24), vI(943), vI(862), vI(781))}, want: "[0, 3, 6, 9, 12, 15, 18, 21, 24, 28, 31, 34, 37, 40, 43, 46, 49, 56, 59, 62, 65, 68, 71, 74, 77, 84, 87, 90, 93, 96, 99, 102, 105, 109, 112, 115, 118, 121, 124, 127, 130, 137, 140, 143, 146, 149, 152, 155, 158, 165, 168, 171, 174, 177, 180, 183, 186, 190, 193, 196, 199, 202, 205, 208, 211, 218, 221, 224, 227, 230, 233, 236, 239, 246, 249, 252, 255, 258, 261, 264, 267, 271, 274, 277, 280, 283, 286, 289, 292, 299, 302, 305, 308, 311, 314, 317, 320, 327, 330, 333, 336, 339, 342, 345, 348, 352, 355, 358, 361, 364, 367, 370, 373, 380, 383, 386, 389, 392, 395, 398, 401, 408, 411, 414, 417, 420, 423, 426, 429, 433, 436, 439, 442, 445, 448, 451, 454, 461, 464, 467, 470, 473, 476, 479, 482, 489, 492, 495, 498, 501, 504, 507, 510, 514, 517, 520, 523, 526, 529, 532, 535, 542, 545, 548, 551, 554, 557, 560, 563, 570, 573, 576, 579, 582, 585, 588, 591, 595, 598, 601, 604, 607, 610, 613, 616, 623, 626, 629, 632, 635, 638, 641, 644, 651, 654, 657, 660, 663, 666, 669, 672, 676, 679, 682, 685, 688, 691, 694, 697, 704, 707, 710, 713, 716, 719, 722, 725, 732, 735, 738, 741, 744, 747, 750, 753, 757, 760, 763, 766, 769, 772, 775, 778, 781, 785, 788, 791, 794, 797, 800, 803, 806, 813, 816, 819, 822, 825, 828, 831, 834, 838, 841, 844, 847, 850, 853, 856, 859, 862, 866, 869, 872, 875, 878, 881, 884, 887, 894, 897, 900, 903, 906, 909, 912, 915, 919, 922, 925, 928, 931, 934, 937, 940, 943, 947, 950, 953, 956, 959, 962, 965, 968, 975, 978, 981, 984, 987, 990, 993, 996]"},
		{fn: "sorted", args: []Value{vL(vI(0), vI(19), vI(38), vI(57), vI(76), vI(95), vI(14), vI(33), vI(52), vI(71), vI(90), vI(9), vI(28), vI(47), vI(66), vI(85), vI(4), vI(23), vI(42), vI(61), vI(80), vI(99), vI(18), vI(37), vI(56), vI(75), vI(94), vI(13), vI(32), vI(51), vI(70), vI(89), vI(8), vI(27), vI(46), vI(65), vI(84), vI(3), vI(22), vI(41), vI(60), vI(79), vI(98), vI(17), vI(36), vI(55), vI(74), vI(93), vI(12), vI(31), vI(50), vI(69), vI(88), vI(7), vI(26), vI(45), vI(64), vI(83), vI(2), vI(21), vI(40), vI(59), vI(78), vI(97), vI(16), vI(35), vI(54), vI(73), vI(92), vI(11), vI(30), vI(49), vI(68), vI(87), vI(6), vI(25), vI(44), vI(63), vI(82), vI(1), vI(20), vI(39), vI(58), vI(77), vI(96), vI(15), vI(34), vI(53), vI(72), vI(91), vI(10), vI(29), vI(48), vI(67), vI(86), vI(5), vI(24), vI(43), vI(62), vI(81), vI(0), vI(19), vI(38), vI(57), vI(76), vI(95), vI(14), vI(33), vI(52), vI(71), vI(90), vI(9), vI(28), vI(47), vI(66), vI(85), vI(4), vI(23), vI(42), vI(61), vI(80), vI(99), vI(18), vI(37), vI(56), vI(75), vI(94), vI(13), vI(32), vI(51), vI(70), vI(89), vI(8), vI(27), vI(46), vI(65), vI(84), vI(3), vI(22), vI(41), vI(60), vI(79), vI(98), vI(17), vI(36), vI(55), vI(74), vI(93), vI(12), vI(31), vI(50), vI(69), vI(88), vI(7), vI(26), vI(45), vI(64), vI(83), vI(2), vI(21), vI(40), vI(59), vI(78), vI(97), vI(16), vI(35), vI(54), vI(73), vI(92), vI(11), vI(30), vI(49), vI(68), vI(87), vI(6), vI(25), vI(44), vI(63), vI(82), vI(1), vI(20), vI(39), vI(58), vI(77), vI(96), vI(15), vI(34), vI(53), vI(72), vI(91), vI(10), vI(29), vI(48), vI(67), vI(86), vI(5), vI(24), vI(43), vI(62), vI(81), vI(0), vI(19), vI(38), vI(57), vI(76), vI(95), vI(14), vI(33), vI(52), vI(71), vI(90), vI(9), vI(28), vI(47), vI(66), vI(85), vI(4), vI(23), vI(42), vI(61), vI(80), vI(99), vI(18), vI(37), vI(56), vI(75), vI(94), vI(13), vI(32), vI(51), vI(70), vI(89), vI(8), vI(27), vI(46), vI(65), vI(84), vI(3), vI(22), vI(41), vI(60), vI(79), vI(98), vI(17), vI(36), vI(55), vI(74), vI(93), vI(12), vI(31), vI(50), vI(69), vI(88), vI(7), vI(26), vI(45), vI(64), vI(83), vI(2), vI(21), vI(40), vI(59), vI(78), vI(97), vI(16), vI(35), vI(54), vI(73), vI(92), vI(11), vI(30), vI(49), vI(68), vI(87), vI(6), vI(25), vI(44), vI(63), vI(82), vI(1), vI(20), vI(39), vI(58), vI(77), vI(96), vI(15), vI(34), vI(53), vI(72), vI(91), vI(10), vI(29), vI(48), vI(67), vI(86), vI(5), vI(24), vI(43), vI(62), vI(81))}, kw: []string{"reverse"}, kwv: []Value{True}, want: "[99, 99, 99, 98, 98, 98, 97, 97, 97, 96, 96, 96, 95, 95, 95, 94, 94, 94, 93, 93, 93, 92, 92, 92, 91, 91, 91, 90, 90, 90, 89, 89, 89, 88, 88, 88, 87, 87, 87, 86, 86, 86, 85, 85, 85, 84, 84, 84, 83, 83, 83, 82, 82, 82, 81, 81, 81, 80, 80, 80, 79, 79, 79, 78, 78, 78, 77, 77, 77, 76, 76, 76, 75, 75, 75, 74, 74, 74, 73, 73, 73, 72, 72, 72, 71, 71, 71, 70, 70, 70, 69, 69, 69, 68, 68, 68, 67, 67, 67, 66, 66, 66, 65, 65, 65, 64, 64, 64, 63, 63, 63, 62, 62, 62, 61, 61, 61, 60, 60, 60, 59, 59, 59, 58, 58, 58, 57, 57, 57, 56, 56, 56, 55, 55, 55, 54, 54, 54, 53, 53, 53, 52, 52, 52, 51, 51, 51, 50, 50, 50, 49, 49, 49, 48, 48, 48, 47, 47, 47, 46, 46, 46, 45, 45, 45, 44, 44, 44, 43, 43, 43, 42, 42, 42, 41, 41, 41, 40, 40, 40, 39, 39, 39, 38, 38, 38, 37, 37, 37, 36, 36, 36, 35, 35, 35, 34, 34, 34, 33, 33, 33, 32, 32, 32, 31, 31, 31, 30, 30, 30, 29, 29, 29, 28, 28, 28, 27, 27, 27, 26, 26, 26, 25, 25, 25, 24, 24, 24, 23, 23, 23, 22, 22, 22, 21, 21, 21, 20, 20, 20, 19, 19, 19, 18, 18, 18, 17, 17, 17, 16, 16, 16, 15, 15, 15, 14, 14, 14, 13, 13, 13, 12, 12, 12, 11, 11, 11, 10, 10, 10, 9, 9, 9, 8, 8, 8, 7, 7, 7, 6, 6, 6, 5, 5, 5, 4, 4, 4, 3, 3, 3, 2, 2, 2, 1, 1, 1, 0, 0, 0]"},
		{fn: "sorted", args: []Value{vL(vI(0), vI(1), vI(2), vI(3), vI(4), vI(5), vI(6), vI(7), vI(8), vI(9), vI(10), vI(11), vI(12), vI(13), vI(14), vI(15), vI(16), vI(17), vI(18), vI(19), vI(20), vI(21), vI(22), vI(23), vI(24), vI(25), vI(26), vI(27), vI(28), vI(29), vI(30), vI(31), vI(32), vI(33), vI(34), vI(35), vI(36), vI(37), vI(38), vI(39), vI(40), vI(41), vI(42), vI(43), vI(44), vI(45), vI(46), vI(47), vI(48), vI(49), vI(50), vI(51), vI(52), vI(53), vI(54), vI(55), vI(56), vI(57), vI(58), vI(59), vI(60), vI(61), vI(62), vI(63), vI(64), vI(65), vI(66), vI(67), vI(68), vI(69), vI(70), vI(71), vI(72), vI(73), vI(74), vI(75), vI(76), vI(77), vI(78), vI(79), vI(80), vI(81), vI(82), vI(83), vI(84), vI(85), vI(86), vI(87), vI(88), vI(89), vI(90), vI(91), vI(92), vI(93), vI(94), vI(95), vI(96), vI(97), vI(98), vI(99), vI(0), vI(1), vI(2), vI(3), vI(4), vI(5), vI(6), vI(7), vI(8), vI(9), vI(10), vI(11), vI(12), vI(13), vI(14), vI(15), vI(16), vI(17), vI(18), vI(19), vI(20), vI(21), vI(22), vI(23), vI(24), vI(25), vI(26), vI(27), vI(28), vI(29), vI(30), vI(31), vI(32), vI(33), vI(34), vI(35), vI(36), vI(37), vI(38), vI(39), vI(40), vI(41), vI(42), vI(43), vI(44), vI(45), vI(46), vI(47), vI(48), vI(49), vI(80), vI(79), vI(78), vI(77), vI(76), vI(75), vI(74), vI(73), vI(72), vI(71), vI(70), vI(69), vI(68), vI(67), vI(66), vI(65), vI(64), vI(63), vI(62), vI(61), vI(60), vI(59), vI(58), vI(57), vI(56), vI(55), vI(54), vI(53), vI(52), vI(51), vI(50), vI(49), vI(48), vI(47), vI(46), vI(45), vI(44), vI(43), vI(42), vI(41), vI(40), vI(39), vI(38), vI(37), vI(36), vI(35), vI(34), vI(33), vI(32), vI(31), vI(30), vI(29), vI(28), vI(27), vI(26), vI(25), vI(24), vI(23), vI(22), vI(21))}, want: "[0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15, 16, 16, 17, 17, 18, 18, 19, 19, 20, 20, 21, 21, 21, 22, 22, 22, 23, 23, 23, 24, 24, 24, 25, 25, 25, 26, 26, 26, 27, 27, 27, 28, 28, 28, 29, 29, 29, 30, 30, 30, 31, 31, 31, 32, 32, 32, 33, 33, 33, 34, 34, 34, 35, 35, 35, 36, 36, 36, 37, 37, 37, 38, 38, 38, 39, 39, 39, 40, 40, 40, 41, 41, 41, 42, 42, 42, 43, 43, 43, 44, 44, 44, 45, 45, 45, 46, 46, 46, 47, 47, 47, 48, 48, 48, 49, 49, 49, 50, 50, 51, 51, 52, 52, 53, 53, 54, 54, 55, 55, 56, 56, 57, 57, 58, 58, 59, 59, 60, 60, 61, 61, 62, 62, 63, 63, 64, 64, 65, 65, 66, 66, 67, 67, 68, 68, 69, 69, 70, 70, 71, 71, 72, 72, 73, 73, 74, 74, 75, 75, 76, 76, 77, 77, 78, 78, 79, 79, 80, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99]"},
		{fn: "sorted", args: []Value{vL(vF(math.NaN()), vF(0x1.0000000000000p+1), vF(0x1.0000000000000p+0), vF(math.NaN()), vF(0x1.0000000000000p-1))}, want: "[nan, 0.5, 1.0, 2.0, nan]"},
	}
}

func miscBuiltinCases() []callCase {
	return []callCase{
		{fn: "len", args: []Value{}, want: "TypeError: len() takes exactly one argument (0 given)"},
		{fn: "len", args: []Value{vI(1), vI(2)}, want: "TypeError: len() takes exactly one argument (2 given)"},
		{fn: "len", args: []Value{}, kw: []string{"x"}, kwv: []Value{vI(1)}, want: "TypeError: len() takes no keyword arguments"},
		{fn: "len", args: []Value{vL(vI(1), vI(2))}, want: "2"},
		{fn: "len", args: []Value{vS("h\u00e9llo")}, want: "5"},
		{fn: "len", args: []Value{vD(vI(1), vI(2))}, want: "1"},
		{fn: "len", args: []Value{vCall("range", vI(0), vI(10), vI(3))}, want: "4"},
		{fn: "len", args: []Value{vI(5)}, want: "TypeError: object of type 'int' has no len()"},
		{fn: "abs", args: []Value{}, want: "TypeError: abs() takes exactly one argument (0 given)"},
		{fn: "abs", args: []Value{vI(-5)}, want: "5"},
		{fn: "abs", args: []Value{vI(-9223372036854775808)}, want: "9223372036854775808"},
		{fn: "abs", args: []Value{True}, want: "1"},
		{fn: "abs", args: []Value{vF(math.Copysign(0, -1))}, want: "0.0"},
		{fn: "abs", args: []Value{vS("a")}, want: "TypeError: bad operand type for abs(): 'str'"},
		{fn: "sum", args: []Value{}, want: "TypeError: sum() takes at least 1 positional argument (0 given)"},
		{fn: "sum", args: []Value{vL(vI(1)), vI(2), vI(3)}, want: "TypeError: sum() takes at most 2 arguments (3 given)"},
		{fn: "sum", args: []Value{vL(vS("a")), vS("b")}, want: "TypeError: sum() can't sum strings [use ''.join(seq) instead]"},
		{fn: "sum", args: []Value{vL(vF(0x1.8000000000000p+0), vI(2))}, kw: []string{"start"}, kwv: []Value{vI(1)}, want: "4.5"},
		{fn: "sum", args: []Value{vL(vL(vI(1))), vL()}, want: "[1]"},
		{fn: "sum", args: []Value{vL(vI(1))}, kw: []string{"start"}, kwv: []Value{vS("a")}, want: "TypeError: sum() can't sum strings [use ''.join(seq) instead]"},
		{fn: "sum", args: []Value{}, kw: []string{"iterable"}, kwv: []Value{vL(vI(1))}, want: "TypeError: sum() takes at least 1 positional argument (0 given)"},
		{fn: "sum", args: []Value{vL(vI(1))}, kw: []string{"strt"}, kwv: []Value{vI(2)}, want: "TypeError: 'strt' is an invalid keyword argument for sum()"},
		{fn: "sum", args: []Value{vL(vF(0x1.999999999999ap-4), vF(0x1.999999999999ap-4), vF(0x1.999999999999ap-4), vF(0x1.999999999999ap-4), vF(0x1.999999999999ap-4), vF(0x1.999999999999ap-4), vF(0x1.999999999999ap-4), vF(0x1.999999999999ap-4), vF(0x1.999999999999ap-4), vF(0x1.999999999999ap-4))}, want: "0.9999999999999999"},
		{fn: "sum", args: []Value{vL(vF(0x1.249ad2594c37dp+332), vF(0x1.0000000000000p+0), vF(-0x1.249ad2594c37dp+332))}, want: "0.0"},
		{fn: "sum", args: []Value{vCall("range", vI(0), vI(101), vI(1))}, want: "5050"},
		{fn: "sum", args: []Value{vL(vB("18446744073709551616"), vB("18446744073709551616"))}, want: "36893488147419103232"},
		{fn: "sum", args: []Value{vL(vI(1), vF(0x1.4000000000000p+1), vB("1180591620717411303424"))}, want: "1.1805916207174113e+21"},
		{fn: "sum", args: []Value{vL(True, True, vI(3))}, want: "5"},
		{fn: "sum", args: []Value{vL(), vF(0x1.4000000000000p+1)}, want: "2.5"},
		{fn: "sum", args: []Value{vL(vT(vI(1)), vT(vI(2))), vT()}, want: "(1, 2)"},
		{fn: "sum", args: []Value{vL(vI(1), vS("a"))}, want: "TypeError: unsupported operand type(s) for +: 'int' and 'str'"},
		{fn: "sum", args: []Value{vL(vI(9223372036854775807), vI(1))}, want: "9223372036854775808"},
		{fn: "divmod", args: []Value{vI(1)}, want: "TypeError: divmod expected 2 arguments, got 1"},
		{fn: "divmod", args: []Value{vI(1), vI(0)}, want: "ZeroDivisionError: integer division or modulo by zero"},
		{fn: "divmod", args: []Value{vF(0x1.0000000000000p+0), vI(0)}, want: "ZeroDivisionError: float divmod()"},
		{fn: "divmod", args: []Value{vS("a"), vI(1)}, want: "TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'"},
		{fn: "divmod", args: []Value{vI(-7), vI(2)}, want: "(-4, 1)"},
		{fn: "divmod", args: []Value{vF(-0x1.e000000000000p+2), vI(2)}, want: "(-4.0, 0.5)"},
		{fn: "divmod", args: []Value{vB("1180591620717411303424"), vI(-3)}, want: "(-393530540239137101142, -2)"},
		{fn: "divmod", args: []Value{vI(7), vF(math.Copysign(0, -1))}, want: "ZeroDivisionError: float divmod()"},
		{fn: "divmod", args: []Value{True, vI(2)}, want: "(0, 1)"},
		{fn: "divmod", args: []Value{vF(math.Copysign(0, -1)), vI(1)}, want: "(-0.0, 0.0)"},
		{fn: "divmod", args: []Value{vI(1), vF(math.Inf(1))}, want: "(0.0, 1.0)"},
		{fn: "divmod", args: []Value{vF(math.Inf(1)), vI(1)}, want: "(nan, nan)"},
		{fn: "divmod", args: []Value{vF(0x1.c000000000000p+2), vI(-2)}, want: "(-4.0, -1.0)"},
		{fn: "pow", args: []Value{vI(2)}, want: "TypeError: pow() missing required argument 'exp' (pos 2)"},
		{fn: "pow", args: []Value{vI(2), vI(3), vI(0)}, want: "ValueError: pow() 3rd argument cannot be 0"},
		{fn: "pow", args: []Value{vF(0x1.0000000000000p+1), vI(3), vI(5)}, want: "TypeError: pow() 3rd argument not allowed unless all arguments are integers"},
		{fn: "pow", args: []Value{vS("a"), vI(2)}, want: "TypeError: unsupported operand type(s) for ** or pow(): 'str' and 'int'"},
		{fn: "pow", args: []Value{vI(2), vI(-1), vI(7)}, want: "4"},
		{fn: "pow", args: []Value{vI(2), vI(10)}, kw: []string{"mod"}, kwv: []Value{vI(7)}, want: "2"},
		{fn: "pow", args: []Value{}, kw: []string{"base", "exp"}, kwv: []Value{vI(2), vI(3)}, want: "8"},
		{fn: "pow", args: []Value{vI(3), vI(4), vI(-5)}, want: "-4"},
		{fn: "pow", args: []Value{vI(2), vB("1180591620717411303424"), vI(1000)}, want: "216"},
		{fn: "pow", args: []Value{vI(10), vI(-2)}, want: "0.01"},
		{fn: "pow", args: []Value{vI(0), vI(0)}, want: "1"},
		{fn: "pow", args: []Value{vI(2), vI(3), None}, want: "8"},
		{fn: "pow", args: []Value{vF(0x0.0p+0), vI(-1)}, want: "ZeroDivisionError: 0.0 cannot be raised to a negative power"},
		{fn: "pow", args: []Value{vI(2), vF(0x1.0000000000000p-1)}, want: "1.4142135623730951"},
		{fn: "hex", args: []Value{vI(-255)}, want: "'-0xff'"},
		{fn: "hex", args: []Value{vF(0x1.8000000000000p+0)}, want: "TypeError: 'float' object cannot be interpreted as an integer"},
		{fn: "hex", args: []Value{vB("1180591620717411303424")}, want: "'0x400000000000000000'"},
		{fn: "hex", args: []Value{vB("-18446744073709551616")}, want: "'-0x10000000000000000'"},
		{fn: "hex", args: []Value{True}, want: "'0x1'"},
		{fn: "hex", args: []Value{vI(0)}, want: "'0x0'"},
		{fn: "bin", args: []Value{vI(-5)}, want: "'-0b101'"},
		{fn: "bin", args: []Value{vI(0)}, want: "'0b0'"},
		{fn: "bin", args: []Value{vB("-1180591620717411303424")}, want: "'-0b10000000000000000000000000000000000000000000000000000000000000000000000'"},
		{fn: "oct", args: []Value{vI(-8)}, want: "'-0o10'"},
		{fn: "oct", args: []Value{vB("18446744073709551616")}, want: "'0o2000000000000000000000'"},
		{fn: "oct", args: []Value{vI(0)}, want: "'0o0'"},
		{fn: "hex", args: []Value{}, want: "TypeError: hex() takes exactly one argument (0 given)"},
		{fn: "chr", args: []Value{vI(-1)}, want: "ValueError: chr() arg not in range(0x110000)"},
		{fn: "chr", args: []Value{vI(1114112)}, want: "ValueError: chr() arg not in range(0x110000)"},
		{fn: "chr", args: []Value{vS("a")}, want: "TypeError: 'str' object cannot be interpreted as an integer"},
		{fn: "chr", args: []Value{vF(0x1.8000000000000p+0)}, want: "TypeError: 'float' object cannot be interpreted as an integer"},
		{fn: "chr", args: []Value{vI(65)}, want: "'A'"},
		{fn: "chr", args: []Value{True}, want: "'\\x01'"},
		{fn: "chr", args: []Value{vB("1180591620717411303424")}, want: "OverflowError: Python int too large to convert to C int"},
		{fn: "chr", args: []Value{vI(8364)}, want: "'\u20ac'"},
		{fn: "ord", args: []Value{vS("ab")}, want: "TypeError: ord() expected a character, but string of length 2 found"},
		{fn: "ord", args: []Value{vS("")}, want: "TypeError: ord() expected a character, but string of length 0 found"},
		{fn: "ord", args: []Value{vI(1)}, want: "TypeError: ord() expected string of length 1, but int found"},
		{fn: "ord", args: []Value{vS("\u20ac")}, want: "8364"},
		{fn: "ord", args: []Value{vS("\U0001f600")}, want: "128512"},
		{fn: "any", args: []Value{vI(1)}, want: "TypeError: 'int' object is not iterable"},
		{fn: "any", args: []Value{vL(vI(0), vS(""), None)}, want: "False"},
		{fn: "all", args: []Value{vL()}, want: "True"},
		{fn: "any", args: []Value{}, want: "TypeError: any() takes exactly one argument (0 given)"},
		{fn: "all", args: []Value{vS("abc")}, want: "True"},
		{fn: "isinstance", args: []Value{vI(1)}, want: "TypeError: isinstance expected 2 arguments, got 1"},
		{fn: "isinstance", args: []Value{vI(1), vI(1)}, want: "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union"},
		{fn: "isinstance", args: []Value{True, Builtins["int"]}, want: "True"},
		{fn: "isinstance", args: []Value{vI(1), vT(Builtins["str"], vT(Builtins["int"]))}, want: "True"},
		{fn: "isinstance", args: []Value{vI(1), vT()}, want: "False"},
		{fn: "isinstance", args: []Value{vI(1), vT(vI(1))}, want: "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union"},
		{fn: "isinstance", args: []Value{vI(1), vT(Builtins["int"], vI(1))}, want: "True"},
		{fn: "isinstance", args: []Value{vF(0x1.0000000000000p+0), Builtins["int"]}, want: "False"},
		{fn: "issubclass", args: []Value{vI(1), Builtins["int"]}, want: "TypeError: issubclass() arg 1 must be a class"},
		{fn: "issubclass", args: []Value{Builtins["bool"], vI(1)}, want: "TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union"},
		{fn: "issubclass", args: []Value{Builtins["bool"], vT(Builtins["int"], Builtins["str"])}, want: "True"},
		{fn: "issubclass", args: []Value{Builtins["int"], vT()}, want: "False"},
		{fn: "issubclass", args: []Value{Builtins["KeyError"], Builtins["LookupError"]}, want: "True"},
		{fn: "issubclass", args: []Value{Builtins["bool"], Builtins["object"]}, want: "True"},
		{fn: "callable", args: []Value{Builtins["len"]}, want: "True"},
		{fn: "callable", args: []Value{vI(1)}, want: "False"},
		{fn: "callable", args: []Value{Builtins["int"]}, want: "True"},
		{fn: "getattr", args: []Value{vI(1)}, want: "TypeError: getattr expected at least 2 arguments, got 1"},
		{fn: "getattr", args: []Value{vI(1), vS("foo")}, want: "AttributeError: 'int' object has no attribute 'foo'"},
		{fn: "getattr", args: []Value{vI(1), vS("foo"), vI(5)}, want: "5"},
		{fn: "getattr", args: []Value{vI(1), vI(2)}, want: "TypeError: attribute name must be string, not 'int'"},
		{fn: "hasattr", args: []Value{vI(1), vI(2)}, want: "TypeError: attribute name must be string, not 'int'"},
		{fn: "hasattr", args: []Value{vL(), vS("append")}, want: "True"},
		{fn: "hasattr", args: []Value{vL(), vS("nope")}, want: "False"},
		{fn: "setattr", args: []Value{vI(1), vS("foo"), vI(2)}, want: "AttributeError: 'int' object has no attribute 'foo'"},
		{fn: "getattr", args: []Value{vI(1), vS("foo"), None, vI(4)}, want: "TypeError: getattr expected at most 3 arguments, got 4"},
		{fn: "format", args: []Value{vF(0x1.8000000000000p+0), vS("x")}, want: "ValueError: Unknown format code 'x' for object of type 'float'"},
		{fn: "format", args: []Value{vI(1), vI(2)}, want: "TypeError: format() argument 2 must be str, not int"},
		{fn: "format", args: []Value{vL(), vS("x")}, want: "TypeError: unsupported format string passed to list.__format__"},
		{fn: "format", args: []Value{vL()}, want: "'[]'"},
		{fn: "format", args: []Value{}, want: "TypeError: format expected at least 1 argument, got 0"},
		{fn: "format", args: []Value{vI(1), vS("d"), vI(3)}, want: "TypeError: format expected at most 2 arguments, got 3"},
		{fn: "format", args: []Value{vI(1)}, kw: []string{"format_spec"}, kwv: []Value{vS("d")}, want: "TypeError: format() takes no keyword arguments"},
		{fn: "format", args: []Value{vF(0x1.921f9f01b866ep+1), vS(".2f")}, want: "'3.14'"},
		{fn: "format", args: []Value{True}, want: "'True'"},
		{fn: "format", args: []Value{None}, want: "'None'"},
		{fn: "repr", args: []Value{}, want: "TypeError: repr() takes exactly one argument (0 given)"},
		{fn: "repr", args: []Value{vS("\u00e9")}, want: "\"'\u00e9'\""},
		{fn: "ascii", args: []Value{vS("\u00e9")}, want: "\"'\\\\xe9'\""},
		{fn: "ascii", args: []Value{vL(vI(1), vS("\u00e9"))}, want: "\"[1, '\\\\xe9']\""},
		{fn: "ascii", args: []Value{vS("\U0001f600")}, want: "\"'\\\\U0001f600'\""},
		{fn: "hash", args: []Value{vL()}, want: "TypeError: unhashable type: 'list'"},
		{fn: "hash", args: []Value{vF(0x1.8000000000000p+0)}, want: "1152921504606846977"},
		{fn: "hash", args: []Value{vI(-1)}, want: "-2"},
		{fn: "hash", args: []Value{vI(2305843009213693951)}, want: "0"},
		{fn: "hash", args: []Value{vI(-2305843009213693952)}, want: "-2"},
		{fn: "hash", args: []Value{vF(math.Inf(1))}, want: "314159"},
		{fn: "hash", args: []Value{vT(vI(1), vI(2))}, want: "-3550055125485641917"},
		{fn: "iter", args: []Value{}, want: "TypeError: iter expected at least 1 argument, got 0"},
		{fn: "iter", args: []Value{vI(1)}, want: "TypeError: 'int' object is not iterable"},
		{fn: "iter", args: []Value{Builtins["len"], vI(2), vI(3)}, want: "TypeError: iter expected at most 2 arguments, got 3"},
		{fn: "iter", args: []Value{vL(vI(1)), vI(2)}, want: "TypeError: iter(v, w): v must be callable"},
		{fn: "next", args: []Value{}, want: "TypeError: next expected at least 1 argument, got 0"},
		{fn: "next", args: []Value{vL()}, want: "TypeError: 'list' object is not an iterator"},
		{fn: "next", args: []Value{vI(1), vI(2), vI(3)}, want: "TypeError: next expected at most 2 arguments, got 3"},
		{fn: "type", args: []Value{}, want: "TypeError: type() takes 1 or 3 arguments"},
		{fn: "type", args: []Value{vI(1), vI(2)}, want: "TypeError: type() takes 1 or 3 arguments"},
		{fn: "type", args: []Value{vI(1)}, want: "<class 'int'>"},
		{fn: "type", args: []Value{vI(1)}, kw: []string{"x"}, kwv: []Value{vI(2)}, want: "TypeError: type() takes no keyword arguments"},
		{fn: "type", args: []Value{}, kw: []string{"x"}, kwv: []Value{vI(2)}, want: "TypeError: type() takes 1 or 3 arguments"},
		{fn: "list", args: []Value{vCall("enumerate", vS("ab"), vI(5))}, want: "[(5, 'a'), (6, 'b')]"},
		{fn: "list", args: []Value{vCall("enumerate", vS("abc"), vI(-1))}, want: "[(-1, 'a'), (0, 'b'), (1, 'c')]"},
		{fn: "enumerate", args: []Value{}, want: "TypeError: enumerate() missing required argument 'iterable'"},
		{fn: "enumerate", args: []Value{vL(vI(1)), vI(2), vI(3)}, want: "TypeError: enumerate() takes at most 2 arguments (3 given)"},
		{fn: "enumerate", args: []Value{vL(vI(1))}, kw: []string{"start"}, kwv: []Value{vS("a")}, want: "TypeError: 'str' object cannot be interpreted as an integer"},
		{fn: "enumerate", args: []Value{vI(1)}, want: "TypeError: 'int' object is not iterable"},
		{fn: "enumerate", args: []Value{}, kw: []string{"start"}, kwv: []Value{vI(1)}, want: "TypeError: 'start' is an invalid keyword argument for enumerate()"},
		{fn: "list", args: []Value{vCall("zip", vS("abc"), vCall("range", vI(0), vI(5), vI(1)))}, want: "[('a', 0), ('b', 1), ('c', 2)]"},
		{fn: "list", args: []Value{vCall("zip")}, want: "[]"},
		{fn: "list", args: []Value{vCall("zip", vS("ab"), vS("cd"), vS("ef"))}, want: "[('a', 'c', 'e'), ('b', 'd', 'f')]"},
		{fn: "zip", args: []Value{vI(1)}, want: "TypeError: 'int' object is not iterable"},
		{fn: "zip", args: []Value{vL(vI(1))}, kw: []string{"x"}, kwv: []Value{vI(1)}, want: "TypeError: 'x' is an invalid keyword argument for zip()"},
		{fn: "zip", args: []Value{vL(vI(1))}, kw: []string{"strict", "x"}, kwv: []Value{vI(1), vI(2)}, want: "TypeError: zip() takes at most 1 keyword argument (2 given)"},
		{fn: "list", args: []Value{vCall("map", Builtins["len"], vL(vS("a"), vS("bb")))}, want: "[1, 2]"},
		{fn: "list", args: []Value{vCall("map", Builtins["pow"], vL(vI(2), vI(3)), vL(vI(1), vI(2), vI(3)))}, want: "[2, 9]"},
		{fn: "map", args: []Value{}, want: "TypeError: map() must have at least two arguments."},
		{fn: "map", args: []Value{Builtins["len"]}, want: "TypeError: map() must have at least two arguments."},
		{fn: "map", args: []Value{Builtins["len"], vI(1)}, want: "TypeError: 'int' object is not iterable"},
		{fn: "list", args: []Value{vCall("filter", None, vL(vI(0), vI(1), vI(2), vS("")))}, want: "[1, 2]"},
		{fn: "filter", args: []Value{None}, want: "TypeError: filter expected 2 arguments, got 1"},
		{fn: "list", args: []Value{vCall("filter", Builtins["len"], vL(vS(""), vS("a")))}, want: "['a']"},
		{fn: "list", args: []Value{vCall("reversed", vL(vI(1), vI(2), vI(3)))}, want: "[3, 2, 1]"},
		{fn: "list", args: []Value{vCall("reversed", vS("abc"))}, want: "['c', 'b', 'a']"},
		{fn: "list", args: []Value{vCall("reversed", vT(vI(1)))}, want: "[1]"},
		{fn: "list", args: []Value{vCall("reversed", vD(vI(1), vI(2), vI(3), vI(4)))}, want: "[3, 1]"},
		{fn: "list", args: []Value{vCall("reversed", vCall("range", vI(0), vI(0), vI(1)))}, want: "[]"},
		{fn: "list", args: []Value{vCall("reversed", vCall("range", vI(-5), vI(5), vI(3)))}, want: "[4, 1, -2, -5]"},
		{fn: "reversed", args: []Value{}, want: "TypeError: reversed expected 1 argument, got 0"},
		{fn: "reversed", args: []Value{vI(1)}, want: "TypeError: 'int' object is not reversible"},
		{fn: "reversed", args: []Value{vL(), vI(1)}, want: "TypeError: reversed expected 1 argument, got 2"},
		{fn: "reversed", args: []Value{}, kw: []string{"x"}, kwv: []Value{vL()}, want: "TypeError: reversed() takes no keyword arguments"},
		{fn: "list", args: []Value{vCall("reversed", vCall("dict.items", vD(vI(1), vI(2), vI(3), vI(4))))}, want: "[(3, 4), (1, 2)]"},
		{fn: "list", args: []Value{vCall("reversed", vCall("dict.values", vD(vI(1), vI(2), vI(3), vI(4))))}, want: "[4, 2]"},
		{fn: "list", args: []Value{vCall("reversed", vCall("range", vI(9223372036854775805), vI(9223372036854775807), vI(1)))}, want: "[9223372036854775806, 9223372036854775805]"},
		{fn: "list", args: []Value{vCall("reversed", vCall("range", vI(-9223372036854775808), vI(-9223372036854775804), vI(3)))}, want: "[-9223372036854775805, -9223372036854775808]"},
	}
}
