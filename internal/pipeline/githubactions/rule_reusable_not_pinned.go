package githubactions

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var reusableNotPinned = &rule.Rule{
	ID: "pipeline/reusable-workflow-not-pinned", Area: finding.Pipeline, Severity: finding.Medium,
	Title: "Reusable workflow from another repository not pinned to a commit SHA",
	Description: "A job calls a workflow in another repository by branch or tag. Whoever can push to that " +
		"repository decides what this job runs, with the secrets and permissions this workflow passes.",
	Remediation: "Pin the call to a full commit SHA (`uses: org/repo/.github/workflows/x.yml@<sha> # v1.2.0`).",
}

func checkReusableNotPinned(c *Context) {
	for _, u := range c.W.Uses() {
		if u.Step != nil || SHA(u.Action.Ref) {
			continue
		}
		c.Report(reusableNotPinned, u.Value.Line, u.Value.Col, u.Job.ID+"/"+u.Action.Name(),
			"job "+u.Job.ID+" calls "+u.Action.Name()+" at "+refText(u.Action))
	}
}
