package githubactions

import (
	"sort"

	"github.com/vigil-sec/vigil/internal/finding"
)

// CheckPinConsistency reports, across every workflow and action of the repository, SHA pins whose
// version comments disagree: one commit claimed as two incompatible versions, or one version pinned
// to two different commits.
func CheckPinConsistency(ws []*Workflow, report func(finding.Finding)) {
	type site struct {
		w       *Workflow
		u       UsesRef
		version string
	}
	byAction := map[string][]site{}
	for _, w := range ws {
		for _, u := range w.Uses() {
			v := CommentVersion(u.Comment)
			if SHA(u.Action.Ref) && v != "" {
				byAction[u.Action.Repository()] = append(byAction[u.Action.Repository()], site{w, u, v})
			}
		}
	}
	names := make([]string, 0, len(byAction))
	for n := range byAction {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		sites := byAction[name]
		for i, a := range sites {
			for _, b := range sites[:i] {
				var msg string
				switch {
				case a.u.Action.Ref == b.u.Action.Ref && !compatibleVersions(a.version, b.version):
					msg = name + "@" + a.u.Action.Ref[:12] + " is labelled " + a.version + " here but " + b.version + " in " + b.w.Path
				case a.u.Action.Ref != b.u.Action.Ref && a.version == b.version:
					msg = name + " " + a.version + " is pinned to " + a.u.Action.Ref[:12] + " here but to " + b.u.Action.Ref[:12] + " in " + b.w.Path
				default:
					continue
				}
				f := PinComment.Finding(finding.Location{Path: a.w.Path, StartLine: a.u.Value.Line, StartColumn: a.u.Value.Col},
					subjectOf(a.u.Job, a.u.Step, name)+"/consistency", msg)
				f.Related = []finding.Location{{Path: b.w.Path, StartLine: b.u.Value.Line, Label: "the other pin"}}
				report(f)
				break
			}
		}
	}
}

// CheckDependabotCoverage reports a Dependabot configuration that does not update GitHub Actions in a
// repository whose workflows use remote actions.
func CheckDependabotCoverage(d *Dependabot, ws []*Workflow, report func(finding.Finding)) {
	if d.Has("github-actions") {
		return
	}
	for _, w := range ws {
		for _, u := range w.Uses() {
			if u.Step != nil {
				report(DependabotActionsMissing.Finding(finding.Location{Path: d.Path, StartLine: max(d.Root.Line, 1)}, "github-actions",
					"Dependabot updates "+itoa(len(d.Ecosystems))+" ecosystem(s) but not github-actions, which "+w.Path+" uses"))
				return
			}
		}
	}
}
