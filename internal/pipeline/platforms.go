package pipeline

import (
	"context"
	"sort"

	"gopkg.in/yaml.v3"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/pipeline/cimodel"
	"github.com/vigil-sec/vigil/internal/pipeline/gitlabci"
	"github.com/vigil-sec/vigil/internal/rule"
	"github.com/vigil-sec/vigil/internal/workspace"
)

func platformRules() []*rule.Rule {
	var out []*rule.Rule
	out = append(out, gitlabci.Rules()...)
	return out
}

// sharedGitLab is a parsed .gitlab-ci.yml, resolved with its includes in the second phase.
type sharedGitLab struct {
	path string
	root *yaml.Node
}

func (a *Analyzer) analyzeOther(ctx context.Context, p *analysis.FilePass) error {
	f := p.File
	switch f.Kind {
	case workspace.KindGitLabCI:
		root, err := gitlabci.Parse(f.Content)
		if err != nil {
			return fileError(err)
		}
		p.Share(sharedGitLab{f.Path, root})
	}
	return nil
}

func (a *Analyzer) analyzeSetOther(ctx context.Context, p *analysis.SetPass) []*cimodel.Pipeline {
	var out []*cimodel.Pipeline
	var files []string
	for _, e := range p.Tree.Files {
		files = append(files, e.Path)
	}
	for _, g := range analysis.SharedOf[sharedGitLab](p, Name) {
		if ctx.Err() != nil {
			break
		}
		cfg := gitlabci.Resolve(g.path, g.root, p.Tree.ReadFile, files)
		for _, u := range cfg.Unread {
			p.Skip(u.Path, u.Line, Name+": "+u.Msg)
		}
		out = append(out, gitlabci.Analyze(cfg, p.Report))
	}
	return out
}

func sortPipelines(ps []*cimodel.Pipeline) {
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Path < ps[j].Path })
}
