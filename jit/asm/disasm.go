package asm

import (
	"encoding/binary"
	"fmt"
	"sort"
	"strings"

	"golang.org/x/arch/arm64/arm64asm"
	"golang.org/x/arch/x86/x86asm"
)

// Disassemble lists code in Go assembler syntax, one instruction per line:
// offset, hex bytes, text, and the note marks[offset] when present. pc is
// the address of code[0], used by the x86 formatter for branch targets; in
// addition every PC-relative operand is shown as "-> offset (mark)". Bytes
// that do not decode (arm64 literal pools, the zero padding golang-asm adds
// to 16 bytes, a cut-off x86 instruction) are listed as data. A mark that
// falls inside an instruction is attached to that instruction with its
// offset; marks at or past the end are listed after the code.
func Disassemble(arch string, code []byte, pc uint64, marks map[int]string) string {
	var sb strings.Builder
	used := make(map[int]bool)
	line := func(off, n int, text string) {
		var notes []string
		for i := off; i < off+n; i++ {
			if m, ok := marks[i]; ok {
				used[i] = true
				if i == off {
					notes = append(notes, m)
				} else {
					notes = append(notes, fmt.Sprintf("%s (at %#x)", m, i))
				}
			}
		}
		s := fmt.Sprintf("0x%04x  %-30s %s", off, hexBytes(code[off:off+n]), text)
		if len(notes) > 0 {
			s = fmt.Sprintf("%-80s ; %s", s, strings.Join(notes, "; "))
		}
		sb.WriteString(strings.TrimRight(s, " "))
		sb.WriteByte('\n')
	}

	switch arch {
	case "amd64":
		for off := 0; off < len(code); {
			inst, err := x86asm.Decode(code[off:], 64)
			if err != nil || inst.Len == 0 || inst.Op == 0 {
				line(off, 1, fmt.Sprintf("BYTE $%#02x", code[off]))
				off++
				continue
			}
			text := x86asm.GoSyntax(inst, pc+uint64(off), nil)
			for _, a := range inst.Args {
				if rel, ok := a.(x86asm.Rel); ok {
					text += target(off+inst.Len+int(rel), marks)
				}
			}
			line(off, inst.Len, text)
			off += inst.Len
		}
	case "arm64":
		off := 0
		for ; off+4 <= len(code); off += 4 {
			inst, err := arm64asm.Decode(code[off : off+4])
			if err != nil {
				line(off, 4, fmt.Sprintf("WORD $%#08x", binary.LittleEndian.Uint32(code[off:])))
				continue
			}
			text := arm64asm.GoSyntax(inst, pc+uint64(off), nil, nil)
			for _, a := range inst.Args {
				if rel, ok := a.(arm64asm.PCRel); ok {
					text += target(off+int(rel), marks)
				}
			}
			line(off, 4, text)
		}
		for ; off < len(code); off++ {
			line(off, 1, fmt.Sprintf("BYTE $%#02x", code[off]))
		}
	default:
		return fmt.Sprintf("; cannot disassemble arch %q\n", arch)
	}

	var rest []int
	for off := range marks {
		if !used[off] {
			rest = append(rest, off)
		}
	}
	sort.Ints(rest)
	for _, off := range rest {
		fmt.Fprintf(&sb, "%-80s ; %s\n", fmt.Sprintf("0x%04x", off), marks[off])
	}
	return sb.String()
}

// target formats a PC-relative operand's destination as an offset.
func target(off int, marks map[int]string) string {
	if m, ok := marks[off]; ok {
		return fmt.Sprintf("  -> 0x%04x (%s)", off, m)
	}
	return fmt.Sprintf("  -> 0x%04x", off)
}

func hexBytes(b []byte) string {
	var sb strings.Builder
	for i, c := range b {
		if i > 0 {
			sb.WriteByte(' ')
		}
		fmt.Fprintf(&sb, "%02x", c)
	}
	return sb.String()
}

// branchTarget decodes the instruction at code[off:] and returns the offset
// its PC-relative operand points to.
func branchTarget(arch string, code []byte, off int) (int64, bool) {
	switch arch {
	case "amd64":
		inst, err := x86asm.Decode(code[off:], 64)
		if err != nil {
			return 0, false
		}
		for _, a := range inst.Args {
			if rel, ok := a.(x86asm.Rel); ok {
				return int64(off + inst.Len + int(rel)), true
			}
		}
	case "arm64":
		if off+4 > len(code) {
			return 0, false
		}
		inst, err := arm64asm.Decode(code[off : off+4])
		if err != nil {
			return 0, false
		}
		for _, a := range inst.Args {
			if rel, ok := a.(arm64asm.PCRel); ok {
				return int64(off + int(rel)), true
			}
		}
	}
	return 0, false
}
