package pipeline

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/pipeline/githubactions"
	"github.com/vigil-sec/vigil/internal/vulndb"
)

// ecosystem is the OSV ecosystem of GitHub Actions.
const ecosystem = "GitHub Actions"

// osvAdvisories answers githubactions.AdvisorySource from the offline OSV store.
type osvAdvisories struct{ db *vulndb.DB }

// ActionAdvisories implements githubactions.AdvisorySource. Records that name each other (by id
// or alias) are one advisory, named by the lowest id.
func (o osvAdvisories) ActionAdvisories(ctx context.Context, q githubactions.ActionQuery) ([]githubactions.Advisory, error) {
	ms, err := o.db.Match(ctx, vulndb.Query{Ecosystem: ecosystem, Name: q.Repository, Version: q.Version, Commit: q.Commit})
	if err != nil {
		return nil, err
	}
	var out []githubactions.Advisory
	seen := map[string]int{} // id or alias -> index in out
	for _, m := range ms {
		ids := m.Vuln.IDs()
		i := -1
		for _, id := range ids {
			if j, ok := seen[id]; ok {
				i = j
				break
			}
		}
		if i < 0 {
			out = append(out, githubactions.Advisory{ID: m.Vuln.ID, Summary: m.Vuln.Summary})
			i = len(out) - 1
		}
		adv := &out[i]
		for _, id := range ids {
			seen[id] = i
			if id != adv.ID && !slices.Contains(adv.Aliases, id) {
				adv.Aliases = append(adv.Aliases, id)
			}
		}
		adv.Fixed = append(adv.Fixed, m.Fixed...)
	}
	for i := range out {
		slices.Sort(out[i].Aliases)
		out[i].Fixed = vulndb.SortVersions(ecosystem, out[i].Fixed)
	}
	slices.SortFunc(out, func(a, b githubactions.Advisory) int { return strings.Compare(a.ID, b.ID) })
	return out, nil
}

// checkAdvisories matches the action references of every workflow against the advisories. Without
// a database (or with an unreadable one) the rule is skipped with a note, as the dependency rules
// are.
func (a *Analyzer) checkAdvisories(ctx context.Context, p *analysis.SetPass, sums []githubactions.Summary) {
	n := 0
	for _, s := range sums {
		n += len(s.Actions)
	}
	if n == 0 {
		return
	}
	rule := githubactions.KnownVulnerableAction.ID
	src := a.opts.Advisories
	if src == nil {
		path := a.opts.VulnDBPath
		if path == "" {
			var err error
			if path, err = vulndb.DefaultPath(); err != nil {
				p.Note(fmt.Sprintf("pipeline: %v; %s was skipped", err, rule))
				return
			}
		}
		db, err := vulndb.Open(path)
		if err != nil {
			p.Note(fmt.Sprintf("pipeline: %v; %d action references were not checked for known advisories (%s was skipped)", err, n, rule))
			return
		}
		defer db.Close()
		src = osvAdvisories{db}
	}
	report := func(f finding.Finding) { p.Report(f) }
	if err := githubactions.CheckKnownVulnerableActions(ctx, sums, src, report); err != nil && ctx.Err() == nil {
		p.Note(fmt.Sprintf("pipeline: vulnerability database: %v; %s is incomplete", err, rule))
	}
}
