package report

import (
	"testing"

	"github.com/vigil-sec/vigil/internal/finding"
)

func TestScore(t *testing.T) {
	if p := Score(nil); p.Score != 100 || p.Areas["config"] != 100 {
		t.Fatalf("empty review: %+v", p)
	}
	fs := []finding.Finding{
		{Area: finding.Config, Severity: finding.Critical},
		{Area: finding.Secrets, Severity: finding.High},
		{Area: finding.Secrets, Severity: finding.High, Suppression: &finding.Suppression{Kind: "inline"}},
	}
	p := Score(fs)
	if p.Areas["config"] != 50 || p.Areas["secrets"] != 71 || p.Areas["pipeline"] != 100 || p.Score != 35 {
		t.Fatalf("scores: %+v", p)
	}
}

func TestDecide(t *testing.T) {
	fs := []finding.Finding{{Severity: finding.Medium}, {Severity: finding.High, Suppression: &finding.Suppression{}}}
	if g := Decide(fs, finding.High); g.Failed || g.Blocking != 0 {
		t.Errorf("suppressed finding blocks: %+v", g)
	}
	if g := Decide(fs, finding.Low); !g.Failed || g.Blocking != 1 || g.FailOn != "low" {
		t.Errorf("gate: %+v", g)
	}
	if g := Decide(fs, finding.SeverityUnknown); g.Failed || g.FailOn != "none" {
		t.Errorf("gate off: %+v", g)
	}
}
