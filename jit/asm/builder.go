// Package asm is the thin layer between the JIT backends and golang-asm
// (github.com/twitchyliquid64/golang-asm, the Go 1.15 assembler as a
// library). A Builder assembles one function for one ISA ("amd64" or
// "arm64") and hands back position-independent bytes for runtime/execmem.
//
// golang-asm only runs the architecture's span pass (span6 / span7); the
// passes that normally precede it (progedit, preprocess) and the linker do
// not run. This package restores the parts that matter and turns golang-asm's
// silent failures into errors:
//
//  1. Diagnostics are collected into the error returned by Assemble instead
//     of being printed next to garbage bytes.
//  2. A branch without a target, or with a target that is not in this
//     builder's list, is an error (span6 would make it a self-loop).
//  3. The architecture's Progedit runs on every Prog. On arm64 this rewrites
//     $0 to ZR (otherwise `MOVD $0, 8(R0)` stores R0) and negative ADD/SUB/
//     CMP immediates to the complementary instruction (otherwise they go
//     through R27).
//  4. Anything that needs the linker (a symbol reference, a float constant
//     progedit moved to a constant pool, a relocation) is an error: there is
//     no linker. Materialise float constants through a general register.
//  5. On arm64 the span pass skips the first Prog (it expects TEXT there);
//     the Builder emits that dummy itself. A RET with no operand becomes
//     RET (R30).
//  6. On amd64 ctxt.IsAsm is set, which disables the JCC-erratum jump
//     padding golang-asm hard-wires ("alignedjumps"); code layout is then
//     exactly what the caller wrote.
//
// Concurrency: golang-asm keeps its opcode tables in package globals that
// are built lazily and are not goroutine safe. Table set-up runs once per
// arch (sync.Once, with a throw-away warm-up function), and every Assemble
// holds a package mutex. Builders themselves are not safe for concurrent use.
//
// Only obj, obj/x86 and obj/arm64 are imported, not golang-asm's root
// package, which would link every other backend into the binary.
//
// Caveats inherited from golang-asm: its objabi package validates GOARM,
// GOMIPS, GOMIPS64, GOPPC64 and GOWASM at init time and exits the process
// (log.Fatal) on values newer Go toolchains accept, e.g. GOARM=7,softfloat.
// A few internal failures ("span must be looping", an arm64 instruction
// longer than 24 bytes) also call log.Fatal; Assemble recovers panics only.
package asm

import (
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/arm64"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
	"github.com/twitchyliquid64/golang-asm/objabi"
)

// assembleMu serialises everything that touches golang-asm's global tables.
var assembleMu sync.Mutex

// warm holds the per-arch one-time table set-up.
var warm = map[string]*sync.Once{"amd64": new(sync.Once), "arm64": new(sync.Once)}

func linkArch(arch string) *obj.LinkArch {
	switch arch {
	case "amd64":
		return &x86.Linkamd64
	case "arm64":
		return &arm64.Linkarm64
	}
	return nil
}

// Builder assembles one function for one ISA and returns errors instead of
// printing them.
type Builder struct {
	arch  string
	ctxt  *obj.Link
	head  *obj.Prog // zero-width first Prog; never a label, never seen by callers
	last  *obj.Prog
	align []alignRequest
	diags []string
	done  bool
}

type alignRequest struct {
	label    *obj.Prog
	boundary int
	pad      []*obj.Prog // amd64: the padding Progs currently in front of label
}

// NewBuilder returns a Builder for "amd64" or "arm64".
func NewBuilder(arch string) (*Builder, error) {
	la := linkArch(arch)
	if la == nil {
		return nil, fmt.Errorf("asm: unsupported arch %q", arch)
	}
	b := newBuilder(arch, la)
	warm[arch].Do(func() { warmUp(arch, b.ctxt) })
	return b, nil
}

func newBuilder(arch string, la *obj.LinkArch) *Builder {
	ctxt := obj.Linknew(la)
	ctxt.Headtype = objabi.Hlinux
	ctxt.IsAsm = true // amd64: no JCC-erratum padding; nothing else reads it in span6/span7
	b := &Builder{arch: arch, ctxt: ctxt}
	ctxt.DiagFunc = func(format string, args ...interface{}) {
		b.diags = append(b.diags, fmt.Sprintf(format, args...))
	}
	b.head = ctxt.NewProg()
	b.head.As = obj.ANOP
	b.last = b.head
	return b
}

// warmUp builds the arch's opcode tables and assembles a throw-away function
// so every lazily built global exists before builders run concurrently.
func warmUp(arch string, ctxt *obj.Link) {
	assembleMu.Lock()
	ctxt.Arch.Init(ctxt)
	assembleMu.Unlock()
	w := newBuilder(arch, ctxt.Arch)
	top := w.Label()
	switch arch {
	case "amd64":
		w.Op(x86.AADDQ, Reg(x86.REG_CX), Reg(x86.REG_AX))
		w.Op(x86.AMOVQ, Mem(x86.REG_DI, 8), Reg(x86.REG_AX))
		w.Op(x86.ADECQ, obj.Addr{}, Reg(x86.REG_CX))
		w.Branch(x86.AJNE, top)
	case "arm64":
		p := w.Op(arm64.AADD, Reg(arm64.REG_R1), Reg(arm64.REG_R2))
		p.Reg = arm64.REG_R2
		w.Op(arm64.AMOVD, Mem(arm64.REG_R0, 8), Reg(arm64.REG_R2))
		p = w.Op(arm64.ASUBS, Imm(1), Reg(arm64.REG_R1))
		p.Reg = arm64.REG_R1
		w.Branch(arm64.ABNE, top)
	}
	w.Op(obj.ARET, obj.Addr{}, obj.Addr{})
	if _, err := w.Assemble(); err != nil {
		panic("asm: warm-up for " + arch + " failed: " + err.Error())
	}
}

// Arch returns the builder's architecture name.
func (b *Builder) Arch() string { return b.arch }

// Prog returns a new, empty Prog appended to the list.
func (b *Builder) Prog() *obj.Prog {
	if b.done {
		panic("asm: Prog after Assemble")
	}
	p := b.ctxt.NewProg()
	b.last.Link = p
	b.last = p
	return p
}

// Label returns a zero-width label (ANOP) appended to the list. After
// Assemble its Pc is the offset of the next instruction.
func (b *Builder) Label() *obj.Prog {
	p := b.Prog()
	p.As = obj.ANOP
	return p
}

// Op appends `as from, to` (Go operand order) and returns it, e.g. for
// setting Reg, the middle operand of arm64 three-operand instructions.
func (b *Builder) Op(as obj.As, from, to obj.Addr) *obj.Prog {
	p := b.Prog()
	p.As, p.From, p.To = as, from, to
	return p
}

// Branch appends a branch to target. target may be nil and set later with
// p.To.SetTarget, but it must be set before Assemble.
func (b *Builder) Branch(as obj.As, target *obj.Prog) *obj.Prog {
	p := b.Prog()
	p.As = as
	p.To.Type = obj.TYPE_BRANCH
	if target != nil {
		p.To.SetTarget(target)
	}
	return p
}

// Reg is a register operand.
func Reg(r int16) obj.Addr { return obj.Addr{Type: obj.TYPE_REG, Reg: r} }

// Mem is a memory operand off(base).
func Mem(base int16, off int64) obj.Addr {
	return obj.Addr{Type: obj.TYPE_MEM, Reg: base, Offset: off}
}

// Imm is an integer immediate ($v).
func Imm(v int64) obj.Addr { return obj.Addr{Type: obj.TYPE_CONST, Offset: v} }

// Align asks that label start at a multiple of boundary bytes from the
// start of the code (a power of two, 8..2048). Code from runtime/execmem is
// page aligned, so this is absolute alignment. Used for loop heads: the same
// amd64 loop can run 2x slower when it straddles a 64-byte line.
//
// arm64 uses golang-asm's PCALIGN (NOPs in front of label). amd64 has no
// PCALIGN in this golang-asm version, so Assemble inserts multi-byte NOPs in
// front of label and reassembles until the layout is stable.
func (b *Builder) Align(label *obj.Prog, boundary int) {
	b.align = append(b.align, alignRequest{label: label, boundary: boundary})
}

// maxAlignPasses bounds the amd64 pad-and-reassemble loop. Each pass can
// only be disturbed by branches changing between short and long forms, so
// two or three passes settle in practice; alignment is only a performance
// hint, so the last layout is used if it has not settled.
const maxAlignPasses = 8

// Assemble runs the arch assembler and returns the code. A Builder can be
// assembled once; afterwards every Prog's Pc holds its offset.
func (b *Builder) Assemble() (code []byte, err error) {
	if b.done {
		return nil, errors.New("asm: Assemble called twice")
	}
	b.done = true
	for _, r := range b.align {
		if r.boundary < 8 || r.boundary > 2048 || r.boundary&(r.boundary-1) != 0 {
			return nil, fmt.Errorf("asm: alignment %d is not a power of two in [8, 2048]", r.boundary)
		}
	}
	if err := b.check(); err != nil {
		return nil, err
	}

	assembleMu.Lock()
	defer assembleMu.Unlock()
	defer func() {
		// A malformed Prog can make golang-asm panic (it was written for
		// input cmd/asm has already validated). The global tables are
		// read-only by now, so the panic only affects this builder.
		if r := recover(); r != nil {
			code, err = nil, fmt.Errorf("asm: golang-asm panicked: %v", r)
		}
	}()

	if err := b.progedit(); err != nil {
		return nil, err
	}
	if b.arch == "arm64" {
		for _, r := range b.align {
			pa := b.ctxt.NewProg()
			pa.As = obj.APCALIGN
			pa.From = Imm(int64(r.boundary))
			b.insertBefore(r.label, pa)
		}
		return b.span()
	}

	code, err = b.span()
	for pass := 0; err == nil && len(b.align) > 0 && pass < maxAlignPasses; pass++ {
		changed := false
		for i := range b.align {
			r := &b.align[i]
			start := r.label.Pc - int64(len(r.pad)) // where the padding starts
			want := int(-start & int64(r.boundary-1))
			if want != len(r.pad) {
				b.setPad(r, want)
				changed = true
			}
		}
		if !changed {
			break
		}
		code, err = b.span()
	}
	return code, err
}

// check validates branches before golang-asm sees them.
func (b *Builder) check() error {
	inList := make(map[*obj.Prog]bool)
	for p := b.head; p != nil; p = p.Link {
		inList[p] = true
	}
	for _, r := range b.align {
		if !inList[r.label] {
			return fmt.Errorf("asm: aligned label is not in this builder")
		}
	}
	n := 0
	for p := b.head.Link; p != nil; p = p.Link {
		n++
		if p.To.Type != obj.TYPE_BRANCH {
			continue
		}
		t := p.To.Target()
		switch {
		case t == nil && p.To.Sym == nil:
			return fmt.Errorf("asm: instruction %d (%v) is a branch without a target", n, p.As)
		case t == nil:
			return fmt.Errorf("asm: instruction %d (%v) branches to symbol %s: there is no linker", n, p.As, p.To.Sym.Name)
		case !inList[t]:
			return fmt.Errorf("asm: instruction %d (%v) branches to a Prog outside this builder", n, p.As)
		}
	}
	return nil
}

// progedit applies the arch's per-instruction rewrites (normally done by
// cmd/asm before the span pass) and rejects what would need the linker.
func (b *Builder) progedit() error {
	newprog := b.ctxt.NewProg
	n := 0
	for p := b.head.Link; p != nil; p = p.Link {
		n++
		if b.arch == "arm64" && p.As == obj.ARET && p.To.Type == obj.TYPE_NONE {
			p.To = Reg(arm64.REGLINK)
		}
		float := p.From.Type == obj.TYPE_FCONST
		b.ctxt.Arch.Progedit(b.ctxt, p, newprog)
		for _, a := range []*obj.Addr{&p.From, &p.To} {
			if a.Sym == nil && a.Name == obj.NAME_NONE {
				continue
			}
			if float {
				return fmt.Errorf("asm: instruction %d (%v): float constant %v needs a constant pool; materialise it through a general register", n, p.As, p.From.Val)
			}
			return fmt.Errorf("asm: instruction %d (%v) references a symbol: there is no linker", n, p.As)
		}
	}
	return nil
}

// span runs the arch's span pass once over the list.
func (b *Builder) span() ([]byte, error) {
	b.dropPCDATA()
	for p := b.head; p != nil; p = p.Link {
		// span6 decides "backward branch" from Back flags it leaves set on
		// every Prog; a second pass over the same list would then encode
		// forward branches as backward ones to the targets' stale Pcs.
		p.Back, p.Rel, p.Forwd = 0, nil, nil
	}
	b.diags = b.diags[:0]
	b.ctxt.Errors = 0
	s := &obj.LSym{Func: &obj.FuncInfo{Text: b.head}}
	b.ctxt.Arch.Assemble(b.ctxt, s, b.ctxt.NewProg)
	if b.ctxt.Errors > 0 || len(b.diags) > 0 {
		return nil, fmt.Errorf("asm: %s: %s", b.arch, strings.Join(dedup(b.diags), "; "))
	}
	for _, r := range s.R {
		// Zero-size marker relocations without a symbol (R_CALLIND on
		// indirect calls and arm64 RET) change no bytes.
		if r.Siz != 0 || r.Sym != nil {
			return nil, fmt.Errorf("asm: %s: code needs a relocation (type %d at %#x): there is no linker", b.arch, r.Type, r.Off)
		}
	}
	if err := b.verifyBranches(s.P); err != nil {
		return nil, err
	}
	return s.P, nil
}

// verifyBranches decodes every branch and checks that it reaches its
// target's Pc: cheap insurance against layout bugs such as the stale-flag
// one span() works around.
func (b *Builder) verifyBranches(code []byte) error {
	for p := b.head; p != nil; p = p.Link {
		if p.To.Type != obj.TYPE_BRANCH {
			continue
		}
		want := p.To.Target().Pc
		got, ok := branchTarget(b.arch, code, int(p.Pc))
		if !ok || got != want {
			return fmt.Errorf("asm: %s: internal error: %v at %#x reaches %#x, want %#x", b.arch, p.As, p.Pc, got, want)
		}
	}
	return nil
}

// dropPCDATA removes the PCDATA Progs span7 inserts to mark sequences using
// R27 (for async preemption, which never applies to JIT code), so that
// reassembly starts from the caller's list.
func (b *Builder) dropPCDATA() {
	for p := b.head; p.Link != nil; {
		if p.Link.As == obj.APCDATA {
			p.Link = p.Link.Link
			continue
		}
		p = p.Link
	}
	for b.last = b.head; b.last.Link != nil; b.last = b.last.Link {
	}
}

func (b *Builder) insertBefore(label, q *obj.Prog) {
	for p := b.head; p.Link != nil; p = p.Link {
		if p.Link == label {
			q.Link = label
			p.Link = q
			return
		}
	}
	panic("asm: label not in list")
}

// nops are the recommended multi-byte x86 NOPs (Intel SDM, NOP), indexed by
// length-1, so padding executes as few instructions as possible when the
// loop is entered by falling through.
var nops = [][]byte{
	{0x90},
	{0x66, 0x90},
	{0x0F, 0x1F, 0x00},
	{0x0F, 0x1F, 0x40, 0x00},
	{0x0F, 0x1F, 0x44, 0x00, 0x00},
	{0x66, 0x0F, 0x1F, 0x44, 0x00, 0x00},
	{0x0F, 0x1F, 0x80, 0x00, 0x00, 0x00, 0x00},
	{0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
	{0x66, 0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
}

// setPad replaces the amd64 padding in front of r.label with n bytes of
// NOPs, spelled as BYTE Progs (golang-asm has no multi-byte NOP form).
func (b *Builder) setPad(r *alignRequest, n int) {
	// Find the Prog in front of the current padding.
	first := r.label
	if len(r.pad) > 0 {
		first = r.pad[0]
	}
	var prev *obj.Prog
	for p := b.head; p.Link != nil; p = p.Link {
		if p.Link == first {
			prev = p
			break
		}
	}
	r.pad = r.pad[:0]
	for n > 0 {
		seq := nops[min(n, len(nops))-1]
		for _, c := range seq {
			q := b.ctxt.NewProg()
			q.As = x86.ABYTE
			q.From = Imm(int64(c))
			r.pad = append(r.pad, q)
		}
		n -= len(seq)
	}
	p := prev
	for _, q := range r.pad {
		p.Link = q
		p = q
	}
	p.Link = r.label
}

func dedup(s []string) []string {
	seen := make(map[string]bool)
	var out []string
	for _, m := range s {
		m = strings.TrimSpace(m)
		if !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
	}
	return out
}
