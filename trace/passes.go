package trace

import "fmt"

// The optimization pipeline after recording. Fold and CSE run during
// recording and loop construction (emission time, see opt_fold.go and
// opt_cse.go); the loop pass runs when the recorder closes the loop; the
// passes here run on the finished trace, in order.
//
// Ordering constraints (checked by TestPassOrder):
//   - dce runs after the loop pass has added the body, since the body's
//     copies are what make preamble values dead or alive.

// Pass is one named optimization.
type Pass struct {
	Name string
	Run  func(*Trace)
	// After names passes that must run earlier.
	After []string
}

// Passes is the pipeline, in order.
var Passes = []Pass{
	{Name: "dce", Run: optDCE},
}

// VerifyPasses makes Optimize verify the trace after every pass. Tests
// turn it on; it costs a walk of the trace per pass.
var VerifyPasses = false

// Optimize runs the pipeline on a closed trace, skipping passes named in
// disabled.
func Optimize(t *Trace, disabled map[string]bool) error {
	if VerifyPasses {
		if err := Verify(t); err != nil {
			return fmt.Errorf("after recording: %v", err)
		}
	}
	for _, p := range Passes {
		if disabled[p.Name] {
			continue
		}
		p.Run(t)
		if VerifyPasses {
			if err := Verify(t); err != nil {
				return fmt.Errorf("after pass %s: %v", p.Name, err)
			}
		}
	}
	return nil
}
