// Package yamlvalue gives a nil-safe, line-keeping view of yaml.v3 nodes and the limits that keep
// hostile YAML (alias bombs, deep nesting) from costing unbounded time or memory.
package yamlvalue

import (
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// Value is a nil-safe view of one YAML node. Every accessor on a missing value returns the zero
// result, so rules read paths such as o.Root().Get("spec").Get("hostPID").Bool() without checks.
// Aliases are followed (one level at a time; the parser has already refused alias bombs).
type Value struct{ N *yaml.Node }

func (v Value) node() *yaml.Node { return v.Resolve() }

// Resolve returns the node with aliases followed and a document unwrapped.
func (v Value) Resolve() *yaml.Node {
	n := v.N
	for i := 0; n != nil && n.Kind == yaml.AliasNode && i < 8; i++ {
		n = n.Alias
	}
	if n != nil && n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	return n
}

// Exists reports whether the value is present (a null counts as absent).
func (v Value) Exists() bool {
	n := v.node()
	return n != nil && !(n.Kind == yaml.ScalarNode && n.Tag == "!!null")
}

// Line is the value's line, or zero when absent.
func (v Value) Line() int {
	if v.N == nil {
		return 0
	}
	return v.N.Line
}

// IsMap reports whether the value is a mapping.
func (v Value) IsMap() bool { n := v.node(); return n != nil && n.Kind == yaml.MappingNode }

// IsList reports whether the value is a sequence.
func (v Value) IsList() bool { n := v.node(); return n != nil && n.Kind == yaml.SequenceNode }

// Get returns the value under key in a mapping.
func (v Value) Get(key string) Value {
	n := v.node()
	if n == nil || n.Kind != yaml.MappingNode {
		return Value{}
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return Value{n.Content[i+1]}
		}
	}
	return Value{}
}

// Key returns the key node under which key sits, for findings that point at the key's line.
func (v Value) Key(key string) Value {
	n := v.node()
	if n == nil || n.Kind != yaml.MappingNode {
		return Value{}
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return Value{n.Content[i]}
		}
	}
	return Value{}
}

// Path follows keys in turn.
func (v Value) Path(keys ...string) Value {
	for _, k := range keys {
		v = v.Get(k)
	}
	return v
}

// Items returns the elements of a sequence.
func (v Value) Items() []Value {
	n := v.node()
	if n == nil || n.Kind != yaml.SequenceNode {
		return nil
	}
	out := make([]Value, len(n.Content))
	for i, c := range n.Content {
		out[i] = Value{c}
	}
	return out
}

// Pair is one entry of a mapping.
type Pair struct {
	Key   string
	Line  int
	Value Value
}

// Pairs returns the entries of a mapping in source order.
func (v Value) Pairs() []Pair {
	n := v.node()
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	out := make([]Pair, 0, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		out = append(out, Pair{Key: n.Content[i].Value, Line: n.Content[i].Line, Value: Value{n.Content[i+1]}})
	}
	return out
}

// Str returns a scalar's text, or "".
func (v Value) Str() string {
	n := v.node()
	if n == nil || n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		return ""
	}
	return n.Value
}

// Bool reports whether the value is a true boolean (YAML 1.1 forms included, as Kubernetes reads
// them through its JSON conversion only for true/false; "yes" is accepted too since many charts
// write it).
func (v Value) Bool() bool {
	switch strings.ToLower(v.Str()) {
	case "true", "yes", "on":
		return true
	}
	return false
}

// IsFalse reports whether the value is present and an explicit false.
func (v Value) IsFalse() bool {
	switch strings.ToLower(v.Str()) {
	case "false", "no", "off":
		return true
	}
	return false
}

// Int returns an integer scalar and whether it was one.
func (v Value) Int() (int64, bool) {
	s := v.Str()
	if s == "" {
		return 0, false
	}
	i, err := strconv.ParseInt(s, 0, 64)
	return i, err == nil
}

// Strings returns a sequence of scalars (non-scalars are left out).
func (v Value) Strings() []string {
	var out []string
	for _, it := range v.Items() {
		if s := it.Str(); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// StringMap returns a mapping of scalars (labels, annotations, ConfigMap data).
func (v Value) StringMap() map[string]string {
	ps := v.Pairs()
	if ps == nil {
		return nil
	}
	out := make(map[string]string, len(ps))
	for _, p := range ps {
		out[p.Key] = p.Value.Str()
	}
	return out
}

// FirstLine is where a mapping's first key sits, or the value's own line.
func (v Value) FirstLine() int {
	if n := v.node(); n != nil && n.Kind == yaml.MappingNode && len(n.Content) > 0 {
		return n.Content[0].Line
	}
	return v.Line()
}
