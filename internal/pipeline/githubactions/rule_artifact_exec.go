package githubactions

import (
	"regexp"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var artifactExec = &rule.Rule{
	ID: "pipeline/workflow-run-artifact-exec", Area: finding.Pipeline, Severity: finding.High,
	Title: "workflow_run job runs or sources artifacts from the triggering run",
	Description: "A `workflow_run` workflow runs with the base repository's privileges, but artifacts it " +
		"downloads from the triggering run were produced by that run, which may have been a fork's pull " +
		"request. Executing, sourcing or unpacking them over the workspace runs attacker-controlled content " +
		"with privileges.",
	Remediation: "Treat artifacts from `workflow_run` as untrusted data: extract them outside the workspace " +
		"(e.g. to ${{ runner.temp }}), validate their content, and never execute or source them.",
	References: []string{"https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/"},
}

var artifactUse = regexp.MustCompile(`(?m)(^|[\s;&|])(\./[\w./-]+|bash\s+[\w./-]+|sh\s+[\w./-]+|source\s+\S+|\.\s+\S+|chmod\s+\+x|unzip\s+(-o\s+)?\S+(\s|$)|tar\s+-?x|npm\s+(install|ci|run)|make(\s|$)|python3?\s+[\w./-]+)`)

func checkArtifactExec(c *Context) {
	if !c.W.HasTrigger("workflow_run") {
		return
	}
	for _, j := range c.W.Jobs {
		downloaded := false
		for _, s := range j.Steps {
			a := s.Action()
			script, _ := ScriptOf(s)
			if a.Is("actions/download-artifact", "dawidd6/action-download-artifact") || a.Is("actions/github-script") && regexp.MustCompile(`downloadArtifact|listWorkflowRunArtifacts`).MatchString(script.Value) {
				downloaded = true
				continue
			}
			if downloaded && s.Run.Value != "" && artifactUse.MatchString(s.Run.Value) {
				loc := artifactUse.FindStringIndex(s.Run.Value)
				line, _ := s.Run.Position(loc[0] + 1)
				c.Report(artifactExec, line, 0, subjectOf(j, s, "artifact"),
					"step "+s.Label()+" of job "+j.ID+" uses a downloaded workflow_run artifact as code ("+
						strings.TrimSpace(artifactUse.FindString(s.Run.Value))+")")
				break
			}
		}
	}
}
