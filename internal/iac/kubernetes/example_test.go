package kubernetes_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"testing"
	"time"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/engine"
	"github.com/vigil-sec/vigil/internal/iac/compose"
	"github.com/vigil-sec/vigil/internal/iac/dockerfile"
	"github.com/vigil-sec/vigil/internal/iac/helm"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes"
	"github.com/vigil-sec/vigil/internal/iac/kustomize"
	"github.com/vigil-sec/vigil/internal/images"
	"github.com/vigil-sec/vigil/internal/workspace"
)

var update = flag.Bool("update", false, "rewrite golden files")

const exampleDir = "../../../examples/k8s-platform"

// goldenFinding is what the golden file keeps of a finding: everything a reader checks, nothing
// that depends on the machine.
type goldenFinding struct {
	Rule        string `json:"rule"`
	Severity    string `json:"severity"`
	Location    string `json:"location"`
	Subject     string `json:"subject"`
	Message     string `json:"message"`
	Evidence    string `json:"evidence,omitempty"`
	Fingerprint string `json:"fingerprint"`
}

type golden struct {
	Findings []goldenFinding  `json:"findings"`
	Skipped  []workspace.Skip `json:"skipped"`
}

// TestExamplePlatformGolden reviews examples/k8s-platform with the container analyzers and
// compares the findings with findings.golden.json.
func TestExamplePlatformGolden(t *testing.T) {
	now := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	as := []analysis.Analyzer{
		kubernetes.New(helm.New(helm.Options{}), kustomize.New()),
		dockerfile.New(), compose.New(),
		images.NewAnalyzer(nil, now, "kubernetes", "dockerfile", "compose"),
	}
	rep, err := engine.Review(context.Background(), engine.Config{Target: exampleDir, Analyzers: as, Now: now,
		Walk: workspace.Options{NoIgnore: true, Exclude: []string{"findings.golden.json", "README.md"}}})
	if err != nil {
		t.Fatal(err)
	}
	g := golden{Findings: []goldenFinding{}, Skipped: rep.Skipped}
	for _, f := range rep.Findings {
		g.Findings = append(g.Findings, goldenFinding{Rule: f.RuleID, Severity: f.Severity.String(), Location: f.Location.String(),
			Subject: f.Subject, Message: f.Message, Evidence: f.Evidence, Fingerprint: f.Fingerprint})
	}
	got, err := json.MarshalIndent(g, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := exampleDir + "/findings.golden.json"
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
		t.Errorf("findings differ from %s; review the diff of `go test -run Golden -update`", path)
	}
}
