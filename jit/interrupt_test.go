package jit_test

import (
	"bytes"
	"os"
	goruntime "runtime"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/tracejit/tracejit/interp"
	"github.com/tracejit/tracejit/jit"
)

// An infinite loop running as compiled code must stop on SIGINT with a
// KeyboardInterrupt traceback, while the GC and other goroutines keep
// running (compiled code cannot be preempted, so it must exit to Go
// regularly).
func TestInterruptCompiledInfiniteLoop(t *testing.T) {
	if !jit.Supported() {
		t.Skip("no JIT backend on this architecture")
	}
	src := `
x = 0
y = 0.5
while True:
    x += 1
    y = y * 0.999 + 1.0
`
	var stdout, stderr bytes.Buffer
	j := jit.New(jit.Options{Threshold: 1})
	done := make(chan int, 1)
	go func() {
		done <- interp.RunSource("loop.py", []byte(src), interp.Options{
			Stdout: &stdout, Stderr: &stderr, HandleSIGINT: true, JIT: j, Threshold: 1,
		})
	}()

	// Meanwhile another goroutine allocates and the GC must complete cycles.
	var ticks, gcs atomic.Int64
	stop := make(chan struct{})
	go func() {
		for {
			select {
			case <-stop:
				return
			default:
			}
			_ = make([]byte, 1<<10)
			ticks.Add(1)
			time.Sleep(time.Millisecond)
		}
	}()
	go func() {
		for {
			select {
			case <-stop:
				return
			default:
			}
			goruntime.GC()
			gcs.Add(1)
		}
	}()
	// Let the loop run at least 300ms, and on a loaded machine (or under
	// qemu) until the other goroutines made progress, up to 20s: the
	// test is that they run at all, not how fast.
	progress := func() bool { return ticks.Load() >= 10 && gcs.Load() >= 2 }
	for t0 := time.Now(); time.Since(t0) < 300*time.Millisecond || (!progress() && time.Since(t0) < 20*time.Second); {
		time.Sleep(10 * time.Millisecond)
	}
	if j.Stats.Entries == 0 {
		t.Log("warning: loop not yet in compiled code")
	}
	if err := syscall.Kill(os.Getpid(), syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	select {
	case status := <-done:
		close(stop)
		if status != 1 {
			t.Errorf("exit status %d, want 1", status)
		}
		if !strings.Contains(stderr.String(), "KeyboardInterrupt") || !strings.Contains(stderr.String(), `File "loop.py", line 4, in <module>`) {
			t.Errorf("stderr:\n%s", stderr.String())
		}
	case <-time.After(10 * time.Second):
		close(stop)
		t.Fatal("SIGINT did not stop the compiled loop")
	}
	// Starvation would mean (almost) no progress at all while the loop
	// ran.
	if !progress() {
		t.Errorf("other goroutines starved: %d ticks, %d GC cycles in 20s", ticks.Load(), gcs.Load())
	}
	if j.Stats.LoopsCompiled == 0 {
		t.Errorf("the loop was never compiled")
	}
}
