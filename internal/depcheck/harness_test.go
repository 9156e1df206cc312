package depcheck

import (
	"context"
	"testing"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/engine"
	"github.com/vigil-sec/vigil/internal/report"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// reviewReport reviews a directory without checking markers.
func reviewReport(t *testing.T, dir string, a analysis.Analyzer) *report.Report {
	t.Helper()
	rep, err := engine.Review(context.Background(), engine.Config{
		Target: dir, Analyzers: []analysis.Analyzer{a},
		Walk: workspace.Options{NoIgnore: true, Exclude: []string{"**/*.want"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// reviewRules counts findings per rule.
func reviewRules(t *testing.T, dir string, a analysis.Analyzer) map[string]int {
	t.Helper()
	out := map[string]int{}
	for _, f := range reviewReport(t, dir, a).Findings {
		out[f.RuleID]++
	}
	return out
}
