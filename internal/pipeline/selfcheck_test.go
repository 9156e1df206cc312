package pipeline_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/engine"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// TestOwnWorkflowsPass reviews Vigil's own .github/ with the pipeline rules and fails on any finding
// of low severity or above, as `vigil review --fail-on low` would.
func TestOwnWorkflowsPass(t *testing.T) {
	src := filepath.Join("..", "..", ".github")
	if _, err := os.Stat(filepath.Join(src, "workflows", "ci.yml")); err != nil {
		t.Fatalf("the repository's workflow is missing: %v", err)
	}
	root := t.TempDir()
	if err := os.CopyFS(filepath.Join(root, ".github"), os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	rep, err := engine.Review(context.Background(), engine.Config{
		Target: root, Analyzers: []analysis.Analyzer{newAnalyzer(t)}, FailOn: finding.Low,
		Walk: workspace.Options{NoIgnore: true},
	})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Scope.Files < 2 {
		t.Fatalf("reviewed %d files, want the workflow and the Dependabot config", rep.Scope.Files)
	}
	for _, s := range rep.Skipped {
		t.Errorf("skipped %s:%d: %s", s.Path, s.Line, s.Reason)
	}
	for _, f := range rep.Findings {
		t.Errorf("%s: %s [%s] %s", f.Location, f.RuleID, f.Severity, f.Message)
	}
	if rep.Gate.Failed {
		t.Errorf("gate at --fail-on low failed with %d blocking findings", rep.Gate.Blocking)
	}
}
