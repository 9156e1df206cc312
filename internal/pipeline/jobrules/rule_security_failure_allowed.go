package jobrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var securityFailureAllowed = &rule.Rule{
	ID: "pipeline/security-failure-allowed", Area: finding.Pipeline, Severity: finding.Medium,
	Title: "Security check is allowed to fail",
	Description: "A security review step or job has `continue-on-error: true` (GitHub Actions) or " +
		"`allow_failure: true` (GitLab), so its findings never stop the pipeline and the gate is decorative.",
	Remediation: "Let the security step fail the job; tune what it reports (severity threshold, baseline, " +
		"reviewed ignores) instead of ignoring its exit code.",
}

func checkSecurityFailureAllowed(j *Job, report func(finding.Finding)) {
	for _, f := range j.Job.FailureAllowed {
		report(securityFailureAllowed.Finding(at(f.Path, f.Line), subject(j, f.Reason),
			"job "+j.Job.ID+": "+f.Reason+" may fail without failing the pipeline"))
	}
}
