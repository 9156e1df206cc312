// Package runtime is the "runtime" analyzer: coverage rules over the whole cloud resource set that
// ask whether what the configuration defines is watched. Is there an audit trail, and is it
// trustworthy? Is threat detection on, and does it see S3 and Kubernetes? Do VPCs, load balancers,
// CDNs, API stages, buckets, databases and clusters write the logs an investigation needs? Does
// someone get paged when the root user signs in? Each rule lives in its own rule_*.go file.
//
// A coverage rule fires only where the configuration defines the thing that needs coverage: no
// "VPC without flow logs" when no VPC is defined. Account-wide controls (CloudTrail, GuardDuty,
// Security Hub or Config, GCP audit logs, Azure Defender and activity log alerts) are asked for
// only of a configuration that is clearly an account's baseline (see baseline.go).
package runtime

import (
	"context"
	"slices"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
	"github.com/vigil-sec/vigil/internal/iac/terraform"
	"github.com/vigil-sec/vigil/internal/iac/yamlvalue"
	"github.com/vigil-sec/vigil/internal/rule"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// AnalyzerName is the name of the runtime analyzer.
const AnalyzerName = "runtime"

// Options configure the analyzer.
type Options struct {
	// Workloads, when set, lists the Kubernetes workloads of the review (from the Kubernetes
	// manifest model) for the manifest-based rules; ok is false when the model is not available.
	// WorkloadSource names the analyzer that shares that model, so that this one runs after it.
	Workloads      func(p *analysis.SetPass) (ws []Workload, ok bool)
	WorkloadSource string
	// Only limits the rules run to these ids (all when empty); for focused tests.
	Only []string
}

// Analyzer runs the coverage rules.
type Analyzer struct {
	opts   Options
	checks []*check
}

// New returns the analyzer with every rule, or those named in o.Only.
func New(o Options) *Analyzer {
	a := &Analyzer{opts: o}
	for _, c := range allChecks() {
		if len(o.Only) == 0 || slices.Contains(o.Only, c.rule.ID) {
			a.checks = append(a.checks, c)
		}
	}
	return a
}

// Name implements analysis.Analyzer.
func (a *Analyzer) Name() string { return AnalyzerName }

// Rules implements analysis.Analyzer.
func (a *Analyzer) Rules() []*rule.Rule {
	out := make([]*rule.Rule, 0, len(a.checks))
	for _, c := range a.checks {
		out = append(out, c.rule)
	}
	return out
}

// After implements analysis.SetAnalyzer: the cloud resource set, and the workload model if any.
func (a *Analyzer) After() []string {
	after := []string{resource.AnalyzerName}
	if a.opts.WorkloadSource != "" {
		after = append(after, a.opts.WorkloadSource)
	}
	return after
}

// manifestSeen records, in the first phase, that the review holds Kubernetes manifests or Helm
// charts: without a workload model the rules cannot see what they deploy, so they stay quiet.
type manifestSeen struct{}

// Wants claims Kubernetes manifests, Helm charts and kustomizations, to note that they exist and
// to read a chart's dependencies; helmfiles, to read their releases; and k3s configuration files,
// to read their kube-apiserver flags.
func (a *Analyzer) Wants(f *workspace.File) bool {
	switch f.Kind {
	case workspace.KindKubernetes, workspace.KindHelmChart, workspace.KindHelmTemplate, workspace.KindKustomization:
		return true
	case workspace.KindYAML, workspace.KindText:
		return isK3sConfig(f.Path) || isHelmfile(f.Path)
	}
	return false
}

// AnalyzeFile notes a manifest, and reads what a Chart.yaml or a k3s configuration declares.
func (a *Analyzer) AnalyzeFile(ctx context.Context, p *analysis.FilePass) error {
	switch {
	case isHelmfile(p.File.Path):
		if rs := helmfileReleases(p.File.Path, p.File.Content); len(rs) > 0 {
			p.Share(fileWorkloads(rs))
		}
		return nil
	case p.File.Kind == workspace.KindYAML:
		w, ok, err := k3sServer(p.File.Path, p.File.Content)
		if err != nil {
			ye := yamlvalue.FromYAMLError(err)
			return analysis.Errorf(ye.Line, "k3s configuration: %s", ye.Msg)
		}
		if ok {
			p.Share(fileWorkloads{w})
		}
		return nil
	case p.File.Kind == workspace.KindHelmChart:
		if deps := chartDependencies(p.File.Path, p.File.Content); len(deps) > 0 {
			p.Share(fileWorkloads(deps))
		}
	}
	p.Share(manifestSeen{})
	return nil
}

// AnalyzeSet runs the coverage rules over the resource set shared by the cloud analyzer.
func (a *Analyzer) AnalyzeSet(ctx context.Context, p *analysis.SetPass) error {
	ps := newPass(resource.FromPass(p), analysis.SharedOf[*terraform.File](p, resource.AnalyzerName), p.InScope)
	if a.opts.Workloads != nil {
		ps.workloads, ps.workloadsKnown = a.opts.Workloads(p)
	}
	if !ps.workloadsKnown && len(analysis.SharedOf[manifestSeen](p, a.Name())) == 0 {
		// No manifests at all: nothing is deployed outside the resource set.
		ps.workloadsKnown = true
	}
	for _, fw := range analysis.SharedOf[fileWorkloads](p, a.Name()) {
		ps.workloads = append(ps.workloads, fw...)
	}
	for _, c := range a.checks {
		if err := ctx.Err(); err != nil {
			return err
		}
		ps.rule = c.rule
		c.run(ps)
	}
	finding.Sort(ps.findings)
	for _, f := range ps.findings {
		p.Report(f)
	}
	return nil
}
