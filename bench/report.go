package bench

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"strings"
)

// RatioColumn is a ratio of two engines' median times shown in the table:
// Num/Den, so that >1 means Den (tracejit) is faster.
type RatioColumn struct{ Num, Den string }

// RatioColumns are the ratios the table shows, when both engines ran.
var RatioColumns = []RatioColumn{
	{"cpython", "jit"},
	{"pypy", "jit"},
	{"interp", "jit"},
	{"cpython", "interp"},
}

func (c RatioColumn) String() string { return c.Num + "/" + c.Den }

// Ratio returns the column's ratio for a program, NaN when either engine
// has no time.
func (c RatioColumn) Ratio(p *ProgramResult) float64 {
	return Ratio(p.Result(c.Num).Median(), p.Result(c.Den).Median())
}

// ratioColumns are the columns whose engines are both in the report.
func (r *Report) ratioColumns() []RatioColumn {
	have := map[string]bool{}
	for _, e := range r.Engines {
		have[e.Name] = true
	}
	var cols []RatioColumn
	for _, c := range RatioColumns {
		if have[c.Num] && have[c.Den] {
			cols = append(cols, c)
		}
	}
	return cols
}

// GeoMeans returns the geometric mean of each ratio column over the
// programs, and how many programs had both times.
func (r *Report) GeoMeans() (cols []RatioColumn, means []float64, counts []int) {
	cols = r.ratioColumns()
	for _, c := range cols {
		var xs []float64
		for i := range r.Programs {
			xs = append(xs, c.Ratio(&r.Programs[i]))
		}
		m, n := GeoMean(xs)
		means = append(means, m)
		counts = append(counts, n)
	}
	return cols, means, counts
}

// FormatSeconds formats a duration in seconds for the tables.
func FormatSeconds(s float64) string {
	switch {
	case math.IsNaN(s):
		return "-"
	case s >= 100:
		return fmt.Sprintf("%.1f", s)
	case s >= 10:
		return fmt.Sprintf("%.2f", s)
	}
	return fmt.Sprintf("%.3f", s)
}

// FormatRatio formats a speed ratio.
func FormatRatio(x float64) string {
	switch {
	case math.IsNaN(x):
		return "-"
	case x >= 100:
		return fmt.Sprintf("%.0f", x)
	case x >= 10:
		return fmt.Sprintf("%.1f", x)
	}
	return fmt.Sprintf("%.2f", x)
}

// timeCell is "median (min–max)", or the engine's status.
func timeCell(r *EngineResult) string {
	if r == nil {
		return "-"
	}
	if r.Status != StatusOK {
		return r.Status
	}
	if len(r.Times) == 0 {
		return "-"
	}
	lo, hi := MinMax(r.Times)
	if len(r.Times) == 1 {
		return FormatSeconds(r.Times[0])
	}
	return fmt.Sprintf("%s (%s–%s)", FormatSeconds(Median(r.Times)), FormatSeconds(lo), FormatSeconds(hi))
}

func mib(b int64) string {
	if b <= 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f", float64(b)/(1<<20))
}

func ms(s float64) string { return fmt.Sprintf("%.1f", s*1000) }

// table writes a Markdown table.
func table(w io.Writer, header []string, rows [][]string, right []bool) {
	fmt.Fprintf(w, "| %s |\n", strings.Join(header, " | "))
	seps := make([]string, len(header))
	for i := range seps {
		seps[i] = "---"
		if i < len(right) && right[i] {
			seps[i] = "---:"
		}
	}
	fmt.Fprintf(w, "|%s|\n", strings.Join(seps, "|"))
	for _, row := range rows {
		fmt.Fprintf(w, "| %s |\n", strings.Join(row, " | "))
	}
}

func plural(n int, what string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", what)
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// WriteMarkdown writes the report as Markdown: a header saying where and
// how it was measured, the time table with ratios and their geometric
// means, and a table of peak memory and JIT statistics.
func (r *Report) WriteMarkdown(w io.Writer) {
	fmt.Fprintf(w, "## tracejit bench: size %s\n\n", r.Size)
	fmt.Fprintf(w, "%s; %s, %d cores, %s/%s; %s.  \n", r.Date.Format("2006-01-02 15:04 MST"), r.Machine.CPU, r.Machine.Cores, r.Machine.OS, r.Machine.Arch, r.GoVersion)
	fmt.Fprintf(w, "%s per engine after %s, engines interleaved run by run.", plural(r.Runs, "timed run"), plural(r.Warmup, "warm-up run"))
	if r.LoadBefore != "" {
		fmt.Fprintf(w, " Load average %s at the start, %s at the end.", r.LoadBefore, r.LoadAfter)
	}
	fmt.Fprint(w, "  \n")
	var engs []string
	for _, e := range r.Engines {
		desc := e.Name
		if e.Version != "" {
			desc += " = " + e.Version
		}
		if e.Name == "interp" {
			desc += " --jit=off"
		}
		engs = append(engs, desc)
	}
	fmt.Fprintf(w, "Engines: %s.\n\n", strings.Join(engs, "; "))

	cols := r.ratioColumns()
	header := []string{"program", "arg"}
	right := []bool{false, true}
	for _, e := range r.Engines {
		header = append(header, e.Name+" (s)")
		right = append(right, true)
	}
	for _, c := range cols {
		header = append(header, c.String())
		right = append(right, true)
	}
	var rows [][]string
	for i := range r.Programs {
		p := &r.Programs[i]
		row := []string{p.Name, p.Arg}
		for _, e := range r.Engines {
			row = append(row, timeCell(p.Result(e.Name)))
		}
		for _, c := range cols {
			row = append(row, FormatRatio(c.Ratio(p)))
		}
		rows = append(rows, row)
	}
	if len(cols) > 0 {
		row := []string{"**geomean**", ""}
		for range r.Engines {
			row = append(row, "")
		}
		_, means, counts := r.GeoMeans()
		for i := range cols {
			cell := "**" + FormatRatio(means[i]) + "**"
			if counts[i] < len(r.Programs) {
				cell += fmt.Sprintf(" (%d of %d)", counts[i], len(r.Programs))
			}
			row = append(row, cell)
		}
		rows = append(rows, row)
	}
	table(w, header, rows, right)
	fmt.Fprintln(w)
	fmt.Fprint(w, "Wall time in seconds: median (min–max).")
	if len(cols) > 0 {
		fmt.Fprint(w, " Ratios divide median times; >1 means the second engine (tracejit) is faster.")
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w)

	// Memory and JIT statistics.
	header = []string{"program"}
	right = []bool{false}
	for _, e := range r.Engines {
		header = append(header, e.Name+" MiB")
		right = append(right, true)
	}
	hasJIT := false
	for _, e := range r.Engines {
		hasJIT = hasJIT || e.Name == "jit"
	}
	if hasJIT {
		header = append(header, "traces", "compiled", "aborts", "blacklisted", "record ms", "compile ms")
		right = append(right, true, true, true, true, true, true)
	}
	rows = nil
	for i := range r.Programs {
		p := &r.Programs[i]
		row := []string{p.Name}
		for _, e := range r.Engines {
			row = append(row, mib(p.Result(e.Name).PeakRSS()))
		}
		if hasJIT {
			if s := p.Result("jit"); s != nil && s.JIT != nil {
				j := s.JIT
				row = append(row, fmt.Sprint(j.TracesStarted), fmt.Sprint(j.LoopsCompiled), fmt.Sprint(j.Aborts),
					fmt.Sprint(j.Blacklisted), ms(j.RecordTime), ms(j.CompileTime))
			} else {
				row = append(row, "-", "-", "-", "-", "-", "-")
			}
		}
		rows = append(rows, row)
	}
	table(w, header, rows, right)
	fmt.Fprintln(w)
	fmt.Fprint(w, "Peak RSS in MiB (largest over the timed runs).")
	if hasJIT {
		fmt.Fprint(w, " JIT statistics from the jit engine's last run (--jit-stats): traces started, traces compiled (loops, links and bridges), aborted recordings, blacklisted loops, time spent recording and compiling.")
	}
	fmt.Fprintln(w)
	if len(r.Notes) > 0 {
		fmt.Fprintln(w)
		fmt.Fprintln(w, "Notes:")
		fmt.Fprintln(w)
		for _, n := range r.Notes {
			fmt.Fprintf(w, "- %s\n", n)
		}
	}
}

// WriteJSON writes the report, all runs included, as indented JSON.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// ReadJSON reads a report written by WriteJSON.
func ReadJSON(rd io.Reader) (*Report, error) {
	var r Report
	dec := json.NewDecoder(rd)
	if err := dec.Decode(&r); err != nil {
		return nil, err
	}
	if r.Programs == nil && r.Engines == nil {
		return nil, fmt.Errorf("not a tracejit bench report")
	}
	return &r, nil
}

// ReadJSONFile reads a report from a file.
func ReadJSONFile(path string) (*Report, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, err := ReadJSON(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return r, nil
}

// Compare writes, for every program in both reports, the change of each
// engine's median time from old to new, and the geometric mean of the
// new/old ratios per engine.
func Compare(w io.Writer, old, cur *Report) {
	fmt.Fprintf(w, "## tracejit bench: compare\n\n")
	fmt.Fprintf(w, "old: %s, size %s, %s (%d cores)  \n", old.Date.Format("2006-01-02 15:04 MST"), old.Size, old.Machine.CPU, old.Machine.Cores)
	fmt.Fprintf(w, "new: %s, size %s, %s (%d cores)\n\n", cur.Date.Format("2006-01-02 15:04 MST"), cur.Size, cur.Machine.CPU, cur.Machine.Cores)
	var engines []string
	inOld := map[string]bool{}
	for _, e := range old.Engines {
		inOld[e.Name] = true
	}
	for _, e := range cur.Engines {
		if inOld[e.Name] {
			engines = append(engines, e.Name)
		}
	}
	var notes []string
	if old.Size != cur.Size {
		notes = append(notes, fmt.Sprintf("sizes differ: old %s, new %s", old.Size, cur.Size))
	}
	if old.Machine != cur.Machine {
		notes = append(notes, "measured on different machines")
	}
	header := []string{"program"}
	right := []bool{false}
	for _, e := range engines {
		header = append(header, e+" old → new (s)", e+" change")
		right = append(right, true, true)
	}
	ratios := make([][]float64, len(engines))
	var rows [][]string
	oldByName := map[string]*ProgramResult{}
	for i := range old.Programs {
		oldByName[old.Programs[i].Name] = &old.Programs[i]
	}
	seen := map[string]bool{}
	for i := range cur.Programs {
		np := &cur.Programs[i]
		seen[np.Name] = true
		op := oldByName[np.Name]
		if op == nil {
			notes = append(notes, np.Name+": only in new")
			continue
		}
		name := np.Name
		if op.Arg != np.Arg {
			name += fmt.Sprintf(" (arg %s → %s)", op.Arg, np.Arg)
		}
		row := []string{name}
		for k, e := range engines {
			o, n := op.Result(e), np.Result(e)
			om, nm := o.Median(), n.Median()
			row = append(row, fmt.Sprintf("%s → %s", statusOr(o, om), statusOr(n, nm)))
			q := Ratio(nm, om)
			ratios[k] = append(ratios[k], q)
			row = append(row, FormatChange(q))
		}
		rows = append(rows, row)
	}
	for i := range old.Programs {
		if !seen[old.Programs[i].Name] {
			notes = append(notes, old.Programs[i].Name+": only in old")
		}
	}
	geo := []string{"**geomean**"}
	for k := range engines {
		m, _ := GeoMean(ratios[k])
		geo = append(geo, "", "**"+FormatChange(m)+"**")
	}
	rows = append(rows, geo)
	table(w, header, rows, right)
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Change of the median wall time from old to new: negative is faster.")
	if len(notes) > 0 {
		fmt.Fprintln(w)
		for _, n := range notes {
			fmt.Fprintf(w, "- %s\n", n)
		}
	}
}

func statusOr(r *EngineResult, median float64) string {
	if r != nil && r.Status != StatusOK {
		return r.Status
	}
	return FormatSeconds(median)
}

// FormatChange formats a new/old time ratio as a signed percentage.
func FormatChange(q float64) string {
	if math.IsNaN(q) {
		return "-"
	}
	pct := (q - 1) * 100
	if math.Abs(pct) < 0.05 {
		return "0.0%"
	}
	return fmt.Sprintf("%+.1f%%", pct)
}
