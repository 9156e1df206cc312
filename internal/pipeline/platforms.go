package pipeline

import (
	"context"
	"sort"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/pipeline/cimodel"
	"github.com/vigil-sec/vigil/internal/rule"
)

func platformRules() []*rule.Rule { return nil }

func (a *Analyzer) analyzeOther(ctx context.Context, p *analysis.FilePass) error { return nil }

func (a *Analyzer) analyzeSetOther(ctx context.Context, p *analysis.SetPass) []*cimodel.Pipeline {
	return nil
}

func sortPipelines(ps []*cimodel.Pipeline) {
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Path < ps[j].Path })
}
