// Package limits holds the bounds that keep infrastructure parsers safe on hostile input: how
// deeply a document may nest before a recursive parser or converter is allowed near it.
package limits

import "fmt"

// MaxDepth is the deepest bracket nesting accepted in HCL and JSON, and the deepest node nesting
// the converters walk. Real configurations stay far below it.
const MaxDepth = 200

// DepthError says where a document nests too deeply.
type DepthError struct {
	Line  int
	Depth int
}

func (e *DepthError) Error() string {
	return fmt.Sprintf("nesting deeper than %d levels (line %d): refusing to parse", e.Depth, e.Line)
}

// CheckBrackets scans src for bracket nesting ({, [, ( against their closers), skipping
// double-quoted strings and line comments (#, //), and returns a *DepthError at the first line
// that passes MaxDepth. It over-counts rather than under-counts, which is the safe side.
func CheckBrackets(src []byte) error {
	depth, line := 0, 1
	inString, escaped, inComment := false, false, false
	for _, c := range src {
		if c == '\n' {
			line++
			inComment = false
			escaped = false
			continue
		}
		switch {
		case inComment:
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		case c == '"':
			inString = true
		case c == '#':
			inComment = true
		case c == '{' || c == '[' || c == '(':
			depth++
			if depth > MaxDepth {
				return &DepthError{Line: line, Depth: MaxDepth}
			}
		case c == '}' || c == ']' || c == ')':
			if depth > 0 {
				depth--
			}
		}
	}
	return nil
}
