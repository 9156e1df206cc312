// Package pipeline is the analyzer of CI/CD configurations: GitHub Actions workflows and actions,
// Dependabot, GitLab CI (with local includes, extends and anchors), CircleCI, Azure Pipelines and
// Bitbucket Pipelines. Each platform's package parses its files into a typed model with positions and
// converts it to the platform-neutral job model (cimodel), over which the build-script, container,
// variable and release-gate rules (jobrules) run once for every platform.
//
// In its second phase the analyzer resolves GitLab includes, checks pins across the repository,
// matches every versioned action reference against the "GitHub Actions" records of the offline
// vulnerability database (pipeline/known-vulnerable-action; without a database the rule is skipped
// with a note), and publishes every pipeline as one *cimodel.Set (see package cimodel) and its job,
// service and step images as one images.Uses for the end-of-life check of the images analyzer.
package pipeline

import (
	"context"
	"errors"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/images"
	"github.com/vigil-sec/vigil/internal/pipeline/cimodel"
	"github.com/vigil-sec/vigil/internal/pipeline/githubactions"
	"github.com/vigil-sec/vigil/internal/pipeline/jobrules"
	"github.com/vigil-sec/vigil/internal/pipeline/ynode"
	"github.com/vigil-sec/vigil/internal/rule"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// Name is the analyzer's name, under which it shares the *cimodel.Set.
const Name = "pipeline"

// Options configure the analyzer.
type Options struct {
	// VulnDBPath is the offline vulnerability database whose "GitHub Actions" records say which
	// actions are known compromised or vulnerable; empty means vulndb.DefaultPath().
	VulnDBPath string
	// Advisories, when set, answers instead of the database (tests, other sources).
	Advisories githubactions.AdvisorySource
}

// Analyzer is the pipeline analyzer.
type Analyzer struct {
	opts Options
}

// New returns the analyzer.
func New(o Options) *Analyzer { return &Analyzer{opts: o} }

// Name implements analysis.Analyzer.
func (*Analyzer) Name() string { return Name }

// Rules implements analysis.Analyzer.
func (*Analyzer) Rules() []*rule.Rule {
	var out []*rule.Rule
	out = append(out, githubactions.Rules()...)
	out = append(out, jobrules.Rules()...)
	out = append(out, platformRules()...)
	return out
}

// Wants implements analysis.FileAnalyzer.
func (*Analyzer) Wants(f *workspace.File) bool {
	switch f.Kind {
	case workspace.KindGitHubWorkflow, workspace.KindGitHubAction, workspace.KindDependabot, workspace.KindGitLabCI,
		workspace.KindCircleCI, workspace.KindAzurePipelines, workspace.KindBitbucketPipeline:
		return true
	}
	return false
}

// After implements analysis.SetAnalyzer.
func (*Analyzer) After() []string { return nil }

// parsed values shared from phase 1 to phase 2.
type (
	sharedSummary    struct{ s githubactions.Summary }
	sharedDependabot struct{ d *githubactions.Dependabot }
	sharedModel      struct{ p *cimodel.Pipeline }
)

// AnalyzeFile implements analysis.FileAnalyzer.
func (a *Analyzer) AnalyzeFile(ctx context.Context, p *analysis.FilePass) error {
	f := p.File
	switch f.Kind {
	case workspace.KindGitHubWorkflow, workspace.KindGitHubAction:
		parse := githubactions.ParseWorkflow
		if f.Kind == workspace.KindGitHubAction {
			parse = githubactions.ParseAction
		}
		w, err := parse(f.Path, f.Content)
		if err != nil {
			return fileError(err)
		}
		m := githubactions.Analyze(w, p.Report)
		p.Share(sharedSummary{githubactions.Summarize(w)})
		p.Share(sharedModel{m})
	case workspace.KindDependabot:
		d, err := githubactions.ParseDependabot(f.Path, f.Content)
		if err != nil {
			return fileError(err)
		}
		githubactions.CheckDependabot(d, p.Report)
		p.Share(sharedDependabot{d})
	default:
		return a.analyzeOther(ctx, p)
	}
	return nil
}

// fileError turns a parse error into an analysis error naming the line.
func fileError(err error) error {
	if errors.Is(err, ynode.ErrEmpty) {
		return nil
	}
	var pe *ynode.ParseError
	if errors.As(err, &pe) {
		return analysis.Errorf(pe.Line, "%s", pe.Msg)
	}
	return err
}

// AnalyzeSet implements analysis.SetAnalyzer.
func (a *Analyzer) AnalyzeSet(ctx context.Context, p *analysis.SetPass) error {
	var sums []githubactions.Summary
	for _, s := range analysis.SharedOf[sharedSummary](p, Name) {
		sums = append(sums, s.s)
	}
	report := func(f finding.Finding) { p.Report(f) }
	githubactions.CheckPinConsistency(sums, report)
	for _, d := range analysis.SharedOf[sharedDependabot](p, Name) {
		githubactions.CheckDependabotCoverage(d.d, sums, report)
	}
	set := &cimodel.Set{}
	for _, m := range analysis.SharedOf[sharedModel](p, Name) {
		set.Pipelines = append(set.Pipelines, m.p)
	}
	set.Pipelines = append(set.Pipelines, a.analyzeSetOther(ctx, p)...)
	sortPipelines(set.Pipelines)
	p.Share(set)
	p.Share(imageUses(set))
	a.checkAdvisories(ctx, p, sums)
	return ctx.Err()
}

// imageUses lists the job, service and step images of every pipeline for the end-of-life check of
// the images analyzer.
func imageUses(set *cimodel.Set) images.Uses {
	var uses images.Uses
	for _, pl := range set.Pipelines {
		for _, j := range pl.Jobs {
			for _, img := range j.Images {
				subject := "job " + j.ID + " " + img.Role
				if img.Name != "" {
					subject += " " + img.Name
				}
				uses = append(uses, images.Use{Ref: img.Ref, Path: img.Path, Line: img.Line, Subject: subject})
			}
		}
	}
	return uses
}
