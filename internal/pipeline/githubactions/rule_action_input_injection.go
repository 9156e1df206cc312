package githubactions

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var actionInputInjection = &rule.Rule{
	ID: "pipeline/action-input-injection", Area: finding.Pipeline, Severity: finding.Medium,
	Title: "Composite action expands its inputs into run code",
	Description: "A composite action pastes `${{ inputs.x }}` into a `run:` script. Callers routinely pass " +
		"event data (titles, branch names) as inputs, so the action turns them into code in the caller's job.",
	Remediation: "Map the input to an environment variable in the step (`env: X: ${{ inputs.x }}`) and use " +
		"\"$X\" in the script.",
}

func checkActionInputInjection(c *Context) {
	if !c.W.IsAction {
		return
	}
	injections(c, actionInputInjection, "run", func(path string) bool { return strings.HasPrefix(path, "inputs.") })
}
