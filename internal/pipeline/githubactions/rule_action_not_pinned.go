package githubactions

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var actionNotPinned = &rule.Rule{
	ID: "pipeline/action-not-pinned", Area: finding.Pipeline, Severity: finding.High,
	Title: "Third-party action not pinned to a full commit SHA",
	Description: "A tag or branch of a third-party action can be moved to any commit by whoever controls the " +
		"action's repository (or steals its credentials, as in the tj-actions/changed-files compromise). " +
		"The next run executes the new code with the job's token and secrets.",
	Remediation: "Pin the action to the full 40-character commit SHA of the release you reviewed, with the " +
		"version in a comment (`uses: owner/action@<sha> # v1.2.3`), and let Dependabot or Renovate update it.",
	References: []string{"https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions"},
}

func checkActionNotPinned(c *Context) {
	for _, u := range c.W.Uses() {
		if u.Step == nil || firstParty(u.Action) || SHA(u.Action.Ref) {
			continue
		}
		c.Report(actionNotPinned, u.Value.Line, u.Value.Col, subjectOf(u.Job, u.Step, u.Action.Name()),
			u.Action.Name()+" is used at "+refText(u.Action)+", not a full commit SHA")
	}
}

func refText(a Action) string {
	if a.Ref == "" {
		return "no ref at all"
	}
	if len(a.Ref) >= 7 && len(a.Ref) < 40 && isHex(a.Ref) {
		return "short SHA " + a.Ref
	}
	return "mutable ref " + a.Ref
}

func isHex(s string) bool {
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}
