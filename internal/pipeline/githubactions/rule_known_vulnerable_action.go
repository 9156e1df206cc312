package githubactions

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var knownVulnerableAction = &rule.Rule{
	ID: "pipeline/known-vulnerable-action", Area: finding.Pipeline, Severity: finding.Critical,
	Title: "Action version with a published compromise or vulnerability advisory",
	Description: "The workflow uses a version of an action that a published advisory lists as compromised " +
		"or vulnerable. Runs with this version may have leaked secrets or run attacker code.",
	Remediation: "Update to a fixed version pinned by SHA, and rotate any secret the affected runs could " +
		"read; check the runs' logs for the advisory's indicators.",
}

func checkKnownVulnerableAction(c *Context) {
	if c.Advisories == nil {
		return
	}
	for _, u := range c.W.Uses() {
		version := ""
		switch {
		case versionRe.FindString(u.Action.Ref) == u.Action.Ref && u.Action.Ref != "":
			version = u.Action.Ref
		case SHA(u.Action.Ref):
			version = CommentVersion(u.Comment)
		}
		for _, adv := range c.Advisories.ActionAdvisories(u.Action.Repository(), version) {
			c.Report(knownVulnerableAction, u.Value.Line, u.Value.Col, subjectOf(u.Job, u.Step, u.Action.Name()+"/"+adv.ID),
				u.Action.Name()+"@"+version+" is affected by "+adv.ID+": "+adv.Summary)
		}
	}
}
