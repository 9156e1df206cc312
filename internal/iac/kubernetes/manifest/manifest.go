// Package manifest parses Kubernetes manifests into objects that keep every value's line, and gives
// the views that rules in several areas read: one pod-spec view over every workload kind, Services,
// Ingresses, NetworkPolicies, Namespaces, Secrets, ConfigMaps and the RBAC kinds.
//
// # Sharing with other analyzers
//
// The "kubernetes" analyzer (package internal/iac/kubernetes) publishes two values:
//
//   - in the first phase, one *File per manifest file (the plain objects of that file);
//   - in the second phase, one set-wide *Set holding every object of the review: plain manifests,
//     objects rendered from Helm charts and objects rendered from Kustomize overlays, with the
//     manifests that are only a chart's templates or an overlay's patches left out.
//
// An analyzer in another area reads the set in its second phase:
//
//	func (a *rbac) After() []string { return []string{"kubernetes"} }
//	func (a *rbac) AnalyzeSet(ctx context.Context, p *analysis.SetPass) error {
//		for _, set := range analysis.SharedOf[*manifest.Set](p, "kubernetes") {
//			for _, o := range set.OfKind("ClusterRole", "Role") {
//				for _, r := range o.PolicyRules() { ... r.Verbs, r.Line ... }
//			}
//		}
//	}
//
// Objects are read-only once shared. Findings point at Object.File and a value's Line.
package manifest

import (
	"strings"
)

// Source says how an object came into the review.
type Source string

// Sources of objects.
const (
	// FromManifest is an object written in a YAML or JSON manifest.
	FromManifest Source = "manifest"
	// FromHelm is an object rendered from a Helm chart's templates and values. Its File is the
	// template it came from, and line numbers point into the template where the rendered line could
	// be traced to it (else at the template action that produced it, else the object's start).
	FromHelm Source = "helm"
	// FromKustomize is an object rendered from a Kustomize overlay. Its File is the manifest that
	// holds the object's base; values added by patches carry the object's start line.
	FromKustomize Source = "kustomize"
)

// Object is one Kubernetes object.
type Object struct {
	// File is the path, relative to the review root, where the object is written (for rendered
	// objects: the template or base file it came from).
	File string
	// Index is the object's position among the objects of its file (documents and List items).
	Index      int
	APIVersion string
	Kind       string
	Name       string
	// Namespace is metadata.namespace as written; "" when the manifest leaves it to the deployer.
	Namespace string
	// Line is where the object starts (its first key).
	Line int
	// Source and Origin say how the object came in: Origin is the chart directory or the
	// kustomization directory for rendered objects, "" for plain manifests.
	Source Source
	Origin string
	// Root is the object's mapping.
	Root Value
}

// ID names the object for findings and fingerprints: Kind/namespace/name, or Kind/name.
func (o *Object) ID() string {
	if o.Namespace != "" {
		return o.Kind + "/" + o.Namespace + "/" + o.Name
	}
	return o.Kind + "/" + o.Name
}

// Metadata returns the metadata mapping.
func (o *Object) Metadata() Value { return o.Root.Get("metadata") }

// Spec returns the spec mapping.
func (o *Object) Spec() Value { return o.Root.Get("spec") }

// Labels returns metadata.labels.
func (o *Object) Labels() map[string]string { return o.Metadata().Get("labels").StringMap() }

// Annotations returns metadata.annotations.
func (o *Object) Annotations() map[string]string {
	return o.Metadata().Get("annotations").StringMap()
}

// Group is the API group of the object ("" for the core group).
func (o *Object) Group() string {
	g, _, ok := strings.Cut(o.APIVersion, "/")
	if !ok {
		return ""
	}
	return g
}

// File is the parsed content of one manifest file, shared in the first phase.
type File struct {
	Path    string
	Objects []*Object
}
