package rbac

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
	"github.com/vigil-sec/vigil/internal/iac/yamlvalue"
)

// FromManifests picks the RBAC objects (Role, ClusterRole, RoleBinding, ClusterRoleBinding of the
// rbac.authorization.k8s.io group) out of the shared Kubernetes model, which holds the objects of
// plain manifests and those rendered from Helm charts and Kustomize overlays. Lines are those of
// the model: for rendered objects, the template or base file they trace back to.
func FromManifests(set *manifest.Set) *Objects {
	objs := &Objects{}
	for _, o := range set.OfKind("Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding") {
		if !strings.HasPrefix(o.APIVersion, "rbac.authorization.k8s.io/") {
			continue
		}
		switch o.Kind {
		case "Role", "ClusterRole":
			r := &Role{Kind: o.Kind, Name: o.Name, Namespace: o.Namespace, Path: o.File, Line: o.Line,
				Aggregated: o.AggregationRule().Exists()}
			for i, it := range o.Root.Get("rules").Items() {
				r.Rules = append(r.Rules, PolicyRule{
					Index: i, Line: it.FirstLine(),
					APIGroups: strs(it.Get("apiGroups")), Resources: strs(it.Get("resources")),
					Verbs: strs(it.Get("verbs")), ResourceNames: strs(it.Get("resourceNames")),
					NonResourceURLs: strs(it.Get("nonResourceURLs")),
				})
			}
			objs.Roles = append(objs.Roles, r)
		case "RoleBinding", "ClusterRoleBinding":
			b := &Binding{Kind: o.Kind, Name: o.Name, Namespace: o.Namespace, Path: o.File, Line: o.Line}
			ref, subjects, _ := o.Binding()
			b.RoleKind, b.RoleName, b.RoleLine = ref.Kind, ref.Name, ref.Line
			if n := o.Root.Get("roleRef").Get("name"); n.Exists() {
				b.RoleLine = n.Line()
			}
			for _, s := range subjects {
				b.Subjects = append(b.Subjects, Subject{Kind: s.Kind, Name: s.Name, Namespace: s.Namespace, Line: s.Line})
			}
			objs.Bindings = append(objs.Bindings, b)
		}
	}
	return objs
}

// strs reads a string or a list of strings with their lines.
func strs(v yamlvalue.Value) []Str {
	if !v.Exists() {
		return nil
	}
	if !v.IsList() {
		if s := v.Str(); s != "" {
			return []Str{{Value: s, Line: v.Line()}}
		}
		return nil
	}
	var out []Str
	for _, it := range v.Items() {
		if !it.IsMap() && !it.IsList() {
			out = append(out, Str{Value: it.Str(), Line: it.Line()})
		}
	}
	return out
}
