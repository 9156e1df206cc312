package kustomize

import (
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
)

// placeLines gives the built object the lines of its base object: each value takes the line of
// the value at the same path in the base (list items matched by name, else by position); values
// the overlay added take the line of their nearest ancestor that the base has.
func placeLines(o *manifest.Object, base []*manifest.Object) {
	src := findBase(o, base)
	if src == nil {
		setAll(o.Root.N, 0)
		o.Line = 0
		return
	}
	match(o.Root.N, src.Root.N, src.Line)
	o.Line = src.Line
}

// findBase picks the base object of a built one: same kind, and the same name or a name the
// overlay prefixed or suffixed.
func findBase(o *manifest.Object, base []*manifest.Object) *manifest.Object {
	var cands []*manifest.Object
	for _, b := range base {
		if b.Kind == o.Kind {
			cands = append(cands, b)
		}
	}
	for _, b := range cands {
		if b.Name == o.Name {
			return b
		}
	}
	for _, b := range cands {
		if b.Name != "" && strings.Contains(o.Name, b.Name) {
			return b
		}
	}
	if len(cands) == 1 {
		return cands[0]
	}
	return nil
}

// match copies lines from src to built; keyLine is the line of the key that holds src, where
// values the base lacks are placed.
func match(built, src *yaml.Node, keyLine int) {
	if built == nil {
		return
	}
	if src == nil {
		setAll(built, keyLine)
		return
	}
	built.Line = src.Line
	switch built.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(built.Content); i += 2 {
			k, v := built.Content[i], built.Content[i+1]
			sk, sv := lookup(src, k.Value)
			if sk == nil {
				setAll(k, keyLine)
				setAll(v, keyLine)
				continue
			}
			k.Line = sk.Line
			match(v, sv, sk.Line)
		}
	case yaml.SequenceNode:
		for i, it := range built.Content {
			s := item(src, it, i)
			line := keyLine
			if s != nil {
				line = s.Line
			}
			match(it, s, line)
		}
	}
}

func lookup(m *yaml.Node, key string) (*yaml.Node, *yaml.Node) {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil, nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i], m.Content[i+1]
		}
	}
	return nil, nil
}

// item finds the base list item for a built one: by its name key, else by position.
func item(seq, it *yaml.Node, i int) *yaml.Node {
	if seq == nil || seq.Kind != yaml.SequenceNode {
		return nil
	}
	if _, name := lookup(it, "name"); name != nil {
		for _, s := range seq.Content {
			if _, sn := lookup(s, "name"); sn != nil && sn.Value == name.Value {
				return s
			}
		}
		return nil
	}
	if i < len(seq.Content) {
		return seq.Content[i]
	}
	return nil
}

func setAll(n *yaml.Node, line int) {
	if n == nil {
		return
	}
	n.Line = line
	for _, c := range n.Content {
		setAll(c, line)
	}
}
