// Package yamlnode parses YAML and JSON documents with yaml.v3 and converts their nodes into
// resource values that keep their lines, for the CloudFormation and Terraform plan readers.
package yamlnode

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/iac/limits"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

// Parse parses the first document of src. JSON is read as the YAML it is a subset of; its tabs
// (whitespace in JSON, never part of a valid string) become spaces so that YAML's indentation
// rules do not refuse them. The error names the line (an *analysis.LineError).
func Parse(src []byte, isJSON bool) (*yaml.Node, error) {
	if isJSON {
		src = bytes.ReplaceAll(src, []byte{'\t'}, []byte{' '})
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return nil, analysis.Errorf(errLine(err.Error()), "%s", strings.TrimPrefix(err.Error(), "yaml: "))
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil, analysis.Errorf(1, "empty document")
	}
	budget := MaxNodes
	if d := depth(doc.Content[0], 0, &budget); d > limits.MaxDepth {
		return nil, analysis.Errorf(1, "nesting deeper than %d levels: refusing to analyze", limits.MaxDepth)
	}
	if budget < 0 {
		return nil, analysis.Errorf(1, "the document expands to more than %d nodes through its aliases: refusing to analyze", MaxNodes)
	}
	return doc.Content[0], nil
}

// errLine digs the line out of a yaml.v3 error ("yaml: line 12: ...").
func errLine(msg string) int {
	if _, rest, ok := strings.Cut(msg, "line "); ok {
		end := strings.IndexFunc(rest, func(r rune) bool { return r < '0' || r > '9' })
		if end < 0 {
			end = len(rest)
		}
		if n, err := strconv.Atoi(rest[:end]); err == nil {
			return n
		}
	}
	return 1
}

// depth is the deepest nesting below n, stopping once past the limit or once the budget of nodes
// is spent. Aliases count as the node they point at, so alias bombs are bounded too.
func depth(n *yaml.Node, d int, budget *int) int {
	*budget--
	if n == nil || d > limits.MaxDepth || *budget < 0 {
		return d
	}
	if n.Kind == yaml.AliasNode {
		return depth(n.Alias, d+1, budget)
	}
	best := d
	for _, c := range n.Content {
		best = max(best, depth(c, d+1, budget))
		if best > limits.MaxDepth || *budget < 0 {
			return best
		}
	}
	return best
}

// Range is a node's range in file path: its line and column.
func Range(path string, n *yaml.Node) resource.Range {
	return resource.Range{Path: path, StartLine: n.Line, EndLine: EndLine(n), Column: n.Column}
}

// EndLine is the last line a node's content reaches.
func EndLine(n *yaml.Node) int {
	end := n.Line
	for _, c := range n.Content {
		end = max(end, EndLine(c))
	}
	return end
}

// Hook converts a node itself when it returns ok (CloudFormation intrinsic functions); conv
// converts the node's children with the same hook, depth and budget.
type Hook func(n *yaml.Node, conv func(*yaml.Node) *resource.Value) (v *resource.Value, ok bool)

// Convert converts a node into a value; hook, when set, gets the first look at every node. A hook
// may return nil for "absent" (AWS::NoValue): the key or element is then left out.
// Aliases are expanded within a budget of MaxNodes nodes per call (alias bombs stay small).
func Convert(path string, n *yaml.Node, hook Hook) *resource.Value {
	budget := MaxNodes
	return convert(path, n, hook, 0, &budget)
}

// MaxNodes bounds the nodes one Convert call produces.
const MaxNodes = 2_000_000

func convert(path string, n *yaml.Node, hook Hook, depth int, budget *int) *resource.Value {
	r := resource.Range{Path: path, StartLine: n.Line, Column: n.Column}
	*budget--
	if depth > limits.MaxDepth || *budget < 0 {
		return resource.NewUnknown(r, "")
	}
	if hook != nil {
		conv := func(c *yaml.Node) *resource.Value { return convert(path, c, hook, depth+1, budget) }
		if v, ok := hook(n, conv); ok {
			return v
		}
	}
	switch n.Kind {
	case yaml.AliasNode:
		if n.Alias != nil {
			return convert(path, n.Alias, hook, depth+1, budget)
		}
	case yaml.MappingNode:
		o := resource.NewObject(r)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			if k.Value == "<<" && k.Tag == "!!merge" {
				continue
			}
			if v := convert(path, n.Content[i+1], hook, depth+1, budget); v != nil {
				// A block mapping or sequence starts below its key: point at the key.
				if (v.Kind == resource.Object || v.Kind == resource.List) && v.Range.StartLine > k.Line {
					v.Range.StartLine, v.Range.Column = k.Line, k.Column
				}
				o.Set(k.Value, v)
			}
		}
		o.Range.EndLine = EndLine(n)
		return o
	case yaml.SequenceNode:
		l := resource.NewList(r)
		for _, c := range n.Content {
			if v := convert(path, c, hook, depth+1, budget); v != nil {
				l.Items = append(l.Items, v)
			}
		}
		l.Range.EndLine = EndLine(n)
		return l
	case yaml.ScalarNode:
		return Scalar(path, n)
	}
	return resource.NewUnknown(r, "")
}

// Scalar converts a scalar by its resolved tag.
func Scalar(path string, n *yaml.Node) *resource.Value {
	r := resource.Range{Path: path, StartLine: n.Line, Column: n.Column}
	switch n.ShortTag() {
	case "!!null":
		return &resource.Value{Kind: resource.Null, Range: r}
	case "!!bool":
		var b bool
		if err := n.Decode(&b); err == nil {
			return resource.NewBool(b, r)
		}
	case "!!int", "!!float":
		if f, err := strconv.ParseFloat(strings.ReplaceAll(n.Value, "_", ""), 64); err == nil {
			return &resource.Value{Kind: resource.Number, Num: f, Str: n.Value, Range: r}
		}
	}
	return resource.NewString(n.Value, r)
}

// Get finds a mapping's value by key.
func Get(n *yaml.Node, key string) *yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

// Pairs returns a mapping's keys and values in order; an error when n is not a mapping.
func Pairs(n *yaml.Node, what string) ([][2]*yaml.Node, error) {
	if n == nil {
		return nil, nil
	}
	if n.Kind != yaml.MappingNode {
		return nil, analysis.Errorf(n.Line, "%s must be a mapping", what)
	}
	var out [][2]*yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		out = append(out, [2]*yaml.Node{n.Content[i], n.Content[i+1]})
	}
	return out, nil
}

// String returns a scalar's text.
func String(n *yaml.Node) (string, bool) {
	if n == nil || n.Kind != yaml.ScalarNode {
		return "", false
	}
	return n.Value, true
}

// Errorf is a line error at a node.
func Errorf(n *yaml.Node, format string, args ...any) error {
	line := 1
	if n != nil {
		line = n.Line
	}
	return analysis.Errorf(line, "%s", fmt.Sprintf(format, args...))
}
