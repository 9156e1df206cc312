package expr

import "strings"

// Template is one `${{ ... }}` in a string. Start and End are byte offsets of `${{` and just past
// `}}` in the string; Source is the text between them. Node is nil when Err is set.
type Template struct {
	Start, End int
	Source     string
	Node       Node
	Err        error
}

// Templates finds and parses every `${{ }}` in s. A `}}` inside a quoted string does not close the
// template. An unclosed template comes back with Err set and End at the end of s.
func Templates(s string) []Template {
	var out []Template
	for off := 0; ; {
		i := strings.Index(s[off:], "${{")
		if i < 0 {
			return out
		}
		start := off + i
		body := start + 3
		end := closing(s, body)
		if end < 0 {
			out = append(out, Template{Start: start, End: len(s), Source: s[body:], Err: &SyntaxError{0, "template is not closed with '}}'"}})
			return out
		}
		src := s[body:end]
		n, err := Parse(src)
		out = append(out, Template{Start: start, End: end + 2, Source: src, Node: n, Err: err})
		off = end + 2
	}
}

// closing returns the offset of the `}}` that ends a template whose body starts at i, or -1.
func closing(s string, i int) int {
	inString := false
	for ; i < len(s); i++ {
		switch {
		case s[i] == '\'':
			inString = !inString
		case !inString && s[i] == '}' && i+1 < len(s) && s[i+1] == '}':
			return i
		}
	}
	return -1
}

// LineCol converts a byte offset in a string that starts at (line, col) of a file into the file
// position, counting newlines. It is exact for literal (plain or block) YAML scalars.
func LineCol(s string, offset, line, col int) (int, int) {
	if offset > len(s) {
		offset = len(s)
	}
	for k := 0; k < offset; k++ {
		if s[k] == '\n' {
			line++
			col = 1
		} else {
			col++
		}
	}
	return line, col
}
