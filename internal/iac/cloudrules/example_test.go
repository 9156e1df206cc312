package cloudrules

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/engine"
	"github.com/vigil-sec/vigil/internal/workspace"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenFinding is the part of a finding the golden file pins down.
type goldenFinding struct {
	Rule     string   `json:"rule"`
	Severity string   `json:"severity"`
	At       string   `json:"at"`
	Subject  string   `json:"subject"`
	Message  string   `json:"message"`
	Related  []string `json:"related,omitempty"`
	// Also lists the further places of a grouped finding.
	Also []string `json:"also,omitempty"`
}

type golden struct {
	Findings []goldenFinding  `json:"findings"`
	Skipped  []workspace.Skip `json:"skipped"`
	Notes    []string         `json:"notes"`
}

// TestExampleGolden reviews examples/cloud-platform end to end through engine.Review and compares
// the cloud analyzer's findings with golden.json (refresh with -update and review the diff).
func TestExampleGolden(t *testing.T) {
	root := filepath.Join("..", "..", "..", "examples", "cloud-platform")
	rep, err := engine.Review(context.Background(), engine.Config{
		Target: root, Analyzers: []analysis.Analyzer{New(Options{})},
		Walk: workspace.Options{NoIgnore: true}, Now: time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC),
	})
	if err != nil {
		t.Fatal(err)
	}
	g := golden{Findings: []goldenFinding{}, Skipped: rep.Skipped, Notes: rep.Notes}
	for _, f := range rep.Findings {
		gf := goldenFinding{Rule: f.RuleID, Severity: f.Severity.String(), At: f.Location.String(), Subject: f.Subject, Message: f.Message}
		for _, in := range f.Instances {
			gf.Also = append(gf.Also, in.Location.String())
		}
		for _, r := range f.Related {
			gf.Related = append(gf.Related, r.String())
		}
		g.Findings = append(g.Findings, gf)
	}
	got, err := json.MarshalIndent(g, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join(root, "golden.json")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("findings differ from %s; rerun with -update and review the diff:\n%s", path, got)
	}
}
