package runtime

import (
	"strings"
	"testing"
)

// The expected orders below were printed by CPython 3.11 with
// PYTHONHASHSEED=0 (random add/discard/pop sequences, then list(s)).

type setOpKind uint8

const (
	opAdd setOpKind = iota
	opDiscard
	opPop
)

type setOp struct {
	kind setOpKind
	v    int64
}

type setOrderCase struct {
	ops  []setOp
	want []int64
}

var setOrderCases = []setOrderCase{
	{ops: []setOp{{opAdd, 51}, {opPop, 56}, {opAdd, 90122}, {opAdd, 11}, {opPop, 224}, {opPop, 192}, {opAdd, 583705}, {opDiscard, 120}, {opAdd, 93}, {opPop, 669949}, {opAdd, 64}, {opAdd, 504}, {opPop, 814983}, {opPop, 475198}, {opAdd, 153}, {opPop, 550708}, {opDiscard, 23}, {opPop, 57}, {opDiscard, 72}, {opPop, 918005}, {opAdd, 102}, {opAdd, 480}, {opAdd, 312}, {opPop, 861850}, {opDiscard, 177}}, want: []int64{102, 312}},
	{ops: []setOp{{opAdd, 640595}, {opAdd, 5}, {opAdd, 51}, {opAdd, 64}, {opDiscard, 280}, {opDiscard, 41}, {opAdd, -29}, {opAdd, 508520}, {opAdd, 424}, {opAdd, 106}, {opPop, 647592}, {opPop, 417406}, {opAdd, 73}, {opAdd, -33}, {opAdd, 37}, {opAdd, 158612}, {opPop, 208}, {opDiscard, 665226}, {opPop, 43}, {opDiscard, 488625}, {opAdd, 104}, {opAdd, 488}, {opAdd, 208}, {opAdd, 24}, {opAdd, 88}, {opAdd, 384512}, {opAdd, 567874}, {opAdd, 106}, {opDiscard, 139}, {opPop, 76}, {opAdd, 192}, {opPop, 456}, {opAdd, 194}, {opAdd, 492914}}, want: []int64{384512, 192, 567874, 194, 208, 640595, 158612, 24, 88, -33, 424, 104, 106, 488, 492914, 51}},
	{ops: []setOp{{opDiscard, 944041}, {opAdd, 80}, {opAdd, 407409}, {opAdd, 61}, {opDiscard, 80}, {opAdd, -7}, {opPop, 144}, {opPop, 200}, {opPop, 90}, {opAdd, 785903}, {opAdd, 161}, {opAdd, 4}, {opPop, 33}, {opAdd, 775864}, {opPop, 424}, {opAdd, 159211}, {opAdd, 105}, {opAdd, 120}}, want: []int64{161, 4, 120, 105, 159211}},
	{ops: []setOp{{opAdd, 124}, {opPop, 260565}, {opAdd, 102493}, {opPop, 796910}, {opAdd, 200}, {opAdd, 488}, {opAdd, 264}, {opAdd, 469267}}, want: []int64{264, 469267, 200, 488}},
	{ops: []setOp{{opDiscard, 72}, {opAdd, 216}, {opAdd, 152}, {opAdd, 265402}, {opAdd, 998772}, {opDiscard, -9}, {opDiscard, 423425}, {opAdd, 88}, {opAdd, 354397}, {opAdd, 296}, {opAdd, -22}, {opAdd, 17}}, want: []int64{296, -22, 17, 998772, 354397, 216, 265402, 88, 152}},
	{ops: []setOp{{opAdd, 442765}, {opAdd, 504}, {opAdd, 56}, {opAdd, 938774}, {opAdd, 112}, {opPop, 233211}, {opAdd, 344}, {opDiscard, 272}, {opAdd, -39}, {opAdd, 17}, {opAdd, 319821}, {opDiscard, 704807}, {opAdd, 155}, {opAdd, 512}, {opAdd, 497822}, {opAdd, 440}, {opDiscard, 400}, {opAdd, 225633}, {opAdd, 924768}, {opAdd, -37}, {opAdd, 776878}, {opAdd, 384}}, want: []int64{512, 225633, 924768, 344, 384, 440, -37, 319821, 776878, 112, 17, 938774, 504, -39, 56, 155, 497822}},
	{ops: []setOp{{opAdd, 103}, {opDiscard, 165185}, {opAdd, 336}, {opAdd, 12}, {opAdd, 1120}, {opAdd, 512}, {opAdd, 13}, {opAdd, 94113}, {opPop, 413116}, {opAdd, 80}, {opPop, 152}, {opPop, 328}, {opDiscard, -12}, {opPop, 110}, {opPop, 16}, {opPop, 154}, {opAdd, -40}, {opDiscard, 48}, {opAdd, 557259}, {opAdd, 64}, {opPop, 88}, {opPop, 781952}, {opAdd, 240}, {opAdd, 775766}, {opDiscard, -31}, {opPop, 111}, {opPop, 256}, {opAdd, 109}, {opDiscard, 272}, {opAdd, 228268}, {opPop, 487234}, {opAdd, 575748}, {opAdd, 495918}, {opDiscard, 859725}, {opAdd, 49}, {opPop, 148625}, {opAdd, 104}, {opAdd, 522073}, {opAdd, 496}, {opDiscard, 316618}, {opAdd, 331431}, {opAdd, 787201}, {opAdd, 200}, {opAdd, 775849}, {opAdd, 392}, {opAdd, 970368}, {opAdd, 48}}, want: []int64{970368, 787201, 200, 392, 557259, 522073, 331431, 104, 775849, 228268, 109, 495918, 496, 240, 49, 48}},
	{ops: []setOp{{opAdd, 440}, {opAdd, 810741}, {opAdd, 408}, {opPop, 2}, {opDiscard, 136}, {opAdd, 74}, {opDiscard, 360356}, {opAdd, 774630}, {opAdd, 27}, {opAdd, 114}, {opPop, 504}, {opAdd, 950281}, {opDiscard, -15}, {opAdd, 358566}, {opAdd, 44}, {opDiscard, 433988}, {opAdd, 788645}, {opAdd, 128}, {opPop, 85}, {opAdd, 260522}, {opDiscard, 60}, {opAdd, 480}, {opDiscard, 400}}, want: []int64{128, 480, 788645, 358566, 74, 260522, 44, 114, 810741, 408, 27}},
	{ops: []setOp{{opDiscard, 198}, {opAdd, 104}, {opDiscard, -29}, {opAdd, 32}, {opAdd, 256}, {opDiscard, 128}, {opAdd, 549911}, {opAdd, 7}, {opPop, 483069}, {opAdd, 240}, {opAdd, -43}, {opAdd, -1}, {opAdd, 699772}, {opAdd, 344}, {opDiscard, 42}, {opAdd, 154}, {opAdd, 76}, {opAdd, 232199}, {opAdd, 504}, {opAdd, 234172}, {opAdd, 623695}, {opAdd, 24776}, {opAdd, 63056}, {opDiscard, 320}, {opAdd, 976848}, {opAdd, -3}, {opAdd, 760613}, {opAdd, 63}, {opAdd, 84686}, {opAdd, 795664}, {opAdd, 861482}, {opAdd, -38}, {opAdd, 88}, {opAdd, 43}, {opDiscard, 13}, {opDiscard, -42}, {opAdd, 64}, {opAdd, 336}, {opAdd, 782696}, {opAdd, -50}, {opAdd, 498271}, {opAdd, 183}, {opDiscard, 304}, {opAdd, 247613}, {opDiscard, 80}, {opAdd, 50}, {opDiscard, 681098}, {opPop, 341582}, {opAdd, -32}, {opAdd, 57}, {opAdd, 464}, {opAdd, 564725}, {opAdd, 594421}, {opAdd, 272981}, {opAdd, -3}, {opAdd, 951654}, {opAdd, 248}, {opPop, 96}, {opDiscard, 107303}}, want: []int64{795664, 549911, 154, 32, 760613, 861482, 43, 50, 183, 57, 234172, 247613, 63, 64, 24776, 76, 84686, 623695, 63056, 976848, 336, -50, 464, -43, 272981, 344, 88, -38, 498271, -32, 248, 951654, 104, 782696, 240, 564725, 594421, 504, 699772, -3, -1}},
	{ops: []setOp{{opAdd, 165}, {opAdd, 9}, {opPop, 199}, {opAdd, 908200}, {opPop, 16}, {opPop, 131}, {opAdd, 44}, {opAdd, 15}, {opAdd, 54}, {opPop, 29}, {opDiscard, 506993}, {opAdd, 152}, {opPop, 684781}, {opAdd, 297062}, {opAdd, 781543}, {opDiscard, 368}, {opAdd, 50}, {opAdd, 945428}, {opAdd, 408}, {opAdd, 67}, {opAdd, 144}, {opDiscard, 376}, {opPop, 152973}, {opAdd, 83}, {opDiscard, 790160}, {opAdd, 988886}, {opAdd, -37}, {opPop, 160}, {opAdd, 424132}, {opAdd, 228733}, {opPop, -10}, {opAdd, 13}, {opPop, 32}, {opAdd, 464}, {opAdd, 312}, {opAdd, 408118}, {opPop, 62}, {opPop, 487874}, {opPop, 149}, {opDiscard, 52}, {opAdd, 383078}, {opPop, 80}, {opAdd, 320}, {opPop, 56900}, {opAdd, 64}, {opAdd, 138010}, {opAdd, 125}, {opAdd, 106}, {opAdd, 643334}, {opAdd, 15}, {opPop, 17}, {opAdd, 45}, {opDiscard, 280}, {opAdd, 395146}, {opAdd, 48}, {opAdd, 456}, {opPop, 722184}}, want: []int64{320, 64, 67, 424132, 643334, 456, 395146, 13, 15, 464, 138010, 44, 45, 48, 50, 125, 408118, 312, 228733}},
	{ops: []setOp{{opDiscard, 836418}, {opDiscard, 605406}, {opAdd, 145}, {opAdd, 779715}, {opPop, 320}, {opAdd, 141}, {opAdd, 656008}, {opPop, 43}, {opDiscard, 8}, {opAdd, 594669}, {opAdd, 374500}, {opPop, 27}, {opAdd, 109}, {opAdd, 248}, {opAdd, 64}, {opAdd, 697798}, {opAdd, 56}, {opPop, 448}, {opPop, 137}, {opAdd, 64517}, {opAdd, 10}, {opAdd, 106}, {opDiscard, 512}, {opDiscard, 176}, {opAdd, 48}, {opDiscard, 564559}, {opDiscard, 140}, {opDiscard, 236924}, {opAdd, 40703}, {opAdd, 272}, {opPop, 457234}, {opAdd, -29}, {opAdd, 240}, {opAdd, 191}, {opDiscard, 630436}, {opPop, 70}, {opDiscard, 232}, {opAdd, 400}, {opPop, -31}}, want: []int64{64, 64517, 272, 400, 56, -29, 594669, 109, 48, 240, 40703, 248, 191}},
	{ops: []setOp{{opAdd, 111860}, {opAdd, 129}, {opAdd, 40}, {opAdd, 64}, {opAdd, 64}, {opDiscard, -23}, {opAdd, 88}}, want: []int64{64, 129, 40, 111860, 88}},
}

func TestSetOrderMatchesCPython(t *testing.T) {
	for i, tc := range setOrderCases {
		s := NewSet()
		for _, op := range tc.ops {
			switch op.kind {
			case opAdd:
				if err := s.Add(nil, Int(op.v)); err != nil {
					t.Fatal(err)
				}
			case opDiscard:
				s.Discard(nil, Int(op.v))
			case opPop:
				if s.Len() > 0 {
					s.Pop()
				}
			}
		}
		if got := intsOf(s.Items()); !equalInts(got, tc.want) {
			t.Errorf("case %d: order %v, want %v", i, got, tc.want)
		}
	}
}

func intsOf(vs []Value) []int64 {
	out := make([]int64, len(vs))
	for i, v := range vs {
		out[i] = v.AsInt()
	}
	return out
}

func equalInts(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func intSet(xs ...int64) *Set {
	s := NewSet()
	for _, x := range xs {
		s.Add(nil, Int(x))
	}
	return s
}

func TestSetOperationOrder(t *testing.T) {
	a := intSet(1, 2, 3, 4, 5, 20, 33)
	b := intSet(3, 4, 5, 6, 7, 40, 65)
	r := Range{Start: 30, Stop: 40, Step: 1}
	check := func(name string, s *Set, err error, want ...int64) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got := intsOf(s.Items()); !equalInts(got, want) {
			t.Errorf("%s: %v, want %v", name, got, want)
		}
	}
	u, err := a.Union(nil, FromObject(b))
	check("a|b", u, err, 1, 2, 3, 4, 5, 33, 65, 6, 7, 40, 20)
	i, err := a.Intersection(nil, FromObject(b))
	check("a&b", i, err, 3, 4, 5)
	d, err := a.Difference(nil, FromObject(b))
	check("a-b", d, err, 1, 2, 20, 33)
	x, err := a.SymmetricDifference(nil, FromObject(b))
	check("a^b", x, err, 65, 1, 6, 7, 2, 20, 33, 40)
	d2, err := b.Difference(nil, FromObject(a))
	check("b-a", d2, err, 40, 65, 6, 7)
	u2, err := a.Union(nil, FromObject(&r))
	check("a.union(range)", u2, err, 1, 2, 3, 4, 5, 20, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39)
}

func TestHashesMatchCPython(t *testing.T) {
	strs := map[string]int64{
		"a": 4644417185603328019, "hello world!": 839851713330019024, "é": 6047309291227476195,
		"日本": 6243316497235261705, "\U0001F600x": -8926728262118538918, "": 0,
		"wörld": 5887690491420428991,
	}
	for s, want := range strs {
		if got, _ := Hash(nil, NewStr(s)); got != want {
			t.Errorf("hash(%q) = %d, want %d", s, got, want)
		}
	}
	fs := NewFrozenSet()
	fs.Update(nil, TupleValue(Int(1), Int(2), Int(3)))
	if got := fs.frozenHash(); got != -272375401224217160 {
		t.Errorf("hash(frozenset([1, 2, 3])) = %d", got)
	}
	if got := NewFrozenSet().frozenHash(); got != 133146708735736 {
		t.Errorf("hash(frozenset()) = %d", got)
	}
	if got, _ := Hash(nil, TupleValue(Int(1), NewStr("a"), Float(2.5))); got != -8030008116423961961 {
		t.Errorf("hash((1, 'a', 2.5)) = %d", got)
	}
}

func TestStrSetOrder(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"apple banana cherry date", "banana date apple cherry"},
		{"a b c d e f g", "d f g b c a e"},
	} {
		s := NewSet()
		for _, w := range strings.Fields(tc.in) {
			s.Add(nil, NewStr(w))
		}
		var got []string
		for _, v := range s.Items() {
			str, _ := AsStr(v)
			got = append(got, str)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("set(%q) iterates %v, want %s", tc.in, got, tc.want)
		}
	}
}
