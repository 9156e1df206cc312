package jobrules

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/pipeline/cimodel"
	"github.com/vigil-sec/vigil/internal/rule"
	"github.com/vigil-sec/vigil/internal/secretlike"
)

var ciVariableLiteral = &rule.Rule{
	ID: "secrets/ci-variable-literal", Area: finding.Secrets, Severity: finding.High,
	Title: "Literal secret in a CI variable",
	Description: "A CI variable whose name says it holds a credential (GitLab `variables:`, CircleCI " +
		"`environment:`, Azure Pipelines `variables:`, Bitbucket) is given a literal value in the " +
		"configuration file, so the secret is in the repository and its history for everyone who can read it.",
	Remediation: "Remove the value, rotate the credential, and define it as a protected, masked variable in " +
		"the CI system's settings (or read it from a secret store at run time).",
}

// literalSecret reports whether a declared variable holds a literal credential.
func literalSecret(v cimodel.Variable) bool {
	val := strings.TrimSpace(v.Value)
	if val == "" || strings.Contains(val, "$") || !secretlike.Name(v.Name) || !secretlike.Literal(val) {
		return false
	}
	switch strings.ToLower(val) {
	case "true", "false", "yes", "no", "on", "off", "null", "~":
		return false
	}
	return true
}

func checkCIVariableLiteral(j *Job, report func(finding.Finding)) {
	if j.Pipeline.Platform == cimodel.GitHubActions {
		return
	}
	reportLiterals(j, ciVariableLiteral, report)
}

func reportLiterals(j *Job, rl *rule.Rule, report func(finding.Finding)) {
	first := len(j.Pipeline.Jobs) > 0 && j.Pipeline.Jobs[0] == j.Job
	for _, v := range j.Job.Variables {
		// Variables every job inherits are checked once, with the first job.
		if (v.Scope == "workflow" || v.Scope == "global") && !first {
			continue
		}
		if !literalSecret(v) {
			continue
		}
		f := rl.Finding(finding.Location{Path: v.Path, StartLine: v.Line, StartColumn: v.Col},
			v.Scope+":"+v.Name+":"+finding.SecretHash(v.Value)[:16],
			"variable "+v.Name+" ("+v.Scope+") holds a literal secret")
		f.Evidence = v.Name + ": " + finding.Redact(v.Value)
		report(f)
	}
}
