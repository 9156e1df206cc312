package secrets

import (
	"context"
	"os"
	"testing"

	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing/cache"
	"github.com/go-git/go-git/v5/storage/filesystem"

	"github.com/vigil-sec/vigil/internal/finding"
)

// BenchmarkHistoryRepo scans the history of the repository at $VIGIL_HISTORY_REPO (skipped when
// unset): bench/secrets/history.sh builds one with 100,000 commits over a wide tree.
func BenchmarkHistoryRepo(b *testing.B) {
	dir := os.Getenv("VIGIL_HISTORY_REPO")
	if dir == "" {
		b.Skip("VIGIL_HISTORY_REPO not set")
	}
	plain, err := git.PlainOpen(dir)
	if err != nil {
		b.Fatal(err)
	}
	st := plain.Storer.(*filesystem.Storage)
	ks := filesystem.NewStorageWithOptions(st.Filesystem(), cache.NewObjectLRUDefault(), filesystem.Options{KeepDescriptors: true})
	defer ks.Close()
	repo, err := git.Open(ks, nil)
	if err != nil {
		b.Fatal(err)
	}
	a := newAnalyzer(b, Options{})
	for b.Loop() {
		found := 0
		stats, err := a.ScanHistory(context.Background(), repo, HistoryOptions{}, func(finding.Finding) { found++ })
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(stats.Commits)/b.Elapsed().Seconds()*float64(b.N), "commits/s")
		b.ReportMetric(float64(found), "findings")
	}
}
