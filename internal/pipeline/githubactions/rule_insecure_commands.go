package githubactions

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var insecureCommands = &rule.Rule{
	ID: "pipeline/insecure-commands-enabled", Area: finding.Pipeline, Severity: finding.High,
	Title: "Deprecated set-env and add-path workflow commands re-enabled",
	Description: "`ACTIONS_ALLOW_UNSECURE_COMMANDS: true` turns the `::set-env` and `::add-path` log commands " +
		"back on. Anything printed to the log (a file name, an issue title in a test's output) can then set " +
		"environment variables such as LD_PRELOAD or NODE_OPTIONS for later steps.",
	Remediation: "Remove the variable and write to $GITHUB_ENV and $GITHUB_PATH instead.",
}

func checkInsecureCommands(c *Context) {
	for _, j := range c.W.Jobs {
		for _, s := range append([]*Step{nil}, j.Steps...) {
			var env []KV
			if s == nil {
				env = append(append([]KV{}, c.W.Env...), j.Env...)
			} else {
				env = s.Env
			}
			for _, kv := range env {
				if kv.Key.Value == "ACTIONS_ALLOW_UNSECURE_COMMANDS" && strings.EqualFold(strings.TrimSpace(kv.Value.Value), "true") {
					c.Report(insecureCommands, kv.Key.Line, kv.Key.Col, "ACTIONS_ALLOW_UNSECURE_COMMANDS", "ACTIONS_ALLOW_UNSECURE_COMMANDS is set to true")
				}
			}
		}
	}
}
