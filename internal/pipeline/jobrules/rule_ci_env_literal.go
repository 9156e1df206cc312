package jobrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/pipeline/cimodel"
	"github.com/vigil-sec/vigil/internal/rule"
)

var ciEnvLiteral = &rule.Rule{
	ID: "secrets/ci-env-literal", Area: finding.Secrets, Severity: finding.High,
	Title: "Literal secret in a GitHub Actions env block",
	Description: "An `env:` entry of a workflow, job, step or job container whose name says it holds a " +
		"credential is given a literal value instead of a `${{ secrets.NAME }}` reference, so the secret " +
		"is in the repository for everyone who can read it.",
	Remediation: "Rotate the credential, store it as an Actions secret (or use OIDC instead of a stored " +
		"credential) and reference it as `${{ secrets.NAME }}`.",
}

func checkCIEnvLiteral(j *Job, report func(finding.Finding)) {
	if j.Pipeline.Platform != cimodel.GitHubActions {
		return
	}
	reportLiterals(j, ciEnvLiteral, report)
}
