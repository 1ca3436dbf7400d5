package runtime

import (
	"math"
	"syscall"
	"time"
)

// The time module.

func init() {
	BuiltinModules["time"] = newTimeModule
}

// processStart anchors perf_counter and monotonic (Go's monotonic clock).
var processStart = time.Now()

func newTimeModule(t *Thread) *Module {
	m := NewModule("time")
	noArgs := func(name string, f func() Value) Value {
		return NewBuiltin(name, func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := exactArgs("time."+name, args, kw, 0); err != nil {
				return Value{}, err
			}
			return f(), nil
		})
	}
	elapsed := func() int64 { return int64(time.Since(processStart)) }
	seconds := func(ns int64) Value { return Float(float64(ns) / 1e9) }
	pending := map[string]Value{"sleep": NewBuiltin("sleep", timeSleep)}
	for name, f := range map[string]func() Value{
		"perf_counter":    func() Value { return seconds(elapsed()) },
		"perf_counter_ns": func() Value { return Int(elapsed()) },
		"monotonic":       func() Value { return seconds(elapsed()) },
		"monotonic_ns":    func() Value { return Int(elapsed()) },
		"time":            func() Value { return seconds(time.Now().UnixNano()) },
		"time_ns":         func() Value { return Int(time.Now().UnixNano()) },
		"process_time":    func() Value { return seconds(processTimeNs()) },
		"process_time_ns": func() Value { return Int(processTimeNs()) },
	} {
		pending[name] = noArgs(name, f)
	}
	bindSorted(m, pending)
	return m
}

// processTimeNs is the CPU time (user + system) used by the process.
func processTimeNs() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

func timeSleep(t *Thread, args []Value, kw []string) (Value, error) {
	if err := exactArgs("time.sleep", args, kw, 1); err != nil {
		return Value{}, err
	}
	var secs float64
	switch v := args[0]; {
	case v.IsFloat():
		secs = v.AsFloat()
		if math.IsNaN(secs) {
			return Value{}, Errorf(ValueErrorType, "Invalid value NaN (not a number)")
		}
	default:
		n, err := Index(t, v)
		if err != nil {
			return Value{}, err
		}
		if secs, err = IntToFloat(n); err != nil {
			return Value{}, Errorf(OverflowErrorType, "timestamp too large to convert to C _PyTime_t")
		}
	}
	if secs < 0 {
		return Value{}, Errorf(ValueErrorType, "sleep length must be non-negative")
	}
	if secs*1e9 >= math.MaxInt64 {
		return Value{}, Errorf(OverflowErrorType, "timestamp too large to convert to C _PyTime_t")
	}
	t.Stdout.Flush()
	// Sleep in slices so that an interrupt (SIGINT) ends the sleep early;
	// the interpreter raises KeyboardInterrupt when it next polls the flag.
	deadline := time.Now().Add(time.Duration(secs * 1e9))
	for {
		left := time.Until(deadline)
		if left <= 0 || t.Interrupt.Load() != 0 {
			return None, nil
		}
		time.Sleep(min(left, 50*time.Millisecond))
	}
}
