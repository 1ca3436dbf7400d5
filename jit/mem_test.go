package jit

import (
	"math"
	"testing"
	"unsafe"

	"github.com/tracejit/tracejit/runtime"
	"github.com/tracejit/tracejit/trace"
)

// dataWord is the object pointer of a heap Value.
func dataWord(v runtime.Value) uint64 {
	return uint64(*(*uintptr)(unsafe.Add(unsafe.Pointer(&v), runtime.ValueLayout.DataWord)))
}

func typeWord(v runtime.Value) uint64 { return uint64(runtime.TypeWord(v.Object())) }

func TestSlotLoads(t *testing.T) {
	list := runtime.NewList(nil)
	slots := []runtime.Value{runtime.Int(-42), runtime.Float(-2.5), runtime.True, runtime.None, list}
	for _, bud := range []budget{allRegs, noRegs} {
		b := newBuilder()
		var types, raws, ptrs []trace.Ref
		for k := range slots {
			types = append(types, b.slot(trace.OpSlotType, trace.TWord, int32(k)))
			ptrs = append(ptrs, b.slot(trace.OpSlotPtr, trace.TPtr, int32(k)))
		}
		raws = append(raws, b.raw(trace.TInt, 0), b.raw(trace.TFloat, 1), b.raw(trace.TBool, 2))
		all := append(append(append([]trace.Ref{}, types...), ptrs...), raws...)
		b.failAlways(all...)
		m := newMachine(t, b.t, bud, slots...)
		m.run(1)
		for k, v := range slots {
			if got := m.value(types[k]); got != typeWord(v) {
				t.Errorf("slot_type %d = %#x, want %#x", k, got, typeWord(v))
			}
			if got := m.value(ptrs[k]); got != dataWord(v) {
				t.Errorf("slot_ptr %d = %#x, want %#x", k, got, dataWord(v))
			}
		}
		for k, r := range raws {
			if got := m.value(r); got != slots[k].Raw() {
				t.Errorf("slot_raw %d = %#x, want %#x", k, got, slots[k].Raw())
			}
		}
	}
}

// seqTrace reads len, and the type, payload and data word of item idx of
// the list or tuple in slot 0, with idx from slot 1 or a constant.
func TestSeqLoads(t *testing.T) {
	inner := runtime.NewList(nil)
	items := []runtime.Value{runtime.Int(7), runtime.Float(0.25), runtime.False, inner, runtime.Int(math.MinInt64)}
	seqs := []runtime.Value{runtime.NewList(items), runtime.FromObject(runtime.NewTuple(items))}
	for _, seq := range seqs {
		for _, bud := range []budget{allRegs, noRegs, {1, 1}} {
			for idx := range items {
				for _, constIdx := range []bool{false, true} {
					b := newBuilder()
					p := b.slot(trace.OpSlotPtr, trace.TPtr, 0)
					i := b.raw(trace.TInt, 1)
					if constIdx {
						i = b.t.ConstInt(int64(idx))
					}
					n := b.emit(trace.OpSeqLen, trace.TInt, p, 0, 0, 0)
					data := b.emit(trace.OpSeqItems, trace.TPtr, p, 0, 0, 0)
					ty := b.emit(trace.OpSeqItemType, trace.TWord, data, i, 0, 0)
					ptr := b.emit(trace.OpSeqItemPtr, trace.TPtr, data, i, 0, 0)
					rawType := trace.TInt
					if items[idx].IsFloat() {
						rawType = trace.TFloat
					}
					raw := b.emit(trace.OpSeqItemRaw, rawType, data, i, 0, 0)
					items0 := b.emit(trace.OpFieldWord, trace.TWord, p, 0, 0, 0)
					len8 := b.emit(trace.OpFieldWord, trace.TInt, p, 0, 0, 8)
					b.failAlways(n, ty, ptr, raw, items0, len8)
					m := newMachine(t, b.t, bud, seq, runtime.Int(int64(idx)))
					m.run(1)
					it := items[idx]
					if got := m.value(n); got != uint64(len(items)) {
						t.Errorf("seq_len = %d", got)
					}
					if got := m.value(ty); got != typeWord(it) {
						t.Errorf("seq_item_type[%d] = %#x, want %#x", idx, got, typeWord(it))
					}
					if got := m.value(ptr); got != dataWord(it) {
						t.Errorf("seq_item_ptr[%d] = %#x, want %#x", idx, got, dataWord(it))
					}
					if got := m.value(raw); got != it.Raw() {
						t.Errorf("seq_item_raw[%d] = %#x, want %#x", idx, got, it.Raw())
					}
					if got := m.value(len8); got != uint64(len(items)) {
						t.Errorf("field_word +8 = %d", got)
					}
					if got := m.value(items0); got != uint64(uintptr(unsafe.Pointer(&items[0]))) {
						t.Errorf("field_word +0 = %#x, want the items' address", got)
					}
				}
			}
		}
	}
}

func TestSeqStoreRaw(t *testing.T) {
	type store struct {
		typ   trace.Type
		value uint64
	}
	stores := []store{
		{trace.TInt, 5}, {trace.TInt, uint64(math.MaxInt64)}, {trace.TInt, 1 << 40}, {trace.TInt, uint64(1<<64 - 3)},
		{trace.TFloat, f64(-1.25)}, {trace.TFloat, f64(math.Inf(1))},
	}
	for _, bud := range []budget{allRegs, noRegs} {
		for _, st := range stores {
			for _, constIdx := range []bool{false, true} {
				for _, constVal := range []bool{false, true} {
					items := []runtime.Value{runtime.Int(0), valueOf(st.typ, 0), runtime.Int(0)}
					list := runtime.NewList(items)
					b := newBuilder()
					p := b.slot(trace.OpSlotPtr, trace.TPtr, 0)
					i := b.raw(trace.TInt, 1)
					if constIdx {
						i = b.t.ConstInt(1)
					}
					v := b.raw(st.typ, 2)
					if constVal {
						v = constOf(b.t, st.typ, st.value)
					}
					data := b.emit(trace.OpSeqItems, trace.TPtr, p, 0, 0, 0)
					b.emit(trace.OpSeqStoreRaw, trace.TVoid, data, i, v, 0)
					b.failAlways()
					m := newMachine(t, b.t, bud, list, runtime.Int(1), valueOf(st.typ, st.value))
					m.run(1)
					if items[1].Raw() != st.value || items[0].Raw() != 0 || items[2].Raw() != 0 {
						t.Errorf("seq_store_raw %#x (const idx %v, const value %v): items %#x %#x %#x",
							st.value, constIdx, constVal, items[0].Raw(), items[1].Raw(), items[2].Raw())
					}
					if items[1].Object() != valueOf(st.typ, 0).Object() {
						t.Errorf("seq_store_raw changed the type word")
					}
				}
			}
		}
	}
}

func TestGlobalLoads(t *testing.T) {
	g := runtime.NewGlobals()
	g.Set("a", runtime.Int(11))
	g.Set("b", runtime.Float(1.5))
	lst := runtime.NewList(nil)
	g.Set("c", lst)
	for _, bud := range []budget{allRegs, noRegs} {
		b := newBuilder()
		gp := b.t.ConstPtr(uintptr(unsafe.Pointer(g)), g)
		var got []trace.Ref
		for _, name := range []string{"a", "b", "c"} {
			slot := int32(g.Slot(name))
			typ := trace.TInt
			if name == "b" {
				typ = trace.TFloat
			}
			got = append(got,
				b.emit(trace.OpGlobalType, trace.TWord, gp, 0, 0, slot),
				b.emit(trace.OpGlobalRaw, typ, gp, 0, 0, slot),
				b.emit(trace.OpGlobalPtr, trace.TPtr, gp, 0, 0, slot))
		}
		b.failAlways(got...)
		m := newMachine(t, b.t, bud)
		m.run(1)
		for k, name := range []string{"a", "b", "c"} {
			v, _ := g.Get(name)
			want := []uint64{typeWord(v), v.Raw(), dataWord(v)}
			for w := range 3 {
				if x := m.value(got[3*k+w]); x != want[w] {
					t.Errorf("global %s word %d = %#x, want %#x", name, w, x, want[w])
				}
			}
		}
	}
}
