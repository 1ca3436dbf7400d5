package bench

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"time"
)

// Engine is one way of running a Python program: Command followed by the
// program file and its size argument.
type Engine struct {
	Name    string   `json:"name"`
	Command []string `json:"command"`
	Version string   `json:"version,omitempty"`
}

// EngineNames are the engines the harness knows, in report order.
var EngineNames = []string{"jit", "interp", "cpython", "pypy"}

// ResolveEngines turns engine names into commands. self is the tracejit
// executable (for jit and interp); cpython is python3 and pypy is pypy3,
// found on PATH. An engine whose program is missing is left out with a
// note; an unknown name is an error.
func ResolveEngines(names []string, self string) (engines []Engine, notes []string, err error) {
	seen := map[string]bool{}
	for _, n := range names {
		n = strings.TrimSpace(n)
		if n == "" || seen[n] {
			continue
		}
		seen[n] = true
		var e Engine
		switch n {
		case "jit":
			e = Engine{Name: n, Command: []string{self, "run", "--jit-stats"}}
		case "interp":
			e = Engine{Name: n, Command: []string{self, "run", "--jit=off"}}
		case "cpython", "pypy":
			bin := map[string]string{"cpython": "python3", "pypy": "pypy3"}[n]
			path, lerr := exec.LookPath(bin)
			if lerr != nil {
				notes = append(notes, fmt.Sprintf("%s: %s not found on PATH, skipped", n, bin))
				continue
			}
			e = Engine{Name: n, Command: []string{path}}
		default:
			return nil, nil, fmt.Errorf("unknown engine %q (want %s)", n, strings.Join(EngineNames, ", "))
		}
		e.Version = engineVersion(e)
		engines = append(engines, e)
	}
	return engines, notes, nil
}

// engineVersion asks an engine for its version line (best effort).
func engineVersion(e Engine) string {
	var args []string
	switch e.Name {
	case "jit", "interp":
		args = []string{e.Command[0], "version"}
	default:
		args = []string{e.Command[0], "--version"}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, args[0], args[1:]...).CombinedOutput()
	if err != nil {
		return ""
	}
	return shortVersion(string(out))
}

// shortVersion keeps the useful part of a --version output: PyPy prints
// "Python 3.9.16 (build details...)\n[PyPy 7.3.11 with GCC 12.2.0]".
func shortVersion(out string) string {
	v := strings.Join(strings.Fields(out), " ")
	if i := strings.Index(v, "[PyPy "); i >= 0 {
		pypy := strings.Fields(v[i+1:])
		py := strings.Fields(v)
		if len(pypy) >= 2 && len(py) >= 2 {
			return pypy[0] + " " + strings.TrimSuffix(pypy[1], "]") + " (" + py[0] + " " + py[1] + ")"
		}
	}
	return v
}

// Config says what Run measures.
type Config struct {
	// Dir holds the programs (NAME.py) and testdata/NAME.small.out.
	Dir     string
	Engines []Engine
	// Runs timed runs and Warmup untimed runs per engine and program.
	Runs, Warmup int
	// Filter selects programs by name (nil: all).
	Filter *regexp.Regexp
	// Size is small, default or large.
	Size string
	// Reference is the command (python3) whose output is the expected
	// output when there is no golden for the size; nil: none.
	Reference []string
	// Timeout bounds one run (0: 10 minutes).
	Timeout time.Duration
	// Progress receives a progress line while Run works (nil: none).
	// When Terminal is set the line is redrawn in place.
	Progress io.Writer
	Terminal bool
	// Command is recorded in the report (os.Args).
	Command []string
	// Notes are added to the report (engines skipped, ...).
	Notes []string
}

// Status of an engine on a program.
const (
	StatusOK    = "ok"
	StatusWrong = "WRONG"
	StatusError = "ERROR"
)

// Report is the result of a benchmark session, as saved by --json.
type Report struct {
	Date      time.Time       `json:"date"`
	Machine   Machine         `json:"machine"`
	GoVersion string          `json:"go_version"`
	Command   []string        `json:"command"`
	Size      string          `json:"size"`
	Runs      int             `json:"runs"`
	Warmup    int             `json:"warmup"`
	Engines   []Engine        `json:"engines"`
	Programs  []ProgramResult `json:"programs"`
	Notes     []string        `json:"notes,omitempty"`
	// LoadBefore and LoadAfter are the load averages when the session
	// started and ended.
	LoadBefore string `json:"load_before,omitempty"`
	LoadAfter  string `json:"load_after,omitempty"`
}

// Machine describes where the numbers were measured.
type Machine struct {
	CPU   string `json:"cpu"`
	Cores int    `json:"cores"`
	OS    string `json:"os"`
	Arch  string `json:"arch"`
}

// loadAverage returns the 1, 5 and 15 minute load averages from
// /proc/loadavg ("" elsewhere): a busy machine makes wall times noisy.
func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	f := strings.Fields(string(data))
	if len(f) < 3 {
		return ""
	}
	return strings.Join(f[:3], " ")
}

// ProgramResult holds every engine's runs of one program.
type ProgramResult struct {
	Name string `json:"name"`
	Arg  string `json:"arg"`
	// Reference says what outputs were checked against: "golden",
	// "cpython" or "none".
	Reference string         `json:"reference"`
	Results   []EngineResult `json:"results"`
}

// EngineResult is one engine's runs of one program. Times are wall-clock
// seconds of the timed runs, in order; MaxRSS the matching peak resident
// set sizes in bytes and CPU the user+system CPU seconds. A WRONG or ERROR result has no times.
type EngineResult struct {
	Engine  string    `json:"engine"`
	Status  string    `json:"status"`
	Detail  string    `json:"detail,omitempty"`
	Warmup  []float64 `json:"warmup_seconds,omitempty"`
	Times   []float64 `json:"seconds"`
	CPU     []float64 `json:"cpu_seconds,omitempty"`
	MaxRSS  []int64   `json:"max_rss_bytes,omitempty"`
	JIT     *JITStats `json:"jit,omitempty"`
	Checked bool      `json:"checked"`
}

// Median is the median timed run in seconds (NaN without times).
func (r *EngineResult) Median() float64 {
	if r == nil || r.Status != StatusOK {
		return math.NaN()
	}
	return Median(r.Times)
}

// PeakRSS is the largest peak RSS over the runs, in bytes.
func (r *EngineResult) PeakRSS() int64 {
	var m int64
	if r == nil {
		return 0
	}
	for _, x := range r.MaxRSS {
		m = max(m, x)
	}
	return m
}

// Result returns the named engine's result, or nil.
func (p *ProgramResult) Result(engine string) *EngineResult {
	for i := range p.Results {
		if p.Results[i].Engine == engine {
			return &p.Results[i]
		}
	}
	return nil
}

// EngineNames lists the report's engines in order.
func (r *Report) EngineNames() []string {
	var names []string
	for _, e := range r.Engines {
		names = append(names, e.Name)
	}
	return names
}

// LocalMachine describes this machine.
func LocalMachine() Machine {
	m := Machine{CPU: runtime.GOARCH, Cores: runtime.NumCPU(), OS: runtime.GOOS, Arch: runtime.GOARCH}
	if data, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			k, v, ok := strings.Cut(line, ":")
			if ok && strings.TrimSpace(k) == "model name" {
				m.CPU = strings.TrimSpace(v)
				break
			}
		}
	}
	return m
}

// Select returns the programs whose names match filter (nil: all), sorted.
func Select(filter *regexp.Regexp) []string {
	var out []string
	for _, n := range Programs() {
		if filter == nil || filter.MatchString(n) {
			out = append(out, n)
		}
	}
	return out
}

// outcome is one process run.
type outcome struct {
	stdout, stderr string
	wall, cpu      time.Duration
	rss            int64
	err            error
}

// runOnce runs cmd FILE ARG in dir and measures its wall time from start to
// exit.
func runOnce(ctx context.Context, command []string, dir, file, arg string, timeout time.Duration) outcome {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	args := append(append([]string(nil), command[1:]...), file, arg)
	cmd := exec.CommandContext(ctx, command[0], args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0", "PYTHONIOENCODING=utf-8")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	o := outcome{stdout: stdout.String(), stderr: stderr.String(), wall: wall, rss: peakRSS(cmd.ProcessState)}
	if ps := cmd.ProcessState; ps != nil {
		o.cpu = ps.UserTime() + ps.SystemTime()
	}
	switch {
	case ctx.Err() == context.DeadlineExceeded:
		o.err = fmt.Errorf("timed out after %v", timeout)
	case err != nil:
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			o.err = fmt.Errorf("%v: %s", err, lastLine(o.stderr))
		} else {
			o.err = err
		}
	}
	return o
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(StripJITStats(s), "\n"), "\n")
	return lines[len(lines)-1]
}

// Run measures the selected programs with the configured engines. For
// every program it first gets the expected output (the golden for the
// small size, else one CPython run), then runs Warmup+Runs rounds; each
// round runs every engine once, in order, so drift of the machine hits all
// engines alike. An engine whose output differs from the expected one is
// WRONG and a failing one ERROR; neither is timed further.
func Run(ctx context.Context, cfg Config) (*Report, error) {
	if cfg.Runs < 1 {
		return nil, errors.New("need at least one run")
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 10 * time.Minute
	}
	if len(cfg.Engines) == 0 {
		return nil, errors.New("no engines to run")
	}
	progs := Select(cfg.Filter)
	if len(progs) == 0 {
		return nil, errors.New("no programs match the filter")
	}
	rep := &Report{
		Date:       time.Now().UTC().Truncate(time.Second),
		Machine:    LocalMachine(),
		GoVersion:  runtime.Version(),
		Command:    cfg.Command,
		Size:       cfg.Size,
		Runs:       cfg.Runs,
		Warmup:     cfg.Warmup,
		Engines:    cfg.Engines,
		Notes:      append([]string(nil), cfg.Notes...),
		LoadBefore: loadAverage(),
	}
	defer func() { rep.LoadAfter = loadAverage() }()
	p := progress{w: cfg.Progress, term: cfg.Terminal}
	defer p.done()
	for i, name := range progs {
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		arg, err := Sizes[name].Arg(cfg.Size)
		if err != nil {
			return nil, err
		}
		file := name + ".py"
		if _, err := os.Stat(filepath.Join(cfg.Dir, file)); err != nil {
			return nil, err
		}
		pr := ProgramResult{Name: name, Arg: arg}
		prefix := fmt.Sprintf("[%d/%d] %s %s", i+1, len(progs), name, arg)
		want, src, note := reference(ctx, cfg, file, name, arg, &p, prefix)
		pr.Reference = src
		if note != "" {
			rep.Notes = append(rep.Notes, note)
		}
		for _, e := range cfg.Engines {
			pr.Results = append(pr.Results, EngineResult{Engine: e.Name, Status: StatusOK, Checked: src != "none", Times: []float64{}})
		}
		for round := 0; round < cfg.Warmup+cfg.Runs; round++ {
			warm := round < cfg.Warmup
			for ei, e := range cfg.Engines {
				r := &pr.Results[ei]
				if r.Status != StatusOK {
					continue
				}
				if warm {
					p.show("%s: warm-up %d/%d %s", prefix, round+1, cfg.Warmup, e.Name)
				} else {
					p.show("%s: run %d/%d %s", prefix, round-cfg.Warmup+1, cfg.Runs, e.Name)
				}
				o := runOnce(ctx, e.Command, cfg.Dir, file, arg, cfg.Timeout)
				if ctx.Err() != nil {
					return rep, ctx.Err()
				}
				if o.err != nil {
					r.Status, r.Detail = StatusError, o.err.Error()
					r.Times, r.CPU, r.MaxRSS, r.Warmup = nil, nil, nil, nil
					continue
				}
				if src != "none" && o.stdout != want {
					r.Status, r.Detail = StatusWrong, FirstDifference(o.stdout, want)
					r.Times, r.CPU, r.MaxRSS, r.Warmup = nil, nil, nil, nil
					continue
				}
				if st := ParseJITStats(o.stderr); st != nil {
					r.JIT = st
				}
				if warm {
					r.Warmup = append(r.Warmup, o.wall.Seconds())
				} else {
					r.Times = append(r.Times, o.wall.Seconds())
					r.CPU = append(r.CPU, o.cpu.Seconds())
					r.MaxRSS = append(r.MaxRSS, o.rss)
				}
			}
		}
		for _, r := range pr.Results {
			if r.Status != StatusOK {
				rep.Notes = append(rep.Notes, fmt.Sprintf("%s %s: %s %s: %s", name, arg, r.Engine, r.Status, r.Detail))
			}
		}
		rep.Programs = append(rep.Programs, pr)
	}
	return rep, nil
}

// reference finds the expected output of a program: the checked-in golden
// for the small size, else what CPython prints.
func reference(ctx context.Context, cfg Config, file, name, arg string, p *progress, prefix string) (want, source, note string) {
	if cfg.Size == "small" {
		if data, err := os.ReadFile(filepath.Join(cfg.Dir, "testdata", name+".small.out")); err == nil {
			return string(data), "golden", ""
		}
	}
	if len(cfg.Reference) == 0 {
		return "", "none", fmt.Sprintf("%s %s: no CPython for the expected output; outputs not checked", name, arg)
	}
	p.show("%s: reference run (CPython)", prefix)
	o := runOnce(ctx, cfg.Reference, cfg.Dir, file, arg, cfg.Timeout)
	if o.err != nil {
		return "", "none", fmt.Sprintf("%s %s: CPython reference run failed (%v); outputs not checked", name, arg, o.err)
	}
	return o.stdout, "cpython", ""
}

// FirstDifference describes where got first differs from want, by line.
func FirstDifference(got, want string) string {
	g := strings.SplitAfter(got, "\n")
	w := strings.SplitAfter(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return fmt.Sprintf("stdout line %d: got %q, want %q", i+1, clip(gl), clip(wl))
		}
	}
	return "stdout differs"
}

func clip(s string) string {
	if len(s) > 80 {
		return s[:77] + "..."
	}
	return s
}

// progress draws the progress line: redrawn in place on a terminal,
// else one line per program.
type progress struct {
	w     io.Writer
	term  bool
	drawn int
	last  string
}

func (p *progress) show(format string, args ...any) {
	if p.w == nil {
		return
	}
	line := "bench: " + fmt.Sprintf(format, args...)
	if !p.term {
		// print a program's first line only
		head, _, _ := strings.Cut(line, ": ")
		if h, _, ok := strings.Cut(line[len("bench: "):], ": "); ok {
			head = h
		}
		if head != p.last {
			p.last = head
			fmt.Fprintln(p.w, line)
		}
		return
	}
	pad := ""
	if n := p.drawn - len(line); n > 0 {
		pad = strings.Repeat(" ", n)
	}
	fmt.Fprintf(p.w, "\r%s%s", line, pad)
	p.drawn = len(line)
}

func (p *progress) done() {
	if p.w != nil && p.term && p.drawn > 0 {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", p.drawn))
		p.drawn = 0
	}
}
