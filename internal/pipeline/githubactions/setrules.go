package githubactions

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

// PinSite is one SHA pin that carries a version comment, kept (instead of the whole workflow) for
// the repository-wide consistency check of the second phase.
type PinSite struct {
	Repo    string // owner/repo in lower case
	Name    string // the action as used, for messages
	SHA     string
	Version string
	Path    string
	Line    int
	Col     int
	Subject string
}

// Summary is what the second phase needs to know of one workflow or action.
type Summary struct {
	Path string
	Pins []PinSite
	// Actions are the remote references that name a version or a commit.
	Actions []ActionSite
	// RemoteActions is set when a step uses an action from another repository.
	RemoteActions bool
}

// Summarize extracts the pin sites and remote action use of a workflow.
func Summarize(w *Workflow) Summary {
	s := Summary{Path: w.Path}
	uses := w.Uses()
	s.Actions = make([]ActionSite, 0, len(uses))
	for _, u := range uses {
		if u.Step != nil {
			s.RemoteActions = true
		}
		sha := SHA(u.Action.Ref)
		v := ""
		if sha {
			v = CommentVersion(u.Comment)
		}
		if a, ok := actionSite(w.Path, u, sha, v); ok {
			s.Actions = append(s.Actions, a)
		}
		if sha && v != "" {
			s.Pins = append(s.Pins, PinSite{Repo: u.Action.Repository(), Name: u.Action.Name(), SHA: u.Action.Ref, Version: v,
				Path: w.Path, Line: u.Value.Line, Col: u.Value.Col, Subject: subjectOf(u.Job, u.Step, u.Action.Name())})
		}
	}
	return s
}

// CheckPinConsistency reports, across every workflow and action of the repository (in path order),
// SHA pins whose version comments disagree with an earlier pin of the same action: one commit
// claimed as two incompatible versions, or one version pinned to two different commits.
func CheckPinConsistency(sums []Summary, report func(finding.Finding)) {
	type seen struct {
		bySHA     map[string]PinSite
		byVersion map[string]PinSite
	}
	repos := map[string]*seen{}
	for _, sum := range sums {
		for _, p := range sum.Pins {
			r := repos[p.Repo]
			if r == nil {
				r = &seen{bySHA: map[string]PinSite{}, byVersion: map[string]PinSite{}}
				repos[p.Repo] = r
			}
			var msg string
			var other PinSite
			if prior, ok := r.bySHA[p.SHA]; ok && !compatibleVersions(prior.Version, p.Version) {
				msg, other = p.Name+"@"+p.SHA[:12]+" is labelled "+p.Version+" here but "+prior.Version+" in "+prior.Path, prior
			} else if prior, ok := r.byVersion[p.Version]; ok && prior.SHA != p.SHA {
				msg, other = p.Name+" "+p.Version+" is pinned to "+p.SHA[:12]+" here but to "+prior.SHA[:12]+" in "+prior.Path, prior
			}
			if msg != "" {
				f := PinComment.Finding(finding.Location{Path: p.Path, StartLine: p.Line, StartColumn: p.Col}, p.Subject+"/consistency", msg)
				f.Related = []finding.Location{{Path: other.Path, StartLine: other.Line, Label: "the other pin"}}
				report(f)
			}
			if _, ok := r.bySHA[p.SHA]; !ok {
				r.bySHA[p.SHA] = p
			}
			if _, ok := r.byVersion[p.Version]; !ok {
				r.byVersion[p.Version] = p
			}
		}
	}
}

// CheckDependabotCoverage reports a Dependabot configuration that does not update GitHub Actions in a
// repository whose workflows use remote actions.
func CheckDependabotCoverage(d *Dependabot, sums []Summary, report func(finding.Finding)) {
	if d.Has("github-actions") {
		return
	}
	for _, s := range sums {
		if s.RemoteActions {
			report(DependabotActionsMissing.Finding(finding.Location{Path: d.Path, StartLine: max(d.Root.Line, 1)}, "github-actions",
				"Dependabot updates "+itoa(len(d.Ecosystems))+" ecosystem(s) but not github-actions, which "+s.Path+" uses"))
			return
		}
	}
}
