package report

import (
	"bytes"
	"strings"
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

// A finding that also concerns another area is pointed to from that area's section.
func TestTextPointsToRelatedFindings(t *testing.T) {
	r := &Report{Findings: []finding.Finding{{RuleID: "pipeline/missing-permissions", Severity: finding.Medium,
		Area: finding.Pipeline, Also: []finding.Area{finding.Access}, Title: "Token", Message: "no permissions",
		Location: finding.Location{Path: ".github/workflows/ci.yml", StartLine: 3}, Fingerprint: "aa"}}}
	var buf bytes.Buffer
	if err := WriteText(&buf, r, Options{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	access := strings.Index(out, "ACCESS MANAGEMENT (0)")
	if access < 0 || !strings.Contains(out[access:], ".github/workflows/ci.yml:3  pipeline/missing-permissions") {
		t.Fatalf("the access section does not point to the CI token finding:\n%s", out)
	}
}
