package abi

import (
	"math/rand/v2"
	"testing"
)

// TestParallelMove simulates random parallel moves over 8 locations (ints
// 0..7; negative sources are constants; 100 and 101 are the temporaries
// of two classes) and checks the result against moving all at once.
func TestParallelMove(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for iter := range 20000 {
		perm := rng.Perm(8)
		n := 1 + rng.IntN(8)
		var moves []Move[int]
		for k := range n {
			src := perm[(k+1)%n] // cycles
			switch rng.IntN(4) {
			case 0:
				src = -1 - rng.IntN(5)
			case 1:
				src = rng.IntN(8) // fan-out and self moves
			}
			moves = append(moves, Move[int]{Dst: perm[k], Src: src})
		}
		state := map[int]int{}
		for i := range 8 {
			state[i] = 1000 + i
		}
		want := map[int]int{}
		for k, v := range state {
			want[k] = v
		}
		val := func(s map[int]int, loc int) int {
			if loc < 0 {
				return loc
			}
			return s[loc]
		}
		for _, m := range moves {
			want[m.Dst] = val(state, m.Src)
		}
		emitted := 0
		ParallelMove(moves, func(a, b int) bool { return a == b }, func(l int) bool { return l < 0 },
			func(blocked int) int { return 100 + blocked%2 },
			func(dst, src int) {
				emitted++
				if dst < 0 {
					t.Fatalf("move to a constant")
				}
				state[dst] = val(state, src)
			})
		for i := range 8 {
			if state[i] != want[i] {
				t.Fatalf("iteration %d: moves %v: location %d = %d, want %d", iter, moves, i, state[i], want[i])
			}
		}
		if emitted > 2*n {
			t.Errorf("%d moves emitted for %d", emitted, n)
		}
	}
}
