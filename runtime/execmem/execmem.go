// Package execmem holds machine code in memory the CPU may execute.
//
// Every Block owns its own anonymous mapping. The mapping is created
// read-write, the code is copied in, and the pages are then switched to
// read-execute; they are never writable and executable at the same time
// (W^X), which is also what arm64 Linux kernels and hardened systems insist
// on. On arm64 the data cache is cleaned and the instruction cache
// invalidated over the code before New returns (see icache_arm64.s).
//
// Assumptions and rules for users:
//
//  1. Code is position-independent bytes: no relocations are applied.
//  2. A Block is freed explicitly. There is no finalizer, because the only
//     thing that keeps code alive while it runs is its address (a uintptr),
//     which the garbage collector cannot see; unmapping on collection would
//     turn a forgotten reference into a crash inside machine code.
//  3. Free must not be called while any goroutine may still execute or
//     return into the block.
//  4. ISB only resynchronises the calling core. A thread that later runs
//     the code on another core relies on the kernel's context
//     synchronisation (every kernel entry/exit). That is enough for code in
//     fresh pages; patching code in place while other threads may be running
//     it would additionally need membarrier(SYNC_CORE).
package execmem

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"

	"golang.org/x/sys/unix"
)

// Block is machine code in its own pages: mapped read-write, filled, then
// switched to read-execute.
type Block struct {
	addr atomic.Uintptr // entry address; 0 once freed. Read on every entry, so lock-free.
	mu   sync.Mutex     // guards mem
	mem  []byte         // whole mapping, page-rounded; nil once freed
	n    int            // code length in bytes
}

// fillHook, when set (by tests), runs after the code has been copied into
// the read-write mapping and before it is made executable.
var fillHook func(mem []byte)

// New copies code into a fresh executable mapping.
func New(code []byte) (*Block, error) {
	if len(code) == 0 {
		return nil, errors.New("execmem: empty code")
	}
	page := unix.Getpagesize()
	size := (len(code) + page - 1) &^ (page - 1)
	mem, err := unix.Mmap(-1, 0, size, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE|unix.MAP_ANON)
	if err != nil {
		return nil, fmt.Errorf("execmem: mmap %d bytes: %w", size, err)
	}
	copy(mem, code)
	if runtime.GOARCH == "amd64" {
		// A stray jump past the end should trap: INT3. On arm64 the zero
		// words mmap already gives decode as UDF #0, which traps too.
		for i := len(code); i < size; i++ {
			mem[i] = 0xCC
		}
	}
	if fillHook != nil {
		fillHook(mem)
	}
	if err := unix.Mprotect(mem, unix.PROT_READ|unix.PROT_EXEC); err != nil {
		unix.Munmap(mem)
		return nil, fmt.Errorf("execmem: mprotect r-x: %w", err)
	}
	start := uintptr(unsafe.Pointer(&mem[0]))
	// After mprotect: the cache maintenance instructions need the pages
	// readable, and nothing writes them any more.
	flushICache(start, start+uintptr(len(code)))
	b := &Block{mem: mem, n: len(code)}
	b.addr.Store(start)
	return b, nil
}

// Addr returns the entry address (the first byte of the code), or 0 after
// Free.
func (b *Block) Addr() uintptr { return b.addr.Load() }

// Len returns the code length in bytes (not the page-rounded mapping size).
func (b *Block) Len() int { return b.n }

// Bytes returns the code for disassembly. The memory is read-only: writing
// to the slice faults. It is nil after Free and must not be used after Free.
func (b *Block) Bytes() []byte {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.mem == nil {
		return nil
	}
	return b.mem[:b.n:b.n]
}

// Free unmaps the block. It is idempotent and safe to call from several
// goroutines, but only once nothing executes the code any more.
func (b *Block) Free() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.mem == nil {
		return nil
	}
	b.addr.Store(0)
	err := unix.Munmap(b.mem)
	b.mem = nil
	if err != nil {
		return fmt.Errorf("execmem: munmap: %w", err)
	}
	return nil
}
