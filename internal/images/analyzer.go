package images

import (
	"context"
	"time"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// Use is one place where an image is named. Analyzers that find images (Dockerfile FROM, pod
// specs, Compose services, CI job images) share their Uses, one Uses value per file or set, and
// the "images" analyzer checks them all in its second phase.
type Use struct {
	Ref  string
	Path string
	Line int
	// Subject names the place ("Deployment/shop/web container app", "stage build"); with the
	// reference it makes the finding's identity.
	Subject string
}

// Uses is the value analyzers share.
type Uses []Use

var eolRule = &rule.Rule{
	ID: "config/image-end-of-life", Area: finding.Config, Severity: finding.High,
	Title:       "Image past its end of life",
	Description: "The image is a release line (distribution, runtime or server) that no longer gets security updates: known vulnerabilities in it stay unfixed.",
	Remediation: "Move to a supported release line of the image and pin it (tag plus digest).",
	References:  []string{"https://endoflife.date/"},
}

var nearEOLRule = &rule.Rule{
	ID: "config/image-near-end-of-life", Area: finding.Config, Severity: finding.Low,
	Title:       "Image close to its end of life",
	Description: "The image's release line stops getting security updates within 90 days.",
	Remediation: "Plan the move to a newer supported release line of the image.",
	References:  []string{"https://endoflife.date/"},
}

// Analyzer checks every image named in the review against the end-of-life data.
type Analyzer struct {
	data    *Data
	now     time.Time
	sources []string
}

// NewAnalyzer checks the images shared by the analyzers named in sources, at the review date now,
// with data (nil for the shipped data).
func NewAnalyzer(data *Data, now time.Time, sources ...string) *Analyzer {
	if data == nil {
		data = Default()
	}
	if now.IsZero() {
		now = time.Now()
	}
	return &Analyzer{data: data, now: now, sources: sources}
}

// Name implements analysis.Analyzer.
func (*Analyzer) Name() string { return "images" }

// Rules implements analysis.Analyzer.
func (*Analyzer) Rules() []*rule.Rule { return []*rule.Rule{eolRule, nearEOLRule} }

// After implements analysis.SetAnalyzer.
func (a *Analyzer) After() []string { return a.sources }

// AnalyzeSet implements analysis.SetAnalyzer.
func (a *Analyzer) AnalyzeSet(ctx context.Context, p *analysis.SetPass) error {
	for _, src := range a.sources {
		for _, uses := range analysis.SharedOf[Uses](p, src) {
			for _, u := range uses {
				r, ok := ParseRef(u.Ref)
				if !ok {
					continue
				}
				pr := a.data.EOL(r, a.now)
				if pr == nil {
					continue
				}
				rl := eolRule
				if pr.Kind == NearEndOfLife {
					rl = nearEOLRule
				}
				f := rl.Finding(finding.Location{Path: u.Path, StartLine: u.Line}, u.Subject+" "+u.Ref, pr.Message)
				f.Properties = map[string]string{"image": u.Ref, "product": pr.Product, "eol": pr.EOL.Format(time.DateOnly), "dataCompiled": a.data.Compiled}
				p.Report(f)
			}
		}
	}
	return nil
}
