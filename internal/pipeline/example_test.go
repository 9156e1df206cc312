package pipeline_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/engine"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenFinding is what the example's golden file records of each finding.
type goldenFinding struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Location string `json:"location"`
	Subject  string `json:"subject"`
	Message  string `json:"message"`
	Evidence string `json:"evidence,omitempty"`
}

// TestExample reviews examples/pipeline-insecure through engine.Review and compares the findings
// with the golden file.
func TestExample(t *testing.T) {
	dir := filepath.Join("..", "..", "examples", "pipeline-insecure")
	rep, err := engine.Review(context.Background(), engine.Config{Target: dir, Analyzers: []analysis.Analyzer{newAnalyzer(t)}})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Skipped) > 0 {
		t.Errorf("skipped: %+v", rep.Skipped)
	}
	out := []goldenFinding{}
	for _, f := range rep.Findings {
		out = append(out, goldenFinding{Rule: f.RuleID, Severity: f.Severity.String(), Location: f.Location.String(),
			Subject: f.Subject, Message: f.Message, Evidence: f.Evidence})
	}
	got, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	golden := filepath.Join(dir, "findings.golden.json")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("findings differ from %s (run with -update and review the diff):\n%s", golden, got)
	}
}
