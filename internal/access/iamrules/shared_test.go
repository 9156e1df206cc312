package iamrules

import (
	"context"
	"testing"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/engine"
)

// One managed policy attached to two roles is one finding with two places, not two findings at
// the same statement.
func TestSharedPolicyIsOneFinding(t *testing.T) {
	rep, err := engine.Review(context.Background(), engine.Config{Target: "testdata/shared",
		Analyzers: []analysis.Analyzer{cloudOnly(), NewPolicyFiles()}})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) != 1 {
		t.Fatalf("findings = %d, want 1: %+v", len(rep.Findings), rep.Findings)
	}
	f := rep.Findings[0]
	if f.RuleID != AdminEquivalent.ID || f.Occurrences() != 2 {
		t.Fatalf("%s with %d places, want the admin grant with 2", f.RuleID, f.Occurrences())
	}
	subjects := map[string]bool{f.Subject: true}
	for _, in := range f.Instances {
		subjects[in.Subject] = true
	}
	if !subjects["aws_iam_role.a"] || !subjects["aws_iam_role.b"] {
		t.Errorf("places %v, want both roles", subjects)
	}
}
