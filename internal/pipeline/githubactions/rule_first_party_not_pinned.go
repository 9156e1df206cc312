package githubactions

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var firstPartyNotPinned = &rule.Rule{
	ID: "pipeline/github-action-not-pinned", Area: finding.Pipeline, Severity: finding.Low,
	Title: "GitHub-owned action not pinned to a full commit SHA",
	Description: "Actions under actions/ and github/ are maintained by GitHub, but their tags are still " +
		"mutable references; pinning them by SHA makes every run reproducible and reviewable.",
	Remediation: "Pin to the full commit SHA with the version in a comment (`uses: actions/checkout@<sha> # v4.2.2`).",
}

func checkFirstPartyNotPinned(c *Context) {
	for _, u := range c.W.Uses() {
		if u.Step == nil || !firstParty(u.Action) || SHA(u.Action.Ref) {
			continue
		}
		c.Report(firstPartyNotPinned, u.Value.Line, u.Value.Col, subjectOf(u.Job, u.Step, u.Action.Name()),
			u.Action.Name()+" is used at "+refText(u.Action)+", not a full commit SHA")
	}
}
