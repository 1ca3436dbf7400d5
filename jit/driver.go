package jit

import (
	"fmt"
	"io"
	"math"
	goruntime "runtime"
	"sort"
	"strings"
	"time"
	"unsafe"

	"github.com/tracejit/tracejit/interp"
	"github.com/tracejit/tracejit/runtime"
	"github.com/tracejit/tracejit/trace"
)

// The driver decides when to record, compiles what was recorded, runs
// compiled loops and handles their exits. It implements interp.JIT.
//
// Policy (see shared notes on LuaJIT/PyPy):
//   - a loop is recorded when its back-edge counter reaches zero
//     (Threshold iterations);
//   - an aborted recording backs off: the counter restarts at
//     Threshold << aborts; after MaxAborts aborts for a reason that
//     blacklists, the loop is never recorded again;
//   - a recording that reaches the header of another loop with compiled
//     code ends there with a link: Go enters that loop's code next. This
//     is how an outer loop runs around a compiled inner loop;
//   - a guard of a loop trace that fails often, after the loop ran for a
//     while (an inner loop finishing, a branch that became common), gets a
//     bridge: a trace recorded from the exit to the next compiled loop
//     header, entered by Go right after the exit instead of the
//     interpreter. Traces chained by links and bridges run without the
//     interpreter; each transition costs an exit and an entry in Go;
//   - compiled code runs with a fuel budget; when it runs out, Go passes a
//     synchronous safepoint (runtime.Gosched) and re-enters.

// DefaultThreshold is the default number of loop iterations before a loop
// is recorded. LuaJIT uses 56, PyPy 1039; our compiles are cheap.
const DefaultThreshold = 56

// MaxAborts is how many aborts blacklist a loop.
const MaxAborts = 4

// HotExit is how many times one guard may fail, with the code running
// fewer than MinItersPerExit loop iterations per entry on average before
// those exits, until its trace is discarded and the loop recorded again
// (specialized to what now happens); a loop retraced MaxRetraces times is
// blacklisted. This is what keeps a loop whose types changed from exiting
// at once on every entry, which would be slower than not compiling it.
// Exits after many iterations (a loop finishing, a rare break) are normal
// and never discard anything: they get bridges.
const (
	HotExit         = 64
	MinItersPerExit = 2
	MaxRetraces     = 3
)

// BridgeExit is how many times a guard fails before a bridge is recorded
// from it (LuaJIT's hotexit is 10); a guard whose bridge recordings abort
// MaxBridgeAborts times gets none, and a loop gets at most MaxBridges.
const (
	BridgeExit      = 8
	MaxBridgeAborts = 3
	MaxBridges      = 16
)

// linksPerSafepoint bounds the transitions between traces that Go makes
// without a safepoint (compiled loops count fuel themselves).
const linksPerSafepoint = 1024

// fuelPerEntry bounds the back-edges of one run of compiled code.
const fuelPerEntry = 1 << 20

// Options configure a JIT.
type Options struct {
	Threshold int
	// Log receives one line per event (nil: none).
	Log io.Writer
	// Dump receives, per compiled trace, the IR before and after
	// optimization, the snapshots and the disassembly (nil: none).
	Dump io.Writer
	// Disabled names optimization passes to skip.
	Disabled map[string]bool
}

// JIT is the tracing JIT for one interpreter.
type JIT struct {
	opts  Options
	loops map[loopKey]*loop
	// headers finds loops by the pc of their header, for links.
	headers map[loopKey]*loop
	ctx     *Context
	Stats   Stats
	// traces counts compiled traces, to number them in dumps.
	traces int
	rng    uint64 // state of random
}

// loopKey is a bytecode position: a loop's back-edge or its header.
type loopKey struct {
	code *interp.Code
	pc   int
}

type loop struct {
	key         loopKey // the back-edge
	header      int
	compiled    *traceCode
	aborts      int
	retraces    int
	blacklisted bool
	file        string
	line        int
	// bridges are the bridges compiled from this loop's trace.
	bridges []*traceCode
}

// traceCode is compiled code with what the driver learns while running it.
type traceCode struct {
	*Compiled
	id    int
	owner *loop // the loop whose trace (or bridge) this is
	// link is the loop entered after the trace's link, if it ends in one.
	link  *loop
	exits []*exitInfo // by guard Ref
	// parentRefs, for a bridge that inherits its parent's exit state, are
	// the parent's values to copy into Context.Parent before entering it
	// (instead of restoring the parent's snapshot).
	inherits   bool
	parentRefs []trace.Ref
}

// exitInfo is what happened at one guard.
type exitInfo struct {
	count int
	// iters counts the loop iterations the code ran in the entries that
	// ended at this guard.
	iters        int64
	bridge       *traceCode
	bridgeAborts int
	retryAt      int // count at which to record a bridge again after an abort
}

func (c *traceCode) exit(ref trace.Ref) *exitInfo {
	e := c.exits[ref]
	if e == nil {
		e = &exitInfo{}
		c.exits[ref] = e
	}
	return e
}

// isLoop reports whether the trace is a loop (rather than ending in a link).
func (c *traceCode) isLoop() bool {
	return c.Trace.Ins[len(c.Trace.Ins)-1].Op == trace.OpJumpLoop
}

// Stats are the counters --jit-stats prints.
type Stats struct {
	TracesStarted int
	LoopsCompiled int
	Blacklisted   int
	Retraces      int
	Aborts        map[string]int
	Entries       int
	// Exits counts guard exits by kind (ExitGuard and the like).
	Exits          [4]int
	Bridges        int
	Links          int
	CallOuts       int
	CompileTime    time.Duration
	RecordTime     time.Duration
	CodeBytes      int
	IRInstructions int
	recordingSince time.Time
}

// New returns a JIT.
func New(opts Options) *JIT {
	if opts.Threshold < 1 {
		opts.Threshold = DefaultThreshold
	}
	return &JIT{
		opts:    opts,
		loops:   map[loopKey]*loop{},
		headers: map[loopKey]*loop{},
		ctx:     new(Context),
		rng:     0x9E3779B97F4A7C15,
		Stats:   Stats{Aborts: map[string]int{}},
	}
}

// Threshold returns the hot-loop threshold.
func (j *JIT) Threshold() int { return j.opts.Threshold }

func (j *JIT) logf(format string, args ...any) {
	if j.opts.Log != nil {
		fmt.Fprintf(j.opts.Log, "[jit] "+format+"\n", args...)
	}
}

// BackEdge implements interp.JIT.
func (j *JIT) BackEdge(vm *interp.VM, f *interp.Frame, jumpPC int) error {
	code := f.Code()
	key := loopKey{code, jumpPC}
	l := j.loops[key]
	if l == nil {
		l = &loop{key: key, header: f.PC(), file: code.Filename, line: code.LineAt(f.PC())}
		j.loops[key] = l
		j.headers[loopKey{code, f.PC()}] = l
	}
	switch {
	case vm.Recording():
		// A trace being recorded passes this back-edge: the interpreter
		// runs it (the recorder links to compiled code at the header).
		if l.compiled == nil && !l.blacklisted {
			code.SetLoopCounter(jumpPC, -int32(j.opts.Threshold))
		}
		return nil
	case l.compiled != nil:
		code.SetLoopCounter(jumpPC, -1)
		return j.run(vm, f, l.compiled)
	case l.blacklisted:
		code.SetLoopCounter(jumpPC, math.MinInt32)
		return nil
	}
	code.SetLoopCounter(jumpPC, -int32(j.opts.Threshold))
	j.Stats.TracesStarted++
	j.Stats.recordingSince = time.Now()
	j.logf("trace start %s:%d", l.file, l.line)
	rec := trace.NewRecorder(f, f.PC(), jumpPC, func(r *trace.Recorder, a *trace.Abort) {
		j.finishRecording(l, r, a)
	})
	rec.LinkTarget = j.linkTarget
	vm.SetRecorder(rec)
	return nil
}

// linkTarget reports whether pc of code is the header of a compiled loop.
func (j *JIT) linkTarget(code *interp.Code, pc int) bool {
	l := j.headers[loopKey{code, pc}]
	return l != nil && l.compiled != nil
}

func (j *JIT) finishRecording(l *loop, r *trace.Recorder, a *trace.Abort) {
	j.Stats.RecordTime += time.Since(j.Stats.recordingSince)
	var c *traceCode
	if a == nil {
		c, a = j.compile(l, r, fmt.Sprintf("loop at %s:%d", l.file, l.line))
	}
	if a == nil {
		l.compiled = c
		l.key.code.SetLoopCounter(l.key.pc, -1)
		return
	}
	l.aborts++
	j.Stats.Aborts[a.Reason.Name()]++
	j.logf("trace abort %s", a.Error())
	if a.Reason.Blacklists() && l.aborts >= MaxAborts {
		l.blacklisted = true
		j.Stats.Blacklisted++
		j.logf("loop blacklisted %s:%d", l.file, l.line)
		l.key.code.SetLoopCounter(l.key.pc, math.MinInt32)
		return
	}
	if a.Reason == trace.AbortLeaveLoop && l.aborts <= 2*MaxAborts {
		// The loop ended (or its function returned) during the recorded
		// iteration: nothing is wrong with the loop, the recording just
		// started at its last iteration. Try again within a few
		// back-edges, which are early in its next run.
		l.key.code.SetLoopCounter(l.key.pc, -1-int32(j.random()%4))
		return
	}
	// The backoff has a random part, as LuaJIT's penalties do: a loop
	// that runs a fixed number of iterations each time must not meet its
	// end on every retry.
	backoff := int64(j.opts.Threshold)<<l.aborts + int64(j.random()%uint64(j.opts.Threshold))
	if backoff > math.MaxInt32/2 {
		backoff = math.MaxInt32 / 2
	}
	l.key.code.SetLoopCounter(l.key.pc, -int32(backoff))
}

// random returns the next number of a xorshift sequence (deterministic,
// so that runs are reproducible).
func (j *JIT) random() uint64 {
	j.rng ^= j.rng << 13
	j.rng ^= j.rng >> 7
	j.rng ^= j.rng << 17
	return j.rng
}

// finishBridge attaches a recorded bridge to the guard it starts from.
func (j *JIT) finishBridge(parent *traceCode, ref trace.Ref, r *trace.Recorder, a *trace.Abort) {
	j.Stats.RecordTime += time.Since(j.Stats.recordingSince)
	e := parent.exit(ref)
	l := parent.owner
	if parent != l.compiled {
		return // the parent was discarded while the bridge was recorded
	}
	var c *traceCode
	if a == nil {
		c, a = j.compile(l, r, fmt.Sprintf("bridge from guard %d of trace %d (loop at %s:%d)", ref, parent.id, l.file, l.line))
	}
	if a != nil {
		e.bridgeAborts++
		e.retryAt = e.count * 2
		j.Stats.Aborts[a.Reason.Name()]++
		j.logf("bridge abort %s", a.Error())
		return
	}
	e.bridge = c
	l.bridges = append(l.bridges, c)
	j.Stats.Bridges++
}

// compile optimizes and assembles a closed or linked trace.
func (j *JIT) compile(l *loop, r *trace.Recorder, what string) (*traceCode, *trace.Abort) {
	tr := r.Trace()
	start := time.Now()
	var before strings.Builder
	if j.opts.Dump != nil {
		trace.Print(&before, tr)
	}
	if err := trace.Optimize(tr, j.opts.Disabled); err != nil {
		return nil, &trace.Abort{Reason: trace.AbortCompile, Detail: err.Error(), File: l.file, Line: l.line}
	}
	cc, err := Compile(tr)
	if err != nil {
		return nil, &trace.Abort{Reason: trace.AbortCompile, Detail: err.Error(), File: l.file, Line: l.line}
	}
	elapsed := time.Since(start)
	j.traces++
	c := &traceCode{Compiled: cc, id: j.traces, owner: l, exits: make([]*exitInfo, len(tr.Ins)), inherits: r.Inherits, parentRefs: r.ParentRefs}
	if r.Linked {
		c.link = j.headers[loopKey{tr.Frames[0].Code.(*interp.Code), r.LinkPC}]
	}
	j.Stats.LoopsCompiled++
	j.Stats.CompileTime += elapsed
	j.Stats.CodeBytes += cc.CodeSize()
	n := 0
	for _, ins := range tr.Ins {
		if ins.Op != trace.OpNop {
			n++
		}
	}
	j.Stats.IRInstructions += n
	linked := ""
	if c.link != nil {
		linked = fmt.Sprintf(", links to loop at %s:%d", c.link.file, c.link.line)
	}
	j.logf("trace %d compiled: %s: %d IR instructions, %d bytes, %v%s", c.id, what, n, cc.CodeSize(), elapsed.Round(time.Microsecond), linked)
	if w := j.opts.Dump; w != nil {
		fmt.Fprintf(w, "==== trace %d: %s%s\n", c.id, what, linked)
		fmt.Fprintf(w, "---- bytecode recorded\n%s\n", strings.Join(tr.RecordedBytecode(), "\n"))
		fmt.Fprintf(w, "---- IR after recording and loop construction\n%s", before.String())
		fmt.Fprintf(w, "---- IR after optimization\n")
		trace.Print(w, tr)
		fmt.Fprintf(w, "---- machine code (%s, %d bytes)\n%s\n", goruntime.GOARCH, cc.CodeSize(), cc.Disassemble())
	}
	return c, nil
}

// run executes compiled code c from the current state of f (at c's entry
// pc) and follows links and bridges from one trace to the next until an
// exit leads back to the interpreter.
func (j *JIT) run(vm *interp.VM, f *interp.Frame, c *traceCode) error {
	ctx := j.ctx
	regs := f.Regs()
	t := vm.Thread()
	links := 0
	// next moves on to trace n without returning to the interpreter.
	next := func(n *traceCode) {
		if links++; links%linksPerSafepoint == 0 {
			safepoint()
		}
		c = n
	}
	resume := trace.NoRef // a call_out to continue after
	for {
		if resume != trace.NoRef {
			c.Resume(ctx, resume)
			resume = trace.NoRef
		} else {
			ctx.Slots = uintptr(unsafe.Pointer(&regs[0]))
			ctx.Interrupt = uintptr(unsafe.Pointer(&t.Interrupt))
			ctx.Fuel = fuelPerEntry
			j.Stats.Entries++
			c.Run(ctx)
		}
		goruntime.KeepAlive(regs)
		kind, ref := ctx.ExitKind, trace.Ref(ctx.ExitRef)
		ins := &c.Trace.Ins[ref]
		if kind == ExitGuard && ins.Op == trace.OpCallOut {
			if bits, ok := callOut(t, c.Compiled, ctx, ins); ok {
				c.SetValue(ctx, ref, bits)
				j.Stats.CallOuts++
				resume = ref
				continue
			}
			// The call raises: a failed guard; the interpreter calls
			// again and raises.
		}
		var e *exitInfo
		if kind == ExitGuard && ins.Op != trace.OpLink {
			e = c.exit(ref)
			e.count++
			e.iters += fuelPerEntry - ctx.Fuel
			j.Stats.Exits[kind&3]++
			if b := e.bridge; b != nil && b.inherits {
				// The bridge takes the exit's state as it is: no restore.
				for k, r := range b.parentRefs {
					ctx.Parent[k] = c.Value(ctx, r)
				}
				next(b)
				continue
			}
		}
		if err := restore(vm, f, c.Compiled, ctx, int(ins.Snap)); err != nil {
			return err
		}
		switch kind {
		case ExitFuel:
			// A synchronous safepoint: lets the GC and other goroutines
			// run, then continue the loop in compiled code.
			safepoint()
			continue
		case ExitInterrupt:
			t.Interrupt.Store(0)
			f.SetState(c.owner.key.pc+1, f.SP())
			return runtime.NewException(runtime.KeyboardInterruptType)
		}
		if ins.Op == trace.OpLink {
			target := c.link
			if target == nil || target.compiled == nil || t.Interrupt.Load() != 0 {
				// The interpreter continues at the header (and raises
				// KeyboardInterrupt at its next back-edge).
				clearStack(f)
				return nil
			}
			j.Stats.Links++
			next(target.compiled)
			continue
		}
		if j.opts.Log != nil {
			snap := &c.Trace.Snaps[ins.Snap]
			code := c.Trace.Frames[snap.Frames[len(snap.Frames)-1].Frame].Code.(*interp.Code)
			j.logf("exit %s:%d trace %d guard %d (%s) count %d", code.Filename, code.LineAt(f.PC()), c.id, ref, ins.Op, e.count)
		}
		if e.bridge != nil {
			next(e.bridge)
			continue
		}
		clearStack(f)
		l := c.owner
		if !c.isLoop() || c != l.compiled {
			return nil
		}
		// A branch guard (guard_true/false) that fails often gets a bridge
		// even early in the loop: the other direction became common. Other
		// guards failing early (types, overflow) mean the loop changed:
		// those traces are discarded and recorded again, as are traces
		// whose bridges will not record.
		branch := ins.Op == trace.OpGuardTrue || ins.Op == trace.OpGuardFalse
		few := e.iters < int64(e.count)*MinItersPerExit
		canBridge := (branch || !few) && e.bridgeAborts < MaxBridgeAborts && len(l.bridges) < MaxBridges
		switch {
		case canBridge && e.count >= BridgeExit && e.count >= e.retryAt:
			j.recordBridge(vm, f, c, ref)
		case !canBridge && few && e.count >= HotExit:
			j.discard(l)
		}
		return nil
	}
}

// callOut computes call_out ins for code c stopped at it: the function of
// Trace.CallOuts with the arguments' current values. It reports false if
// the call raises (or, impossibly, returns no float).
func callOut(t *runtime.Thread, c *Compiled, ctx *Context, ins *trace.Ins) (uint64, bool) {
	fn, n := trace.CallOutArgs(ins.Aux)
	var buf [2]runtime.Value
	operands := [2]trace.Ref{ins.A, ins.B}
	for k, r := range operands[:n] {
		bits := c.Value(ctx, r)
		if c.Trace.Ins[r].Type.IsFloat() {
			buf[k] = runtime.Float(math.Float64frombits(bits))
		} else {
			buf[k] = runtime.Int(int64(bits))
		}
	}
	v, err := c.Trace.CallOuts[fn].Fn(t, buf[:n], nil)
	if err != nil || !v.IsFloat() {
		return 0, false
	}
	return math.Float64bits(v.AsFloat()), true
}

// recordBridge starts recording a bridge from guard ref of c, whose exit
// has just been restored into f.
func (j *JIT) recordBridge(vm *interp.VM, f *interp.Frame, c *traceCode, ref trace.Ref) {
	j.Stats.TracesStarted++
	j.Stats.recordingSince = time.Now()
	code := f.Code()
	j.logf("bridge start %s:%d from trace %d guard %d", code.Filename, code.LineAt(f.PC()), c.id, ref)
	rec := trace.NewBridgeRecorder(f, f.PC(), c.Trace, int(c.Trace.Ins[ref].Snap), func(r *trace.Recorder, a *trace.Abort) {
		j.finishBridge(c, ref, r, a)
	})
	rec.LinkTarget = j.linkTarget
	vm.SetRecorder(rec)
}

// discard drops a loop's trace and its bridges after a guard failed too
// often, so the loop is recorded again; after MaxRetraces it is
// blacklisted.
func (j *JIT) discard(l *loop) {
	l.compiled.Free()
	l.compiled = nil
	for _, b := range l.bridges {
		b.Free()
	}
	l.bridges = nil
	l.retraces++
	j.Stats.Retraces++
	code := l.key.code
	if l.retraces > MaxRetraces {
		l.blacklisted = true
		j.Stats.Blacklisted++
		j.logf("loop blacklisted %s:%d (guards keep failing)", l.file, l.line)
		code.SetLoopCounter(l.key.pc, math.MinInt32)
		return
	}
	j.logf("trace discarded %s:%d (hot exit), recording again", l.file, l.line)
	code.SetLoopCounter(l.key.pc, -int32(j.opts.Threshold))
}

//go:noinline
func safepoint() { goruntime.Gosched() }

// WriteStats prints the --jit-stats summary.
func (j *JIT) WriteStats(w io.Writer) {
	s := &j.Stats
	fmt.Fprintf(w, "jit: %d traces started, %d traces compiled, %d bridges, %d retraced, %d blacklisted\n", s.TracesStarted, s.LoopsCompiled, s.Bridges, s.Retraces, s.Blacklisted)
	fmt.Fprintf(w, "jit: %d IR instructions, %d bytes of machine code\n", s.IRInstructions, s.CodeBytes)
	fmt.Fprintf(w, "jit: recording %v, compiling %v", s.RecordTime.Round(time.Microsecond), s.CompileTime.Round(time.Microsecond))
	if s.LoopsCompiled > 0 {
		fmt.Fprintf(w, " (%v per trace)", (s.CompileTime / time.Duration(s.LoopsCompiled)).Round(time.Microsecond))
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "jit: %d entries into compiled code, %d links between traces, %d call-outs\n", s.Entries, s.Links, s.CallOuts)
	writeCounts(w, "aborts", s.Aborts)
	exits := map[string]int{}
	for k, n := range s.Exits {
		if n > 0 {
			exits[ExitKind(k).String()] = n
		}
	}
	writeCounts(w, "exits", exits)
	var locs []string
	for _, l := range j.loops {
		codes := l.bridges
		if l.compiled != nil {
			codes = append([]*traceCode{l.compiled}, codes...)
		}
		for _, c := range codes {
			for ref, e := range c.exits {
				if e == nil || e.count == 0 {
					continue
				}
				locs = append(locs, fmt.Sprintf("%s:%d trace %d guard %d: %d", l.file, l.line, c.id, ref, e.count))
			}
		}
	}
	sort.Strings(locs)
	for _, s := range locs {
		fmt.Fprintf(w, "jit:   exit %s\n", s)
	}
}

func writeCounts(w io.Writer, what string, m map[string]int) {
	if len(m) == 0 {
		fmt.Fprintf(w, "jit: no %s\n", what)
		return
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s %d", k, m[k]))
	}
	fmt.Fprintf(w, "jit: %s: %s\n", what, strings.Join(parts, ", "))
}

// Free releases all compiled code.
func (j *JIT) Free() {
	for _, l := range j.loops {
		if l.compiled != nil {
			l.compiled.Free()
			l.compiled = nil
		}
		for _, b := range l.bridges {
			b.Free()
		}
		l.bridges = nil
	}
}

// Supported reports whether this machine has a backend; without one the
// interpreter runs alone.
func Supported() bool { return Native() != nil }
