// Package gitlabci reads GitLab CI configuration: .gitlab-ci.yml with its local includes, anchors and
// merge keys, `extends:` and `!reference` tags, into jobs whose every value remembers the file and
// line it came from, converts them to the job model (cimodel) and holds the GitLab-specific rules.
// Remote, project, template and component includes are never fetched; they are reported when not
// pinned.
package gitlabci

import (
	"gopkg.in/yaml.v3"

	"github.com/vigil-sec/vigil/internal/pipeline/ynode"
)

// Value is a YAML value with the file it came from; mappings are merged field by field (later
// definitions override earlier ones, nested mappings merge deeply, lists are replaced).
type Value struct {
	Node   *yaml.Node
	Path   string
	Fields []Field
}

// Field is one key of a merged mapping.
type Field struct {
	Key     string
	KeyLine int
	Value   *Value
}

// maxDepth bounds nesting when converting nodes; maxNodes bounds how many mapping entries one
// top-level value may expand to through aliases.
const (
	maxDepth = 64
	maxNodes = 100000
)

func fromNode(n *yaml.Node, path string, depth int) *Value {
	budget := maxNodes / 10
	return convert(n, path, depth, &budget)
}

func convert(n *yaml.Node, path string, depth int, budget *int) *Value {
	n = ynode.Resolve(n)
	if n == nil {
		return nil
	}
	v := &Value{Node: n, Path: path}
	if n.Kind == yaml.MappingNode && depth < maxDepth {
		for _, p := range ynode.Pairs(n) {
			if *budget <= 0 {
				break
			}
			*budget--
			v.Fields = append(v.Fields, Field{Key: p.Key.Value, KeyLine: p.Key.Line, Value: convert(p.Value, path, depth+1, budget)})
		}
	}
	return v
}

// IsMap reports whether v is a mapping.
func (v *Value) IsMap() bool { return v != nil && v.Node != nil && v.Node.Kind == yaml.MappingNode }

// Get returns a field's value, or nil.
func (v *Value) Get(key string) *Value {
	if v == nil {
		return nil
	}
	for i := len(v.Fields) - 1; i >= 0; i-- {
		if v.Fields[i].Key == key {
			return v.Fields[i].Value
		}
	}
	return nil
}

// Field returns a field with its key line.
func (v *Value) Field(key string) (Field, bool) {
	if v == nil {
		return Field{}, false
	}
	for i := len(v.Fields) - 1; i >= 0; i-- {
		if v.Fields[i].Key == key {
			return v.Fields[i], true
		}
	}
	return Field{}, false
}

// Str is the scalar text of v ("" for non-scalars).
func (v *Value) Str() string {
	if v == nil || v.Node == nil || v.Node.Kind != yaml.ScalarNode {
		return ""
	}
	return v.Node.Value
}

// Line is the line of the value.
func (v *Value) Line() int {
	if v == nil || v.Node == nil {
		return 0
	}
	return v.Node.Line
}

// Items lists a sequence's items as values (a scalar or mapping is a list of one).
func (v *Value) Items() []*Value {
	if v == nil || v.Node == nil {
		return nil
	}
	var out []*Value
	for _, it := range ynode.Items(v.Node) {
		out = append(out, fromNode(it, v.Path, 1))
	}
	return out
}

// merge overlays over on base: mappings merge field by field (recursively), anything else is replaced.
func merge(base, over *Value, depth int) *Value {
	if base == nil {
		return over
	}
	if over == nil {
		return base
	}
	if !base.IsMap() || !over.IsMap() || depth > maxDepth {
		return over
	}
	out := &Value{Node: over.Node, Path: over.Path}
	idx := map[string]int{}
	for _, f := range base.Fields {
		idx[f.Key] = len(out.Fields)
		out.Fields = append(out.Fields, f)
	}
	for _, f := range over.Fields {
		if i, ok := idx[f.Key]; ok {
			out.Fields[i] = Field{Key: f.Key, KeyLine: f.KeyLine, Value: merge(out.Fields[i].Value, f.Value, depth+1)}
			continue
		}
		idx[f.Key] = len(out.Fields)
		out.Fields = append(out.Fields, f)
	}
	return out
}
