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
// blacklisted. Without side traces, this is what keeps a loop whose types
// changed from exiting at once on every entry, which would be slower than
// not compiling it. Exits after many iterations (a loop finishing, a
// rare break) are normal and never discard anything.
const (
	HotExit         = 64
	MinItersPerExit = 2
	MaxRetraces     = 3
)

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
	ctx   *Context
	Stats Stats
}

type loopKey struct {
	code   *interp.Code
	jumpPC int
}

type loop struct {
	key         loopKey
	compiled    *Compiled
	aborts      int
	retraces    int
	blacklisted bool
	file        string
	line        int
	exits       map[int64]int
	// iters counts, per guard, the loop iterations the code ran in the
	// entries that ended at that guard.
	iters map[int64]int64
}

// Stats are the counters --jit-stats prints.
type Stats struct {
	TracesStarted  int
	LoopsCompiled  int
	Blacklisted    int
	Retraces       int
	Aborts         map[string]int
	Entries        int
	Exits          map[string]int
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
		opts:  opts,
		loops: map[loopKey]*loop{},
		ctx:   new(Context),
		Stats: Stats{Aborts: map[string]int{}, Exits: map[string]int{}},
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
		l = &loop{key: key, file: code.Filename, line: code.LineAt(f.PC()), exits: map[int64]int{}, iters: map[int64]int64{}}
		j.loops[key] = l
	}
	switch {
	case l.compiled != nil:
		code.SetLoopCounter(jumpPC, -1)
		return j.run(vm, f, l)
	case l.blacklisted:
		code.SetLoopCounter(jumpPC, math.MinInt32)
		return nil
	case vm.Recording():
		code.SetLoopCounter(jumpPC, -int32(j.opts.Threshold))
		return nil
	}
	code.SetLoopCounter(jumpPC, -int32(j.opts.Threshold))
	j.Stats.TracesStarted++
	j.Stats.recordingSince = time.Now()
	j.logf("trace start %s:%d", l.file, l.line)
	rec := trace.NewRecorder(f, f.PC(), jumpPC, func(r *trace.Recorder, a *trace.Abort) {
		j.finishRecording(l, r, a)
	})
	vm.SetRecorder(rec)
	return nil
}

func (j *JIT) finishRecording(l *loop, r *trace.Recorder, a *trace.Abort) {
	j.Stats.RecordTime += time.Since(j.Stats.recordingSince)
	if a == nil {
		a = j.compile(l, r.Trace())
	}
	if a == nil {
		l.key.code.SetLoopCounter(l.key.jumpPC, -1)
		return
	}
	l.aborts++
	j.Stats.Aborts[a.Reason.Name()]++
	j.logf("trace abort %s", a.Error())
	if a.Reason.Blacklists() && l.aborts >= MaxAborts {
		l.blacklisted = true
		j.Stats.Blacklisted++
		j.logf("loop blacklisted %s:%d", l.file, l.line)
		l.key.code.SetLoopCounter(l.key.jumpPC, math.MinInt32)
		return
	}
	backoff := int64(j.opts.Threshold) << l.aborts
	if backoff > math.MaxInt32/2 {
		backoff = math.MaxInt32 / 2
	}
	l.key.code.SetLoopCounter(l.key.jumpPC, -int32(backoff))
}

// compile optimizes and assembles a closed trace.
func (j *JIT) compile(l *loop, tr *trace.Trace) *trace.Abort {
	start := time.Now()
	var before strings.Builder
	if j.opts.Dump != nil {
		trace.Print(&before, tr)
	}
	if err := trace.Optimize(tr, j.opts.Disabled); err != nil {
		return &trace.Abort{Reason: trace.AbortCompile, Detail: err.Error(), File: l.file, Line: l.line}
	}
	c, err := Compile(tr)
	if err != nil {
		return &trace.Abort{Reason: trace.AbortCompile, Detail: err.Error(), File: l.file, Line: l.line}
	}
	elapsed := time.Since(start)
	l.compiled = c
	j.Stats.LoopsCompiled++
	j.Stats.CompileTime += elapsed
	j.Stats.CodeBytes += c.CodeSize()
	n := 0
	for _, ins := range tr.Ins {
		if ins.Op != trace.OpNop {
			n++
		}
	}
	j.Stats.IRInstructions += n
	j.logf("trace compiled %s:%d: %d IR instructions, %d bytes, %v", l.file, l.line, n, c.CodeSize(), elapsed.Round(time.Microsecond))
	if w := j.opts.Dump; w != nil {
		fmt.Fprintf(w, "==== trace %d: loop at %s:%d\n", j.Stats.LoopsCompiled, l.file, l.line)
		fmt.Fprintf(w, "---- bytecode recorded\n%s\n", strings.Join(tr.RecordedBytecode(), "\n"))
		fmt.Fprintf(w, "---- IR after recording and loop construction\n%s", before.String())
		fmt.Fprintf(w, "---- IR after optimization\n")
		trace.Print(w, tr)
		fmt.Fprintf(w, "---- machine code (%s, %d bytes)\n%s\n", goruntime.GOARCH, c.CodeSize(), c.Disassemble())
	}
	return nil
}

// run executes compiled code for loop l from the loop header of f.
func (j *JIT) run(vm *interp.VM, f *interp.Frame, l *loop) error {
	c := l.compiled
	ctx := j.ctx
	regs := f.Regs()
	t := vm.Thread()
	for {
		ctx.Slots = uintptr(unsafe.Pointer(&regs[0]))
		ctx.Interrupt = uintptr(unsafe.Pointer(&t.Interrupt))
		ctx.Fuel = fuelPerEntry
		j.Stats.Entries++
		c.Run(ctx)
		goruntime.KeepAlive(regs)
		kind, ref := ctx.ExitKind, trace.Ref(ctx.ExitRef)
		snap := int(c.Trace.Ins[ref].Snap)
		if err := restore(vm, f, c, ctx, snap); err != nil {
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
			f.SetState(l.key.jumpPC+1, f.SP())
			return runtime.NewException(runtime.KeyboardInterruptType)
		}
		j.Stats.Exits[kind.String()]++
		l.exits[int64(ref)]++
		l.iters[int64(ref)] += fuelPerEntry - ctx.Fuel
		n := l.exits[int64(ref)]
		if j.opts.Log != nil {
			code := c.Trace.Frames[c.Trace.Snaps[snap].Frames[len(c.Trace.Snaps[snap].Frames)-1].Frame].Code.(*interp.Code)
			j.logf("exit %s:%d guard %d (%s) count %d", l.file, code.LineAt(f.PC()), ref, c.Trace.Ins[ref].Op, n)
		}
		if n >= HotExit && l.iters[int64(ref)] < int64(n)*MinItersPerExit {
			j.discard(l)
		}
		return nil
	}
}

// discard drops a loop's trace after a guard failed too often, so the
// loop is recorded again; after MaxRetraces it is blacklisted.
func (j *JIT) discard(l *loop) {
	l.compiled.Free()
	l.compiled = nil
	l.retraces++
	l.exits = map[int64]int{}
	l.iters = map[int64]int64{}
	j.Stats.Retraces++
	code := l.key.code
	if l.retraces > MaxRetraces {
		l.blacklisted = true
		j.Stats.Blacklisted++
		j.logf("loop blacklisted %s:%d (guards keep failing)", l.file, l.line)
		code.SetLoopCounter(l.key.jumpPC, math.MinInt32)
		return
	}
	j.logf("trace discarded %s:%d (hot exit), recording again", l.file, l.line)
	code.SetLoopCounter(l.key.jumpPC, -int32(j.opts.Threshold))
}

//go:noinline
func safepoint() { goruntime.Gosched() }

// WriteStats prints the --jit-stats summary.
func (j *JIT) WriteStats(w io.Writer) {
	s := &j.Stats
	fmt.Fprintf(w, "jit: %d traces started, %d loops compiled, %d retraced, %d blacklisted\n", s.TracesStarted, s.LoopsCompiled, s.Retraces, s.Blacklisted)
	fmt.Fprintf(w, "jit: %d IR instructions, %d bytes of machine code\n", s.IRInstructions, s.CodeBytes)
	fmt.Fprintf(w, "jit: recording %v, compiling %v", s.RecordTime.Round(time.Microsecond), s.CompileTime.Round(time.Microsecond))
	if s.LoopsCompiled > 0 {
		fmt.Fprintf(w, " (%v per trace)", (s.CompileTime / time.Duration(s.LoopsCompiled)).Round(time.Microsecond))
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "jit: %d entries into compiled code\n", s.Entries)
	writeCounts(w, "aborts", s.Aborts)
	writeCounts(w, "exits", s.Exits)
	var locs []string
	for _, l := range j.loops {
		for ref, n := range l.exits {
			locs = append(locs, fmt.Sprintf("%s:%d guard %d: %d", l.file, l.line, ref, n))
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
	}
}

// Supported reports whether this machine has a backend; without one the
// interpreter runs alone.
func Supported() bool { return Native() != nil }
