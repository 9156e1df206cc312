// Package compose is the "compose" analyzer: it reads Docker Compose files with yaml.v3 (lines
// kept, alias bombs refused) and runs the Compose rules over each service.
package compose

import (
	"fmt"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/vigil-sec/vigil/internal/iac/yamlvalue"
)

// Value is the YAML view rules read.
type Value = yamlvalue.Value

// File is a parsed Compose file.
type File struct {
	Path     string
	Services []*Service
}

// Service is one service of a Compose file.
type Service struct {
	Name string
	Line int
	Node Value
}

// Image is the service's image reference ("" when it is built from a Dockerfile only).
func (s *Service) Image() Value { return s.Node.Get("image") }

// Parse reads a Compose file. Anchors and extension fields (x-*) are allowed; merge keys (<<)
// are resolved by looking keys up in the merged mappings.
func Parse(path string, data []byte) (*File, error) {
	if len(data) > yamlvalue.DefaultLimits.MaxDocumentBytes {
		return nil, &yamlvalue.Error{Line: 1, Msg: fmt.Sprintf("file of %d bytes is larger than the %d byte limit", len(data), yamlvalue.DefaultLimits.MaxDocumentBytes)}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, yamlvalue.FromYAMLError(err)
	}
	if len(doc.Content) == 0 {
		return &File{Path: path}, nil
	}
	if err := yamlvalue.CheckSize(&doc, yamlvalue.DefaultLimits); err != nil {
		return nil, &yamlvalue.Error{Line: 1, Msg: err.Error()}
	}
	root := Value{N: doc.Content[0]}
	f := &File{Path: path}
	for _, p := range root.Get("services").Pairs() {
		if p.Value.IsMap() {
			f.Services = append(f.Services, &Service{Name: p.Key, Line: p.Line, Node: merged(p.Value)})
		}
	}
	sort.SliceStable(f.Services, func(i, j int) bool { return f.Services[i].Line < f.Services[j].Line })
	return f, nil
}

// merged resolves YAML merge keys ("<<: *defaults") into a mapping node whose own keys win.
func merged(v Value) Value {
	n := v.Resolve()
	if n == nil || n.Kind != yaml.MappingNode {
		return v
	}
	hasMerge := false
	for i := 0; i+1 < len(n.Content); i += 2 {
		hasMerge = hasMerge || n.Content[i].Value == "<<"
	}
	if !hasMerge {
		return v
	}
	out := &yaml.Node{Kind: yaml.MappingNode, Line: n.Line, Column: n.Column}
	seen := map[string]bool{}
	add := func(m *yaml.Node) {
		for i := 0; i+1 < len(m.Content); i += 2 {
			k := m.Content[i].Value
			if k != "<<" && !seen[k] {
				seen[k] = true
				out.Content = append(out.Content, m.Content[i], m.Content[i+1])
			}
		}
	}
	add(n)
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value != "<<" {
			continue
		}
		src := Value{N: n.Content[i+1]}
		if src.IsList() {
			for _, it := range src.Items() {
				if m := it.Resolve(); m != nil && m.Kind == yaml.MappingNode {
					add(m)
				}
			}
		} else if m := src.Resolve(); m != nil && m.Kind == yaml.MappingNode {
			add(m)
		}
	}
	return Value{N: out}
}

// Env is one environment variable of a service.
type Env struct {
	Name, Value string
	Set         bool // false for "NAME" alone (taken from the shell)
	Line        int
}

// Environment returns the service's environment, in mapping or list form.
func (s *Service) Environment() []Env {
	env := s.Node.Get("environment")
	var out []Env
	for _, p := range env.Pairs() {
		out = append(out, Env{Name: p.Key, Value: p.Value.Str(), Set: p.Value.Exists(), Line: p.Line})
	}
	for _, it := range env.Items() {
		k, v, ok := strings.Cut(it.Str(), "=")
		out = append(out, Env{Name: k, Value: v, Set: ok, Line: it.Line()})
	}
	return out
}
