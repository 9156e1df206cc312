package pipeline_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/vigil-sec/vigil/internal/pipeline"
	"github.com/vigil-sec/vigil/internal/vulndb"
)

// testDB builds a vulnerability database from the OSV records of testdata/osv.
func testDB(t testing.TB) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "osv.db")
	if _, err := vulndb.Import(context.Background(), filepath.Join("testdata", "osv"), db); err != nil {
		t.Fatal(err)
	}
	return db
}

// newAnalyzer is the pipeline analyzer over the test database.
func newAnalyzer(t testing.TB) *pipeline.Analyzer {
	return pipeline.New(pipeline.Options{VulnDBPath: testDB(t)})
}
