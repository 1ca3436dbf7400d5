package amd64

import (
	"github.com/tracejit/tracejit/jit/abi"
	"github.com/tracejit/tracejit/jit/asm"
	"github.com/tracejit/tracejit/trace"
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// Memory ops read Python values in place: a Value is three words (type,
// data, raw; abi.ValueSize bytes), a List or Tuple starts with its Items
// slice (data pointer, then length), Globals.Vals is a slice at
// abi.GlobalsVals. ValueSize is 24 = 3*8, so an item's address is
// items + (i + 2i)*8: one LEA and a scaled index, no multiply.

// The item addressing below hard-codes ValueSize = 3*8.
var _ [abi.ValueSize - 24]struct{}
var _ [24 - abi.ValueSize]struct{}

// valueWord is the offset of a Value's word for the load op.
func valueWord(op trace.Op) int64 {
	switch op {
	case trace.OpSlotType, trace.OpSeqItemType, trace.OpGlobalType:
		return abi.TypeWordOff
	case trace.OpSlotPtr, trace.OpSeqItemPtr, trace.OpGlobalPtr:
		return abi.DataWordOff
	}
	return abi.RawWordOff
}

// lowerMem emits loads and the payload store.
func (l *lowerer) lowerMem(r trace.Ref) {
	ins := &l.t.Ins[r]
	word := valueWord(ins.Op)
	switch ins.Op {
	case trace.OpSlotType, trace.OpSlotRaw, trace.OpSlotPtr:
		off, ok := l.valueOffset(r, int64(ins.Aux), word)
		if !ok {
			return
		}
		l.op(x86.AMOVQ, asm.Mem(RegCtx, abi.OffSlots), asm.Reg(s1))
		l.load(r, asm.Mem(s1, off))
	case trace.OpParentValue:
		l.load(r, asm.Mem(RegCtx, abi.OffParent+8*int64(ins.Aux)))
	case trace.OpSeqLen:
		l.load(r, asm.Mem(l.greg(ins.A, s1), abi.SeqLenOff))
	case trace.OpSeqItems:
		l.load(r, asm.Mem(l.greg(ins.A, s1), abi.SeqItemsOff))
	case trace.OpSeqItemType, trace.OpSeqItemRaw, trace.OpSeqItemPtr:
		l.load(r, l.itemAddr(ins.A, ins.B, word))
	case trace.OpSeqStoreRaw:
		l.op(x86.ALEAQ, l.itemAddr(ins.A, ins.B, abi.RawWordOff), asm.Reg(s1))
		dst := asm.Mem(s1, 0)
		switch m := l.home(ins.C); m.kind {
		case mGPR:
			l.op(x86.AMOVQ, m.addr(), dst)
		case mFPR:
			l.op(x86.AMOVSD, m.addr(), dst)
		default:
			if m.kind == mImm && fits32(m.bits) {
				l.op(x86.AMOVQ, asm.Imm(int64(m.bits)), dst)
				return
			}
			l.move(mloc{kind: mGPR, reg: s2}, m)
			l.op(x86.AMOVQ, asm.Reg(s2), dst)
		}
	case trace.OpFieldWord:
		l.load(r, asm.Mem(l.greg(ins.A, s1), int64(ins.Aux)))
	case trace.OpGlobalType, trace.OpGlobalRaw, trace.OpGlobalPtr:
		off, ok := l.valueOffset(r, int64(ins.Aux), word)
		if !ok {
			return
		}
		l.op(x86.AMOVQ, asm.Mem(l.greg(ins.A, s1), abi.GlobalsVals), asm.Reg(s1))
		l.load(r, asm.Mem(s1, off))
	default:
		l.fail("%d: no lowering for %v", r, ins.Op)
	}
}

// valueOffset is the byte offset of word in Value number i of an array.
func (l *lowerer) valueOffset(r trace.Ref, i, word int64) (int64, bool) {
	off := i*abi.ValueSize + word
	if i < 0 || !fits32(uint64(off)) {
		l.fail("%d: %v: index %d out of range", r, l.t.Ins[r].Op, i)
		return 0, false
	}
	return off, true
}

// itemAddr is the address of word in item b of the items a (a
// seq_items). It may use both general scratch registers.
func (l *lowerer) itemAddr(a, b trace.Ref, word int64) obj.Addr {
	base := l.greg(a, s1)
	if l.t.IsConst(b) {
		if i := int64(l.t.ConstValue(b)); i >= 0 {
			if off := i*abi.ValueSize + word; i < 1<<31 && fits32(uint64(off)) {
				return asm.Mem(base, off)
			}
		}
	}
	idx := l.greg(b, s2)
	l.op(x86.ALEAQ, obj.Addr{Type: obj.TYPE_MEM, Reg: idx, Index: idx, Scale: 2}, asm.Reg(s2))
	return obj.Addr{Type: obj.TYPE_MEM, Reg: base, Index: s2, Scale: 8, Offset: word}
}

// load reads the word at addr into r's home (an SSE register for floats).
func (l *lowerer) load(r trace.Ref, addr obj.Addr) {
	if l.isFloat(r) {
		d := l.fdst(r, f1)
		l.op(x86.AMOVSD, addr, asm.Reg(d))
		l.fput(r, d)
		return
	}
	d := l.gdst(r, s1)
	l.op(x86.AMOVQ, addr, asm.Reg(d))
	l.gput(r, d)
}
