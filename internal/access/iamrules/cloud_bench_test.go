package iamrules

import (
	"context"
	"os"
	"testing"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/engine"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// BenchmarkCloudPhase reviews a tree with the cloud analyzer alone (which builds the resource set)
// and with the IAM phase added: the difference is the IAM phase's cost. The tree is testdata/cloud,
// or BENCH_CLOUD_TREE (for example bench/cloud's generated tree, /work/cache/bench-cloud/tree).
func BenchmarkCloudPhase(b *testing.B) {
	dir := os.Getenv("BENCH_CLOUD_TREE")
	if dir == "" {
		dir = "testdata/cloud"
	}
	for _, c := range []struct {
		name      string
		analyzers func() []analysis.Analyzer
	}{
		{"cloud-only", func() []analysis.Analyzer { return []analysis.Analyzer{cloudOnly()} }},
		{"cloud+iam", func() []analysis.Analyzer { return []analysis.Analyzer{cloudOnly(), NewPolicyFiles()} }},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := engine.Review(context.Background(), engine.Config{
					Target: dir, Analyzers: c.analyzers(), Walk: workspace.Options{NoIgnore: true},
				}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
