package jit

import (
	"fmt"
	"math"
	"testing"
	"unsafe"

	"github.com/tracejit/tracejit/runtime"
	"github.com/tracejit/tracejit/trace"
)

// runGuard runs a machine whose trace has guard g followed by an always
// failing guard end, and reports whether g exited.
func runGuard(t *testing.T, m *machine, g, end trace.Ref, where string) (exited bool) {
	t.Helper()
	kind, ref := m.run(math.MaxInt64)
	switch {
	case kind != ExitGuard:
		t.Fatalf("%s: exit kind %v", where, kind)
	case ref == g:
		return true
	case ref != end:
		t.Fatalf("%s: exit at %d, want %d or %d", where, ref, g, end)
	}
	return false
}

// TestFusedCompareGuards checks comparisons whose only use is the next
// guard (compiled as compare-and-branch) on the op tests' operands.
func TestFusedCompareGuards(t *testing.T) {
	for si, spec := range opSpecs {
		if spec.res != trace.TBool || len(spec.args) != 2 {
			continue
		}
		for _, guardOp := range []trace.Op{trace.OpGuardTrue, trace.OpGuardFalse} {
			for _, constB := range []bool{false, true} {
				name := fmt.Sprintf("%v/%v/constB=%v", spec.op, guardOp, constB)
				t.Run(name, func(t *testing.T) {
					vals := operandValues(spec.args, 100, uint64(si))
					build := func(bv uint64) (*trace.Trace, trace.Ref, trace.Ref) {
						b := newBuilder()
						a := b.raw(spec.args[0], 0)
						var bb trace.Ref
						if constB {
							bb = constOf(b.t, spec.args[1], bv)
						} else {
							bb = b.raw(spec.args[1], 1)
						}
						c := b.emit(spec.op, trace.TBool, a, bb, 0, 0)
						g := b.guard(guardOp, trace.TVoid, c, 0, a, bb)
						return b.t, g, b.failAlways(a, bb)
					}
					machines := map[uint64]*machine{}
					for _, x := range vals {
						key := uint64(0)
						if constB {
							key = x[1]
						}
						if machines[key] == nil {
							tr, g, end := build(x[1])
							m := newMachine(t, tr, allRegs)
							m.g, m.end = g, end
							machines[key] = m
						}
						m := machines[key]
						m.setSlots(valueOf(spec.args[0], x[0]), valueOf(spec.args[1], x[1]))
						want, _ := spec.eval(x)
						wantExit := (want == 1) == (guardOp == trace.OpGuardFalse)
						where := fmt.Sprintf("%v(%s)", spec.op, fmtOperands(spec.args, x))
						if got := runGuard(t, m, m.g, m.end, where); got != wantExit {
							t.Fatalf("%s: %v exited = %v, want %v\n%s", where, guardOp, got, wantExit, m.c.Disassemble())
						}
					}
				})
			}
		}
	}
}

// TestGuards covers the pure guards with operands from slots and constants.
func TestGuards(t *testing.T) {
	lay := runtime.ValueLayout
	list := runtime.NewList([]runtime.Value{runtime.Int(1)})
	listPtr := uint64(*(*uintptr)(unsafe.Add(unsafe.Pointer(&list), lay.DataWord)))
	values := []runtime.Value{runtime.Int(3), runtime.Float(2.5), runtime.True, runtime.None, list}

	t.Run("guard_word_eq", func(t *testing.T) {
		for _, constFirst := range []bool{false, true} {
			for _, tw := range []uint64{uint64(lay.IntTypeWord), uint64(lay.FloatTypeWord), uint64(lay.BoolTypeWord), 0, 1 << 40} {
				b := newBuilder()
				s := b.slot(trace.OpSlotType, trace.TWord, 0)
				c := b.t.ConstWord(tw)
				x, y := s, c
				if constFirst {
					x, y = c, s
				}
				g := b.guard(trace.OpGuardWordEq, trace.TVoid, x, y, s)
				end := b.failAlways(s)
				m := newMachine(t, b.t, allRegs)
				for _, v := range values {
					m.setSlots(v)
					want := uint64(runtime.TypeWord(v.Object())) != tw
					if got := runGuard(t, m, g, end, "word_eq"); got != want {
						t.Errorf("guard_word_eq(%s, %#x): exited %v, want %v", v.TypeName(), tw, got, want)
					}
					if got := m.value(s); got != uint64(runtime.TypeWord(v.Object())) {
						t.Errorf("slot_type(%s) = %#x", v.TypeName(), got)
					}
				}
			}
		}
	})

	t.Run("guard_ptr_eq", func(t *testing.T) {
		for _, bud := range []budget{allRegs, noRegs} {
			b := newBuilder()
			p := b.slot(trace.OpSlotPtr, trace.TPtr, 0)
			q := b.slot(trace.OpSlotPtr, trace.TPtr, 1)
			c := b.t.ConstPtr(uintptr(listPtr), list)
			g1 := b.guard(trace.OpGuardPtrEq, trace.TVoid, p, c, p)
			g2 := b.guard(trace.OpGuardPtrEq, trace.TVoid, p, q, p)
			end := b.failAlways(p)
			m := newMachine(t, b.t, bud)
			m.setSlots(list, list)
			if kind, ref := m.run(1); kind != ExitGuard || ref != end || m.value(p) != listPtr {
				t.Errorf("same list: exit %v at %d, ptr %#x", kind, ref, m.value(p))
			}
			m.setSlots(runtime.NewList(nil), list)
			if ref := trace.Ref(0); runGuard(t, m, g1, end, "ptr_eq") != true {
				t.Errorf("other list passed guard_ptr_eq %d", ref)
			}
			m.setSlots(list, runtime.NewList(nil))
			if kind, ref := m.run(1); kind != ExitGuard || ref != g2 {
				t.Errorf("second guard: exit at %d, want %d", ref, g2)
			}
		}
	})

	t.Run("guard_index", func(t *testing.T) {
		type mode struct{ constA, constB bool }
		for _, md := range []mode{{false, false}, {true, false}, {false, true}, {true, true}} {
			for _, a := range intEdges {
				for _, n := range intEdges {
					if n < 0 {
						continue // B is a length: the one unsigned compare assumes B >= 0
					}
					if (md.constA || md.constB) && n%7 != 0 && a%5 != 0 {
						continue // keep compilations bounded
					}
					b := newBuilder()
					x := b.raw(trace.TInt, 0)
					y := b.raw(trace.TInt, 1)
					if md.constA {
						x = b.t.ConstInt(a)
					}
					if md.constB {
						y = b.t.ConstInt(n)
					}
					g := b.guard(trace.OpGuardIndex, trace.TVoid, x, y, x, y)
					end := b.failAlways(x, y)
					m := newMachine(t, b.t, allRegs, runtime.Int(a), runtime.Int(n))
					want := !(0 <= a && a < n)
					if got := runGuard(t, m, g, end, "index"); got != want {
						t.Errorf("guard_index(%d, %d) %+v: exited %v, want %v", a, n, md, got, want)
					}
				}
				if md.constA && md.constB {
					break
				}
			}
		}
	})

	t.Run("guard_true_false", func(t *testing.T) {
		for _, op := range []trace.Op{trace.OpGuardTrue, trace.OpGuardFalse} {
			for _, bud := range []budget{allRegs, noRegs} {
				for _, v := range []bool{false, true} {
					for _, constant := range []bool{false, true} {
						b := newBuilder()
						x := b.raw(trace.TBool, 0)
						if constant {
							x = b.t.ConstBool(v)
						}
						g := b.guard(op, trace.TVoid, x, 0, x)
						end := b.failAlways(x)
						m := newMachine(t, b.t, bud, runtime.Bool(v))
						want := v != (op == trace.OpGuardTrue)
						if got := runGuard(t, m, g, end, op.String()); got != want {
							t.Errorf("%v(%v) const=%v: exited %v, want %v", op, v, constant, got, want)
						}
					}
				}
			}
		}
	})
}
