package pipeline

import (
	"context"
	"sort"

	"gopkg.in/yaml.v3"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/pipeline/azurepipelines"
	"github.com/vigil-sec/vigil/internal/pipeline/bitbucket"
	"github.com/vigil-sec/vigil/internal/pipeline/cimodel"
	"github.com/vigil-sec/vigil/internal/pipeline/circleci"
	"github.com/vigil-sec/vigil/internal/pipeline/gitlabci"
	"github.com/vigil-sec/vigil/internal/pipeline/jobrules"
	"github.com/vigil-sec/vigil/internal/pipeline/ynode"
	"github.com/vigil-sec/vigil/internal/rule"
	"github.com/vigil-sec/vigil/internal/workspace"
)

func platformRules() []*rule.Rule {
	var out []*rule.Rule
	out = append(out, gitlabci.Rules()...)
	out = append(out, circleci.Rules()...)
	out = append(out, azurepipelines.Rules()...)
	return out
}

// yamlPlatform is a CI system whose one file converts straight to the job model.
type yamlPlatform struct {
	what  string
	check func(path string, root *yaml.Node, report func(finding.Finding))
	model func(path string, root *yaml.Node) *cimodel.Pipeline
}

var yamlPlatforms = map[workspace.Kind]yamlPlatform{
	workspace.KindCircleCI:          {"a CircleCI configuration", circleci.Check, circleci.Model},
	workspace.KindAzurePipelines:    {"an Azure Pipelines file", azurepipelines.Check, azurepipelines.Model},
	workspace.KindBitbucketPipeline: {"a Bitbucket Pipelines file", nil, bitbucket.Model},
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
		return nil
	}
	pf, ok := yamlPlatforms[f.Kind]
	if !ok {
		return nil
	}
	root, err := ynode.ParseMapping(f.Content, pf.what)
	if err != nil {
		return fileError(err)
	}
	if pf.check != nil {
		pf.check(f.Path, root, p.Report)
	}
	p.Share(sharedModel{jobrules.RunModel(pf.model(f.Path, root), p.Report)})
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
