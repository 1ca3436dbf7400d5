package abi

// Move is one move of a parallel move between locations of type L (a
// backend's machine locations).
type Move[L any] struct{ Dst, Src L }

// ParallelMove emits moves so that their effect is that of performing all
// of them at once: every source is read before any destination is written.
// Phi copies need this: in `a, b = b, a+b` the phi of a must receive b's
// old value while b's phi receives the sum, and the locations may form
// cycles.
//
// Destinations must be distinct. same says whether two locations are the
// same storage (constants, for which isConst is true, are never storage).
// Locations of different register classes may alias (two values can share
// a spill slot when their lives do not overlap), so callers pass all
// moves together.
//
// Sequentialisation: repeatedly emit a move whose destination no pending
// move still reads; when none is left, every pending destination is read by
// another move, which means disjoint cycles: copy one destination's old
// content to temp(that location), redirect its readers there, and continue.
// A cycle is fully unwound before the next one is broken, so one temporary
// per class suffices; temp must not be a location of any move.
func ParallelMove[L any](moves []Move[L], same func(a, b L) bool, isConst func(L) bool, temp func(blocked L) L, emit func(dst, src L)) {
	var pending []Move[L]
	for _, m := range moves {
		if isConst(m.Src) || !same(m.Dst, m.Src) {
			pending = append(pending, m)
		}
	}
	read := func(loc L, except int) bool {
		for i, m := range pending {
			if i != except && !isConst(m.Src) && same(m.Src, loc) {
				return true
			}
		}
		return false
	}
	for len(pending) > 0 {
		ready := -1
		for i, m := range pending {
			if !read(m.Dst, i) {
				ready = i
				break
			}
		}
		if ready >= 0 {
			m := pending[ready]
			emit(m.Dst, m.Src)
			pending = append(pending[:ready], pending[ready+1:]...)
			continue
		}
		blocked := pending[0].Dst
		tmp := temp(blocked)
		emit(tmp, blocked)
		for i := range pending {
			if !isConst(pending[i].Src) && same(pending[i].Src, blocked) {
				pending[i].Src = tmp
			}
		}
	}
}
