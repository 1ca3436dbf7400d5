package amd64

// pmove is one move of a parallel move.
type pmove struct{ dst, src mloc }

// parallelMove performs all moves as if at once: every source is read
// before any destination is written. Phi copies need this: in
// `a, b = b, a+b` the phi of a must receive b's old value while b's phi
// receives the sum, and the locations may form cycles.
//
// Destinations are distinct (each phi has its own location). Locations of
// different classes may still alias (a general value and a float value can
// share a spill slot when their lives do not overlap), so all moves are
// ordered together. Sequentialisation: repeatedly emit a move whose
// destination no pending move still reads; when none is left, every pending
// destination is read by some other move, which means cycles: copy one
// destination's old content to a temporary (RegScratch2 or, for SSE
// registers, FRegScratch), redirect its readers there, and continue. A
// cycle is fully unwound before the next one is broken, so one temporary
// per class suffices; move itself only needs RegScratch.
func (l *lowerer) parallelMove(moves []pmove) {
	var pending []pmove
	for _, m := range moves {
		if !m.dst.same(m.src) {
			pending = append(pending, m)
		}
	}
	read := func(loc mloc, except int) bool {
		for i, m := range pending {
			if i != except && m.src.kind != mImm && m.src.same(loc) {
				return true
			}
		}
		return false
	}
	for len(pending) > 0 {
		ready := -1
		for i, m := range pending {
			if !read(m.dst, i) {
				ready = i
				break
			}
		}
		if ready >= 0 {
			m := pending[ready]
			l.move(m.dst, m.src)
			pending = append(pending[:ready], pending[ready+1:]...)
			continue
		}
		// Break a cycle at pending[0]'s destination.
		blocked := pending[0].dst
		tmp := mloc{kind: mGPR, reg: s2}
		if blocked.kind == mFPR {
			tmp = mloc{kind: mFPR, reg: f1}
		}
		l.move(tmp, blocked)
		for i := range pending {
			if pending[i].src.kind != mImm && pending[i].src.same(blocked) {
				pending[i].src = tmp
			}
		}
	}
}
