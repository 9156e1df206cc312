package deps

import (
	"errors"
	"regexp"

	"github.com/BurntSushi/toml"
)

// packageHeader matches the `[[package]]` header of the TOML lockfiles (Cargo, poetry, uv). The
// n-th header starts the n-th element of the package array, which is how packages get their lines.
var packageHeader = regexp.MustCompile(`(?m)^[ \t]*\[\[[ \t]*package[ \t]*\]\][ \t]*(#.*)?\r?$`)

// decodeTOML decodes a lockfile and returns the lines of its [[package]] headers.
func decodeTOML(content []byte, v any) ([]int, error) {
	if _, err := toml.Decode(string(content), v); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, errorf(pe.Position.Line, "invalid TOML: %s", pe.Message)
		}
		return nil, errorf(0, "invalid TOML: %v", err)
	}
	var lines []int
	line, last := 1, 0
	for _, loc := range packageHeader.FindAllIndex(content, -1) {
		for _, c := range content[last:loc[0]] {
			if c == '\n' {
				line++
			}
		}
		last = loc[0]
		lines = append(lines, line)
	}
	return lines, nil
}

// lineAt returns the i-th header line, or 0 when the file writes packages some other way.
func lineAt(lines []int, i int) int {
	if i < len(lines) {
		return lines[i]
	}
	return 0
}
