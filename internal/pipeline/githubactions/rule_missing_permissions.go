package githubactions

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var missingPermissions = &rule.Rule{
	ID: "pipeline/missing-permissions", Area: finding.Pipeline, Also: []finding.Area{finding.Access}, Severity: finding.Medium,
	Title: "Workflow does not limit the GITHUB_TOKEN's permissions",
	Description: "Without a top-level `permissions:` block (and without one on every job) the token gets the " +
		"repository's default permissions, which for many repositories and organizations is read and write on " +
		"everything. Any compromised step can then push code, create releases or approve pull requests.",
	Remediation: "Add `permissions: {}` or `permissions: contents: read` at the top of the workflow and grant " +
		"write scopes only on the jobs that need them.",
	References: []string{"https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token"},
}

func checkMissingPermissions(c *Context) {
	w := c.W
	if w.IsAction || w.Permissions != nil || len(w.Jobs) == 0 {
		return
	}
	// A workflow that only runs when called gets at most what the caller grants.
	if len(w.Triggers) == 1 && w.Triggers[0].Event == "workflow_call" {
		return
	}
	var open []string
	for _, j := range w.Jobs {
		if j.Permissions == nil && j.Uses.Value == "" {
			open = append(open, j.ID)
		}
	}
	if len(open) == 0 {
		return
	}
	line := w.OnLine
	if line == 0 {
		line = 1
	}
	msg := "the workflow sets no top-level permissions, so job " + open[0]
	if len(open) > 1 {
		msg += " (and " + itoa(len(open)-1) + " more)"
	}
	c.Report(missingPermissions, line, 0, "permissions", msg+" runs with the repository's default token permissions")
}
