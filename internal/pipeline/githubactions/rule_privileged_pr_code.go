package githubactions

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var privilegedPRCode = &rule.Rule{
	ID: "pipeline/privileged-runs-pr-code", Area: finding.Pipeline, Severity: finding.Critical,
	Title: "Privileged workflow runs the pull request's code",
	Description: "After checking out a pull request's head in a `pull_request_target` or `workflow_run` " +
		"workflow, this step builds, installs or executes it (npm install, make, a local action, a script). " +
		"Anyone who opens a pull request runs code with the repository's write token and secrets: a " +
		"\"pwn request\".",
	Remediation: "Run untrusted code only under the `pull_request` trigger (read-only token, no secrets). " +
		"Split privileged work into a separate workflow that consumes the results as data.",
	References: []string{"https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/"},
}

func checkPrivilegedPRCode(c *Context) {
	if !c.W.HasTrigger(privilegedTriggers...) {
		return
	}
	for _, j := range c.W.Jobs {
		i, what := c.W.PRCheckout(j)
		if i < 0 {
			continue
		}
		for _, s := range j.Steps[i+1:] {
			if RunsCheckedOutCode(s) {
				line := s.Line
				if s.Run.Node != nil {
					line = s.Run.Line
				}
				c.Report(privilegedPRCode, line, 0, subjectOf(j, s, "exec"),
					"step "+s.Label()+" of job "+j.ID+" runs code from the checked-out pull request ("+what+") with a privileged token")
				break
			}
		}
	}
}
