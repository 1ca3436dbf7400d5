package syntax

import (
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"
)

// source is a normalized source text with its line table. Normalizing once
// up front (as CPython's decoder does) keeps the scanner simple: it only
// ever sees UTF-8, "\n" line ends and a final "\n".
type source struct {
	filename string
	text     []byte
	lines    []int32 // byte offset of the start of each line; lines[0] == 0
}

var codingCookie = regexp.MustCompile(`^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`)

func newSource(filename string, src []byte) (*source, *Error) {
	s := &source{filename: filename}
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	src, cerr := decodeCookie(filename, src)
	if cerr != nil {
		return nil, cerr
	}
	if i := bytes.IndexByte(src, 0); i >= 0 {
		s.text = src[:i]
		s.index()
		line := s.lastLine()
		if len(s.text) > 0 && s.text[len(s.text)-1] != '\n' || len(s.text) == 0 {
			line = int32(len(s.lines))
		}
		return nil, s.errorAt(KindSyntax, "source code cannot contain null bytes", line, 0, 0)
	}
	if !utf8.Valid(src) {
		i := 0
		for i < len(src) {
			r, n := utf8.DecodeRune(src[i:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			i += n
		}
		line := int32(bytes.Count(src[:i], []byte("\n"))) + 1
		return nil, &Error{Kind: KindSyntax, Filename: filename, Pos: Pos{line, 0},
			Msg: fmt.Sprintf("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "+
				"but no encoding declared; see https://peps.python.org/pep-0263/ for details", src[i], filename, line)}
	}
	if bytes.IndexByte(src, '\r') >= 0 {
		src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
		src = bytes.ReplaceAll(src, []byte("\r"), []byte("\n"))
	}
	if len(src) > 0 && src[len(src)-1] != '\n' {
		src = append(src[:len(src):len(src)], '\n')
	}
	s.text = src
	s.index()
	return s, nil
}

// decodeCookie honours a PEP 263 coding declaration. UTF-8 (and ASCII) need
// nothing and Latin-1 is converted; other encodings are not supported.
func decodeCookie(filename string, src []byte) ([]byte, *Error) {
	for line, start := int32(1), 0; line <= 2 && start < len(src); line++ {
		end := bytes.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start
		}
		text := src[start:end]
		m := codingCookie.FindSubmatch(text)
		if m == nil {
			// Only a comment or blank first line lets the second declare it.
			if t := bytes.TrimLeft(text, " \t\f\r"); len(t) > 0 && t[0] != '#' {
				break
			}
			start = end + 1
			continue
		}
		name := strings.ReplaceAll(strings.ToLower(string(m[1])), "_", "-")
		switch {
		case name == "utf-8" || name == "utf8" || strings.HasPrefix(name, "utf-8-") || name == "ascii" || name == "us-ascii":
			return src, nil
		case name == "latin-1" || name == "latin1" || name == "iso-8859-1" || name == "iso8859-1" || name == "iso-latin-1" || name == "l1" ||
			strings.HasPrefix(name, "latin-1-") || strings.HasPrefix(name, "iso-8859-1-") || strings.HasPrefix(name, "iso-latin-1-"):
			out := make([]byte, 0, len(src)+len(src)/8)
			for _, b := range src {
				out = utf8.AppendRune(out, rune(b))
			}
			return out, nil
		}
		return nil, &Error{Kind: KindNotImplemented, Filename: filename, Pos: Pos{line, 0}, Text: string(text),
			Msg: fmt.Sprintf("source encoding '%s' is not supported", m[1])}
	}
	return src, nil
}

func (s *source) index() {
	s.lines = append(s.lines[:0], 0)
	for i, b := range s.text {
		if b == '\n' && i+1 < len(s.text) {
			s.lines = append(s.lines, int32(i+1))
		}
	}
}

// lastLine is the number of the last line (the final "\n" does not start one).
func (s *source) lastLine() int32 { return int32(len(s.lines)) }

// lineOf returns the 1-based line containing byte offset off.
func (s *source) lineOf(off int) int32 {
	return int32(sort.Search(len(s.lines), func(i int) bool { return int(s.lines[i]) > off }))
}

// lineBytes returns line n without its "\n", or nil if there is no such line.
func (s *source) lineBytes(n int32) []byte {
	if n < 1 || int(n) > len(s.lines) {
		return nil
	}
	start := int(s.lines[n-1])
	end := len(s.text)
	if int(n) < len(s.lines) {
		end = int(s.lines[n])
	}
	return bytes.TrimSuffix(s.text[start:end], []byte("\n"))
}

// lineLen is the length of line n in runes.
func (s *source) lineLen(n int32) int32 { return int32(utf8.RuneCount(s.lineBytes(n))) }

// colOf returns the rune column of byte offset off.
func (s *source) colOf(off int) int32 {
	line := s.lineOf(off)
	return int32(utf8.RuneCount(s.text[s.lines[line-1]:off]))
}

func (s *source) errorAt(kind, msg string, line, col, endCol int32) *Error {
	if endCol <= col {
		endCol = 0
	}
	return &Error{Kind: kind, Msg: msg, Filename: s.filename, Pos: Pos{line, col}, EndCol: endCol, Text: string(s.lineBytes(line))}
}
