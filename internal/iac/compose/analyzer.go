package compose

import (
	"context"
	"errors"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/yamlvalue"
	"github.com/vigil-sec/vigil/internal/images"
	"github.com/vigil-sec/vigil/internal/rule"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// Analyzer is the Compose analyzer. It shares, per file, the parsed *File and the images.Uses of
// its services.
type Analyzer struct{ checks []*check }

// New returns the analyzer.
func New() *Analyzer {
	return &Analyzer{checks: []*check{
		privileged, hostNetwork, hostPID, hostIPC, dockerSocket, databasePortPublic, imageUntagged,
		dangerousCapability, securityOptUnconfined, environmentSecret,
	}}
}

// Name implements analysis.Analyzer.
func (*Analyzer) Name() string { return "compose" }

// Rules implements analysis.Analyzer.
func (a *Analyzer) Rules() []*rule.Rule {
	out := make([]*rule.Rule, len(a.checks))
	for i, c := range a.checks {
		out[i] = c.rule
	}
	return out
}

// Wants implements analysis.FileAnalyzer.
func (*Analyzer) Wants(f *workspace.File) bool { return f.Kind == workspace.KindCompose }

// AnalyzeFile implements analysis.FileAnalyzer.
func (a *Analyzer) AnalyzeFile(ctx context.Context, p *analysis.FilePass) error {
	cf, err := Parse(p.File.Path, p.File.Content)
	if err != nil {
		var ye *yamlvalue.Error
		if errors.As(err, &ye) {
			return analysis.Errorf(ye.Line, "%s", ye.Msg)
		}
		return err
	}
	p.Share(cf)
	var uses images.Uses
	for _, s := range cf.Services {
		if img := s.Image(); img.Str() != "" {
			uses = append(uses, images.Use{Ref: img.Str(), Path: p.File.Path, Line: img.Line(), Subject: "service " + s.Name})
		}
	}
	if len(uses) > 0 {
		p.Share(uses)
	}
	for _, c := range a.checks {
		r := &reporter{rule: c.rule}
		for _, s := range cf.Services {
			c.service(s, r)
		}
		for _, h := range r.hits {
			f := h.rule.Finding(finding.Location{StartLine: h.line}, h.subject, h.message)
			f.Evidence = h.evidence
			p.Report(f)
		}
	}
	return nil
}
