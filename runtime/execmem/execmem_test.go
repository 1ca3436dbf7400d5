package execmem

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"
	"unsafe"

	"golang.org/x/sys/unix"
)

// mapping is one line of /proc/self/maps.
type mapping struct {
	lo, hi uintptr
	perm   string // e.g. "r-xp"
}

func readMaps(t *testing.T) []mapping {
	t.Helper()
	data, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		t.Skipf("no /proc/self/maps: %v", err)
	}
	var ms []mapping
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		var m mapping
		if _, err := fmt.Sscanf(sc.Text(), "%x-%x %s", &m.lo, &m.hi, &m.perm); err != nil {
			t.Fatalf("parse %q: %v", sc.Text(), err)
		}
		ms = append(ms, m)
	}
	return ms
}

// permAt returns the permissions of the mapping containing [lo, hi), or ""
// if no single mapping covers it.
func permAt(t *testing.T, lo, hi uintptr) string {
	t.Helper()
	for _, m := range readMaps(t) {
		if m.lo <= lo && hi <= m.hi {
			return m.perm
		}
	}
	return ""
}

// checkNoWX fails if any mapping of the process is writable and executable.
func checkNoWX(t *testing.T) {
	t.Helper()
	for _, m := range readMaps(t) {
		if strings.Contains(m.perm, "w") && strings.Contains(m.perm, "x") {
			t.Errorf("mapping %#x-%#x is %s", m.lo, m.hi, m.perm)
		}
	}
}

func TestWXInvariant(t *testing.T) {
	code := []byte{0xC3, 0x90, 0x90, 0x00, 0xC0, 0x03, 0x5F, 0xD6}
	var fillPerm string
	var mapped []byte // the whole mapping, kept to inspect it afterwards
	fillHook = func(mem []byte) {
		mapped = mem
		lo := uintptr(unsafe.Pointer(&mem[0]))
		fillPerm = permAt(t, lo, lo+uintptr(len(mem)))
		checkNoWX(t)
	}
	defer func() { fillHook = nil }()

	b, err := New(code)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Free()
	if fillPerm != "rw-p" {
		t.Errorf("pages while filling: %q, want rw-p", fillPerm)
	}
	lo := b.Addr()
	page := uintptr(unix.Getpagesize())
	if lo%page != 0 {
		t.Errorf("Addr %#x not page aligned", lo)
	}
	if p := permAt(t, lo, lo+page); p != "r-xp" {
		t.Errorf("pages after New: %q, want r-xp", p)
	}
	checkNoWX(t)
	if b.Len() != len(code) || !bytes.Equal(b.Bytes(), code) {
		t.Errorf("Bytes() = % x, want % x", b.Bytes(), code)
	}
	if runtime.GOARCH == "amd64" {
		tail := mapped[len(code):]
		if bytes.Count(tail, []byte{0xCC}) != len(tail) {
			t.Errorf("tail of the page is not INT3")
		}
	}
}

func TestFreeIdempotent(t *testing.T) {
	b, err := New(make([]byte, 5000))
	if err != nil {
		t.Fatal(err)
	}
	lo := b.Addr()
	hi := lo + 5000
	if p := permAt(t, lo, hi); p != "r-xp" {
		t.Fatalf("two-page block: %q, want r-xp", p)
	}
	for i := 0; i < 3; i++ {
		if err := b.Free(); err != nil {
			t.Fatalf("Free #%d: %v", i+1, err)
		}
	}
	if b.Addr() != 0 || b.Bytes() != nil {
		t.Errorf("after Free: Addr=%#x Bytes=%v", b.Addr(), b.Bytes())
	}
	if p := permAt(t, lo, hi); p == "r-xp" {
		t.Errorf("block still mapped r-x after Free")
	}

	// Concurrent Free of one block is also safe.
	b, err = New([]byte{1})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Go(func() {
			if err := b.Free(); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
}

func TestEmpty(t *testing.T) {
	if _, err := New(nil); err == nil {
		t.Fatal("New(nil) succeeded")
	}
}

func TestManyBlocks(t *testing.T) {
	page := unix.Getpagesize()
	sizes := []int{1, 3, page - 1, page, page + 1, 3*page + 17}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Go(func() {
			var blocks []*Block
			var want [][]byte
			for i := 0; i < 250; i++ {
				code := make([]byte, sizes[(i+g)%len(sizes)])
				for j := range code {
					code[j] = byte(i + j*g)
				}
				b, err := New(code)
				if err != nil {
					t.Error(err)
					return
				}
				blocks = append(blocks, b)
				want = append(want, code)
				if i%3 == 0 { // interleave frees so addresses get reused
					k := len(blocks) / 2
					if !bytes.Equal(blocks[k].Bytes(), want[k]) {
						t.Errorf("block %d corrupted", k)
					}
					blocks[k].Free()
					blocks = append(blocks[:k], blocks[k+1:]...)
					want = append(want[:k], want[k+1:]...)
				}
			}
			for k, b := range blocks {
				if !bytes.Equal(b.Bytes(), want[k]) {
					t.Errorf("block %d corrupted", k)
				}
				if err := b.Free(); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	checkNoWX(t)
}

func BenchmarkNewFree(b *testing.B) {
	code := make([]byte, 512)
	for b.Loop() {
		blk, err := New(code)
		if err != nil {
			b.Fatal(err)
		}
		blk.Free()
	}
}
