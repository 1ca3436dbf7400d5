package bench

import (
	"reflect"
	"testing"
)

const sampleStats = `Traceback? no, this line is the program's own stderr
jit: 26 traces started, 10 traces compiled, 2 bridges, 9 retraced, 6 blacklisted
jit: 488 IR instructions, 7367 bytes of machine code
jit: recording 773µs, compiling 3.69ms (369µs per trace)
jit: 945 entries into compiled code
jit: aborts: inner_loop 4, nyi_call 4, nyi_operand 8
jit: exits: guard 945
jit:   exit sorting.py:81 guard 29: 1
`

func TestParseJITStats(t *testing.T) {
	s := ParseJITStats(sampleStats)
	if s == nil {
		t.Fatal("no stats parsed")
	}
	want := JITStats{
		TracesStarted: 26, LoopsCompiled: 10, Retraced: 9, Blacklisted: 6,
		Aborts:       16,
		AbortReasons: map[string]int{"inner_loop": 4, "nyi_call": 4, "nyi_operand": 8},
		Entries:      945,
		RecordTime:   0.000773,
		CompileTime:  0.00369,
		CodeBytes:    7367,
	}
	got := *s
	got.Lines = nil
	if !near(got.RecordTime, want.RecordTime) || !near(got.CompileTime, want.CompileTime) {
		t.Errorf("times %v %v", got.RecordTime, got.CompileTime)
	}
	got.RecordTime, got.CompileTime = want.RecordTime, want.CompileTime
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	if len(s.Lines) != 6 {
		t.Errorf("kept %d lines, want 6 (no per-guard details): %q", len(s.Lines), s.Lines)
	}
}

func TestParseJITStatsOther(t *testing.T) {
	if s := ParseJITStats("jit: off\n"); s != nil {
		t.Errorf("jit off parsed as %+v", s)
	}
	if s := ParseJITStats("hello\n"); s != nil {
		t.Errorf("no stats parsed as %+v", s)
	}
	s := ParseJITStats("jit: 0 traces started, 0 loops compiled, 0 blacklisted\njit: recording 0s, compiling 0s\njit: no aborts\n")
	if s == nil || s.Aborts != 0 || s.TracesStarted != 0 || s.CompileTime != 0 {
		t.Errorf("quiet run parsed as %+v", s)
	}
	if got := StripJITStats(sampleStats); got != "Traceback? no, this line is the program's own stderr\n" {
		t.Errorf("StripJITStats = %q", got)
	}
}
