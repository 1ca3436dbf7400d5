package jit

import (
	"testing"
	"unsafe"

	"github.com/tracejit/tracejit/jit/abi"
	"github.com/tracejit/tracejit/runtime"
)

// TestContextLayout pins the Context offsets generated code uses.
func TestContextLayout(t *testing.T) {
	var c Context
	for _, f := range []struct {
		name      string
		got, want uintptr
	}{
		{"Slots", unsafe.Offsetof(c.Slots), abi.OffSlots},
		{"Interrupt", unsafe.Offsetof(c.Interrupt), abi.OffInterrupt},
		{"Fuel", unsafe.Offsetof(c.Fuel), abi.OffFuel},
		{"ExitKind", unsafe.Offsetof(c.ExitKind), abi.OffExitKind},
		{"ExitRef", unsafe.Offsetof(c.ExitRef), abi.OffExitRef},
		{"GPR", unsafe.Offsetof(c.GPR), abi.OffGPR},
		{"FPR", unsafe.Offsetof(c.FPR), abi.OffFPR},
		{"Temp", unsafe.Offsetof(c.Temp), abi.OffTemp},
		{"Spill", unsafe.Offsetof(c.Spill), abi.OffSpill},
		{"Parent", unsafe.Offsetof(c.Parent), abi.OffParent},
		{"sizeof", unsafe.Sizeof(c), abi.ContextSize},
	} {
		if f.got != f.want || f.got%8 != 0 {
			t.Errorf("%s at %d, want %d (8-aligned)", f.name, f.got, f.want)
		}
	}
	if unsafe.Sizeof(c.ExitKind) != 8 || unsafe.Sizeof(c.Fuel) != 8 || unsafe.Sizeof(c.Slots) != 8 {
		t.Errorf("scalar fields must be 8 bytes")
	}
	if len(c.GPR) != abi.NumSavedGPR || len(c.FPR) != abi.NumSavedFPR || len(c.Spill) != MaxSpill || len(c.Temp) != abi.NumTemp {
		t.Errorf("array sizes disagree with abi")
	}
	for _, b := range []Backend{BackendFor("amd64"), BackendFor("arm64")} {
		if b.NumGPR() > abi.NumSavedGPR || b.NumFPR() > abi.NumSavedFPR {
			t.Errorf("%s has more registers than Context saves", b.Arch())
		}
	}
}

// TestRuntimeLayout pins the runtime object offsets the IR's loads use.
func TestRuntimeLayout(t *testing.T) {
	lay := runtime.ValueLayout
	var g runtime.Globals
	var l runtime.List
	var tu runtime.Tuple
	items := []runtime.Value{runtime.Int(1)}
	l.Items, tu.Items = items, items
	for _, f := range []struct {
		name      string
		got, want uintptr
	}{
		{"ValueSize", lay.Size, ValueSize},
		{"TypeWord", lay.TypeWord, TypeWordOff},
		{"DataWord", lay.DataWord, DataWordOff},
		{"RawWord", lay.RawWord, RawWordOff},
		{"Globals.Vals", unsafe.Offsetof(g.Vals), GlobalsVals},
		{"List.Items", unsafe.Offsetof(l.Items), SeqItemsOff},
		{"Tuple.Items", unsafe.Offsetof(tu.Items), SeqItemsOff},
	} {
		if f.got != f.want {
			t.Errorf("%s = %d, want %d", f.name, f.got, f.want)
		}
	}
	// The slice header: data pointer at SeqItemsOff, length at SeqLenOff.
	for _, p := range []unsafe.Pointer{unsafe.Pointer(&l), unsafe.Pointer(&tu)} {
		if *(*uintptr)(unsafe.Add(p, SeqItemsOff)) != uintptr(unsafe.Pointer(&items[0])) ||
			*(*int)(unsafe.Add(p, SeqLenOff)) != len(items) {
			t.Errorf("slice header layout differs")
		}
	}
}
