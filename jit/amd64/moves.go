package amd64

import "github.com/tracejit/tracejit/jit/abi"

// pmove is one move of a parallel move.
type pmove = abi.Move[mloc]

// parallelMove performs all moves as if at once (see abi.ParallelMove).
// Cycles are broken through RegScratch2 or, for SSE registers,
// FRegScratch; move itself only needs RegScratch.
func (l *lowerer) parallelMove(moves []pmove) {
	abi.ParallelMove(moves, mloc.same,
		func(m mloc) bool { return m.kind == mImm },
		func(blocked mloc) mloc {
			if blocked.kind == mFPR {
				return mloc{kind: mFPR, reg: f1}
			}
			return mloc{kind: mGPR, reg: s2}
		},
		l.move)
}
