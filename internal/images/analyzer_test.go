package images

import (
	"bufio"
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/analysistest"
	"github.com/vigil-sec/vigil/internal/rule"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// lister shares the images named on "image: REF" lines of .images files, as the real analyzers
// share what they find, so the images analyzer is tested on its own.
type lister struct{}

func (lister) Name() string                 { return "lister" }
func (lister) Rules() []*rule.Rule          { return nil }
func (lister) Wants(f *workspace.File) bool { return strings.HasSuffix(f.Path, ".images") }
func (lister) AnalyzeFile(_ context.Context, p *analysis.FilePass) error {
	var uses Uses
	sc := bufio.NewScanner(bytes.NewReader(p.File.Content))
	for line := 1; sc.Scan(); line++ {
		ref, ok := strings.CutPrefix(sc.Text(), "image: ")
		if !ok {
			continue
		}
		ref, _, _ = strings.Cut(ref, " #")
		uses = append(uses, Use{Ref: ref, Path: p.File.Path, Line: line, Subject: "line"})
	}
	p.Share(uses)
	return nil
}

func TestAnalyzer(t *testing.T) {
	now := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	rep := analysistest.Run(t, "testdata/uses", lister{}, NewAnalyzer(nil, now, "lister"))
	for _, f := range rep.Findings {
		if f.Properties["dataCompiled"] == "" || f.Properties["eol"] == "" {
			t.Errorf("finding without data provenance: %+v", f.Properties)
		}
	}
}
