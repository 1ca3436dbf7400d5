// Package jit turns optimized traces (package trace) into machine code and
// runs it.
//
// Pipeline (Compile): checkShape (the structure the later steps rely on),
// Allocate (ISA-neutral linear-scan register allocation, regalloc.go), the
// backend's Lower (instruction selection, jit/amd64 or jit/arm64), and
// runtime/execmem (W^X executable memory). Run enters the code through the
// backend's assembly trampoline with a Context (layout.go); the code runs
// until a guard fails, the fuel runs out, or the interrupt word is set, and
// leaves its state in the Context for Value and the deoptimizer.
//
// Guarantees the generated code keeps:
//
//  1. It stores only scalars: into the Context, and into a Value's payload
//     word (seq_store_raw). It never stores a Go pointer where the garbage
//     collector looks, and never calls Go.
//  2. Every back-edge checks the interrupt word and the fuel, so a running
//     trace returns to Go within one iteration of either; Go must then pass
//     a safepoint (the runtime cannot preempt machine code it does not
//     know, so a trace that never exited would stall every GC).
//  3. Float arithmetic is bit-identical to Go's (and CPython's): no fused
//     multiply-add, Python's floor division, modulo, min and max.
//  4. It runs as a frameless leaf on the goroutine stack: the return
//     address stays at 0(SP) (amd64) or in LR (arm64).
//
// The backends are plain Go without build tags, compiled and tested on every
// host; only running code needs the native architecture (isa_*.go).
package jit

import (
	"github.com/tracejit/tracejit/jit/abi"
	"github.com/tracejit/tracejit/jit/amd64"
	"github.com/tracejit/tracejit/jit/arm64"
	"github.com/tracejit/tracejit/trace"
)

// Lowered is a backend's machine code with per-instruction offsets.
type Lowered = abi.Lowered

// Backend is one ISA's code generator. Compile calls NumGPR and NumFPR to
// size the allocation, then Lower once per trace; Lower must not keep t or
// a. Register allocation index i of a class means the backend's i-th
// allocatable register of that class.
type Backend interface {
	// Arch is the GOARCH name, also the disassembler's.
	Arch() string
	// NumGPR and NumFPR are the allocatable general and float registers.
	NumGPR() int
	NumFPR() int
	// Lower emits machine code for an allocated trace.
	Lower(t *trace.Trace, a *Allocation) (*Lowered, error)
}

// BackendFor returns the backend for arch ("amd64" or "arm64"), or nil. It
// works on any host: generating code does not need the target machine.
func BackendFor(arch string) Backend {
	switch arch {
	case "amd64":
		return amd64.Backend{}
	case "arm64":
		return arm64.Backend{}
	}
	return nil
}

// Native returns the backend for the machine this program runs on, or nil
// when there is none (then Compile fails).
func Native() Backend { return BackendFor(nativeArch) }
