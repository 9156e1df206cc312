package githubactions

import (
	"sort"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var githubEnvInjection = &rule.Rule{
	ID: "pipeline/github-env-injection", Area: finding.Pipeline, Severity: finding.High,
	Title: "Attacker-controlled data written to GITHUB_ENV or GITHUB_PATH",
	Description: "The script writes a variable holding attacker-controlled event data into $GITHUB_ENV " +
		"(or $GITHUB_PATH). A value with a newline defines further variables for every later step, " +
		"such as LD_PRELOAD, NODE_OPTIONS or BASH_ENV, which run the attacker's code.",
	Remediation: "Do not write untrusted values to GITHUB_ENV; if you must, use a random heredoc delimiter and " +
		"validate the value first, or pass it to the later step through `env:` directly.",
}

func checkGitHubEnvInjection(c *Context) {
	for _, j := range c.W.Jobs {
		for _, s := range j.Steps {
			run := s.Run.Value
			if run == "" || !strings.Contains(run, "GITHUB_ENV") && !strings.Contains(run, "GITHUB_PATH") {
				continue
			}
			tainted := c.TaintedEnv(j, s)
			names := make([]string, 0, len(tainted))
			for n := range tainted {
				names = append(names, n)
			}
			sort.Strings(names)
			for _, name := range names {
				if strings.Contains(run, "$"+name) || strings.Contains(run, "${"+name) {
					c.Report(githubEnvInjection, s.Run.Line, 0, subjectOf(j, s, name),
						"step "+s.Label()+" of job "+j.ID+" writes $"+name+" ("+tainted[name]+") to GITHUB_ENV/GITHUB_PATH")
					break
				}
			}
		}
	}
}
