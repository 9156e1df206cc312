package rbac

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"gopkg.in/yaml.v3"
)

// This file is the only place that reads manifests. When the shared Kubernetes manifest model
// lands, replace Parse with a conversion from that model; the rules only see Objects.

// maxDocuments bounds the documents read from one file.
const maxDocuments = 10000

// Parse reads the RBAC objects (Role, ClusterRole, RoleBinding, ClusterRoleBinding, also inside a
// List) of a YAML or JSON manifest file, which may hold several documents. Other kinds are skipped.
func Parse(path string, data []byte) (*Objects, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	objs := &Objects{}
	for i := 0; i < maxDocuments; i++ {
		var doc yaml.Node
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) {
			return objs, nil
		}
		if err != nil {
			return objs, err
		}
		if len(doc.Content) == 0 {
			continue
		}
		collect(path, doc.Content[0], objs, 0)
	}
	return objs, fmt.Errorf("more than %d YAML documents", maxDocuments)
}

func collect(path string, n *yaml.Node, objs *Objects, depth int) {
	if n.Kind != yaml.MappingNode || depth > 2 {
		return
	}
	kind := scalar(n, "kind")
	if strings.HasSuffix(kind, "List") {
		if items := field(n, "items"); items != nil && items.Kind == yaml.SequenceNode {
			for _, it := range items.Content {
				collect(path, it, objs, depth+1)
			}
		}
		return
	}
	if !strings.HasPrefix(scalar(n, "apiVersion"), "rbac.authorization.k8s.io/") {
		return
	}
	meta := field(n, "metadata")
	name, ns := scalar(meta, "name"), scalar(meta, "namespace")
	switch kind {
	case "Role", "ClusterRole":
		r := &Role{Kind: kind, Name: name, Namespace: ns, Path: path, Line: n.Line, Aggregated: field(n, "aggregationRule") != nil}
		if rules := field(n, "rules"); rules != nil {
			for i, it := range rules.Content {
				r.Rules = append(r.Rules, PolicyRule{
					Index: i, Line: it.Line,
					APIGroups: strs(field(it, "apiGroups")), Resources: strs(field(it, "resources")),
					Verbs: strs(field(it, "verbs")), ResourceNames: strs(field(it, "resourceNames")),
					NonResourceURLs: strs(field(it, "nonResourceURLs")),
				})
			}
		}
		objs.Roles = append(objs.Roles, r)
	case "RoleBinding", "ClusterRoleBinding":
		b := &Binding{Kind: kind, Name: name, Namespace: ns, Path: path, Line: n.Line}
		if ref := field(n, "roleRef"); ref != nil {
			b.RoleKind, b.RoleName, b.RoleLine = scalar(ref, "kind"), scalar(ref, "name"), ref.Line
			if v := field(ref, "name"); v != nil {
				b.RoleLine = v.Line
			}
		}
		if subs := field(n, "subjects"); subs != nil {
			for _, s := range subs.Content {
				b.Subjects = append(b.Subjects, Subject{Kind: scalar(s, "kind"), Name: scalar(s, "name"), Namespace: scalar(s, "namespace"), Line: s.Line})
			}
		}
		objs.Bindings = append(objs.Bindings, b)
	}
}

func field(n *yaml.Node, key string) *yaml.Node {
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

func scalar(n *yaml.Node, key string) string {
	if v := field(n, key); v != nil && v.Kind == yaml.ScalarNode {
		return v.Value
	}
	return ""
}

func strs(n *yaml.Node) []Str {
	if n == nil {
		return nil
	}
	if n.Kind == yaml.ScalarNode {
		return []Str{{Value: n.Value, Line: n.Line}}
	}
	var out []Str
	for _, c := range n.Content {
		if c.Kind == yaml.ScalarNode {
			out = append(out, Str{Value: c.Value, Line: c.Line})
		}
	}
	return out
}
