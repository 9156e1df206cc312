package githubactions

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var githubScriptInjection = &rule.Rule{
	ID: "pipeline/github-script-injection", Area: finding.Pipeline, Severity: finding.High,
	Title: "Attacker-controlled event data expanded into github-script code",
	Description: "The `script:` input of actions/github-script is JavaScript into which `${{ }}` values are " +
		"pasted before it runs. A pull request title or comment with a quote and code runs in the job with its " +
		"token.",
	Remediation: "Read the value from the event payload inside the script (`context.payload.issue.title`) or " +
		"pass it through `env:` and `process.env`, never through `${{ }}` in the script.",
}

func checkGitHubScriptInjection(c *Context) {
	injections(c, githubScriptInjection, "script", func(path string) bool { return Untrusted(path) })
}
