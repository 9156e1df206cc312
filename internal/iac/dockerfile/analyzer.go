package dockerfile

import (
	"context"
	"errors"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/images"
	"github.com/vigil-sec/vigil/internal/rule"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// Analyzer is the Dockerfile analyzer. In the first phase it shares, per file, the parsed
// *Dockerfile and the images.Uses of its FROM lines (for the images analyzer).
type Analyzer struct{ checks []*check }

// New returns the analyzer.
func New() *Analyzer {
	return &Analyzer{checks: []*check{
		noUser, userRoot, latestTag, notPinned, addRemote, addLocal, curlPipeShell, sudo, chmod777,
		insecureDownload, unpinnedPackages, packageCache, exposeSSH, noHealthcheck,
		secretEnv, secretArg, copyKeyFile,
	}}
}

// Name implements analysis.Analyzer.
func (*Analyzer) Name() string { return "dockerfile" }

// Rules implements analysis.Analyzer.
func (a *Analyzer) Rules() []*rule.Rule {
	out := make([]*rule.Rule, len(a.checks))
	for i, c := range a.checks {
		out[i] = c.rule
	}
	return out
}

// Wants implements analysis.FileAnalyzer.
func (*Analyzer) Wants(f *workspace.File) bool { return f.Kind == workspace.KindDockerfile }

// AnalyzeFile implements analysis.FileAnalyzer.
func (a *Analyzer) AnalyzeFile(ctx context.Context, p *analysis.FilePass) error {
	d, err := Parse(p.File.Path, p.File.Content)
	if err != nil {
		var pe *ParseError
		if errors.As(err, &pe) {
			return analysis.Errorf(pe.Line, "invalid Dockerfile: %v", pe.Err)
		}
		return err
	}
	p.Share(d)
	var uses images.Uses
	for _, s := range d.Stages {
		if s.Image != "" {
			uses = append(uses, images.Use{Ref: s.Image, Path: p.File.Path, Line: s.Line, Subject: stageSubject(s)})
		}
	}
	if len(uses) > 0 {
		p.Share(uses)
	}
	for _, c := range a.checks {
		r := &reporter{rule: c.rule}
		c.run(d, r)
		for _, h := range r.hits {
			f := h.rule.Finding(finding.Location{StartLine: h.line}, h.subject, h.message)
			f.Evidence = h.evidence
			p.Report(f)
		}
	}
	return nil
}
