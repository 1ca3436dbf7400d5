package bench

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// JITStats is what `tracejit --jit-stats` printed on stderr at exit.
type JITStats struct {
	TracesStarted int            `json:"traces_started"`
	LoopsCompiled int            `json:"loops_compiled"`
	Blacklisted   int            `json:"blacklisted"`
	Retraced      int            `json:"retraced"`
	Aborts        int            `json:"aborts"`
	AbortReasons  map[string]int `json:"abort_reasons,omitempty"`
	Entries       int            `json:"entries"`
	RecordTime    float64        `json:"record_seconds"`
	CompileTime   float64        `json:"compile_seconds"`
	CodeBytes     int            `json:"code_bytes"`
	Lines         []string       `json:"lines,omitempty"`
}

var (
	countRE   = regexp.MustCompile(`^(\d+) ([a-zA-Z][a-zA-Z ]*)$`)
	durRE     = regexp.MustCompile(`(recording|compiling) (\S+)`)
	reasonRE  = regexp.MustCompile(`^(.*\S) (\d+)$`)
	codeByteR = regexp.MustCompile(`(\d+) bytes of machine code`)
	entriesRE = regexp.MustCompile(`^(\d+) entries`)
)

// ParseJITStats extracts the JIT summary from a tracejit stderr: the lines
// starting with "jit: ". It returns nil when there are none (the JIT was
// off or unsupported: "jit: off" also yields nil). Unknown lines are kept
// in Lines and otherwise ignored, so the parser survives new counters.
func ParseJITStats(stderr string) *JITStats {
	var s JITStats
	found := false
	for _, line := range strings.Split(stderr, "\n") {
		rest, ok := strings.CutPrefix(line, "jit: ")
		if !ok {
			continue
		}
		if rest == "off" {
			return nil
		}
		found = true
		if !strings.HasPrefix(rest, " ") { // per-guard detail lines are left out
			s.Lines = append(s.Lines, rest)
		}
		switch {
		case strings.HasPrefix(rest, "aborts: "):
			s.AbortReasons = map[string]int{}
			for _, part := range strings.Split(strings.TrimPrefix(rest, "aborts: "), ", ") {
				if m := reasonRE.FindStringSubmatch(part); m != nil {
					n, _ := strconv.Atoi(m[2])
					s.AbortReasons[m[1]] += n
					s.Aborts += n
				}
			}
		case strings.HasPrefix(rest, "recording "):
			for _, m := range durRE.FindAllStringSubmatch(rest, -1) {
				d, err := time.ParseDuration(strings.TrimSuffix(m[2], ","))
				if err != nil {
					continue
				}
				if m[1] == "recording" {
					s.RecordTime = d.Seconds()
				} else {
					s.CompileTime = d.Seconds()
				}
			}
		case codeByteR.MatchString(rest):
			n, _ := strconv.Atoi(codeByteR.FindStringSubmatch(rest)[1])
			s.CodeBytes = n
		case entriesRE.MatchString(rest):
			n, _ := strconv.Atoi(entriesRE.FindStringSubmatch(rest)[1])
			s.Entries = n
		case strings.Contains(rest, "traces started"):
			for _, part := range strings.Split(rest, ", ") {
				m := countRE.FindStringSubmatch(strings.TrimSpace(part))
				if m == nil {
					continue
				}
				n, _ := strconv.Atoi(m[1])
				switch m[2] {
				case "traces started":
					s.TracesStarted = n
				case "traces compiled", "loops compiled":
					s.LoopsCompiled = n
				case "blacklisted":
					s.Blacklisted = n
				case "retraced":
					s.Retraced = n
				}
			}
		}
	}
	if !found {
		return nil
	}
	return &s
}

// StripJITStats returns stderr without the JIT summary lines (what the
// program itself printed).
func StripJITStats(stderr string) string {
	var keep []string
	for _, line := range strings.SplitAfter(stderr, "\n") {
		if !strings.HasPrefix(line, "jit: ") {
			keep = append(keep, line)
		}
	}
	return strings.Join(keep, "")
}
