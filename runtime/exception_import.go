package runtime

import (
	"fmt"
	"strings"
)

// The exceptions the import system raises carry attributes, as in
// CPython: a SyntaxError found while compiling an imported module knows its
// file, line and text (and prints them under the traceback), and an
// ImportError knows the module name and path it is about.

// NewSyntaxError returns a SyntaxError (or subclass typ) for msg at
// filename:line. offset and endOffset are 1-based columns (0 if unknown);
// text is the source line. Its args are (msg, (filename, lineno, offset,
// text, end_lineno, end_offset)) as CPython's compiler makes them.
func NewSyntaxError(typ *Type, msg, filename string, line, offset int, text string, endOffset int) *Exception {
	vals := []Value{NewStr(filename), Int(int64(line)), Int(int64(offset)), NewStr(text), Int(int64(line)), Int(int64(endOffset))}
	e := &Exception{typ: typ, Args: []Value{NewStr(msg), TupleValue(vals...)}}
	e.Attrs = map[string]Value{
		"msg": NewStr(msg), "filename": vals[0], "lineno": vals[1], "offset": vals[2],
		"text": vals[3], "end_lineno": vals[4], "end_offset": vals[5], "print_file_and_line": None,
	}
	return e
}

// syntaxErrorStr is str() of a SyntaxError with location attributes:
// "msg (file.py, line N)" with the file's base name; ok is false for
// SyntaxErrors made without them, which print like other exceptions.
func syntaxErrorStr(e *Exception) (string, bool) {
	msgv, ok := e.Attrs["msg"]
	if !ok {
		return "", false
	}
	msg := StrOrPlaceholder(msgv)
	file, hasFile := AsStr(e.Attrs["filename"])
	if hasFile {
		file = file[strings.LastIndexByte(file, '/')+1:]
	}
	line := e.Attrs["lineno"]
	hasLine := line.IsInt()
	switch {
	case hasFile && hasLine:
		return fmt.Sprintf("%s (%s, line %d)", msg, file, line.AsInt()), true
	case hasFile:
		return fmt.Sprintf("%s (%s)", msg, file), true
	case hasLine:
		return fmt.Sprintf("%s (line %d)", msg, line.AsInt()), true
	}
	return msg, true
}

// writeSyntaxErrorLocation prints the "  File ..., line N" block CPython
// shows between a SyntaxError's traceback and its last line, and returns
// the message that last line shows (msg, without the location). ok is
// false for exceptions without location attributes.
//
// The caret rules follow print_error_text in CPython's pythonrun.c, as
// syntax.Error.Format does for the main script's errors (the runtime does
// not depend on the parser, and CPython too formats from the attributes).
func writeSyntaxErrorLocation(b *strings.Builder, e *Exception) (string, bool) {
	if !e.typ.IsSubtype(SyntaxErrorType) {
		return "", false
	}
	if _, ok := e.Attrs["print_file_and_line"]; !ok {
		return "", false
	}
	line := e.Attrs["lineno"]
	if !line.IsInt() {
		return "", false
	}
	file, ok := AsStr(e.Attrs["filename"])
	if !ok {
		file = "<string>"
	}
	fmt.Fprintf(b, "  File \"%s\", line %d\n", file, line.AsInt())
	if text, ok := AsStr(e.Attrs["text"]); ok && text != "" {
		runes := []rune(strings.TrimRight(text, "\n"))
		offset, end := -1, 0
		if o := e.Attrs["offset"]; o.IsInt() {
			offset = int(o.AsInt()) - 1
		}
		if o := e.Attrs["end_offset"]; o.IsInt() {
			end = int(o.AsInt()) - 1
		}
		reps := 1
		if end > len(runes)+1 {
			end = len(runes) + 1
		}
		if end > offset && !e.typ.IsSubtype(IndentationErrorType) {
			reps = end - offset
		}
		i := 0
		for i < len(runes) && (runes[i] == ' ' || runes[i] == '\t' || runes[i] == '\f') {
			i++
		}
		runes = runes[i:]
		offset -= i
		offset = min(offset, len(runes))
		b.WriteString("    " + string(runes) + "\n")
		if offset >= 0 {
			b.WriteString("    " + strings.Repeat(" ", offset) + strings.Repeat("^", reps) + "\n")
		}
	}
	return StrOrPlaceholder(e.Attrs["msg"]), true
}

// NewImportError returns an ImportError (or ModuleNotFoundError) with
// CPython's name and path attributes (path is None when empty).
func NewImportError(typ *Type, msg, name, path string) *Exception {
	e := &Exception{typ: typ, Args: []Value{NewStr(msg)}}
	p := None
	if path != "" {
		p = NewStr(path)
	}
	n := None
	if name != "" {
		n = NewStr(name)
	}
	e.Attrs = map[string]Value{"msg": NewStr(msg), "name": n, "path": p}
	return e
}

// importErrorAttr gives the name, path and msg attributes every
// ImportError has (None unless the import system set them).
func importErrorAttr(e *Exception, name string) (Value, bool) {
	if !e.typ.IsSubtype(ImportErrorType) || (name != "name" && name != "path" && name != "msg") {
		return Value{}, false
	}
	if v, ok := e.Attrs[name]; ok {
		return v, true
	}
	if name == "msg" && len(e.Args) == 1 {
		return e.Args[0], true
	}
	return None, true
}
