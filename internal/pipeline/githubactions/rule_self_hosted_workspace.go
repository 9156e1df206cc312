package githubactions

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var selfHostedWorkspace = &rule.Rule{
	ID: "pipeline/runner-workspace-reused", Area: finding.Pipeline, Severity: finding.Low,
	Title: "Self-hosted runner keeps the previous job's workspace",
	Description: "`actions/checkout` with `clean: false` on a self-hosted runner reuses files left by earlier " +
		"jobs, a sign the runner is not ephemeral. A job that ran untrusted code can leave files (hooks, " +
		"tool configuration, binaries) that later, privileged jobs pick up.",
	Remediation: "Use ephemeral runners (one job each) or keep `clean: true` and wipe the workspace between jobs.",
}

func checkSelfHostedWorkspace(c *Context) {
	for _, j := range c.W.Jobs {
		if !selfHosted(j) {
			continue
		}
		for _, s := range j.Steps {
			if v, ok := Get(s.With, "clean"); ok && s.Action().Is("actions/checkout") && v.Value == "false" {
				c.Report(selfHostedWorkspace, v.Line, v.Col, subjectOf(j, s, "clean"), "job "+j.ID+" checks out with clean: false on a self-hosted runner")
			}
		}
	}
}
