package cloudrules

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/engine"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// BenchmarkReviewExample reviews examples/cloud-platform (parse, module evaluation, every rule).
// The comparison with trivy on 2,000 generated files is bench/cloud/run.sh.
func BenchmarkReviewExample(b *testing.B) {
	root := filepath.Join("..", "..", "..", "examples", "cloud-platform")
	for b.Loop() {
		_, err := engine.Review(context.Background(), engine.Config{Target: root,
			Analyzers: []analysis.Analyzer{New(Options{})}, Walk: workspace.Options{NoIgnore: true}})
		if err != nil {
			b.Fatal(err)
		}
	}
}
