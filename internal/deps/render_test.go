package deps

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// render writes a package in one line for golden comparisons.
func render(p Package) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d %s@%s %s", p.Line, p.Name, p.Version, p.Relation)
	if p.Dev {
		b.WriteString(" dev")
	}
	if p.SourceKind != SourceRegistry {
		b.WriteString(" src=" + p.SourceKind.String())
	}
	if p.Integrity != "" {
		b.WriteString(" hash")
	}
	if p.Commit != "" {
		b.WriteString(" commit=" + p.Commit[:7])
	}
	return b.String()
}

func extractFile(t *testing.T, rel string) *Lockfile {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", rel))
	if err != nil {
		t.Fatal(err)
	}
	lf, err := Extract(filepath.ToSlash(rel), data)
	if err != nil {
		t.Fatalf("%s: %v", rel, err)
	}
	if lf == nil {
		t.Fatalf("%s: no extractor claims it", rel)
	}
	return lf
}

func readTestdata(t testing.TB, rel string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", rel))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
