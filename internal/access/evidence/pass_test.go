package evidence

import (
	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/workspace"
)

func passFor(a *Analyzer, f *workspace.File) *analysis.FilePass {
	return &analysis.FilePass{File: f, Analyzer: a, Sink: &collector{}}
}
