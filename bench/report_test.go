package bench

import (
	"bytes"
	"encoding/xml"
	"io"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"
)

// sampleReport has two programs; pypy is WRONG on the second.
func sampleReport() *Report {
	return &Report{
		Date:      time.Date(2025, 3, 4, 5, 6, 7, 0, time.UTC),
		Machine:   Machine{CPU: "Test CPU", Cores: 4, OS: "linux", Arch: "amd64"},
		GoVersion: "go1.26",
		Command:   []string{"tracejit", "bench"},
		Size:      "default",
		Runs:      3,
		Warmup:    1,
		Engines: []Engine{
			{Name: "jit", Command: []string{"/bin/tracejit", "run", "--jit-stats"}},
			{Name: "interp", Command: []string{"/bin/tracejit", "run", "--jit=off"}},
			{Name: "cpython", Command: []string{"python3"}, Version: "Python 3.11.7"},
			{Name: "pypy", Command: []string{"pypy3"}},
		},
		Programs: []ProgramResult{
			{Name: "fib", Arg: "30", Reference: "cpython", Results: []EngineResult{
				{Engine: "jit", Status: StatusOK, Checked: true, Times: []float64{0.5, 0.4, 0.6}, MaxRSS: []int64{10 << 20, 11 << 20, 10 << 20},
					JIT: &JITStats{TracesStarted: 3, LoopsCompiled: 2, Aborts: 1, CompileTime: 0.0021}},
				{Engine: "interp", Status: StatusOK, Checked: true, Times: []float64{2, 2.2, 1.8}},
				{Engine: "cpython", Status: StatusOK, Checked: true, Times: []float64{1, 1.1, 0.9}, Warmup: []float64{1}},
				{Engine: "pypy", Status: StatusOK, Checked: true, Times: []float64{0.25, 0.25, 0.25}},
			}},
			{Name: "nbody", Arg: "1000", Reference: "cpython", Results: []EngineResult{
				{Engine: "jit", Status: StatusOK, Checked: true, Times: []float64{0.1, 0.1, 0.1}},
				{Engine: "interp", Status: StatusOK, Checked: true, Times: []float64{0.4, 0.4, 0.4}},
				{Engine: "cpython", Status: StatusOK, Checked: true, Times: []float64{0.8, 0.8, 0.8}},
				{Engine: "pypy", Status: StatusWrong, Checked: true, Detail: "stdout line 1: got \"1\\n\", want \"2\\n\""},
			}},
		},
		Notes:      []string{"nbody 1000: pypy WRONG"},
		LoadBefore: "0.10 0.20 0.30",
		LoadAfter:  "0.40 0.50 0.60",
	}
}

func TestGeoMeans(t *testing.T) {
	cols, means, counts := sampleReport().GeoMeans()
	want := map[string]struct {
		mean float64
		n    int
	}{
		"cpython/jit":    {math.Sqrt(2 * 8), 2},
		"pypy/jit":       {0.5, 1},
		"interp/jit":     {4, 2},
		"cpython/interp": {math.Sqrt(0.5 * 2), 2},
	}
	if len(cols) != 4 {
		t.Fatalf("columns %v", cols)
	}
	for i, c := range cols {
		w := want[c.String()]
		if !near(means[i], w.mean) || counts[i] != w.n {
			t.Errorf("%s: %v over %d, want %v over %d", c, means[i], counts[i], w.mean, w.n)
		}
	}
}

func TestWriteMarkdown(t *testing.T) {
	var b bytes.Buffer
	sampleReport().WriteMarkdown(&b)
	out := b.String()
	for _, want := range []string{
		"## tracejit bench: size default",
		"2025-03-04 05:06 UTC; Test CPU, 4 cores, linux/amd64; go1.26.  ",
		"| program | arg | jit (s) | interp (s) | cpython (s) | pypy (s) | cpython/jit | pypy/jit | interp/jit | cpython/interp |",
		"|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
		"| fib | 30 | 0.500 (0.400–0.600) | 2.000 (1.800–2.200) | 1.000 (0.900–1.100) | 0.250 (0.250–0.250) | 2.00 | 0.50 | 4.00 | 0.50 |",
		"| nbody | 1000 | 0.100 (0.100–0.100) | 0.400 (0.400–0.400) | 0.800 (0.800–0.800) | WRONG | 8.00 | - | 4.00 | 2.00 |",
		"| **geomean** |  |  |  |  |  | **4.00** | **0.50** (1 of 2) | **4.00** | **1.00** |",
		"| fib | 11.0 | - | - | - | 3 | 2 | 1 | 0 | 0.0 | 2.1 |",
		"- nbody 1000: pypy WRONG",
	} {
		if !strings.Contains(out, want+"\n") {
			t.Errorf("markdown lacks line %q\n%s", want, out)
		}
	}
	// Every table row has as many cells as its header.
	cells := -1
	for _, line := range strings.Split(out, "\n") {
		if !strings.HasPrefix(line, "|") {
			cells = -1
			continue
		}
		n := strings.Count(line, "|")
		if cells >= 0 && n != cells {
			t.Errorf("row with %d separators, header has %d: %s", n, cells, line)
		}
		if cells < 0 {
			cells = n
		}
	}
}

func TestMarkdownWithoutRatios(t *testing.T) {
	r := sampleReport()
	r.Engines = r.Engines[:1]
	var b bytes.Buffer
	r.WriteMarkdown(&b)
	if strings.Contains(b.String(), "geomean") || strings.Contains(b.String(), "cpython/jit") {
		t.Errorf("ratios without the engines:\n%s", b.String())
	}
}

func TestJSONRoundTrip(t *testing.T) {
	r := sampleReport()
	var b bytes.Buffer
	if err := r.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	back, err := ReadJSON(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if !back.Date.Equal(r.Date) {
		t.Errorf("date %v, want %v", back.Date, r.Date)
	}
	back.Date = r.Date
	if !reflect.DeepEqual(back, r) {
		t.Errorf("round trip changed the report:\n%s", b.String())
	}
	for _, key := range []string{`"seconds"`, `"cpu": "Test CPU"`, `"cores": 4`, `"go_version"`, `"command"`, `"date": "2025-03-04T05:06:07Z"`} {
		if !strings.Contains(b.String(), key) {
			t.Errorf("JSON lacks %s", key)
		}
	}
	if _, err := ReadJSON(strings.NewReader(`{"x": 1}`)); err == nil {
		t.Error("ReadJSON accepted a non-report")
	}
	if _, err := ReadJSON(strings.NewReader(`{`)); err == nil {
		t.Error("ReadJSON accepted broken JSON")
	}
}

func TestCompare(t *testing.T) {
	old := sampleReport()
	cur := sampleReport()
	cur.Date = cur.Date.Add(24 * time.Hour)
	cur.Programs[0].Results[0].Times = []float64{0.25, 0.2, 0.3} // jit twice as fast
	cur.Programs[1].Results[2].Times = []float64{1, 1, 1}        // cpython 25% slower
	cur.Programs = append(cur.Programs, ProgramResult{Name: "extra", Arg: "1"})
	var b bytes.Buffer
	Compare(&b, old, cur)
	out := b.String()
	for _, want := range []string{
		"| program | jit old → new (s) | jit change | interp old → new (s) | interp change | cpython old → new (s) | cpython change | pypy old → new (s) | pypy change |",
		"| fib | 0.500 → 0.250 | -50.0% | 2.000 → 2.000 | 0.0% | 1.000 → 1.000 | 0.0% | 0.250 → 0.250 | 0.0% |",
		"| nbody | 0.100 → 0.100 | 0.0% | 0.400 → 0.400 | 0.0% | 0.800 → 1.000 | +25.0% | WRONG → WRONG | - |",
		"| **geomean** |  | **-29.3%** |  | **0.0%** |  | **+11.8%** |  | **0.0%** |",
		"- extra: only in new",
	} {
		if !strings.Contains(out, want+"\n") {
			t.Errorf("compare lacks line %q\n%s", want, out)
		}
	}
}

// wellFormed parses an SVG document with encoding/xml and returns how many
// elements of each name it has.
func wellFormed(t *testing.T, r io.Reader) map[string]int {
	t.Helper()
	dec := xml.NewDecoder(r)
	counts := map[string]int{}
	depth := 0
	root := ""
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				root = tok.Name.Local
				if tok.Name.Space != "http://www.w3.org/2000/svg" {
					t.Errorf("root namespace %q", tok.Name.Space)
				}
			}
			counts[tok.Name.Local]++
			depth++
		case xml.EndElement:
			depth--
		}
	}
	if root != "svg" || depth != 0 {
		t.Errorf("root %q, depth at end %d", root, depth)
	}
	return counts
}

func TestWriteSVG(t *testing.T) {
	r := sampleReport()
	r.Programs[0].Name = `a<b&"c"` // must be escaped
	var b bytes.Buffer
	if err := r.WriteSVG(&b); err != nil {
		t.Fatal(err)
	}
	counts := wellFormed(t, bytes.NewReader(b.Bytes()))
	// 3 engines besides cpython x (2 programs + geomean), minus pypy's
	// WRONG bar, plus the background and 3 legend swatches.
	if got, want := counts["rect"], 3*3-1+1+3; got != want {
		t.Errorf("%d rects, want %d", got, want)
	}
	for _, s := range []string{"speedup over CPython", "program", ">jit<", ">interp<", ">pypy<", ">WRONG<", ">geomean<", "1×"} {
		if !strings.Contains(b.String(), s) {
			t.Errorf("SVG lacks %q", s)
		}
	}
}

func TestWriteSVGNeedsCPython(t *testing.T) {
	r := sampleReport()
	r.Engines = r.Engines[:2]
	if err := r.WriteSVG(io.Discard); err == nil {
		t.Error("chart without cpython did not fail")
	}
}

func TestSVGAllSlower(t *testing.T) {
	r := sampleReport()
	for i := range r.Programs {
		for j := range r.Programs[i].Results {
			if r.Programs[i].Results[j].Engine != "cpython" {
				r.Programs[i].Results[j] = EngineResult{Engine: r.Programs[i].Results[j].Engine, Status: StatusOK, Times: []float64{5}}
			}
		}
	}
	var b bytes.Buffer
	if err := r.WriteSVG(&b); err != nil {
		t.Fatal(err)
	}
	wellFormed(t, &b)
}
