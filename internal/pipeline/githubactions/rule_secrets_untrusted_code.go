package githubactions

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var secretsUntrustedCode = &rule.Rule{
	ID: "pipeline/secrets-exposed-to-pr-code", Area: finding.Pipeline, Also: []finding.Area{finding.Access}, Severity: finding.High,
	Title: "Secrets available to steps that run after a pull request checkout",
	Description: "In a `pull_request_target` or `workflow_run` job that has checked out the pull request's " +
		"code, a later step receives secrets. Code from the pull request (build scripts, git hooks, tool " +
		"configuration, a poisoned action) runs in the same job and can read them.",
	Remediation: "Keep secrets out of jobs that touch pull request code: move the secret-using step to a " +
		"separate job or workflow that does not check out the pull request.",
}

func checkSecretsUntrustedCode(c *Context) {
	if !c.W.HasTrigger(privilegedTriggers...) {
		return
	}
	for _, j := range c.W.Jobs {
		i, _ := c.W.PRCheckout(j)
		if i < 0 {
			continue
		}
		for _, s := range j.Steps[i+1:] {
			if name := stepSecret(c.W, s); name != "" {
				c.Report(secretsUntrustedCode, s.Line, 0, subjectOf(j, s, name),
					"step "+s.Label()+" of job "+j.ID+" gets "+name+" after the pull request's code was checked out")
			}
		}
	}
}

// stepSecret returns the first secrets.* path a step reads, or "".
func stepSecret(w *Workflow, s *Step) string {
	vals := []Str{s.Run}
	for _, kv := range s.Env {
		vals = append(vals, kv.Value)
	}
	for _, kv := range s.With {
		vals = append(vals, kv.Value)
	}
	for _, v := range vals {
		for _, p := range w.References(v) {
			if strings.HasPrefix(p, "secrets.") {
				return p
			}
		}
	}
	return ""
}
