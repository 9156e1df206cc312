package dockerfile

import (
	"context"
	"os"
	"testing"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/workspace"
)

type discard struct{}

func (discard) Report(analysis.Analyzer, finding.Finding) {}
func (discard) Share(analysis.Analyzer, string, any)      {}
func (discard) Skip(workspace.Skip)                       {}
func (discard) Note(string)                               {}

// BenchmarkAnalyzeFile parses and checks the rules testdata Dockerfile.
func BenchmarkAnalyzeFile(b *testing.B) {
	data, err := os.ReadFile("testdata/rules/Dockerfile")
	if err != nil {
		b.Fatal(err)
	}
	a := New()
	f := &workspace.File{Path: "Dockerfile", Kind: workspace.KindDockerfile, Content: data}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if err := a.AnalyzeFile(context.Background(), &analysis.FilePass{File: f, Analyzer: a, Sink: discard{}}); err != nil {
			b.Fatal(err)
		}
	}
}
