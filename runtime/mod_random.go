package runtime

import (
	crand "crypto/rand"
	"crypto/sha512"
	"encoding/binary"
	"math"
	"math/big"
	"math/bits"
	"time"
)

// The random module: CPython's Mersenne Twister (_randommodule.c) and the
// algorithms of random.py on top of it, so that a seeded program draws
// exactly the numbers CPython draws.

func init() {
	BuiltinModules["random"] = newRandomModule
	RandomType.Module = "random"
	RandomType.New = newRandomInstance
	for _, m := range randomMethods {
		addMethod(RandomType, m.name, m.fn)
	}
}

// RandomType is random.Random.
var RandomType = NewType("Random", ObjectType)

const (
	mtN         = 624
	mtM         = 397
	mtMatrixA   = 0x9908b0df
	mtUpperMask = 0x80000000
	mtLowerMask = 0x7fffffff
)

// Random is a random.Random instance: the generator state plus random.py's
// cached second gauss value.
type Random struct {
	mt        [mtN]uint32
	index     int
	gaussNext Value // unbound when there is none
}

// Type returns random.Random.
func (*Random) Type() *Type { return RandomType }

// Repr is "<random.Random object at 0x...>".
func (r *Random) Repr(*Thread) (string, error) {
	return "<random.Random object at " + libAddr(FromObject(r)) + ">", nil
}

// genrandUint32 is genrand_uint32: the next 32-bit output.
func (r *Random) genrandUint32() uint32 {
	mt := &r.mt
	if r.index >= mtN {
		var kk int
		for kk = 0; kk < mtN-mtM; kk++ {
			y := mt[kk]&mtUpperMask | mt[kk+1]&mtLowerMask
			mt[kk] = mt[kk+mtM] ^ y>>1 ^ (y&1)*mtMatrixA
		}
		for ; kk < mtN-1; kk++ {
			y := mt[kk]&mtUpperMask | mt[kk+1]&mtLowerMask
			mt[kk] = mt[kk+(mtM-mtN)] ^ y>>1 ^ (y&1)*mtMatrixA
		}
		y := mt[mtN-1]&mtUpperMask | mt[0]&mtLowerMask
		mt[mtN-1] = mt[mtM-1] ^ y>>1 ^ (y&1)*mtMatrixA
		r.index = 0
	}
	y := mt[r.index]
	r.index++
	y ^= y >> 11
	y ^= y << 7 & 0x9d2c5680
	y ^= y << 15 & 0xefc60000
	y ^= y >> 18
	return y
}

func (r *Random) initGenrand(s uint32) {
	mt := &r.mt
	mt[0] = s
	for i := 1; i < mtN; i++ {
		mt[i] = 1812433253*(mt[i-1]^mt[i-1]>>30) + uint32(i)
	}
	r.index = mtN
}

// initByArray is init_by_array.
func (r *Random) initByArray(key []uint32) {
	r.initGenrand(19650218)
	mt := &r.mt
	i, j := 1, 0
	k := len(key)
	if mtN > k {
		k = mtN
	}
	for ; k > 0; k-- {
		mt[i] = (mt[i] ^ (mt[i-1]^mt[i-1]>>30)*1664525) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			mt[0] = mt[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		mt[i] = (mt[i] ^ (mt[i-1]^mt[i-1]>>30)*1566083941) - uint32(i)
		i++
		if i >= mtN {
			mt[0] = mt[mtN-1]
			i = 1
		}
	}
	mt[0] = 0x80000000
}

// seedBig seeds from a non-negative integer: its 32-bit words, least
// significant first (at least one word).
func (r *Random) seedBig(n *big.Int) {
	words := n.Bits()
	var key []uint32
	for _, w := range words {
		key = append(key, uint32(w))
		if bits.UintSize == 64 {
			key = append(key, uint32(uint64(w)>>32))
		}
	}
	for len(key) > 1 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	r.initByArray(key)
}

func (r *Random) seedUint64(n uint64) {
	if n>>32 == 0 {
		r.initByArray([]uint32{uint32(n)})
		return
	}
	r.initByArray([]uint32{uint32(n), uint32(n >> 32)})
}

// seedFromOS is seed(None): 624 words of OS entropy, or the time if that fails.
func (r *Random) seedFromOS() {
	var buf [mtN * 4]byte
	if _, err := crand.Read(buf[:]); err != nil {
		r.seedUint64(uint64(time.Now().UnixNano()))
		return
	}
	key := make([]uint32, mtN)
	for i := range key {
		key[i] = binary.LittleEndian.Uint32(buf[4*i:])
	}
	r.initByArray(key)
}

// Seed is Random.seed(a, version) as random.py defines it.
func (r *Random) Seed(t *Thread, a Value, version int64) error {
	r.gaussNext = Value{}
	switch x := a.ref.(type) {
	case noneKind:
		r.seedFromOS()
		return nil
	case intKind, boolKind:
		n := int64(a.raw)
		if n < 0 {
			r.seedUint64(-uint64(n))
		} else {
			r.seedUint64(uint64(n))
		}
		return nil
	case *BigInt:
		r.seedBig(new(big.Int).Abs(x.Big()))
		return nil
	case floatKind:
		// The C seed hashes anything that is not an int, and uses the
		// hash as an unsigned number.
		r.seedUint64(uint64(hashFloat(a.AsFloat())))
		return nil
	case *Str:
		if version == 1 {
			rs := []rune(x.s)
			var h uint64
			if len(rs) > 0 {
				h = uint64(rs[0]) << 7
			}
			for _, c := range rs {
				h = 1000003*h ^ uint64(c)
			}
			h ^= uint64(len(rs))
			r.seedUint64(h)
			return nil
		}
		if version == 2 {
			b := []byte(x.s)
			sum := sha512.Sum512(b)
			r.seedBig(new(big.Int).SetBytes(append(b, sum[:]...)))
			return nil
		}
		h, err := Hash(t, a)
		if err != nil {
			return err
		}
		r.seedUint64(uint64(h))
		return nil
	}
	return Errorf(TypeErrorType, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
}

// Float is random(): 53 random bits as a float in [0, 1).
func (r *Random) Float() float64 {
	a := r.genrandUint32() >> 5
	b := r.genrandUint32() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0) // exact: no rounding to fuse
}

// bits64 is getrandbits(k) for 0 < k <= 64.
func (r *Random) bits64(k int) uint64 {
	if k <= 32 {
		return uint64(r.genrandUint32() >> (32 - k))
	}
	lo := uint64(r.genrandUint32())
	hi := uint64(r.genrandUint32() >> (64 - k))
	return hi<<32 | lo
}

// GetRandBits is getrandbits(k) for k >= 0.
func (r *Random) GetRandBits(k int) Value {
	if k == 0 {
		return Int(0)
	}
	if k <= 63 {
		return Int(int64(r.bits64(k)))
	}
	words := (k-1)/32 + 1
	buf := make([]byte, words*4)
	for i := 0; i < words; i, k = i+1, k-32 {
		w := r.genrandUint32()
		if k < 32 {
			w >>= 32 - k
		}
		binary.BigEndian.PutUint32(buf[(words-1-i)*4:], w)
	}
	return MakeInt(new(big.Int).SetBytes(buf))
}

// below is _randbelow_with_getrandbits(n) for 0 < n.
func (r *Random) below(n uint64) uint64 {
	k := bits.Len64(n)
	x := r.bits64(k)
	for x >= n {
		x = r.bits64(k)
	}
	return x
}

// belowValue is _randbelow for any positive int.
func (r *Random) belowValue(n Value) Value {
	if isSmall(n) {
		return Int(int64(r.below(uint64(n.AsInt()))))
	}
	nb := bigOf(n)
	k := nb.BitLen()
	for {
		x := r.GetRandBits(k)
		if intCompare(x, n) < 0 {
			return x
		}
	}
}

// gaussZ is the z of random.py's gauss: it draws two normal values at a
// time and keeps the second (as gauss_next) for the next call.
func (r *Random) gaussZ() Value {
	if g := r.gaussNext; !g.IsUnbound() && !g.IsNone() {
		r.gaussNext = Value{}
		return g
	}
	x2pi := float64(r.Float() * (2 * math.Pi))
	g2rad := math.Sqrt(float64(-2.0 * crLog(1.0-r.Float())))
	r.gaussNext = Float(float64(crSin(x2pi) * g2rad))
	return Float(float64(crCos(x2pi) * g2rad))
}

// ---------------------------------------------------------------------------
// Python-level signatures. random.py's methods are Python functions, so
// argument errors read like those of Python functions ("Random.randint()
// missing 1 required positional argument: 'b'"); self counts as an
// argument.

type libSig struct {
	name   string   // qualified name for messages
	params []string // positional-or-keyword parameters
	ndef   int      // trailing params with defaults
	kwonly []string // keyword-only parameters (all with defaults)
}

// bind returns one Value per parameter (params then kwonly); parameters
// with defaults that were not passed are unbound.
func (s *libSig) bind(args []Value, kw []string) ([]Value, error) {
	npos := len(args) - len(kw)
	np := len(s.params)
	out := make([]Value, np+len(s.kwonly))
	if npos > np {
		given := npos
		takes := ""
		switch {
		case s.ndef > 0:
			takes = "from " + itoaLib(np-s.ndef) + " to " + itoaLib(np) + " positional arguments"
		case np == 1:
			takes = "1 positional argument"
		default:
			takes = itoaLib(np) + " positional arguments"
		}
		nkwonly := 0
		for _, k := range kw {
			for _, p := range s.kwonly {
				if p == k {
					nkwonly++
				}
			}
		}
		given1 := itoaLib(given) + " positional argument" + plural(given)
		if nkwonly > 0 {
			return nil, Errorf(TypeErrorType, "%s() takes %s but %s (and %d keyword-only argument%s) were given", s.name, takes, given1, nkwonly, plural(nkwonly))
		}
		was := "were"
		if given == 1 {
			was = "was"
		}
		return nil, Errorf(TypeErrorType, "%s() takes %s but %d %s given", s.name, takes, given, was)
	}
	copy(out, args[:npos])
	for i, k := range kw {
		j := -1
		for p, name := range s.params {
			if name == k {
				j = p
			}
		}
		for p, name := range s.kwonly {
			if name == k {
				j = np + p
			}
		}
		if j < 0 {
			return nil, Errorf(TypeErrorType, "%s() got an unexpected keyword argument '%s'", s.name, k)
		}
		if !out[j].IsUnbound() {
			return nil, Errorf(TypeErrorType, "%s() got multiple values for argument '%s'", s.name, k)
		}
		out[j] = args[npos+i]
	}
	var missing []string
	for p := 0; p < np-s.ndef; p++ {
		if out[p].IsUnbound() {
			missing = append(missing, "'"+s.params[p]+"'")
		}
	}
	if len(missing) > 0 {
		list := missing[0]
		switch n := len(missing); {
		case n == 2:
			list = missing[0] + " and " + missing[1]
		case n > 2:
			list = ""
			for _, m := range missing[:n-1] {
				list += m + ", "
			}
			list += "and " + missing[n-1]
		}
		return nil, Errorf(TypeErrorType, "%s() missing %d required positional argument%s: %s", s.name, len(missing), plural(len(missing)), list)
	}
	return out, nil
}

func itoaLib(n int) string { return FormatIntBase(Int(int64(n)), 10, "") }

// orDefault returns v, or d when v is unbound.
func orDefault(v, d Value) Value {
	if v.IsUnbound() {
		return d
	}
	return v
}

// ---------------------------------------------------------------------------
// Methods.

type randomMethod struct {
	name string
	fn   BuiltinFunc
}

var randomMethods = []randomMethod{
	{"betavariate", rndBetavariate},
	{"choice", rndChoice},
	{"choices", rndChoices},
	{"expovariate", rndExpovariate},
	{"gammavariate", rndGammavariate},
	{"gauss", rndGauss},
	{"getrandbits", rndGetrandbits},
	{"getstate", rndGetstate},
	{"lognormvariate", rndLognormvariate},
	{"normalvariate", rndNormalvariate},
	{"paretovariate", rndParetovariate},
	{"randint", rndRandint},
	{"random", rndRandom},
	{"randrange", rndRandrange},
	{"sample", rndSample},
	{"seed", rndSeed},
	{"setstate", rndSetstate},
	{"shuffle", rndShuffle},
	{"triangular", rndTriangular},
	{"uniform", rndUniform},
	{"vonmisesvariate", rndVonmisesvariate},
	{"weibullvariate", rndWeibullvariate},
}

func newRandomModule(t *Thread) *Module {
	m := NewModule("random")
	inst := &Random{}
	inst.seedFromOS()
	self := FromObject(inst)
	// Names in sorted order, so that global slots are deterministic.
	m.Globals.Set("Random", FromObject(RandomType))
	for _, rm := range randomMethods {
		b := RandomType.Dict[rm.name].ref.(*Builtin)
		m.Globals.Set(rm.name, FromObject(&Builtin{Name: rm.name, Fn: b.Fn, Self: self, HasSelf: true}))
	}
	return m
}

var randomInitSig = libSig{name: "Random.__init__", params: []string{"self", "x"}, ndef: 1}

func newRandomInstance(t *Thread, _ *Type, args []Value, kw []string) (Value, error) {
	r := &Random{}
	a, err := randomInitSig.bind(prepend(FromObject(r), args), kw)
	if err != nil {
		return Value{}, err
	}
	if err := r.Seed(t, orDefault(a[1], None), 2); err != nil {
		return Value{}, err
	}
	return FromObject(r), nil
}

// rndSelf checks the receiver of a Random method.
func rndSelf(name string, args []Value) (*Random, error) {
	r, ok := args[0].ref.(*Random)
	if !ok {
		return nil, descriptorError(RandomType, name, args[0])
	}
	return r, nil
}

func rndBind(sig *libSig, args []Value, kw []string) (*Random, []Value, error) {
	r, err := rndSelf(sig.name[len("Random."):], args)
	if err != nil {
		return nil, nil, err
	}
	a, err := sig.bind(args, kw)
	return r, a, err
}

var rndSeedSig = libSig{name: "Random.seed", params: []string{"self", "a", "version"}, ndef: 2}

func rndSeed(t *Thread, args []Value, kw []string) (Value, error) {
	r, a, err := rndBind(&rndSeedSig, args, kw)
	if err != nil {
		return Value{}, err
	}
	version := int64(2)
	if v := a[2]; given(v) {
		if !IsIntLike(v) || !isSmall(v) {
			version = 3 // neither 1 nor 2: the plain hash-based seed
		} else {
			version = v.AsInt()
		}
	}
	return None, r.Seed(t, orDefault(a[1], None), version)
}

func rndRandom(t *Thread, args []Value, kw []string) (Value, error) {
	r, err := rndSelf("random", args)
	if err != nil {
		return Value{}, err
	}
	if err := exactArgs("Random.random", args[1:], kw, 0); err != nil {
		return Value{}, err
	}
	return Float(r.Float()), nil
}

func rndGetrandbits(t *Thread, args []Value, kw []string) (Value, error) {
	r, err := rndSelf("getrandbits", args)
	if err != nil {
		return Value{}, err
	}
	if err := exactArgs("Random.getrandbits", args[1:], kw, 1); err != nil {
		return Value{}, err
	}
	k, err := asCInt(t, args[1])
	if err != nil {
		return Value{}, err
	}
	if k < 0 {
		return Value{}, Errorf(ValueErrorType, "number of bits must be non-negative")
	}
	return r.GetRandBits(k), nil
}

// rndIndexArg is randrange's conversion of an argument: _index(v), or for
// other numbers int(v) when that is exact (CPython also prints a
// DeprecationWarning then, which is not reproduced).
func rndIndexArg(t *Thread, v Value, what string) (Value, error) {
	x, err := Index(t, v)
	if err == nil {
		return x, nil
	}
	if !AsException(err).IsInstance(TypeErrorType) {
		return Value{}, err
	}
	x, err = ToInt(t, v)
	if err != nil {
		return Value{}, err
	}
	eq, err := Equal(t, x, v)
	if err != nil {
		return Value{}, err
	}
	if !eq {
		return Value{}, Errorf(ValueErrorType, "non-integer %s for randrange()", what)
	}
	return x, nil
}

var rndRandrangeSig = libSig{name: "Random.randrange", params: []string{"self", "start", "stop", "step"}, ndef: 2}

func rndRandrange(t *Thread, args []Value, kw []string) (Value, error) {
	r, a, err := rndBind(&rndRandrangeSig, args, kw)
	if err != nil {
		return Value{}, err
	}
	return r.randrange(t, a[1], orDefault(a[2], None), a[3])
}

// randrange is random.py's randrange; step is unbound when not given.
func (r *Random) randrange(t *Thread, start, stop, step Value) (Value, error) {
	istart, err := rndIndexArg(t, start, "arg 1")
	if err != nil {
		return Value{}, err
	}
	if stop.IsNone() {
		// "step is not _ONE": an explicit int 1 is the cached default object.
		if given(step) && !(step.IsInt() && step.AsInt() == 1) {
			return Value{}, Errorf(TypeErrorType, "Missing a non-None stop argument")
		}
		if intSign(istart) > 0 {
			return r.belowValue(istart), nil
		}
		return Value{}, Errorf(ValueErrorType, "empty range for randrange()")
	}
	istop, err := rndIndexArg(t, stop, "stop")
	if err != nil {
		return Value{}, err
	}
	width := intSub(istop, istart)
	istep := Int(1)
	if given(step) {
		if istep, err = rndIndexArg(t, step, "step"); err != nil {
			return Value{}, err
		}
	}
	if istep.IsInt() && istep.AsInt() == 1 {
		if intSign(width) > 0 {
			return intAdd(istart, r.belowValue(width)), nil
		}
		return Value{}, Errorf(ValueErrorType, "empty range for randrange() (%s, %s, %s)",
			FormatIntBase(istart, 10, ""), FormatIntBase(istop, 10, ""), FormatIntBase(width, 10, ""))
	}
	var n Value
	switch intSign(istep) {
	case 1:
		n, _ = intFloorDiv(intSub(intAdd(width, istep), Int(1)), istep)
	case -1:
		n, _ = intFloorDiv(intAdd(intAdd(width, istep), Int(1)), istep)
	default:
		return Value{}, Errorf(ValueErrorType, "zero step for randrange()")
	}
	if intSign(n) <= 0 {
		return Value{}, Errorf(ValueErrorType, "empty range for randrange()")
	}
	return intAdd(istart, intMul(istep, r.belowValue(n))), nil
}

var rndRandintSig = libSig{name: "Random.randint", params: []string{"self", "a", "b"}}

func rndRandint(t *Thread, args []Value, kw []string) (Value, error) {
	r, a, err := rndBind(&rndRandintSig, args, kw)
	if err != nil {
		return Value{}, err
	}
	// Fast path for small ints; the general path is randrange(a, b+1).
	if lo, hi := a[1], a[2]; lo.IsInt() && hi.IsInt() && hi.AsInt() >= lo.AsInt() {
		if w, o := SubInt64(hi.AsInt(), lo.AsInt()); !o && w < math.MaxInt64 {
			return Int(lo.AsInt() + int64(r.below(uint64(w+1)))), nil
		}
	}
	b1, err := Binary(t, OpAdd, a[2], Int(1), false)
	if err != nil {
		return Value{}, err
	}
	return r.randrange(t, a[1], b1, Value{})
}

var rndChoiceSig = libSig{name: "Random.choice", params: []string{"self", "seq"}}

func rndChoice(t *Thread, args []Value, kw []string) (Value, error) {
	r, a, err := rndBind(&rndChoiceSig, args, kw)
	if err != nil {
		return Value{}, err
	}
	seq := a[1]
	n, err := libLen(t, seq)
	if err != nil {
		return Value{}, err
	}
	if n == 0 {
		return Value{}, Errorf(IndexErrorType, "Cannot choose from an empty sequence")
	}
	i := int64(r.below(uint64(n)))
	if l, ok := seq.ref.(*List); ok && int(i) < len(l.Items) {
		return l.Items[i], nil
	}
	return libGetItem(t, seq, Int(i))
}

var rndShuffleSig = libSig{name: "Random.shuffle", params: []string{"self", "x"}}

func rndShuffle(t *Thread, args []Value, kw []string) (Value, error) {
	r, a, err := rndBind(&rndShuffleSig, args, kw)
	if err != nil {
		return Value{}, err
	}
	x := a[1]
	n, err := libLen(t, x)
	if err != nil {
		return Value{}, err
	}
	if l, ok := x.ref.(*List); ok {
		for i := n - 1; i >= 1; i-- {
			j := int(r.below(uint64(i + 1)))
			if i >= len(l.Items) || j >= len(l.Items) {
				return Value{}, Errorf(IndexErrorType, "list index out of range")
			}
			l.Items[i], l.Items[j] = l.Items[j], l.Items[i]
		}
		return None, nil
	}
	for i := n - 1; i >= 1; i-- {
		j := Int(int64(r.below(uint64(i + 1))))
		xj, err := libGetItem(t, x, j)
		if err != nil {
			return Value{}, err
		}
		xi, err := libGetItem(t, x, Int(int64(i)))
		if err != nil {
			return Value{}, err
		}
		if err := libSetItem(t, x, Int(int64(i)), xj); err != nil {
			return Value{}, err
		}
		if err := libSetItem(t, x, j, xi); err != nil {
			return Value{}, err
		}
	}
	return None, nil
}

var rndSampleSig = libSig{name: "Random.sample", params: []string{"self", "population", "k"}, kwonly: []string{"counts"}}

// libIsSequence approximates isinstance(v, collections.abc.Sequence).
func libIsSequence(v Value) bool {
	switch v.ref.(type) {
	case *List, *Tuple, *Str, *Range, *Deque, *Array:
		return true
	}
	return false
}

func rndSample(t *Thread, args []Value, kw []string) (Value, error) {
	r, a, err := rndBind(&rndSampleSig, args, kw)
	if err != nil {
		return Value{}, err
	}
	pop, kv, counts := a[1], a[2], a[3]
	if !libIsSequence(pop) {
		return Value{}, Errorf(TypeErrorType, "Population must be a sequence.  For dicts or sets, use sorted(d).")
	}
	n, err := libLen(t, pop)
	if err != nil {
		return Value{}, err
	}
	if given(counts) && !counts.IsNone() {
		cum, err := libAccumulate(t, counts)
		if err != nil {
			return Value{}, err
		}
		if len(cum) != n {
			return Value{}, Errorf(ValueErrorType, "The number of counts does not match the population")
		}
		total := cum[len(cum)-1]
		cum = cum[:len(cum)-1]
		if !IsIntLike(total) || total.IsBool() {
			return Value{}, Errorf(TypeErrorType, "Counts must be integers")
		}
		if intSign(total) <= 0 {
			return Value{}, Errorf(ValueErrorType, "Total of counts must be greater than zero")
		}
		rng := FromObject(NewBigRange(Int(0), total, Int(1)))
		sel, err := rndSample(t, []Value{args[0], rng, kv}, nil)
		if err != nil {
			return Value{}, err
		}
		picks := sel.ref.(*List).Items
		out := make([]Value, len(picks))
		for i, s := range picks {
			j, err := libBisect(t, cum, s, 0, len(cum), Value{}, true)
			if err != nil {
				return Value{}, err
			}
			if out[i], err = libGetItem(t, pop, Int(int64(j))); err != nil {
				return Value{}, err
			}
		}
		return NewList(out), nil
	}
	// if not 0 <= k <= n: raise ValueError(...); then [None] * k.
	lo, err := libCompareBool(t, CmpLE, Int(0), kv)
	if err != nil {
		return Value{}, err
	}
	hi := false
	if lo {
		if hi, err = libCompareBool(t, CmpLE, kv, Int(int64(n))); err != nil {
			return Value{}, err
		}
	}
	if !lo || !hi {
		return Value{}, Errorf(ValueErrorType, "Sample larger than population or is negative")
	}
	if !libHasIndex(kv) {
		return Value{}, Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", kv.TypeName())
	}
	kx, err := Index(t, kv)
	if err != nil {
		return Value{}, err
	}
	k := int(kx.AsInt())
	result := make([]Value, k)
	setsize := 21
	if k > 5 {
		setsize += 1 << (2 * int(math.Ceil(crLog(float64(k*3))/crLog(4))))
	}
	if n <= setsize {
		pool, err := collectSpecial(t, pop)
		if err != nil {
			return Value{}, err
		}
		for i := 0; i < k; i++ {
			j := int(r.below(uint64(n - i)))
			result[i] = pool[j]
			pool[j] = pool[n-i-1]
		}
		return NewList(result), nil
	}
	selected := map[uint64]bool{}
	for i := 0; i < k; i++ {
		j := r.below(uint64(n))
		for selected[j] {
			j = r.below(uint64(n))
		}
		selected[j] = true
		if result[i], err = libGetItem(t, pop, Int(int64(j))); err != nil {
			return Value{}, err
		}
	}
	return NewList(result), nil
}

// libAccumulate is list(itertools.accumulate(v)).
func libAccumulate(t *Thread, v Value) ([]Value, error) {
	items, err := collectSpecial(t, v)
	if err != nil {
		return nil, err
	}
	out := make([]Value, len(items))
	for i, x := range items {
		if i == 0 {
			out[i] = x
			continue
		}
		if out[i], err = Binary(t, OpAdd, out[i-1], x, false); err != nil {
			return nil, err
		}
	}
	return out, nil
}

var rndChoicesSig = libSig{name: "Random.choices", params: []string{"self", "population", "weights"}, ndef: 1, kwonly: []string{"cum_weights", "k"}}

func rndChoices(t *Thread, args []Value, kw []string) (Value, error) {
	r, a, err := rndBind(&rndChoicesSig, args, kw)
	if err != nil {
		return Value{}, err
	}
	pop, weights, cumW := a[1], orDefault(a[2], None), orDefault(a[3], None)
	kv := orDefault(a[4], Int(1))
	n, err := libLen(t, pop)
	if err != nil {
		return Value{}, err
	}
	k, err := rndRepeatCount(t, kv)
	if err != nil {
		return Value{}, err
	}
	if cumW.IsNone() {
		if weights.IsNone() {
			out := make([]Value, k)
			fn := float64(n)
			for i := range out {
				idx, err := floatToInt(math.Floor(float64(r.Float() * fn)))
				if err != nil {
					return Value{}, err
				}
				if out[i], err = libGetItem(t, pop, idx); err != nil {
					return Value{}, err
				}
			}
			return NewList(out), nil
		}
		cum, err := libAccumulate(t, weights)
		if err != nil {
			if AsException(err).IsInstance(TypeErrorType) && IsIntLike(weights) {
				return Value{}, Errorf(TypeErrorType, "The number of choices must be a keyword argument: k=%s", FormatIntBase(weights, 10, ""))
			}
			return Value{}, err
		}
		cumW = NewList(cum)
	} else if !weights.IsNone() {
		return Value{}, Errorf(TypeErrorType, "Cannot specify both weights and cumulative weights")
	}
	cum, err := collectSpecial(t, cumW)
	if err != nil {
		return Value{}, err
	}
	if len(cum) != n {
		return Value{}, Errorf(ValueErrorType, "The number of weights does not match the population")
	}
	if n == 0 {
		return Value{}, Errorf(IndexErrorType, "list index out of range")
	}
	totalV, err := Binary(t, OpAdd, cum[n-1], Float(0), false)
	if err != nil {
		return Value{}, err
	}
	if !totalV.IsFloat() {
		return Value{}, Errorf(TypeErrorType, "must be real number, not %s", totalV.TypeName())
	}
	total := totalV.AsFloat()
	if total <= 0.0 {
		return Value{}, Errorf(ValueErrorType, "Total of weights must be greater than zero")
	}
	if math.IsInf(total, 0) || math.IsNaN(total) {
		return Value{}, Errorf(ValueErrorType, "Total of weights must be finite")
	}
	out := make([]Value, k)
	for i := range out {
		j, err := libBisect(t, cum, Float(float64(r.Float()*total)), 0, n-1, Value{}, true)
		if err != nil {
			return Value{}, err
		}
		if out[i], err = libGetItem(t, pop, Int(int64(j))); err != nil {
			return Value{}, err
		}
	}
	return NewList(out), nil
}

// rndRepeatCount is the count of itertools.repeat(None, k).
func rndRepeatCount(t *Thread, k Value) (int, error) {
	n, err := indexInt(t, k, "ssize_t")
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, nil
	}
	return int(n), nil
}

var rndUniformSig = libSig{name: "Random.uniform", params: []string{"self", "a", "b"}}

func rndUniform(t *Thread, args []Value, kw []string) (Value, error) {
	r, a, err := rndBind(&rndUniformSig, args, kw)
	if err != nil {
		return Value{}, err
	}
	// a + (b - a) * self.random()
	d, err := Binary(t, OpSub, a[2], a[1], false)
	if err != nil {
		return Value{}, err
	}
	p, err := Binary(t, OpMul, d, Float(r.Float()), false)
	if err != nil {
		return Value{}, err
	}
	return Binary(t, OpAdd, a[1], p, false)
}

// rndAffine is mu + z * sigma.
func rndAffine(t *Thread, mu Value, z Value, sigma Value) (Value, error) {
	p, err := Binary(t, OpMul, z, sigma, false)
	if err != nil {
		return Value{}, err
	}
	return Binary(t, OpAdd, mu, p, false)
}

var rndGaussSig = libSig{name: "Random.gauss", params: []string{"self", "mu", "sigma"}, ndef: 2}

func rndGauss(t *Thread, args []Value, kw []string) (Value, error) {
	r, a, err := rndBind(&rndGaussSig, args, kw)
	if err != nil {
		return Value{}, err
	}
	return rndAffine(t, orDefault(a[1], Float(0)), r.gaussZ(), orDefault(a[2], Float(1)))
}

// nvMagic is random.py's NV_MAGICCONST, 4 * exp(-0.5) / sqrt(2.0).
const nvMagic = 1.7155277699214135

var rndNormalSig = libSig{name: "Random.normalvariate", params: []string{"self", "mu", "sigma"}, ndef: 2}

func (r *Random) normal() float64 {
	for {
		u1 := r.Float()
		u2 := 1.0 - r.Float()
		z := nvMagic * (u1 - 0.5) / u2
		zz := z * z / 4.0
		if zz <= -crLog(u2) {
			return z
		}
	}
}

func rndNormalvariate(t *Thread, args []Value, kw []string) (Value, error) {
	r, a, err := rndBind(&rndNormalSig, args, kw)
	if err != nil {
		return Value{}, err
	}
	return rndAffine(t, orDefault(a[1], Float(0)), Float(r.normal()), orDefault(a[2], Float(1)))
}

var rndLognormSig = libSig{name: "Random.lognormvariate", params: []string{"self", "mu", "sigma"}}

func rndLognormvariate(t *Thread, args []Value, kw []string) (Value, error) {
	r, a, err := rndBind(&rndLognormSig, args, kw)
	if err != nil {
		return Value{}, err
	}
	v, err := rndAffine(t, a[1], Float(r.normal()), a[2])
	if err != nil {
		return Value{}, err
	}
	x, err := toFloatArg(t, v)
	if err != nil {
		return Value{}, err
	}
	e := crExp(x)
	if math.IsInf(e, 0) {
		return Value{}, Errorf(OverflowErrorType, "math range error")
	}
	return Float(e), nil
}

// rndFloats converts the numeric parameters of a variate to floats.
func rndFloats(t *Thread, vs ...Value) ([]float64, error) {
	out := make([]float64, len(vs))
	for i, v := range vs {
		f, err := toFloatArg(t, v)
		if err != nil {
			return nil, err
		}
		out[i] = f
	}
	return out, nil
}

// rndLog is math.log for the variates: ValueError outside its domain.
func rndLog(x float64) (float64, error) {
	if x <= 0 {
		return 0, Errorf(ValueErrorType, "math domain error")
	}
	return crLog(x), nil
}

var rndExpoSig = libSig{name: "Random.expovariate", params: []string{"self", "lambd"}}

func rndExpovariate(t *Thread, args []Value, kw []string) (Value, error) {
	r, a, err := rndBind(&rndExpoSig, args, kw)
	if err != nil {
		return Value{}, err
	}
	l, err := rndLog(1.0 - r.Float())
	if err != nil {
		return Value{}, err
	}
	return Binary(t, OpTrueDiv, Float(-l), a[1], false)
}

var rndTriangularSig = libSig{name: "Random.triangular", params: []string{"self", "low", "high", "mode"}, ndef: 3}

func rndTriangular(t *Thread, args []Value, kw []string) (Value, error) {
	r, a, err := rndBind(&rndTriangularSig, args, kw)
	if err != nil {
		return Value{}, err
	}
	f, err := rndFloats(t, orDefault(a[1], Float(0)), orDefault(a[2], Float(1)))
	if err != nil {
		return Value{}, err
	}
	low, high := f[0], f[1]
	u := r.Float()
	c := 0.5
	if mode := orDefault(a[3], None); !mode.IsNone() {
		m, err := toFloatArg(t, mode)
		if err != nil {
			return Value{}, err
		}
		if high-low == 0 {
			return orDefault(a[1], Float(0)), nil
		}
		c = (m - low) / (high - low)
	}
	if u > c {
		u = 1.0 - u
		c = 1.0 - c
		low, high = high, low
	}
	return Float(low + float64((high-low)*math.Sqrt(float64(u*c)))), nil
}

var rndVonmisesSig = libSig{name: "Random.vonmisesvariate", params: []string{"self", "mu", "kappa"}}

func rndVonmisesvariate(t *Thread, args []Value, kw []string) (Value, error) {
	r, a, err := rndBind(&rndVonmisesSig, args, kw)
	if err != nil {
		return Value{}, err
	}
	f, err := rndFloats(t, a[1], a[2])
	if err != nil {
		return Value{}, err
	}
	mu, kappa := f[0], f[1]
	const twoPi = 2 * math.Pi
	if kappa <= 1e-6 {
		return Float(float64(twoPi * r.Float())), nil
	}
	s := 0.5 / kappa
	rr := s + math.Sqrt(1.0+float64(s*s))
	var z float64
	for {
		u1 := r.Float()
		z = crCos(float64(math.Pi * u1))
		d := z / (rr + z)
		u2 := r.Float()
		if u2 < 1.0-float64(d*d) || u2 <= (1.0-d)*crExp(d) {
			break
		}
	}
	q := 1.0 / rr
	fv := (q + z) / (1.0 + float64(q*z))
	u3 := r.Float()
	var theta float64
	if u3 > 0.5 {
		_, theta = FloatDivMod(mu+crAcos(fv), twoPi)
	} else {
		_, theta = FloatDivMod(mu-crAcos(fv), twoPi)
	}
	return Float(theta), nil
}

var rndGammaSig = libSig{name: "Random.gammavariate", params: []string{"self", "alpha", "beta"}}

func (r *Random) gamma(alpha, beta float64) (float64, error) {
	if alpha <= 0.0 || beta <= 0.0 {
		return 0, Errorf(ValueErrorType, "gammavariate: alpha and beta must be > 0.0")
	}
	const (
		log4        = 1.3862943611198906 // log(4.0)
		sgMagic     = 2.504077396776274  // 1.0 + log(4.5)
		e           = math.E
		lowU, highU = 1e-7, 0.9999999
	)
	if alpha > 1.0 {
		ainv := math.Sqrt(float64(2.0*alpha) - 1.0)
		bbb := alpha - log4
		ccc := alpha + ainv
		for {
			u1 := r.Float()
			if !(lowU < u1 && u1 < highU) {
				continue
			}
			u2 := 1.0 - r.Float()
			v := crLog(u1/(1.0-u1)) / ainv
			x := float64(alpha * crExp(v))
			z := float64(u1 * u1 * u2)
			rr := bbb + float64(ccc*v) - x
			if rr+sgMagic-float64(4.5*z) >= 0.0 || rr >= crLog(z) {
				return float64(x * beta), nil
			}
		}
	}
	if alpha == 1.0 {
		l, err := rndLog(1.0 - r.Float())
		return float64(-l * beta), err
	}
	var x float64
	for {
		u := r.Float()
		b := (e + alpha) / e
		p := float64(b * u)
		if p <= 1.0 {
			x = crPow(p, 1.0/alpha)
		} else {
			l, err := rndLog((b - p) / alpha)
			if err != nil {
				return 0, err
			}
			x = -l
		}
		u1 := r.Float()
		if p > 1.0 {
			if u1 <= crPow(x, alpha-1.0) {
				break
			}
		} else if u1 <= crExp(-x) {
			break
		}
	}
	return float64(x * beta), nil
}

func rndGammavariate(t *Thread, args []Value, kw []string) (Value, error) {
	r, a, err := rndBind(&rndGammaSig, args, kw)
	if err != nil {
		return Value{}, err
	}
	f, err := rndFloats(t, a[1], a[2])
	if err != nil {
		return Value{}, err
	}
	g, err := r.gamma(f[0], f[1])
	return Float(g), err
}

var rndBetaSig = libSig{name: "Random.betavariate", params: []string{"self", "alpha", "beta"}}

func rndBetavariate(t *Thread, args []Value, kw []string) (Value, error) {
	r, a, err := rndBind(&rndBetaSig, args, kw)
	if err != nil {
		return Value{}, err
	}
	f, err := rndFloats(t, a[1], a[2])
	if err != nil {
		return Value{}, err
	}
	y, err := r.gamma(f[0], 1.0)
	if err != nil {
		return Value{}, err
	}
	if y == 0 {
		return Float(0), nil
	}
	y2, err := r.gamma(f[1], 1.0)
	if err != nil {
		return Value{}, err
	}
	return Float(y / (y + y2)), nil
}

var rndParetoSig = libSig{name: "Random.paretovariate", params: []string{"self", "alpha"}}

func rndParetovariate(t *Thread, args []Value, kw []string) (Value, error) {
	r, a, err := rndBind(&rndParetoSig, args, kw)
	if err != nil {
		return Value{}, err
	}
	u := 1.0 - r.Float()
	e, err := Binary(t, OpTrueDiv, Float(-1.0), a[1], false)
	if err != nil {
		return Value{}, err
	}
	return Binary(t, OpPow, Float(u), e, false)
}

var rndWeibullSig = libSig{name: "Random.weibullvariate", params: []string{"self", "alpha", "beta"}}

func rndWeibullvariate(t *Thread, args []Value, kw []string) (Value, error) {
	r, a, err := rndBind(&rndWeibullSig, args, kw)
	if err != nil {
		return Value{}, err
	}
	u := 1.0 - r.Float()
	l, err := rndLog(u)
	if err != nil {
		return Value{}, err
	}
	e, err := Binary(t, OpTrueDiv, Float(1.0), a[2], false)
	if err != nil {
		return Value{}, err
	}
	p, err := Binary(t, OpPow, Float(-l), e, false)
	if err != nil {
		return Value{}, err
	}
	return Binary(t, OpMul, a[1], p, false)
}

// getstate returns (3, (mt[0], ..., mt[623], index), gauss_next).
func rndGetstate(t *Thread, args []Value, kw []string) (Value, error) {
	r, err := rndSelf("getstate", args)
	if err != nil {
		return Value{}, err
	}
	if err := exactArgs("Random.getstate", args[1:], kw, 0); err != nil {
		return Value{}, err
	}
	st := make([]Value, mtN+1)
	for i, w := range r.mt {
		st[i] = Int(int64(w))
	}
	st[mtN] = Int(int64(r.index))
	return TupleValue(Int(3), TupleValue(st...), orDefault(r.gaussNext, None)), nil
}

func rndSetstate(t *Thread, args []Value, kw []string) (Value, error) {
	r, err := rndSelf("setstate", args)
	if err != nil {
		return Value{}, err
	}
	if err := exactArgs("Random.setstate", args[1:], kw, 1); err != nil {
		return Value{}, err
	}
	state, err := libGetItem(t, args[1], Int(0))
	if err != nil {
		return Value{}, err
	}
	if !state.IsInt() || (state.AsInt() != 3 && state.AsInt() != 2) {
		s, _ := Repr(t, state)
		return Value{}, Errorf(ValueErrorType, "state with version %s passed to Random.setstate() of version 3", s)
	}
	parts, err := collectSpecial(t, args[1])
	if err != nil {
		return Value{}, err
	}
	if len(parts) != 3 {
		return Value{}, Errorf(ValueErrorType, "too many values to unpack (expected 3)")
	}
	inner, ok := parts[1].ref.(*Tuple)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "state vector must be a tuple")
	}
	if len(inner.Items) != mtN+1 {
		return Value{}, Errorf(ValueErrorType, "state vector is the wrong size")
	}
	var mt [mtN]uint32
	for i := 0; i < mtN; i++ {
		v := inner.Items[i]
		if !IsIntLike(v) || intSign(v) < 0 || !isSmall(v) || v.AsInt() > math.MaxUint32 {
			return Value{}, Errorf(OverflowErrorType, "Python int too large to convert to C unsigned long")
		}
		mt[i] = uint32(v.AsInt())
	}
	idx := inner.Items[mtN]
	if !idx.IsInt() || idx.AsInt() < 0 || idx.AsInt() > mtN {
		return Value{}, Errorf(ValueErrorType, "invalid state")
	}
	r.mt = mt
	r.index = int(idx.AsInt())
	if parts[2].IsNone() {
		r.gaussNext = Value{}
	} else {
		r.gaussNext = parts[2]
	}
	return None, nil
}
