package manifest

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkParse parses the analyzer's testdata manifests, one file per iteration step.
func BenchmarkParse(b *testing.B) {
	paths, _ := filepath.Glob("../testdata/manifests/*.yaml")
	var files [][]byte
	size := 0
	for _, p := range paths {
		d, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, d)
		size += len(d)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range files {
			if _, err := Parse("m.yaml", d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
