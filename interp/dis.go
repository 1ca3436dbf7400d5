package interp

import (
	"fmt"
	"io"
	"strings"

	"github.com/tracejit/tracejit/runtime"
)

// Disassemble writes a listing of code and every code object nested in
// its constants, laid out like CPython's dis module: source line, jump
// target marker, offset (instruction index), opname, argument and the
// argument's meaning in parentheses.
func Disassemble(w io.Writer, code *Code) {
	disassembleOne(w, code)
	for _, k := range code.Consts {
		if sub, ok := k.Object().(*Code); ok {
			fmt.Fprintf(w, "\nDisassembly of <code object %s, file \"%s\", line %d>:\n", sub.Name, sub.Filename, sub.FirstLine)
			Disassemble(w, sub)
		}
	}
}

func disassembleOne(w io.Writer, code *Code) {
	targets := map[int]bool{}
	maxLine := 0
	for _, ins := range code.Instrs {
		if isJump(ins.Op()) {
			targets[ins.Arg()] = true
		}
	}
	for _, h := range code.Handlers {
		targets[int(h.Target)] = true
	}
	for _, l := range code.Lines {
		if int(l) > maxLine {
			maxLine = int(l)
		}
	}
	lineWidth := max(3, len(itoa(maxLine)))
	offWidth := max(4, len(itoa(len(code.Instrs))))
	lastLine := int32(-1)
	for pc, ins := range code.Instrs {
		var fields []string
		if line := code.Lines[pc]; line != lastLine {
			if pc > 0 {
				fmt.Fprintln(w)
			}
			fields = append(fields, fmt.Sprintf("%*d", lineWidth, line))
			lastLine = line
		} else {
			fields = append(fields, strings.Repeat(" ", lineWidth))
		}
		fields = append(fields, "   ")
		if targets[pc] {
			fields = append(fields, ">>")
		} else {
			fields = append(fields, "  ")
		}
		fields = append(fields, fmt.Sprintf("%*d", offWidth, pc))
		op := ins.Op()
		fields = append(fields, fmt.Sprintf("%-20s", op))
		if opTable[op].arg != argNone || ins.Arg() != 0 {
			fields = append(fields, fmt.Sprintf("%5d", ins.Arg()))
			if r := argRepr(code, op, ins.Arg()); r != "" {
				fields = append(fields, "("+r+")")
			}
		}
		fmt.Fprintln(w, strings.TrimRight(strings.Join(fields, " "), " "))
	}
	if len(code.Handlers) > 0 {
		fmt.Fprintln(w, "ExceptionTable:")
		for _, h := range code.Handlers {
			fmt.Fprintf(w, "  %d to %d -> %d [%d]\n", h.Start, h.End-1, h.Target, h.Depth)
		}
	}
}

func argRepr(code *Code, op Op, arg int) string {
	switch opTable[op].arg {
	case argConst:
		v := code.Consts[arg]
		if c, ok := v.Object().(*Code); ok {
			return fmt.Sprintf("<code object %s, file \"%s\", line %d>", c.Name, c.Filename, c.FirstLine)
		}
		return runtime.ReprOrPlaceholder(v)
	case argLocal:
		return code.VarNames[arg]
	case argCell:
		if arg < code.NCells() {
			return code.cellName(arg)
		}
	case argGlobal:
		return code.Globals.Names[arg]
	case argName:
		return code.Names[arg]
	case argJump:
		return "to " + itoa(arg)
	case argBinary:
		s := runtime.BinaryOp(arg &^ inplaceFlag).String()
		if arg&inplaceFlag != 0 {
			s += "="
		}
		return s
	case argCompare:
		return runtime.CompareOp(arg).String()
	case argInvert:
		if op == IS_OP {
			return map[bool]string{false: "is", true: "is not"}[arg == 1]
		}
		return map[bool]string{false: "in", true: "not in"}[arg == 1]
	}
	return ""
}
