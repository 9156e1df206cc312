package depcheck

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/vigil-sec/vigil/internal/deps"
	"github.com/vigil-sec/vigil/internal/osvtest"
	"github.com/vigil-sec/vigil/internal/vulndb"
)

// BenchmarkGroupedMatch measures matching a package version against every shared Go record and
// building its one finding: the merge of aliases, the search for the version that fixes all and
// the properties. The standard library at 1.20.0 has over a hundred advisories; x/net 0.7.0 a
// dozen and more (run with -bench; the import is not timed).
func BenchmarkGroupedMatch(b *testing.B) {
	dbPath := filepath.Join(b.TempDir(), "osv.db")
	if _, err := vulndb.Import(context.Background(), filepath.Join(osvtest.Dir(b), "go"), dbPath); err != nil {
		b.Fatal(err)
	}
	db, err := vulndb.Open(dbPath)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	a := New(Options{Now: reviewDate})
	ctx := context.Background()
	for _, q := range []vulndb.Query{
		{Ecosystem: "Go", Name: "stdlib", Version: "1.20.0"},
		{Ecosystem: "Go", Name: "golang.org/x/net", Version: "0.7.0"},
	} {
		b.Run(q.Name, func(b *testing.B) {
			for b.Loop() {
				v, err := match(ctx, db, q)
				if err != nil || v == nil {
					b.Fatalf("%v, %v", v, err)
				}
				fs := a.findings(&deps.Package{Ecosystem: q.Ecosystem, Name: q.Name, Version: q.Version}, v, reviewDate)
				if len(fs) == 0 {
					b.Fatal("no finding")
				}
			}
		})
	}
}
