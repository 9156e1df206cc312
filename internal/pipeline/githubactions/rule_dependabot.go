package githubactions

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// DependabotInsecureExec is reported per Dependabot file.
var DependabotInsecureExec = &rule.Rule{
	ID: "pipeline/dependabot-insecure-exec", Area: finding.Pipeline, Severity: finding.High,
	Title: "Dependabot allowed to run external code during updates",
	Description: "`insecure-external-code-execution: allow` lets package managers run code from the " +
		"dependencies being updated (install scripts, setup.py) while Dependabot has access to the private " +
		"registries configured for it. A malicious release can steal those registry credentials.",
	Remediation: "Remove the setting (the default is deny) and vendor or mirror what the update needs instead.",
}

// DependabotActionsMissing is reported in the second phase: the repository pins actions but its
// Dependabot configuration does not update them.
var DependabotActionsMissing = &rule.Rule{
	ID: "pipeline/dependabot-actions-not-updated", Area: finding.Pipeline, Severity: finding.Low,
	Title: "Dependabot does not update GitHub Actions",
	Description: "The repository uses third-party actions, but its Dependabot configuration has no " +
		"`github-actions` entry. Pinned actions then never receive security fixes, and tag references drift " +
		"unreviewed.",
	Remediation: "Add an update entry with `package-ecosystem: github-actions` and `directory: /`.",
}

// CheckDependabot reports the per-file Dependabot rules.
func CheckDependabot(d *Dependabot, report func(finding.Finding)) {
	for i, s := range d.InsecureExec {
		report(DependabotInsecureExec.Finding(finding.Location{Path: d.Path, StartLine: s.Line, StartColumn: s.Col}, "insecure-external-code-execution#"+itoa(i+1),
			"an update entry allows insecure external code execution"))
	}
}
