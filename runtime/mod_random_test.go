package runtime

import (
	"math"
	"testing"
)

// randomSequences were printed by CPython 3.11 after random.seed(seed):
// random() x3, getrandbits(1, 31, 32, 33, 64, 65, 100), randrange(10),
// randrange(3, 1000, 7), randint(-5, 5), randrange(2**70),
// randrange(100, -100, -3), gauss(0, 1) x3, shuffle(list(range(12))),
// choice('abcdef'), sample(range(100), 5), sample(range(10000), 30),
// uniform(1, 10), choices('abc', k=4), choices('abc', [1, 5, 2], k=4).
func randomSequences() []struct {
	seed Value
	want []string
} {
	return []struct {
		seed Value
		want []string
	}{
		{Int(0), []string{"0.8444218515250481", "0.7579544029403025", "0.420571580830845", "0", "2073320061", "2195908194", "2087043557", "14458531974522955699", "24041876215192173920", "1155414562281657275977595765252", "3", "906", "-3", "227082141815262888745", "73", "1.221436413076672", "-0.9011201503953835", "-0.45369873012461615", "[1, 11, 10, 0, 2, 4, 8, 7, 3, 9, 5, 6]", "'a'", "[92, 51, 90, 85, 80]", "[18, 8086, 5458, 3996, 5328, 1031, 3130, 9298, 3632, 3909, 2334, 8896, 7339, 1494, 1318, 5243, 8322, 8016, 1786, 4938, 9031, 4769, 2044, 8969, 5451, 8852, 3329, 9882, 8965, 9627]", "3.588915377891818", "['a', 'c', 'a', 'a']", "['b', 'c', 'a', 'c']"}},
		{Int(1), []string{"0.13436424411240122", "0.8474337369372327", "0.763774618976614", "0", "253228484", "2127877499", "3268308804", "12019768873862893665", "14549377870619113110", "1111440193305707555022300458636", "6", "773", "4", "14151560559444937093", "-71", "-0.18429135176443584", "1.7897653740315347", "-0.39030040197713534", "[4, 7, 2, 6, 1, 11, 3, 8, 9, 10, 0, 5]", "'e'", "[28, 97, 56, 63, 70]", "[3818, 5663, 3782, 3584, 7530, 4747, 352, 6818, 9116, 1638, 3045, 4856, 1980, 5450, 8205, 6915, 8318, 3110, 4970, 4655, 9626, 8181, 8278, 6444, 9650, 565, 7868, 3977, 6623, 6788]", "6.982691694476206", "['b', 'c', 'c', 'c']", "['a', 'b', 'a', 'b']"}},
		{Int(42), []string{"0.6394267984578837", "0.025010755222666936", "0.27502931836911926", "0", "299655412", "3163119785", "4735180711", "16457808150190122675", "20050482399067055156", "81588941661909768552652673433", "3", "416", "3", "987729831974285215884", "16", "-0.7666888024097388", "0.2533316163983756", "1.1490801912414035", "[9, 3, 10, 8, 0, 7, 1, 11, 4, 5, 6, 2]", "'c'", "[44, 77, 33, 5, 93]", "[7527, 8785, 2045, 6201, 1291, 9044, 4803, 5925, 9459, 3150, 1139, 750, 3733, 4741, 1307, 3814, 1654, 6227, 4554, 7428, 5977, 2664, 6065, 5820, 3432, 4374, 1169, 9980, 2803, 8751]", "7.562141181553143", "['a', 'b', 'c', 'b']", "['b', 'b', 'c', 'c']"}},
		{Int(-7), []string{"0.32383276483316237", "0.15084917392450192", "0.6509344730398537", "0", "1763673106", "2301595691", "404285457", "1069891289537943645", "9360537168593968532", "509725926018754320960493015256", "1", "430", "-4", "136958205372469964494", "55", "1.3351069633879984", "-0.45758074286329226", "-0.30987243115378266", "[5, 10, 7, 8, 2, 1, 4, 11, 3, 0, 6, 9]", "'e'", "[39, 71, 87, 23, 13]", "[9528, 9358, 3078, 6101, 1596, 8974, 1028, 9246, 976, 3374, 8133, 8711, 7005, 5146, 7628, 9593, 7424, 5924, 4911, 4070, 2945, 3999, 1341, 9411, 4919, 8604, 8111, 5627, 7353, 4717]", "6.480631171327632", "['a', 'b', 'a', 'b']", "['c', 'b', 'c', 'a']"}},
		{libBig("1180591620717411303429"), []string{"0.46679953776226335", "0.4748702691919824", "0.3684083919879382", "0", "24283585", "2493003602", "2362484128", "16898698360135424429", "1776922436186299649", "752961995329335922603937439654", "3", "976", "2", "740710618899465592319", "-80", "-0.5506313307196291", "0.05052030265718385", "0.7550168916554403", "[9, 11, 7, 4, 5, 6, 8, 10, 2, 1, 3, 0]", "'d'", "[82, 18, 43, 2, 42]", "[3459, 228, 3487, 1772, 2350, 1854, 3450, 8641, 2059, 6022, 276, 6557, 6252, 7437, 608, 26, 8256, 2180, 7890, 5440, 2335, 8428, 6974, 2610, 2735, 4538, 7907, 4322, 6645, 3458]", "8.08375623759591", "['a', 'b', 'b', 'c']", "['c', 'b', 'a', 'b']"}},
		{Int(4294967296), []string{"0.11299430095636409", "0.41782886486292836", "0.0166763664992291", "1", "1881395657", "3460227584", "3274195809", "10064691442942273644", "8334527133290745189", "1253267430249206861241196840442", "6", "899", "0", "899039885134397107170", "-83", "0.532198092855973", "-0.26117788999822544", "0.4049484126234083", "[3, 10, 0, 7, 6, 1, 9, 5, 11, 8, 2, 4]", "'d'", "[92, 6, 45, 90, 2]", "[4298, 3624, 2721, 1262, 5766, 7461, 6851, 7172, 2584, 2377, 1450, 4025, 4280, 2966, 4465, 7967, 6480, 739, 4646, 3032, 4467, 7657, 6787, 9838, 675, 4819, 158, 4051, 3425, 6898]", "8.409830810003374", "['c', 'a', 'a', 'a']", "['a', 'b', 'b', 'b']"}},
		{NewStr("hello"), []string{"0.3537754404730722", "0.6631985810268619", "0.5476053663383964", "0", "761675327", "219415655", "3121205525", "16652481721559924631", "2957158064926921087", "971092233973551008305304009728", "3", "962", "1", "350412751690997236818", "34", "0.06365083556820238", "-0.8775752231024082", "1.294841465439521", "[6, 3, 5, 9, 7, 8, 10, 11, 1, 0, 2, 4]", "'e'", "[51, 96, 75, 91, 10]", "[2513, 7490, 2628, 7993, 6351, 432, 6120, 6286, 9366, 6940, 6518, 7978, 1459, 6422, 3723, 8277, 3033, 2593, 3183, 5236, 8936, 7676, 1295, 1566, 2623, 5411, 8933, 9534, 9000, 1128]", "2.4585695219003862", "['c', 'b', 'c', 'a']", "['b', 'a', 'b', 'b']"}},
		{NewStr(""), []string{"0.9602256525641875", "0.595411957851699", "0.3880117152955401", "1", "1616742339", "948469839", "3677542425", "11497956968902936652", "36304178167257237329", "1058933272135532937947041497057", "0", "822", "1", "636601840097627657348", "-50", "-0.38949391124883675", "-0.6418030607748024", "0.6004395120566609", "[10, 4, 1, 9, 11, 8, 0, 7, 6, 3, 5, 2]", "'d'", "[20, 5, 30, 82, 32]", "[5187, 6703, 863, 5666, 3486, 5533, 809, 3332, 5436, 371, 6001, 2723, 2180, 8051, 9875, 4500, 6389, 2379, 9401, 7627, 140, 8361, 7938, 2386, 2254, 5613, 1038, 8862, 7776, 8063]", "9.35123710926151", "['b', 'c', 'a', 'b']", "['c', 'c', 'b', 'b']"}},
		{Float(3.5), []string{"0.3039190124834461", "0.23014450764056538", "0.9120431245165537", "1", "172217241", "754777113", "878110727", "7601673661377393238", "19306558856534718010", "588404315590248491556355935735", "0", "451", "3", "788574541912454765372", "34", "0.40059514490047243", "-2.1912796062002315", "-0.9638055960997333", "[3, 2, 8, 11, 6, 5, 4, 1, 7, 9, 10, 0]", "'b'", "[84, 41, 3, 92, 52]", "[4517, 1928, 6612, 9319, 1419, 7257, 9274, 373, 3000, 4055, 2654, 1076, 8440, 7150, 1152, 2036, 217, 8013, 5685, 775, 3295, 1654, 6805, 8483, 2326, 2188, 9460, 1411, 4657, 6094]", "3.9155660110689943", "['c', 'b', 'b', 'c']", "['c', 'b', 'b', 'b']"}},
		{True, []string{"0.13436424411240122", "0.8474337369372327", "0.763774618976614", "0", "253228484", "2127877499", "3268308804", "12019768873862893665", "14549377870619113110", "1111440193305707555022300458636", "6", "773", "4", "14151560559444937093", "-71", "-0.18429135176443584", "1.7897653740315347", "-0.39030040197713534", "[4, 7, 2, 6, 1, 11, 3, 8, 9, 10, 0, 5]", "'e'", "[28, 97, 56, 63, 70]", "[3818, 5663, 3782, 3584, 7530, 4747, 352, 6818, 9116, 1638, 3045, 4856, 1980, 5450, 8205, 6915, 8318, 3110, 4970, 4655, 9626, 8181, 8278, 6444, 9650, 565, 7868, 3977, 6623, 6788]", "6.982691694476206", "['b', 'c', 'c', 'c']", "['a', 'b', 'a', 'b']"}},
		{Int(123456789), []string{"0.6414006161858726", "0.5421892680969495", "0.9931750662832721", "1", "1969808148", "3486370663", "2585712915", "17286353625218387978", "12711700293642510027", "978549031273854207578646055008", "6", "787", "3", "73589083849596595420", "-2", "-0.1762878851468143", "-0.14847194546084358", "-1.194859779631934", "[9, 11, 8, 0, 3, 6, 2, 1, 4, 7, 10, 5]", "'f'", "[52, 71, 8, 2, 76]", "[8523, 5004, 7305, 6520, 1794, 7303, 279, 4268, 4988, 4017, 3696, 1019, 4452, 8978, 1442, 5671, 7886, 4044, 3100, 8203, 2118, 5901, 1579, 5383, 8919, 5986, 8396, 7152, 9934, 8519]", "4.620446412831194", "['c', 'a', 'b', 'b']", "['c', 'b', 'b', 'b']"}},
		{libBig("-18446744073709551616"), []string{"0.9776462743838505", "0.3711105964481608", "0.49965891230531634", "1", "299284121", "2673150525", "2212753496", "8047712403342074218", "11142421464197769031", "394050966292593131431374630289", "3", "654", "1", "736681583718503355178", "40", "1.1527470699028306", "1.392418076648993", "0.07577088984192715", "[0, 7, 3, 9, 10, 1, 2, 8, 5, 11, 4, 6]", "'e'", "[55, 77, 99, 63, 79]", "[924, 6507, 4890, 1770, 657, 1738, 4287, 1894, 3559, 2442, 5392, 9543, 5717, 5173, 7543, 5519, 7318, 3188, 4399, 5390, 9902, 801, 3309, 7493, 1640, 2243, 9958, 9714, 2423, 9639]", "7.322483611128163", "['b', 'a', 'c', 'a']", "['a', 'c', 'b', 'b']"}},
	}
}

func TestRandomSequences(t *testing.T) {
	th := libTestThread()
	m := BuiltinModules["random"](th)
	get := func(name string) Value {
		v, ok := m.Globals.Get(name)
		if !ok {
			t.Fatalf("random.%s missing", name)
		}
		return v
	}
	call := func(name string, args ...Value) string {
		return libCallRepr(th, get(name), args, nil)
	}
	for _, c := range randomSequences() {
		if got := call("seed", c.seed); got != "None" {
			t.Fatalf("seed: %s", got)
		}
		var got []string
		for i := 0; i < 3; i++ {
			got = append(got, call("random"))
		}
		for _, k := range []int64{1, 31, 32, 33, 64, 65, 100} {
			got = append(got, call("getrandbits", Int(k)))
		}
		got = append(got, call("randrange", Int(10)), call("randrange", Int(3), Int(1000), Int(7)),
			call("randint", Int(-5), Int(5)), call("randrange", libBig("1180591620717411303424")),
			call("randrange", Int(100), Int(-100), Int(-3)))
		for i := 0; i < 3; i++ {
			got = append(got, call("gauss", Int(0), Int(1)))
		}
		l := libInts(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
		call("shuffle", l)
		s, _ := Repr(th, l)
		got = append(got, s)
		got = append(got, call("choice", NewStr("abcdef")))
		got = append(got, call("sample", FromObject(&Range{Start: 0, Stop: 100, Step: 1}), Int(5)))
		got = append(got, call("sample", FromObject(&Range{Start: 0, Stop: 10000, Step: 1}), Int(30)))
		got = append(got, call("uniform", Int(1), Int(10)))
		got = append(got, libCallRepr(th, get("choices"), []Value{NewStr("abc"), Int(4)}, []string{"k"}))
		got = append(got, libCallRepr(th, get("choices"), []Value{NewStr("abc"), libInts(1, 5, 2), Int(4)}, []string{"k"}))
		if len(got) != len(c.want) {
			t.Fatalf("seed %v: %d results, want %d", c.seed, len(got), len(c.want))
		}
		for i := range got {
			if got[i] != c.want[i] {
				sd, _ := Repr(th, c.seed)
				t.Errorf("seed %s: result %d = %s, want %s", sd, i, got[i], c.want[i])
			}
		}
	}
}

func TestRandomErrors(t *testing.T) { runLibCases(t, "random", randomErrorCases()) }

func TestRandomInstances(t *testing.T) {
	runLibScripts(t, "random", randomScripts())
	runLibScripts(t, "random", randomStepScripts())
}

// TestMersenneTwister checks the generator against the reference
// mt19937ar outputs for init_by_array({0x123, 0x234, 0x345, 0x456}).
func TestMersenneTwister(t *testing.T) {
	r := &Random{}
	r.initByArray([]uint32{0x123, 0x234, 0x345, 0x456})
	want := []uint32{1067595299, 955945823, 477289528, 4107218783, 4228976476}
	for i, w := range want {
		if got := r.genrandUint32(); got != w {
			t.Errorf("output %d = %d, want %d", i, got, w)
		}
	}
}

// Tables generated by CPython 3.11.
func randomErrorCases() []libCase {
	return []libCase{
		{"randrange", []Value{Int(0)}, nil, false, "ValueError: empty range for randrange()"},
		{"randrange", []Value{Int(-3)}, nil, false, "ValueError: empty range for randrange()"},
		{"randrange", []Value{Int(1), Int(1)}, nil, false, "ValueError: empty range for randrange() (1, 1, 0)"},
		{"randrange", []Value{Int(5), Int(2)}, nil, false, "ValueError: empty range for randrange() (5, 2, -3)"},
		{"randrange", []Value{Int(1), Int(5), Int(0)}, nil, false, "ValueError: zero step for randrange()"},
		{"randrange", []Value{Int(1), Int(5), Int(-1)}, nil, false, "ValueError: empty range for randrange()"},
		{"randrange", []Value{Int(1), None, Int(2)}, nil, false, "TypeError: Missing a non-None stop argument"},
		{"randrange", []Value{Float(1.5)}, nil, false, "ValueError: non-integer arg 1 for randrange()"},
		{"randrange", []Value{Int(1), Float(2.5)}, nil, false, "ValueError: non-integer stop for randrange()"},
		{"randrange", []Value{}, nil, false, "TypeError: Random.randrange() missing 1 required positional argument: 'start'"},
		{"randrange", []Value{Int(1), Int(2), Int(3), Int(4)}, nil, false, "TypeError: Random.randrange() takes from 2 to 4 positional arguments but 5 were given"},
		{"randint", []Value{Int(1)}, nil, false, "TypeError: Random.randint() missing 1 required positional argument: 'b'"},
		{"randint", []Value{Int(1), Int(2), Int(3)}, nil, false, "TypeError: Random.randint() takes 3 positional arguments but 4 were given"},
		{"randint", []Value{Int(3), Int(1)}, nil, false, "ValueError: empty range for randrange() (3, 2, -1)"},
		{"randint", []Value{Int(1), Int(2), Int(3)}, []string{"c"}, false, "TypeError: Random.randint() got an unexpected keyword argument 'c'"},
		{"randint", []Value{Int(1), Int(2)}, []string{"a"}, false, "TypeError: Random.randint() got multiple values for argument 'a'"},
		{"choice", []Value{NewList([]Value{})}, nil, false, "IndexError: Cannot choose from an empty sequence"},
		{"choice", []Value{NewStr("")}, nil, false, "IndexError: Cannot choose from an empty sequence"},
		{"choice", []Value{Int(5)}, nil, false, "TypeError: object of type 'int' has no len()"},
		{"shuffle", []Value{Int(5)}, nil, false, "TypeError: object of type 'int' has no len()"},
		{"sample", []Value{NewList([]Value{Int(1), Int(2)}), Int(3)}, nil, false, "ValueError: Sample larger than population or is negative"},
		{"sample", []Value{NewList([]Value{Int(1), Int(2)}), Int(-1)}, nil, false, "ValueError: Sample larger than population or is negative"},
		{"sample", []Value{libDict(Int(1), Int(2)), Int(1)}, nil, false, "TypeError: Population must be a sequence.  For dicts or sets, use sorted(d)."},
		{"sample", []Value{NewList([]Value{Int(1), Int(2)})}, nil, false, "TypeError: Random.sample() missing 1 required positional argument: 'k'"},
		{"sample", []Value{NewList([]Value{NewStr("a"), NewStr("b")}), Int(1), NewList([]Value{Int(1)})}, []string{"counts"}, false, "ValueError: The number of counts does not match the population"},
		{"sample", []Value{NewList([]Value{NewStr("a")}), Int(1), NewList([]Value{Int(0)})}, []string{"counts"}, false, "ValueError: Total of counts must be greater than zero"},
		{"sample", []Value{NewList([]Value{NewStr("a")}), Int(1), NewList([]Value{Float(1.5)})}, []string{"counts"}, false, "TypeError: Counts must be integers"},
		{"sample", []Value{NewList([]Value{Int(1)}), Float(1.5)}, nil, false, "ValueError: Sample larger than population or is negative"},
		{"choices", []Value{NewStr("ab"), NewList([]Value{Int(1)}), Int(1)}, []string{"k"}, false, "ValueError: The number of weights does not match the population"},
		{"choices", []Value{NewStr("ab"), NewList([]Value{Int(1), Int(1)}), NewList([]Value{Int(1), Int(2)})}, nil, false, "TypeError: Random.choices() takes from 2 to 3 positional arguments but 4 were given"},
		{"choices", []Value{NewStr("ab"), Int(3)}, nil, false, "TypeError: The number of choices must be a keyword argument: k=3"},
		{"choices", []Value{NewStr("ab"), NewList([]Value{Int(0), Int(0)})}, nil, false, "ValueError: Total of weights must be greater than zero"},
		{"choices", []Value{NewStr("ab"), NewList([]Value{Int(1), Float(math.Inf(1))})}, nil, false, "ValueError: Total of weights must be finite"},
		{"choices", []Value{NewList([]Value{}), Int(2)}, []string{"k"}, false, "IndexError: list index out of range"},
		{"getrandbits", []Value{Int(-1)}, nil, false, "ValueError: number of bits must be non-negative"},
		{"getrandbits", []Value{Int(0)}, nil, false, "0"},
		{"getrandbits", []Value{Float(1.5)}, nil, false, "TypeError: 'float' object cannot be interpreted as an integer"},
		{"getrandbits", []Value{}, nil, false, "TypeError: Random.getrandbits() takes exactly one argument (0 given)"},
		{"getrandbits", []Value{Int(1099511627776)}, nil, false, "OverflowError: Python int too large to convert to C int"},
		{"seed", []Value{NewList([]Value{Int(1)})}, nil, false, "TypeError: The only supported seed types are: None,\nint, float, str, bytes, and bytearray."},
		{"seed", []Value{TupleValue(Int(1))}, nil, false, "TypeError: The only supported seed types are: None,\nint, float, str, bytes, and bytearray."},
		{"random", []Value{Int(1)}, nil, false, "TypeError: Random.random() takes no arguments (1 given)"},
		{"uniform", []Value{NewStr("a"), NewStr("b")}, nil, false, "TypeError: unsupported operand type(s) for -: 'str' and 'str'"},
		{"uniform", []Value{Int(2), Int(2)}, nil, false, "2.0"},
		{"gauss", []Value{Int(0), Int(0)}, nil, false, "0.0"},
		{"gammavariate", []Value{Int(-1), Int(1)}, nil, false, "ValueError: gammavariate: alpha and beta must be > 0.0"},
		{"triangular", []Value{Int(1), Int(1), Int(1)}, nil, false, "1"},
		{"expovariate", []Value{Int(0)}, nil, false, "ZeroDivisionError: float division by zero"},
	}
}

func randomScripts() []libScript {
	return []libScript{
		{"Random", []Value{Int(42)}, nil,
			[]libStep{{"random", []Value{}, nil}, {"randint", []Value{Int(1), Int(6)}, nil}, {"getrandbits", []Value{Int(70)}, nil}, {"choice", []Value{NewStr("abc")}, nil}, {"gauss", []Value{}, nil}, {"gauss", []Value{Int(10), Int(2)}, nil}, {"randrange", []Value{Int(0), Int(100), Int(5)}, nil}, {"uniform", []Value{Int(0), Int(1)}, nil}, {"sample", []Value{FromObject(&Range{Start: 0, Stop: 20, Step: 1}), Int(4)}, nil}, {"choices", []Value{NewList([]Value{Int(1), Int(2), Int(3)}), Int(3)}, []string{"k"}}, {"triangular", []Value{Int(0), Int(1), Float(0.2)}, nil}, {"normalvariate", []Value{Int(0), Int(1)}, nil}, {"seed", []Value{Int(42)}, nil}, {"random", []Value{}, nil}},
			[]string{"<random.Random object at 0x?>", "0.6394267984578837", "1", "281774556622676705531", "'a'", "0.2974745204017183", "10.71493350040833", "85", "0.08693883262941615", "[13, 1, 0, 2]", "[1, 2, 1]", "0.19941797847067275", "0.5650502173449647", "None", "0.6394267984578837", "<random.Random object at 0x?>"}},
		{"Random", []Value{}, nil,
			[]libStep{{"seed", []Value{libBig("1267650600228229401496703205376")}, nil}, {"random", []Value{}, nil}, {"seed", []Value{NewStr("spam")}, nil}, {"random", []Value{}, nil}, {"seed", []Value{NewStr("spam"), Int(1)}, []string{"version"}}, {"random", []Value{}, nil}, {"seed", []Value{Float(-1.5)}, nil}, {"random", []Value{}, nil}, {"seed", []Value{None}, nil}, {"seed", []Value{Int(0)}, nil}, {"getrandbits", []Value{Int(32)}, nil}, {"getrandbits", []Value{Int(64)}, nil}, {"getrandbits", []Value{Int(128)}, nil}, {"randrange", []Value{libBig("-1000000000000000000000000000000"), libBig("1000000000000000000000000000000")}, nil}, {"randbelow_missing", []Value{}, nil}},
			[]string{"<random.Random object at 0x?>", "None", "0.7586581712996778", "None", "0.7594613714095375", "None", "0.017352532534513743", "None", "0.7101153317194698", "None", "None", "3626764237", "13981790821421117374", "88104804240562627402908067492809606786", "-10762891452733142205545794310", "AttributeError: 'Random' object has no attribute 'randbelow_missing'", "<random.Random object at 0x?>"}},
		{"Random", []Value{NewStr("x"), Int(2)}, nil,
			[]libStep{},
			[]string{"TypeError: Random.__init__() takes from 1 to 2 positional arguments but 3 were given"}},
		{"Random", []Value{Int(7)}, []string{"x"},
			[]libStep{},
			[]string{"<random.Random object at 0x?>", "<random.Random object at 0x?>"}},
		{"Random", []Value{Int(7)}, []string{"y"},
			[]libStep{},
			[]string{"TypeError: Random.__init__() got an unexpected keyword argument 'y'"}},
		{"Random", []Value{NewList([]Value{Int(1)})}, nil,
			[]libStep{},
			[]string{"TypeError: The only supported seed types are: None,\nint, float, str, bytes, and bytearray."}},
	}
}

func randomStepScripts() []libScript {
	return []libScript{
		{"Random", []Value{Int(3)}, nil,
			[]libStep{{"randrange", []Value{Int(10), Int(1)}, []string{"step"}}, {"randrange", []Value{Int(10), True}, []string{"step"}}, {"randrange", []Value{Int(10), Int(2)}, []string{"step"}}, {"randrange", []Value{Int(10), None}, nil}},
			[]string{"<random.Random object at 0x?>", "3", "TypeError: Missing a non-None stop argument", "TypeError: Missing a non-None stop argument", "9", "<random.Random object at 0x?>"}},
	}
}
