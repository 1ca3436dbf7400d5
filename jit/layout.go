package jit

import "github.com/tracejit/tracejit/jit/abi"

// Context is the block of memory generated code reads its inputs from and
// writes its exit state into; the native entry passes its address in a
// register for the whole run (amd64.RegCtx).
//
// It is allocated by Go and holds only integers: generated code stores into
// it with plain moves, outside the write barrier, so it must never hold a Go
// pointer the garbage collector is meant to see. Addresses in it (Slots,
// Interrupt, values of pointer type in GPR and Spill) are plain integers;
// the objects they point to must be kept alive by the caller (the frame
// owns its slots, the trace's KeepAlive its constants).
//
// The field offsets are part of the contract with the backends (the Off*
// constants in jit/abi); layout_test.go checks them.
type Context struct {
	// Slots is the address of the root frame's register file: the first
	// element of a heap-allocated []runtime.Value. Go's heap does not move
	// objects, so the address stays valid while the slice is reachable.
	Slots uintptr
	// Interrupt is the address of an int32; a nonzero value makes the code
	// exit (ExitInterrupt) at its next back-edge. Set it with
	// atomic.StoreInt32. It must point to valid memory during Run.
	Interrupt uintptr
	// Fuel is the number of back-edges the code may take before it exits
	// with ExitFuel; set it before each Run. On exit it holds what is left
	// (0 after a fuel exit).
	Fuel int64
	// ExitKind and ExitRef say why and where the code returned.
	ExitKind ExitKind
	ExitRef  int64
	// GPR and FPR hold the allocatable registers at exit, by allocation
	// index (only those the allocation uses are written).
	GPR [abi.NumSavedGPR]uint64
	FPR [abi.NumSavedFPR]uint64
	// Temp is the backends' scratch memory inside one instruction.
	Temp [abi.NumTemp]uint64
	// Spill holds spilled values, by slot.
	Spill [abi.MaxSpill]uint64
	// Parent holds the values a bridge inherits from the exit of its
	// parent trace (parent_value loads them), copied by Go between the two.
	Parent [abi.MaxParent]uint64
}

// Offsets of the runtime objects the IR reads, for code generators and
// tests (re-exported from jit/abi).
const (
	ValueSize   = abi.ValueSize
	TypeWordOff = abi.TypeWordOff
	DataWordOff = abi.DataWordOff
	RawWordOff  = abi.RawWordOff
	SeqItemsOff = abi.SeqItemsOff
	SeqLenOff   = abi.SeqLenOff
	GlobalsVals = abi.GlobalsVals
	MaxSpill    = abi.MaxSpill
)
