package syntax

import (
	"fmt"
	"strings"
)

// Error kinds, named after the Python exception each becomes.
const (
	KindSyntax         = "SyntaxError"
	KindIndentation    = "IndentationError"
	KindTab            = "TabError"
	KindNotImplemented = "NotImplementedError"
)

// Error is a syntax (or not-yet-supported syntax) error at a position.
type Error struct {
	Kind     string // "SyntaxError", "IndentationError", "TabError" or "NotImplementedError"
	Msg      string // e.g. "invalid syntax", "'(' was never closed"
	Filename string
	Pos      Pos    // Line 1-based; Col 0-based
	EndCol   int32  // 0-based exclusive end column of the offending span on Pos.Line, or 0 for a single caret
	Text     string // the source line (without trailing newline), "" if unknown
}

// Error returns "file:line:col: Kind: msg" with a 1-based column.
func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.Filename, e.Pos.Line, e.Pos.Col+1, e.Kind, e.Msg)
}

// Format renders the error as CPython 3.11 prints it on stderr, e.g.
//
//	  File "x.py", line 3
//	    x = (1 +
//	        ^
//	SyntaxError: '(' was never closed
//
// (two-space indent before File, four before the stripped source line; the
// caret line is aligned under the column after stripping leading whitespace;
// one '^' per char of the span). It follows print_error_text in CPython's
// pythonrun.c, including its quirks: no caret when the column falls inside
// the stripped indentation, and the caret clipped to the end of the line.
func (e *Error) Format() string {
	var b strings.Builder
	fmt.Fprintf(&b, "  File \"%s\", line %d\n", e.Filename, e.Pos.Line)
	if e.Text != "" {
		text := []rune(strings.TrimRight(e.Text, "\n"))
		offset := int(e.Pos.Col) // 0-based, as after CPython's "offset--"
		end := int(e.EndCol)
		// CPython limits the span to the line (end_offset <= len+1 with
		// the newline counted) and draws at least one caret.
		if end > len(text)+1 {
			end = len(text) + 1
		}
		reps := 1
		if end > offset && e.Kind != KindIndentation && e.Kind != KindTab {
			reps = end - offset // CPython draws a single caret for indentation errors
		}
		i := 0
		for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\f') {
			i++
		}
		text = text[i:]
		offset -= i
		if offset > len(text) {
			offset = len(text)
		}
		b.WriteString("    ")
		b.WriteString(string(text))
		b.WriteByte('\n')
		if offset >= 0 {
			b.WriteString("    ")
			b.WriteString(strings.Repeat(" ", offset))
			b.WriteString(strings.Repeat("^", reps))
			b.WriteByte('\n')
		}
	}
	fmt.Fprintf(&b, "%s: %s\n", e.Kind, e.Msg)
	return b.String()
}
