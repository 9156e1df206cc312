package rbac

import (
	"context"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
	"github.com/vigil-sec/vigil/internal/rule"
)

// KubernetesAnalyzer is the name of the analyzer that shares the *manifest.Set of a review.
const KubernetesAnalyzer = "kubernetes"

// Analyzer runs the RBAC rules over the Kubernetes model shared by the Kubernetes analyzer: plain
// manifests, and the objects rendered from Helm charts and Kustomize overlays. It has only a
// second phase: the model is read once, by that analyzer.
type Analyzer struct{}

// New returns the analyzer.
func New() *Analyzer { return &Analyzer{} }

// Name implements analysis.Analyzer.
func (*Analyzer) Name() string { return "kubernetes-rbac" }

// Rules implements analysis.Analyzer.
func (*Analyzer) Rules() []*rule.Rule { return Rules() }

// After implements analysis.SetAnalyzer.
func (*Analyzer) After() []string { return []string{KubernetesAnalyzer} }

// AnalyzeSet converts the model's RBAC objects, judges each role by its rules and each binding by
// the role it grants, resolved across every file.
func (a *Analyzer) AnalyzeSet(ctx context.Context, p *analysis.SetPass) error {
	all := &Objects{}
	for _, set := range analysis.SharedOf[*manifest.Set](p, KubernetesAnalyzer) {
		o := FromManifests(set)
		all.Roles = append(all.Roles, o.Roles...)
		all.Bindings = append(all.Bindings, o.Bindings...)
	}
	// An overlay repeats the objects of its base, which are reviewed as plain manifests (perhaps
	// under another name or namespace): a rule reports one place once.
	type key struct {
		rule, path string
		line       int
	}
	seen := map[key]bool{}
	report := func(fs []finding.Finding) {
		for _, f := range fs {
			k := key{f.RuleID, f.Location.Path, f.Location.StartLine}
			if seen[k] || !p.InScope(f.Location.Path) {
				continue
			}
			seen[k] = true
			p.Report(f)
		}
	}
	for _, r := range all.Roles {
		if err := ctx.Err(); err != nil {
			return err
		}
		report(CheckRole(r))
	}
	report(CheckBindings(all))
	return nil
}
