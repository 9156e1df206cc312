package jobrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var deployAlways = &rule.Rule{
	ID: "pipeline/deploy-runs-always", Area: finding.Pipeline, Severity: finding.Medium,
	Title: "Deploy runs even after failed checks",
	Description: "A deploy or release job (or step) runs under `if: always()` (GitHub Actions) or " +
		"`when: always` (GitLab), so it goes ahead when the tests or the security review before it failed.",
	Remediation: "Remove always(): let the deploy run only on success (the default), or test the result of " +
		"the jobs it needs explicitly (`needs.security.result == 'success'`).",
}

func checkDeployAlways(j *Job, report func(finding.Finding)) {
	if f := j.Job.RunsAlways; f != nil {
		report(deployAlways.Finding(at(f.Path, f.Line), subject(j, "always"),
			"deploy job "+j.Job.ID+" runs even when earlier jobs failed ("+f.Reason+")"))
	}
}
