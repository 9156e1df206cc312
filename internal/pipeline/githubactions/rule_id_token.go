package githubactions

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var idTokenUnneeded = &rule.Rule{
	ID: "pipeline/id-token-unneeded", Area: finding.Pipeline, Also: []finding.Area{finding.Access}, Severity: finding.Medium,
	Title: "OIDC id-token: write granted to a job that does not use it",
	Description: "`id-token: write` lets any step mint OIDC tokens for the workflow, which cloud roles, " +
		"package registries and signing services trust as the repository itself. No step of the job uses a " +
		"known OIDC consumer, so the grant only widens what a compromised step can reach.",
	Remediation: "Grant `id-token: write` only on the job that authenticates with OIDC (cloud login, trusted " +
		"publishing, signing, attestations).",
}

func checkIDTokenUnneeded(c *Context) {
	w := c.W
	if p := w.Permissions; p != nil && p.Scope("id-token") == "write" && p.All == "" {
		used := false
		for _, j := range w.Jobs {
			used = used || j.Permissions == nil && jobMayUse(j, "id-token")
		}
		if !used {
			line, col := scopeLine(p, "id-token")
			c.Report(idTokenUnneeded, line, col, "workflow/id-token", "the workflow grants id-token: write but no job that inherits it uses OIDC")
		}
	}
	for _, j := range w.Jobs {
		if p := j.Permissions; p != nil && p.Scope("id-token") == "write" && p.All == "" && !jobMayUse(j, "id-token") {
			line, col := scopeLine(p, "id-token")
			c.Report(idTokenUnneeded, line, col, j.ID+"/id-token", "job "+j.ID+" is granted id-token: write but no step uses OIDC")
		}
	}
}

func scopeLine(p *Permissions, scope string) (int, int) {
	for _, s := range p.Scopes {
		if s.Key.Value == scope {
			return s.Key.Line, s.Key.Col
		}
	}
	return p.Line, 0
}
