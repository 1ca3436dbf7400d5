package jit

import (
	"strings"
	"testing"

	"github.com/tracejit/tracejit/jit/abi"
)

func TestExitKinds(t *testing.T) {
	want := map[ExitKind]int64{
		ExitNone: abi.ExitNone, ExitGuard: abi.ExitGuard,
		ExitFuel: abi.ExitFuel, ExitInterrupt: abi.ExitInterrupt,
	}
	seen := map[string]bool{}
	for k := ExitKind(0); k < exitKindCount; k++ {
		name := k.String()
		if name == "" || strings.HasPrefix(name, "ExitKind(") || seen[name] {
			t.Errorf("kind %d has name %q", k, name)
		}
		seen[name] = true
		if v, ok := want[k]; !ok || int64(k) != v {
			t.Errorf("kind %v = %d not in abi", k, k)
		}
	}
	if len(want) != exitKindCount {
		t.Errorf("%d kinds named, %d in abi", exitKindCount, len(want))
	}
	for _, k := range []ExitKind{-1, exitKindCount, 1 << 40} {
		if got := k.String(); !strings.HasPrefix(got, "ExitKind(") {
			t.Errorf("ExitKind(%d).String() = %q", int64(k), got)
		}
	}
}
