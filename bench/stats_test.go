package bench

import (
	"math"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-12*math.Max(1, math.Abs(b)) }

func TestMedian(t *testing.T) {
	for _, tc := range []struct {
		in   []float64
		want float64
	}{
		{[]float64{3}, 3},
		{[]float64{3, 1, 2}, 2},
		{[]float64{4, 1, 3, 2}, 2.5},
		{[]float64{5, 5, 1, 9, 9}, 5},
	} {
		in := append([]float64(nil), tc.in...)
		if got := Median(in); got != tc.want {
			t.Errorf("Median(%v) = %v, want %v", tc.in, got, tc.want)
		}
		for i := range in {
			if in[i] != tc.in[i] {
				t.Errorf("Median reordered its argument: %v", in)
			}
		}
	}
	if !math.IsNaN(Median(nil)) {
		t.Error("Median(nil) is not NaN")
	}
}

func TestMinMax(t *testing.T) {
	lo, hi := MinMax([]float64{2, 7, -1, 3})
	if lo != -1 || hi != 7 {
		t.Errorf("MinMax = %v, %v", lo, hi)
	}
	lo, hi = MinMax(nil)
	if !math.IsNaN(lo) || !math.IsNaN(hi) {
		t.Errorf("MinMax(nil) = %v, %v", lo, hi)
	}
}

func TestRatio(t *testing.T) {
	if got := Ratio(3, 1.5); got != 2 {
		t.Errorf("Ratio(3, 1.5) = %v", got)
	}
	for _, c := range [][2]float64{{math.NaN(), 1}, {1, math.NaN()}, {1, 0}, {0, 1}, {-1, 1}, {math.Inf(1), 1}} {
		if got := Ratio(c[0], c[1]); !math.IsNaN(got) {
			t.Errorf("Ratio(%v, %v) = %v, want NaN", c[0], c[1], got)
		}
	}
}

func TestGeoMean(t *testing.T) {
	m, n := GeoMean([]float64{2, 8})
	if !near(m, 4) || n != 2 {
		t.Errorf("GeoMean(2, 8) = %v, %d", m, n)
	}
	m, n = GeoMean([]float64{0.5, math.NaN(), 2, 1})
	if !near(m, 1) || n != 3 {
		t.Errorf("GeoMean skipping NaN = %v, %d", m, n)
	}
	m, n = GeoMean([]float64{math.NaN()})
	if !math.IsNaN(m) || n != 0 {
		t.Errorf("GeoMean(NaN) = %v, %d", m, n)
	}
	// The geometric mean of ratios is the ratio of geometric means.
	a := []float64{1.5, 3, 0.2}
	b := []float64{0.5, 6, 0.1}
	var q []float64
	for i := range a {
		q = append(q, a[i]/b[i])
	}
	ga, _ := GeoMean(a)
	gb, _ := GeoMean(b)
	gq, _ := GeoMean(q)
	if !near(gq, ga/gb) {
		t.Errorf("geomean of ratios %v, ratio of geomeans %v", gq, ga/gb)
	}
}

func TestFormat(t *testing.T) {
	for _, tc := range []struct {
		got, want string
	}{
		{FormatSeconds(0.0123456), "0.012"},
		{FormatSeconds(1.23456), "1.235"},
		{FormatSeconds(12.3456), "12.35"},
		{FormatSeconds(123.456), "123.5"},
		{FormatSeconds(math.NaN()), "-"},
		{FormatRatio(1.234), "1.23"},
		{FormatRatio(12.34), "12.3"},
		{FormatRatio(123.4), "123"},
		{FormatRatio(math.NaN()), "-"},
		{FormatChange(0.9), "-10.0%"},
		{FormatChange(1.25), "+25.0%"},
		{FormatChange(1), "0.0%"},
		{FormatChange(math.NaN()), "-"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}

func TestSizes(t *testing.T) {
	s := Size{"1", "2", "3"}
	for name, want := range map[string]string{"small": "1", "default": "2", "large": "3"} {
		if got, err := s.Arg(name); err != nil || got != want {
			t.Errorf("Arg(%s) = %q, %v", name, got, err)
		}
	}
	if _, err := s.Arg("huge"); err == nil {
		t.Error("Arg(huge) did not fail")
	}
}
