package githubactions

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var secretsInherit = &rule.Rule{
	ID: "pipeline/secrets-inherit", Area: finding.Pipeline, Also: []finding.Area{finding.Access}, Severity: finding.Medium,
	Title: "Reusable workflow gets every secret (secrets: inherit)",
	Description: "`secrets: inherit` passes all of the caller's repository, organization and environment " +
		"secrets to the called workflow, whatever it needs. A compromised or careless callee (or a later change " +
		"to it) can use or leak every one of them.",
	Remediation: "Pass only the secrets the called workflow declares: `secrets: { NPM_TOKEN: ${{ secrets.NPM_TOKEN }} }`.",
}

func checkSecretsInherit(c *Context) {
	for _, j := range c.W.Jobs {
		if s := j.SecretsInherit; s.Valid() {
			c.Report(secretsInherit, s.Line, s.Col, j.ID, "job "+j.ID+" passes every secret to "+j.Uses.Value)
		}
	}
}
