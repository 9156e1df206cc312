package githubactions

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var writeAll = &rule.Rule{
	ID: "pipeline/permissions-write-all", Area: finding.Pipeline, Also: []finding.Area{finding.Access}, Severity: finding.High,
	Title: "GITHUB_TOKEN granted write-all",
	Description: "`permissions: write-all` gives the token write access to every scope (code, releases, " +
		"packages, workflows' actions, pull requests, security events ...). Any step, and any action it runs, " +
		"can use all of it.",
	Remediation: "List only the scopes the job needs, e.g. `permissions: { contents: read, pull-requests: write }`.",
}

func checkWriteAll(c *Context) {
	if p := c.W.Permissions; p != nil && p.All == "write-all" {
		c.Report(writeAll, p.Line, 0, "workflow", "the workflow grants every job a write-all token")
	}
	for _, j := range c.W.Jobs {
		if p := j.Permissions; p != nil && p.All == "write-all" {
			c.Report(writeAll, p.Line, 0, j.ID, "job "+j.ID+" gets a write-all token")
		}
	}
}
