package secrets

import (
	"context"
	"os"
	"testing"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// BenchmarkHistoryRepo scans the history of the repository at $VIGIL_HISTORY_REPO (skipped when
// unset): bench/secrets/history.sh builds one with 100,000 commits over a wide tree.
func BenchmarkHistoryRepo(b *testing.B) {
	dir := os.Getenv("VIGIL_HISTORY_REPO")
	if dir == "" {
		b.Skip("VIGIL_HISTORY_REPO not set")
	}
	tree, err := workspace.Open(context.Background(), dir, workspace.Options{})
	if err != nil || tree.Git == nil {
		b.Fatalf("%s is not a git work tree: %v", dir, err)
	}
	defer tree.Close()
	repo, done, err := tree.Git.HistoryRepository()
	if err != nil {
		b.Fatal(err)
	}
	defer done()
	a := newAnalyzer(b, Options{})
	commits, found := 0, 0
	for b.Loop() {
		found = 0
		stats, err := a.ScanHistory(context.Background(), repo, HistoryOptions{}, func(finding.Finding) { found++ })
		if err != nil {
			b.Fatal(err)
		}
		commits += stats.Commits
	}
	b.ReportMetric(float64(commits)/b.Elapsed().Seconds(), "commits/s")
	b.ReportMetric(float64(found), "findings")
}
