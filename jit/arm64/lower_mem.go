package arm64

import (
	"github.com/tracejit/tracejit/jit/abi"
	"github.com/tracejit/tracejit/jit/asm"
	"github.com/tracejit/tracejit/trace"
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/arm64"
)

// Memory ops read Python values in place: a Value is three words (type,
// data, raw; abi.ValueSize bytes), a List or Tuple starts with its Items
// slice (data pointer, then length), Globals.Vals is a slice at
// abi.GlobalsVals. An item's address is items + i*24 = items + (i + 2i)*8:
// two shifted-register ADDs, no multiply.

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
		l.op(arm64.AMOVD, asm.Mem(RegCtx, abi.OffSlots), asm.Reg(s1))
		l.load(r, l.offset(s1, int64(ins.Aux)*abi.ValueSize+word))
	case trace.OpParentValue:
		l.load(r, l.offset(RegCtx, abi.OffParent+8*int64(ins.Aux)))
	case trace.OpSeqItems:
		l.load(r, l.offset(l.greg(ins.A, s1), abi.SeqItemsOff))
	case trace.OpSeqLen:
		l.load(r, l.offset(l.greg(ins.A, s1), abi.SeqLenOff))
	case trace.OpSeqItemType, trace.OpSeqItemRaw, trace.OpSeqItemPtr:
		l.load(r, l.itemAddr(ins.A, ins.B, word))
	case trace.OpSeqStoreRaw:
		dst := l.itemAddrVia(ins.A, ins.B, abi.RawWordOff, true)
		switch m := l.home(ins.C); m.kind {
		case mGPR:
			l.op(arm64.AMOVD, m.addr(), dst)
		case mFPR:
			l.op(arm64.AFMOVD, m.addr(), dst)
		default:
			l.op(arm64.AMOVD, asm.Reg(l.greg(ins.C, s2)), dst)
		}
	case trace.OpFieldWord:
		l.load(r, l.offset(l.greg(ins.A, s1), int64(ins.Aux)))
	case trace.OpGlobalType, trace.OpGlobalRaw, trace.OpGlobalPtr:
		l.op(arm64.AMOVD, l.offset(l.greg(ins.A, s1), abi.GlobalsVals), asm.Reg(s1))
		l.load(r, l.offset(s1, int64(ins.Aux)*abi.ValueSize+word))
	default:
		l.fail("%d: no lowering for %v", r, ins.Op)
	}
}

// offset is the memory operand off(base). LDR/STR encode 8-byte aligned
// offsets below 32 KB; anything else is added into RegScratch3 first.
func (l *lowerer) offset(base int16, off int64) obj.Addr {
	if off >= 0 && off < 1<<15 && off%8 == 0 {
		return asm.Mem(base, off)
	}
	l.loadConst(uint64(off), s3)
	l.op3(arm64.AADD, asm.Reg(s3), base, asm.Reg(s3))
	return asm.Mem(s3, 0)
}

// itemAddr is the address of word in item b of the items a (a
// seq_items): an offset from a's register for a constant index, else the
// item's address in RegScratch (it may use RegScratch2 and 3), so the
// operand it returns stays valid until those are reused.
func (l *lowerer) itemAddr(a, b trace.Ref, word int64) obj.Addr {
	return l.itemAddrVia(a, b, word, false)
}

// itemAddrVia is itemAddr; viaScratch makes the address register
// RegScratch even for a constant index (stores go only through the
// context and RegScratch, which the code checker relies on).
func (l *lowerer) itemAddrVia(a, b trace.Ref, word int64, viaScratch bool) obj.Addr {
	base := l.greg(a, s1)
	if l.t.IsConst(b) && !viaScratch {
		if i := int64(l.t.ConstValue(b)); i >= 0 && i < 1<<40 {
			return l.offset(base, i*abi.ValueSize+word)
		}
	}
	idx := l.greg(b, s2)
	l.op3(arm64.AADD, shifted(shiftLSL, idx, 1), idx, asm.Reg(s2)) // 3i
	l.op3(arm64.AADD, shifted(shiftLSL, s2, 3), base, asm.Reg(s1)) // items + 24i
	return asm.Mem(s1, word)
}

// load reads the word at addr into r's home (a float register for
// floats).
func (l *lowerer) load(r trace.Ref, addr obj.Addr) {
	if l.isFloat(r) {
		d := l.fdst(r, f1)
		l.op(arm64.AFMOVD, addr, asm.Reg(d))
		l.fput(r, d)
		return
	}
	d := l.gdst(r, s1)
	l.op(arm64.AMOVD, addr, asm.Reg(d))
	l.gput(r, d)
}
