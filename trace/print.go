package trace

import (
	"fmt"
	"io"
	"math"
	"strings"
	"unsafe"

	"github.com/tracejit/tracejit/interp"
	"github.com/tracejit/tracejit/runtime"
)

// Print writes the trace as text, one instruction per line:
//
//	0007 int   int_add_ovf   0005 0006                 #3 snap
//
// with the ref, result type, op, operands (refs, or constants inline) and,
// for guards, the snapshot number. Snapshots follow the instructions.
func Print(w io.Writer, t *Trace) {
	for i := 1; i < len(t.Ins); i++ {
		ins := t.Ins[i]
		if ins.Op == OpNop {
			continue
		}
		fmt.Fprintln(w, FormatIns(t, Ref(i)))
	}
	for i, s := range t.Snaps {
		fmt.Fprintf(w, "snap #%d %s\n", i, FormatSnap(t, &s))
	}
}

// FormatIns renders one instruction.
func FormatIns(t *Trace, r Ref) string {
	ins := t.Ins[r]
	var b strings.Builder
	typ := ""
	if ins.Type != TVoid {
		typ = ins.Type.String()
	}
	fmt.Fprintf(&b, "%04d %-5s %-15s", r, typ, ins.Op)
	switch ins.Op {
	case OpConstInt:
		fmt.Fprintf(&b, "%d", int64(t.Consts[ins.Aux]))
	case OpConstFloat:
		fmt.Fprintf(&b, "%v", math.Float64frombits(t.Consts[ins.Aux]))
	case OpConstBool:
		fmt.Fprintf(&b, "%v", ins.Aux != 0)
	case OpConstWord:
		b.WriteString(describeWord(t.Consts[ins.Aux]))
	case OpConstPtr:
		b.WriteString(describePtr(t, t.Consts[ins.Aux]))
	default:
		ops := []Ref{ins.A, ins.B, ins.C}
		var parts []string
		for k := 0; k < ins.Op.Arity(); k++ {
			parts = append(parts, fmt.Sprintf("%04d", ops[k]))
		}
		switch ins.Op {
		case OpSlotType, OpSlotRaw, OpSlotPtr:
			parts = append(parts, fmt.Sprintf("[slot %d]", ins.Aux))
		case OpGlobalType, OpGlobalRaw, OpGlobalPtr:
			parts = append(parts, fmt.Sprintf("[global %d]", ins.Aux))
		case OpFieldWord:
			parts = append(parts, fmt.Sprintf("[+%d]", ins.Aux))
		case OpParentValue:
			parts = append(parts, fmt.Sprintf("[parent %d]", ins.Aux))
		}
		b.WriteString(strings.Join(parts, " "))
	}
	if ins.Snap >= 0 {
		fmt.Fprintf(&b, "  #%d", ins.Snap)
	}
	return strings.TrimRight(b.String(), " ")
}

// FormatSnap renders a snapshot: frames (pc/sp) and slot contents.
func FormatSnap(t *Trace, s *Snapshot) string {
	var parts []string
	for i, f := range s.Frames {
		var slots []string
		for _, e := range s.Entries {
			if int(e.Frame) == i {
				slots = append(slots, fmt.Sprintf("%d=%04d", e.Slot, e.Ref))
			}
		}
		for _, v := range s.Virtuals {
			if int(v.Frame) == i {
				var elems []string
				for _, r := range v.Elems {
					elems = append(elems, fmt.Sprintf("%04d", r))
				}
				slots = append(slots, fmt.Sprintf("%d=(%s)", v.Slot, strings.Join(elems, ", ")))
			}
		}
		parts = append(parts, fmt.Sprintf("[frame %d pc %d sp %d: %s]", f.Frame, f.PC, f.SP, strings.Join(slots, " ")))
	}
	for _, g := range s.Globals {
		parts = append(parts, fmt.Sprintf("g%d=%04d", g.Slot, g.Ref))
	}
	for _, f := range s.Fields {
		sub := ""
		if f.Sub > 0 {
			sub = fmt.Sprintf(".it%d", f.Sub)
		}
		parts = append(parts, fmt.Sprintf("slot%d%s+%d=%04d", f.Slot, sub, f.Offset, f.Ref))
	}
	return strings.Join(parts, " ")
}

// knownTypeWords names the type words traces guard on, so dumps and
// golden files show "<int>" rather than an address.
var knownTypeWords = map[uint64]string{
	twInt: "<int>", twFloat: "<float>", twBool: "<bool>", twNone: "<None>",
	twList: "<list>", twTuple: "<tuple>", twRange: "<range_iterator>", twLIter: "<list_iterator>",
	typeWordOf(&interp.Function{}): "<function>", typeWordOf(&runtime.Builtin{}): "<builtin>",
	typeWordOf(&runtime.Module{}): "<module>", typeWordOf(&runtime.Str{}): "<str>",
	typeWordOf(&runtime.Type{}): "<type>", typeWordOf(&runtime.Dict{}): "<dict>",
	typeWordOf(&runtime.EnumerateIter{}): "<enumerate>", typeWordOf(&runtime.ZipIter{}): "<zip>",
	0: "<unbound>",
}

func describeWord(w uint64) string {
	if s, ok := knownTypeWords[w]; ok {
		return s
	}
	return fmt.Sprintf("%#x", w)
}

// describePtr names a pointer constant by the object it points to.
func describePtr(t *Trace, addr uint64) string {
	for _, k := range t.KeepAlive {
		switch o := k.(type) {
		case *runtime.Globals:
			if uint64(uintptr(unsafe.Pointer(o))) == addr {
				return "<globals>"
			}
		case runtime.Object:
			if uint64(objectPtr(o)) == addr {
				switch x := o.(type) {
				case *interp.Function:
					return "<function " + x.QualName + ">"
				case *runtime.Builtin:
					return "<builtin " + x.Name + ">"
				case *runtime.Module:
					return "<module " + x.Name + ">"
				case *runtime.Type:
					return "<type " + x.Name + ">"
				}
				return "<" + o.Type().Name + " object>"
			}
		}
	}
	return fmt.Sprintf("%#x", addr)
}
