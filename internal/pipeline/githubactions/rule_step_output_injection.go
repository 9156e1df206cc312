package githubactions

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var stepOutputInjection = &rule.Rule{
	ID: "pipeline/step-output-injection", Area: finding.Pipeline, Severity: finding.High,
	Title: "Step or job output derived from attacker-controlled data expanded into code",
	Description: "An earlier step (or job) writes attacker-controlled data (a title, a branch name, changed " +
		"file names) to an output, and this step expands that output with `${{ }}` into its script. The " +
		"indirection does not sanitize anything: the value still becomes code.",
	Remediation: "Pass the output through an environment variable (`env: VALUE: ${{ steps.x.outputs.y }}`) and " +
		"quote it in the script.",
}

func checkStepOutputInjection(c *Context) {
	for _, j := range c.W.Jobs {
		for _, s := range j.Steps {
			code, kind := ScriptOf(s)
			if kind == "" {
				continue
			}
			seen := map[string]bool{}
			for _, e := range c.Expansions(code) {
				if Untrusted(e.Path) || seen[e.Path] || !(strings.HasPrefix(e.Path, "steps.") || strings.HasPrefix(e.Path, "needs.")) {
					continue
				}
				if why := c.untrustedWhy(j, e.Path); why != "" {
					seen[e.Path] = true
					c.Report(stepOutputInjection, e.Line, e.Col, subjectOf(j, s, e.Path),
						"step "+s.Label()+" of job "+j.ID+" expands "+why+" into its "+kind+" code")
				}
			}
		}
	}
}
