// Package abi is the contract between the machine-independent half of the
// JIT (package jit: register allocation, compilation, exits) and the ISA
// backends (jit/amd64, jit/arm64). Both sides import it; it imports only
// the trace IR.
//
// Why a separate package: jit selects the native backend (isa_amd64.go), so
// jit imports jit/amd64; the backend in turn needs the allocator's output
// and the context layout. Putting those shared types here breaks the cycle.
// Package jit re-exports them under its own name (type aliases), so users of
// the JIT never import abi.
//
// What it holds:
//
//  1. The byte offsets of jit.Context's fields that generated code uses.
//     They are constants because the backends fold them into instructions;
//     jit's layout_test.go checks each against unsafe.Offsetof.
//  2. The offsets of the runtime objects the IR reads (Value words, List/
//     Tuple items and length, Globals.Vals), likewise checked against the
//     runtime package by a test in package jit.
//  3. The exit codes generated code stores into Context.ExitKind.
//  4. Location and Allocation (the register allocator's result) and Lowered
//     (a backend's result).
//  5. MagicFor (magic.go): the multiply-high constants both backends use to
//     divide by a constant without a divide instruction.
package abi

// Context layout: offsets of jit.Context's fields, in bytes. Everything in
// the context is an integer; generated code stores only scalars (and
// addresses as plain integers, invisible to the garbage collector).
const (
	OffSlots     = 0  // uintptr: address of the root frame's first Value
	OffInterrupt = 8  // uintptr: address of an int32, nonzero = exit at the next back-edge
	OffFuel      = 16 // int64: back-edges left before a fuel exit
	OffExitKind  = 24 // int64: why the code returned (Exit* below)
	OffExitRef   = 32 // int64: the trace.Ref of the guard or jump_loop that exited
	OffGPR       = 40 // [NumSavedGPR]uint64: general registers at exit, by allocation index
	OffFPR       = OffGPR + 8*NumSavedGPR
	OffTemp      = OffFPR + 8*NumSavedFPR // [NumTemp]uint64: backend scratch memory
	OffSpill     = OffTemp + 8*NumTemp    // [MaxSpill]uint64: spill slots
	OffParent    = OffSpill + 8*MaxSpill  // [MaxParent]uint64: values a bridge inherits from its parent's exit
	ContextSize  = OffParent + 8*MaxParent
)

// Sizes of the context's arrays.
const (
	// NumSavedGPR and NumSavedFPR bound the allocatable registers of any
	// backend (arm64 has 23 general and 31 float registers to offer).
	NumSavedGPR = 32
	NumSavedFPR = 32
	// NumTemp words of scratch memory a backend may use inside one
	// instruction's code (never live across IR instructions).
	NumTemp = 8
	// MaxSpill is the number of spill slots; a trace needing more does not
	// compile.
	MaxSpill = 256
	// MaxParent bounds the values a bridge inherits from its parent.
	MaxParent = 64
)

// Exit codes stored at OffExitKind (jit.ExitKind gives them names).
const (
	ExitNone      = 0 // never stored by generated code
	ExitGuard     = 1 // a guard failed; ExitRef is the guard
	ExitFuel      = 2 // fuel ran out at a jump_loop; ExitRef is the jump_loop
	ExitInterrupt = 3 // the interrupt word was set; ExitRef is the jump_loop
)

// Runtime object layout (runtime.ValueLayout, runtime.List/Tuple,
// runtime.Globals), checked by jit's layout_test.go.
const (
	ValueSize   = 24 // sizeof(runtime.Value)
	TypeWordOff = 0  // the interface type word of Value.ref
	DataWordOff = 8  // the interface data word of Value.ref (object pointer)
	RawWordOff  = 16 // Value.raw, the payload of int, float and bool
	SeqItemsOff = 0  // List.Items / Tuple.Items: the slice's data pointer
	SeqLenOff   = 8  // len(Items)
	GlobalsVals = 32 // Globals.Vals: the slice's data pointer
)
