package yamlvalue

import (
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

// Limits bound what one file may cost to parse. Kubernetes stores at most 1.5 MiB per object, so
// real manifests are far below them.
type Limits struct {
	// MaxDocumentBytes refuses a single YAML document larger than this.
	MaxDocumentBytes int
	// MaxNodes refuses a document whose node tree, with aliases expanded, is larger than this
	// (a "billion laughs" alias bomb expands to far more).
	MaxNodes int
	// MaxDepth refuses nesting deeper than this.
	MaxDepth int
}

// DefaultLimits suit configuration files.
var DefaultLimits = Limits{MaxDocumentBytes: 8 << 20, MaxNodes: 2_000_000, MaxDepth: 256}

// CheckSize refuses alias bombs and deep nesting: it counts the nodes of the tree as if every alias
// were expanded, stopping as soon as the limit is passed.
func CheckSize(doc *yaml.Node, lim Limits) error {
	memo := map[*yaml.Node]int{}
	var size func(n *yaml.Node, depth int) (int, error)
	size = func(n *yaml.Node, depth int) (int, error) {
		if depth > lim.MaxDepth {
			return 0, fmt.Errorf("nesting deeper than %d levels", lim.MaxDepth)
		}
		if v, ok := memo[n]; ok {
			return v, nil
		}
		total := 1
		if n.Kind == yaml.AliasNode && n.Alias != nil {
			s, err := size(n.Alias, depth+1)
			if err != nil {
				return 0, err
			}
			total += s
		}
		for _, c := range n.Content {
			s, err := size(c, depth+1)
			if err != nil {
				return 0, err
			}
			total += s
			if total > lim.MaxNodes {
				return 0, fmt.Errorf("more than %d YAML nodes once aliases are expanded (an alias bomb?)", lim.MaxNodes)
			}
		}
		if total > lim.MaxNodes {
			return 0, fmt.Errorf("more than %d YAML nodes once aliases are expanded (an alias bomb?)", lim.MaxNodes)
		}
		memo[n] = total
		return total, nil
	}
	_, err := size(doc, 0)
	return err
}

// Error is a problem with a YAML file at a line.
type Error struct {
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// FromYAMLError turns a yaml.v3 error into an Error with the line it names.
func FromYAMLError(err error) *Error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 1
	if strings.HasPrefix(msg, "line ") {
		var n int
		if _, e := fmt.Sscanf(msg, "line %d:", &n); e == nil && n > 0 {
			line = n
		}
		if _, rest, ok := strings.Cut(msg, ": "); ok {
			msg = rest
		}
	}
	return &Error{Line: line, Msg: "invalid YAML: " + msg}
}
