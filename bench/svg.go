package bench

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
)

// engineColors are the bar colors, by engine; others take fallbackColors.
var engineColors = map[string]string{
	"jit":    "#1f77b4",
	"interp": "#ff7f0e",
	"pypy":   "#2ca02c",
}

var fallbackColors = []string{"#9467bd", "#8c564b", "#e377c2", "#7f7f7f"}

// WriteSVG draws the report as a bar chart: for every program (and the
// geometric mean) one bar per engine showing its speedup over CPython
// (CPython's median time divided by the engine's) on a logarithmic axis,
// bars growing up from 1× when faster and down when slower. It needs the
// cpython engine in the report.
func (r *Report) WriteSVG(w io.Writer) error {
	var engines []string
	hasCPython := false
	for _, e := range r.Engines {
		if e.Name == "cpython" {
			hasCPython = true
		} else {
			engines = append(engines, e.Name)
		}
	}
	if !hasCPython {
		return errors.New("the chart shows speedups over CPython: run with the cpython engine")
	}
	if len(engines) == 0 {
		return errors.New("no engine besides cpython to chart")
	}

	// speedups[group][engine]; the last group is the geometric mean.
	type group struct {
		label string
		vals  []float64
		notes []string // status when there is no value
	}
	var groups []group
	for i := range r.Programs {
		p := &r.Programs[i]
		g := group{label: p.Name}
		base := p.Result("cpython")
		for _, e := range engines {
			er := p.Result(e)
			g.vals = append(g.vals, Ratio(base.Median(), er.Median()))
			note := ""
			switch {
			case er != nil && er.Status != StatusOK:
				note = er.Status
			case base != nil && base.Status != StatusOK:
				note = "cpython " + base.Status
			}
			g.notes = append(g.notes, note)
		}
		groups = append(groups, g)
	}
	geo := group{label: "geomean"}
	for k := range engines {
		var xs []float64
		for _, g := range groups {
			xs = append(xs, g.vals[k])
		}
		m, _ := GeoMean(xs)
		geo.vals = append(geo.vals, m)
		geo.notes = append(geo.notes, "")
	}
	groups = append(groups, geo)

	// The axis spans whole decades around 1 and every value.
	lo, hi := 1.0, 1.0
	for _, g := range groups {
		for _, v := range g.vals {
			if v > 0 && !math.IsInf(v, 0) {
				lo, hi = math.Min(lo, v), math.Max(hi, v)
			}
		}
	}
	dlo := math.Floor(math.Log10(lo) + 1e-9)
	dhi := math.Ceil(math.Log10(hi) - 1e-9)
	if dhi <= dlo {
		dhi = dlo + 1
	}

	const (
		left, right, top, bottom = 80.0, 150.0, 50.0, 110.0
		plotH                    = 360.0
		barW, groupGap           = 14.0, 14.0
	)
	groupW := float64(len(engines))*barW + groupGap
	plotW := float64(len(groups)) * groupW
	width, height := math.Max(left+plotW+right, 640), top+plotH+bottom
	y := func(v float64) float64 {
		return top + plotH*(dhi-math.Log10(v))/(dhi-dlo)
	}

	var b bytes.Buffer
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%.0f" height="%.0f" viewBox="0 0 %.0f %.0f" font-family="sans-serif" font-size="12">`+"\n", width, height, width, height)
	fmt.Fprintf(&b, `<rect x="0" y="0" width="%.0f" height="%.0f" fill="white"/>`+"\n", width, height)
	title := fmt.Sprintf("tracejit bench, size %s: speedup over CPython (%s)", r.Size, r.Date.Format("2006-01-02"))
	fmt.Fprintf(&b, `<text x="%.1f" y="24" text-anchor="middle" font-size="15">%s</text>`+"\n", width/2, esc(title))

	// Grid lines and tick labels: every decade, plus 2× and 5× when the
	// axis spans at most two decades.
	for d := dlo; d <= dhi; d++ {
		steps := []float64{1}
		if dhi-dlo <= 2 && d < dhi {
			steps = []float64{1, 2, 5}
		}
		for _, s := range steps {
			v := s * math.Pow(10, d)
			yy := y(v)
			stroke, dash := "#cccccc", ` stroke-dasharray="3,3"`
			if s == 1 {
				dash = ""
			}
			if v == 1 {
				stroke = "#333333"
			}
			fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s"%s/>`+"\n", left, yy, left+plotW, yy, stroke, dash)
			fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="end" dominant-baseline="middle">%s×</text>`+"\n", left-6, yy, esc(tickLabel(v)))
		}
	}
	// Axes.
	fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="black"/>`+"\n", left, top, left, top+plotH)
	fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="black"/>`+"\n", left, top+plotH, left+plotW, top+plotH)
	fmt.Fprintf(&b, `<text transform="translate(20,%.1f) rotate(-90)" text-anchor="middle">speedup over CPython (CPython time / engine time, log scale)</text>`+"\n", top+plotH/2)
	fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="middle">program</text>`+"\n", left+plotW/2, height-8)

	// Bars.
	for gi, g := range groups {
		x0 := left + float64(gi)*groupW + groupGap/2
		for k, e := range engines {
			x := x0 + float64(k)*barW
			v := g.vals[k]
			if !(v > 0) || math.IsInf(v, 0) {
				label := g.notes[k]
				if label == "" {
					label = "n/a"
				}
				fmt.Fprintf(&b, `<text transform="translate(%.1f,%.1f) rotate(-90)" font-size="9" fill="#b00000">%s</text>`+"\n", x+barW/2+3, y(1)-4, esc(label))
				continue
			}
			y1, y2 := y(v), y(1)
			if y1 > y2 {
				y1, y2 = y2, y1
			}
			fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"><title>%s %s: %s×</title></rect>`+"\n",
				x, y1, barW-2, math.Max(y2-y1, 0.5), colorOf(e, k), esc(g.label), esc(e), FormatRatio(v))
		}
		lx := x0 + float64(len(engines))*barW/2
		weight := ""
		if gi == len(groups)-1 {
			weight = ` font-weight="bold"`
		}
		fmt.Fprintf(&b, `<text transform="translate(%.1f,%.1f) rotate(-40)" text-anchor="end"%s>%s</text>`+"\n", lx, top+plotH+14, weight, esc(g.label))
	}

	// Legend.
	lx, ly := left+plotW+20, top+10
	fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" font-weight="bold">engine</text>`+"\n", lx, ly)
	for k, e := range engines {
		yy := ly + 18*float64(k+1)
		fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="12" height="12" fill="%s"/>`+"\n", lx, yy-10, colorOf(e, k))
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f">%s</text>`+"\n", lx+18, yy, esc(e))
	}
	fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" fill="#555555">1× = CPython</text>`+"\n", lx, ly+18*float64(len(engines)+1)+6)
	b.WriteString("</svg>\n")
	_, err := w.Write(b.Bytes())
	return err
}

func colorOf(engine string, k int) string {
	if c, ok := engineColors[engine]; ok {
		return c
	}
	return fallbackColors[k%len(fallbackColors)]
}

func tickLabel(v float64) string {
	s := fmt.Sprintf("%g", v)
	if strings.Contains(s, "e") {
		s = fmt.Sprintf("%.0f", v)
		if v < 1 {
			s = fmt.Sprintf("%.6f", v)
			s = strings.TrimRight(s, "0")
		}
	}
	return s
}

func esc(s string) string {
	var b bytes.Buffer
	xml.EscapeText(&b, []byte(s))
	return b.String()
}
