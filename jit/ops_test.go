package jit

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/tracejit/tracejit/jit/amd64"
	"github.com/tracejit/tracejit/runtime"
	"github.com/tracejit/tracejit/trace"
)

// Per-op tests: every value-producing op of trace/ir.go is compiled into
//
//	operands (slot loads or constants) -> op -> guard that always fails
//
// and run natively on a table of edge cases and seeded random operands;
// the result (from the failing guard's snapshot) must have the bits Go's
// (or package runtime's) implementation of the op's semantics gives, and
// guarding ops must exit exactly when the semantics say so, with their
// operands intact.

// opSpec is an op with its operand types and reference semantics.
type opSpec struct {
	op   trace.Op
	res  trace.Type
	args []trace.Type
	// eval returns the result's bits, or exit = true when the op must leave
	// the trace.
	eval func(x []uint64) (res uint64, exit bool)
}

var (
	argsII = []trace.Type{trace.TInt, trace.TInt}
	argsI  = []trace.Type{trace.TInt}
	argsFF = []trace.Type{trace.TFloat, trace.TFloat}
	argsF  = []trace.Type{trace.TFloat}
	argsB  = []trace.Type{trace.TBool}
)

func result(v uint64) (uint64, bool)   { return v, false }
func okInt(v int64) (uint64, bool)     { return uint64(v), false }
func okFloat(v float64) (uint64, bool) { return f64(v), false }

func boolBits(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

func ints(x []uint64) (int64, int64) {
	if len(x) == 1 {
		return int64(x[0]), 0
	}
	return int64(x[0]), int64(x[1])
}

func floats(x []uint64) (float64, float64) {
	if len(x) == 1 {
		return bitsf(x[0]), 0
	}
	return bitsf(x[0]), bitsf(x[1])
}

var opSpecs = []opSpec{
	{trace.OpIntAddOvf, trace.TInt, argsII, func(x []uint64) (uint64, bool) {
		s, o := runtime.AddInt64(ints(x))
		return uint64(s), o
	}},
	{trace.OpIntSubOvf, trace.TInt, argsII, func(x []uint64) (uint64, bool) {
		s, o := runtime.SubInt64(ints(x))
		return uint64(s), o
	}},
	{trace.OpIntMulOvf, trace.TInt, argsII, func(x []uint64) (uint64, bool) {
		s, o := runtime.MulInt64(ints(x))
		return uint64(s), o
	}},
	{trace.OpIntNegOvf, trace.TInt, argsI, func(x []uint64) (uint64, bool) {
		a, _ := ints(x)
		return uint64(-a), a == math.MinInt64
	}},
	{trace.OpIntAbsOvf, trace.TInt, argsI, func(x []uint64) (uint64, bool) {
		a, _ := ints(x)
		if a < 0 {
			a = -a
		}
		return uint64(a), a == math.MinInt64
	}},
	{trace.OpIntAdd, trace.TInt, argsII, func(x []uint64) (uint64, bool) { a, b := ints(x); return okInt(a + b) }},
	{trace.OpIntSub, trace.TInt, argsII, func(x []uint64) (uint64, bool) { a, b := ints(x); return okInt(a - b) }},
	{trace.OpIntMul, trace.TInt, argsII, func(x []uint64) (uint64, bool) { a, b := ints(x); return okInt(a * b) }},
	{trace.OpIntFloorDiv, trace.TInt, argsII, func(x []uint64) (uint64, bool) {
		a, b := ints(x)
		if b == 0 {
			return 0, true
		}
		q, fits := runtime.FloorDivInt64(a, b)
		return uint64(q), !fits
	}},
	{trace.OpIntMod, trace.TInt, argsII, func(x []uint64) (uint64, bool) {
		a, b := ints(x)
		if b == 0 {
			return 0, true
		}
		return okInt(runtime.ModInt64(a, b))
	}},
	{trace.OpIntAnd, trace.TInt, argsII, func(x []uint64) (uint64, bool) { return result(x[0] & x[1]) }},
	{trace.OpIntOr, trace.TInt, argsII, func(x []uint64) (uint64, bool) { return result(x[0] | x[1]) }},
	{trace.OpIntXor, trace.TInt, argsII, func(x []uint64) (uint64, bool) { return result(x[0] ^ x[1]) }},
	{trace.OpIntShr, trace.TInt, argsII, func(x []uint64) (uint64, bool) {
		a, b := ints(x)
		if b < 0 {
			return 0, true
		}
		return okInt(a >> min(b, 63))
	}},
	{trace.OpIntMin, trace.TInt, argsII, func(x []uint64) (uint64, bool) {
		a, b := ints(x)
		if b < a {
			return okInt(b)
		}
		return okInt(a)
	}},
	{trace.OpIntMax, trace.TInt, argsII, func(x []uint64) (uint64, bool) {
		a, b := ints(x)
		if b > a {
			return okInt(b)
		}
		return okInt(a)
	}},
	{trace.OpIntLt, trace.TBool, argsII, func(x []uint64) (uint64, bool) { a, b := ints(x); return result(boolBits(a < b)) }},
	{trace.OpIntLe, trace.TBool, argsII, func(x []uint64) (uint64, bool) { a, b := ints(x); return result(boolBits(a <= b)) }},
	{trace.OpIntEq, trace.TBool, argsII, func(x []uint64) (uint64, bool) { a, b := ints(x); return result(boolBits(a == b)) }},
	{trace.OpIntNe, trace.TBool, argsII, func(x []uint64) (uint64, bool) { a, b := ints(x); return result(boolBits(a != b)) }},
	{trace.OpIntGt, trace.TBool, argsII, func(x []uint64) (uint64, bool) { a, b := ints(x); return result(boolBits(a > b)) }},
	{trace.OpIntGe, trace.TBool, argsII, func(x []uint64) (uint64, bool) { a, b := ints(x); return result(boolBits(a >= b)) }},

	{trace.OpFloatAdd, trace.TFloat, argsFF, func(x []uint64) (uint64, bool) { a, b := floats(x); return okFloat(a + b) }},
	{trace.OpFloatSub, trace.TFloat, argsFF, func(x []uint64) (uint64, bool) { a, b := floats(x); return okFloat(a - b) }},
	{trace.OpFloatMul, trace.TFloat, argsFF, func(x []uint64) (uint64, bool) { a, b := floats(x); return okFloat(a * b) }},
	{trace.OpFloatDiv, trace.TFloat, argsFF, func(x []uint64) (uint64, bool) {
		a, b := floats(x)
		return f64(a / b), b == 0
	}},
	{trace.OpFloatFloorDiv, trace.TFloat, argsFF, func(x []uint64) (uint64, bool) {
		a, b := floats(x)
		if b == 0 {
			return 0, true
		}
		q, _ := runtime.FloatDivMod(a, b)
		return okFloat(q)
	}},
	{trace.OpFloatMod, trace.TFloat, argsFF, func(x []uint64) (uint64, bool) {
		a, b := floats(x)
		if b == 0 {
			return 0, true
		}
		_, m := runtime.FloatDivMod(a, b)
		return okFloat(m)
	}},
	{trace.OpFloatNeg, trace.TFloat, argsF, func(x []uint64) (uint64, bool) { a, _ := floats(x); return okFloat(-a) }},
	{trace.OpFloatAbs, trace.TFloat, argsF, func(x []uint64) (uint64, bool) { a, _ := floats(x); return okFloat(math.Abs(a)) }},
	{trace.OpFloatSqrt, trace.TFloat, argsF, func(x []uint64) (uint64, bool) {
		a, _ := floats(x)
		return f64(math.Sqrt(a)), a < 0
	}},
	{trace.OpFloatFloor, trace.TFloat, argsF, func(x []uint64) (uint64, bool) { a, _ := floats(x); return okFloat(math.Floor(a)) }},
	{trace.OpFloatCeil, trace.TFloat, argsF, func(x []uint64) (uint64, bool) { a, _ := floats(x); return okFloat(math.Ceil(a)) }},
	{trace.OpFloatMin, trace.TFloat, argsFF, func(x []uint64) (uint64, bool) {
		if a, b := floats(x); b < a {
			return result(x[1])
		}
		return result(x[0])
	}},
	{trace.OpFloatMax, trace.TFloat, argsFF, func(x []uint64) (uint64, bool) {
		if a, b := floats(x); b > a {
			return result(x[1])
		}
		return result(x[0])
	}},
	{trace.OpFloatLt, trace.TBool, argsFF, func(x []uint64) (uint64, bool) { a, b := floats(x); return result(boolBits(a < b)) }},
	{trace.OpFloatLe, trace.TBool, argsFF, func(x []uint64) (uint64, bool) { a, b := floats(x); return result(boolBits(a <= b)) }},
	{trace.OpFloatEq, trace.TBool, argsFF, func(x []uint64) (uint64, bool) { a, b := floats(x); return result(boolBits(a == b)) }},
	{trace.OpFloatNe, trace.TBool, argsFF, func(x []uint64) (uint64, bool) { a, b := floats(x); return result(boolBits(a != b)) }},
	{trace.OpFloatGt, trace.TBool, argsFF, func(x []uint64) (uint64, bool) { a, b := floats(x); return result(boolBits(a > b)) }},
	{trace.OpFloatGe, trace.TBool, argsFF, func(x []uint64) (uint64, bool) { a, b := floats(x); return result(boolBits(a >= b)) }},

	{trace.OpIntToFloat, trace.TFloat, argsI, func(x []uint64) (uint64, bool) { a, _ := ints(x); return okFloat(float64(a)) }},
	{trace.OpFloatToInt, trace.TInt, argsF, func(x []uint64) (uint64, bool) {
		a, _ := floats(x)
		if math.IsNaN(a) || a < -0x1p63 || a >= 0x1p63 {
			return 0, true
		}
		return okInt(int64(a))
	}},
	{trace.OpBoolNot, trace.TBool, argsB, func(x []uint64) (uint64, bool) { return result(1 - x[0]) }},
	{trace.OpBoolToInt, trace.TInt, argsB, func(x []uint64) (uint64, bool) { return result(x[0]) }},
}

var intEdges = []int64{
	0, 1, -1, 2, -2, 3, -3, 5, -5, 7, -7, 10, -10, 62, 63, 64, 65, -63, -64, 100, -100,
	1 << 31, -(1 << 31), 1<<31 - 1, 1 << 32, -(1 << 32), 3037000499, 3037000500, -3037000500,
	math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, math.MinInt64 + 1,
	math.MaxInt64 / 2, math.MinInt64 / 2,
}

var floatEdges = []uint64{
	f64(0), f64(math.Copysign(0, -1)), f64(1), f64(-1), f64(0.5), f64(-0.5), f64(1.5), f64(-1.5),
	f64(2.5), f64(-2.5), f64(3), f64(-3), f64(7), f64(-7), f64(0.1), f64(-0.1), f64(1.0 / 3),
	f64(1e308), f64(-1e308), f64(math.MaxFloat64), f64(-math.MaxFloat64),
	f64(5e-324), f64(-5e-324), f64(2.2250738585072014e-308), f64(-2.2250738585072014e-308),
	f64(math.Inf(1)), f64(math.Inf(-1)),
	0x7FF8000000000000, 0xFFF8000000000000, 0x7FF8000000000123, 0xFFFC00000000ABCD,
	f64(0x1p52), f64(-0x1p52), f64(0x1p52 - 0.5), f64(-(0x1p52 - 0.5)), f64(0x1p53), f64(0x1p53 + 2),
	f64(0x1p63), f64(-0x1p63), f64(0x1p63 - 1024), f64(-0x1p63 - 2048), f64(1e18), f64(-1e18),
	f64(123.456), f64(-123.456), f64(1e-10), f64(-1e-10), f64(6.02214076e23), f64(0.7), f64(-0.7),
}

// randInt draws from several distributions: uniform words, small values,
// powers of two and their neighbours.
func randInt(rng *rand.Rand) int64 {
	switch rng.IntN(4) {
	case 0:
		return int64(rng.Uint64())
	case 1:
		return rng.Int64N(201) - 100
	case 2:
		v := int64(1) << rng.IntN(63)
		return v + rng.Int64N(3) - 1
	default:
		return -(int64(1) << rng.IntN(63)) + rng.Int64N(3) - 1
	}
}

// randFloat draws random bit patterns (quiet NaNs only: arithmetic never
// makes signalling ones), moderate magnitudes, integers and halves.
func randFloat(rng *rand.Rand) uint64 {
	switch rng.IntN(4) {
	case 0:
		v := rng.Uint64()
		if math.IsNaN(bitsf(v)) {
			v |= 1 << 51
		}
		return v
	case 1:
		return f64(rng.NormFloat64() * math.Pow(10, float64(rng.IntN(20)-10)))
	case 2:
		return f64(float64(rng.Int64N(2001)-1000) / 2)
	default:
		return f64(float64(randInt(rng)))
	}
}

// operandValues returns the test operands for types: the edge cases (all
// pairs for binary ops) followed by n seeded random ones.
func operandValues(types []trace.Type, n int, seed uint64) [][]uint64 {
	edges := func(t trace.Type) []uint64 {
		switch t {
		case trace.TFloat:
			return floatEdges
		case trace.TBool:
			return []uint64{0, 1}
		}
		var out []uint64
		for _, v := range intEdges {
			out = append(out, uint64(v))
		}
		return out
	}
	var out [][]uint64
	if len(types) == 1 {
		for _, v := range edges(types[0]) {
			out = append(out, []uint64{v})
		}
	} else {
		for _, a := range edges(types[0]) {
			for _, b := range edges(types[1]) {
				out = append(out, []uint64{a, b})
			}
		}
	}
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	for range n {
		var x []uint64
		for _, t := range types {
			switch t {
			case trace.TFloat:
				x = append(x, randFloat(rng))
			case trace.TBool:
				x = append(x, uint64(rng.IntN(2)))
			default:
				x = append(x, uint64(randInt(rng)))
			}
		}
		out = append(out, x)
	}
	return out
}

func valueOf(t trace.Type, bits uint64) runtime.Value {
	switch t {
	case trace.TFloat:
		return runtime.Float(bitsf(bits))
	case trace.TBool:
		return runtime.Bool(bits != 0)
	}
	return runtime.Int(int64(bits))
}

func constOf(tr *trace.Trace, t trace.Type, bits uint64) trace.Ref {
	switch t {
	case trace.TFloat:
		return tr.ConstFloat(bitsf(bits))
	case trace.TBool:
		return tr.ConstBool(bits != 0)
	}
	return tr.ConstInt(int64(bits))
}

// opMode says how an op's operands reach it.
type opMode struct {
	name string
	bud  budget
	// fixed[k]: operand k is a constant (the value is baked in at compile
	// time); otherwise a slot load.
	fixed []bool
	// same: both operands are the same Ref (x op x).
	same bool
	// keep: the operands are also in the final guard's snapshot, so they
	// outlive the op; otherwise they die at it and may share its register.
	keep bool
}

// opTrace builds the test trace for spec in mode with the constant
// operands taken from vals.
func opTrace(spec opSpec, mode opMode, vals []uint64) (t *trace.Trace, r, g trace.Ref, args []trace.Ref) {
	b := newBuilder()
	for k, typ := range spec.args {
		if mode.fixed != nil && mode.fixed[k] {
			args = append(args, constOf(b.t, typ, vals[k]))
		} else {
			args = append(args, b.raw(typ, int32(k)))
		}
	}
	if mode.same {
		args[1] = args[0]
	}
	ops := [3]trace.Ref{}
	copy(ops[:], args)
	if spec.op.IsGuard() {
		r = b.t.EmitGuard(spec.op, spec.res, ops[0], ops[1], 0, b.snap(args...))
	} else {
		r = b.emit(spec.op, spec.res, ops[0], ops[1], 0, 0)
	}
	keep := []trace.Ref{r}
	if mode.keep {
		keep = append(keep, args...)
	}
	g = b.failAlways(keep...)
	return b.t, r, g, args
}

// sameResult compares result bits. The one freedom: when several operands
// are NaN, IEEE leaves open which payload the result carries.
func sameResult(typ trace.Type, got, want uint64, x []uint64, argTypes []trace.Type) bool {
	if got == want {
		return true
	}
	if typ != trace.TFloat || !math.IsNaN(bitsf(got)) || !math.IsNaN(bitsf(want)) {
		return false
	}
	nans := 0
	for k, v := range x {
		if argTypes[k] == trace.TFloat && math.IsNaN(bitsf(v)) {
			nans++
		}
	}
	return nans >= 2
}

func fmtOperands(types []trace.Type, x []uint64) string {
	s := ""
	for k, v := range x {
		if k > 0 {
			s += ", "
		}
		if types[k] == trace.TFloat {
			s += fmt.Sprintf("%v (%#x)", bitsf(v), v)
		} else {
			s += fmt.Sprint(int64(v))
		}
	}
	return s
}

// checkOp runs m (compiled from spec in mode) on operands x.
func checkOp(t *testing.T, m *machine, spec opSpec, mode opMode, x []uint64, r, g trace.Ref, args []trace.Ref) bool {
	t.Helper()
	if mode.same {
		x = []uint64{x[0], x[0]}
	}
	slots := make([]runtime.Value, len(spec.args))
	for k, typ := range spec.args {
		slots[k] = valueOf(typ, x[k])
	}
	m.setSlots(slots...)
	want, wantExit := spec.eval(x)
	kind, ref := m.run(math.MaxInt64)
	where := fmt.Sprintf("%v(%s) [%s]", spec.op, fmtOperands(spec.args, x), mode.name)
	if kind != ExitGuard {
		t.Errorf("%s: exit kind %v", where, kind)
		return false
	}
	if wantExit {
		if ref != r {
			t.Errorf("%s: exited at %d, want the op (%d) to exit", where, ref, r)
			return false
		}
		for k, a := range args {
			if got := m.value(a); got != x[k] {
				t.Errorf("%s: after the exit operand %d = %#x, want %#x", where, k, got, x[k])
				return false
			}
		}
		return true
	}
	if ref != g {
		t.Errorf("%s: exited at %d, want %d (no exit from the op)", where, ref, g)
		return false
	}
	if got := m.value(r); !sameResult(spec.res, got, want, x, spec.args) {
		if spec.res == trace.TFloat {
			t.Errorf("%s = %v (%#x), want %v (%#x)", where, bitsf(got), got, bitsf(want), want)
		} else {
			t.Errorf("%s = %d, want %d", where, int64(got), int64(want))
		}
		return false
	}
	if mode.keep {
		for k, a := range args {
			if got := m.value(a); got != x[k] {
				t.Errorf("%s: operand %d clobbered: %#x, want %#x", where, k, got, x[k])
				return false
			}
		}
	}
	return true
}

const randomOperands = 200

// TestOps covers every op in every operand mode.
func TestOps(t *testing.T) {
	covered := map[trace.Op]bool{}
	for si, spec := range opSpecs {
		covered[spec.op] = true
		t.Run(spec.op.String(), func(t *testing.T) {
			testOp(t, spec, uint64(si))
		})
	}
	// Every value-producing op that is not a load, constant or phi.
	for op := trace.Op(1); int(op) < trace.OpCount; op++ {
		switch {
		case op >= trace.OpIntAddOvf && op <= trace.OpBoolToInt:
			if !covered[op] {
				t.Errorf("%v has no op test", op)
			}
		}
	}
}

func testOp(t *testing.T, spec opSpec, seed uint64) {
	vals := operandValues(spec.args, randomOperands, seed)
	binary := len(spec.args) == 2
	failures := 0
	report := func(okay bool) bool {
		if !okay {
			failures++
		}
		return failures < 10
	}

	// Operands from slots: one compilation, every operand tuple.
	modes := []opMode{
		{name: "slots", bud: allRegs, keep: true},
		{name: "slots, operands die", bud: allRegs},
		{name: "slots, no registers", bud: noRegs, keep: true},
		{name: "slots, one register", bud: budget{1, 1}},
	}
	if binary {
		modes = append(modes,
			opMode{name: "same operand", bud: allRegs, same: true},
			opMode{name: "same operand, no registers", bud: noRegs, same: true})
	}
	for _, mode := range modes {
		tr, r, g, args := opTrace(spec, mode, nil)
		m := newMachine(t, tr, mode.bud)
		for _, x := range vals {
			if mode.same {
				x = x[:1]
			}
			if !report(checkOp(t, m, spec, mode, x, r, g, args)) {
				return
			}
		}
	}

	// Constant operands: one compilation per edge value of the constant
	// operand, run on every value of the other.
	var constModes []opMode
	if binary {
		constModes = []opMode{
			{name: "A constant", bud: allRegs, fixed: []bool{true, false}},
			{name: "B constant", bud: allRegs, fixed: []bool{false, true}},
			{name: "B constant, no registers", bud: noRegs, fixed: []bool{false, true}},
		}
	} else {
		constModes = []opMode{{name: "constant", bud: allRegs, fixed: []bool{true}}}
	}
	nEdges := len(vals) - randomOperands
	for _, mode := range constModes {
		k := 0
		if binary && mode.fixed[1] {
			k = 1
		}
		seen := map[uint64]bool{}
		for _, fixed := range vals[:nEdges] {
			if seen[fixed[k]] {
				continue
			}
			seen[fixed[k]] = true
			tr, r, g, args := opTrace(spec, mode, fixed)
			m := newMachine(t, tr, mode.bud)
			for _, x := range vals {
				if !binary && x[0] != fixed[0] {
					continue
				}
				y := append([]uint64{}, x...)
				y[k] = fixed[k]
				if !report(checkOp(t, m, spec, mode, y, r, g, args)) {
					return
				}
			}
		}
	}

	// Both constant, for a sample.
	if binary {
		mode := opMode{name: "both constant", bud: allRegs, fixed: []bool{true, true}}
		for i := 0; i < len(vals); i += 37 {
			tr, r, g, args := opTrace(spec, mode, vals[i])
			m := newMachine(t, tr, mode.bud)
			if !report(checkOp(t, m, spec, mode, vals[i], r, g, args)) {
				return
			}
		}
	}
}

// TestRoundFallback runs float_floor, float_ceil and the floor inside
// float_floordiv without SSE4.1.
func TestRoundFallback(t *testing.T) {
	defer func(v bool) { amd64.UseSSE41 = v }(amd64.UseSSE41)
	amd64.UseSSE41 = false
	for si, spec := range opSpecs {
		switch spec.op {
		case trace.OpFloatFloor, trace.OpFloatCeil, trace.OpFloatFloorDiv:
			t.Run(spec.op.String(), func(t *testing.T) { testOp(t, spec, uint64(si)) })
		}
	}
}
