package githubactions

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var privilegedCheckout = &rule.Rule{
	ID: "pipeline/privileged-checkout", Area: finding.Pipeline, Severity: finding.High,
	Title: "pull_request_target or workflow_run checks out the pull request's code",
	Description: "Workflows triggered by `pull_request_target` or `workflow_run` run with the base repository's " +
		"write token and secrets even for pull requests from forks. Checking out the pull request's head puts " +
		"attacker-written files (scripts, build files, actions, config) in that privileged workspace.",
	Remediation: "Use the `pull_request` trigger for anything that touches the pull request's code; if a " +
		"privileged follow-up is needed, pass results through artifacts to a separate `workflow_run` job that " +
		"treats them as data and never executes them.",
	References: []string{"https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/"},
}

func checkPrivilegedCheckout(c *Context) {
	if !c.W.HasTrigger(privilegedTriggers...) {
		return
	}
	for _, j := range c.W.Jobs {
		i, what := c.W.PRCheckout(j)
		if i < 0 {
			continue
		}
		s := j.Steps[i]
		c.Report(privilegedCheckout, s.Line, 0, subjectOf(j, s, "checkout"),
			"job "+j.ID+" runs on "+strings.Join(triggerNames(c.W), ", ")+" and checks out "+what)
	}
}

func triggerNames(w *Workflow) []string {
	var out []string
	for _, t := range w.Triggers {
		for _, p := range privilegedTriggers {
			if t.Event == p {
				out = append(out, t.Event)
			}
		}
	}
	return out
}
