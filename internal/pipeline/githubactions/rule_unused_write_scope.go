package githubactions

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var unusedWriteScope = &rule.Rule{
	ID: "pipeline/unused-write-permission", Area: finding.Pipeline, Also: []finding.Area{finding.Access}, Severity: finding.Low,
	Title: "Write permission that no step uses",
	Description: "A `permissions:` block grants a write scope, but none of the jobs it applies to runs an " +
		"action or command that needs it. The extra access only helps an attacker who compromises a step.",
	Remediation: "Remove the scope or lower it to `read`; grant it on the one job that needs it.",
}

func checkUnusedWriteScope(c *Context) {
	w := c.W
	if p := w.Permissions; p != nil {
		var inheriting []*Job
		for _, j := range w.Jobs {
			if j.Permissions == nil {
				inheriting = append(inheriting, j)
			}
		}
		for _, s := range p.Writes() {
			if s.Key.Value == "id-token" {
				continue // pipeline/id-token-unneeded
			}
			used := len(inheriting) == 0
			for _, j := range inheriting {
				used = used || jobMayUse(j, s.Key.Value)
			}
			if !used {
				c.Report(unusedWriteScope, s.Key.Line, s.Key.Col, "workflow/"+s.Key.Value,
					"the workflow grants "+s.Key.Value+": write, but no job that inherits it uses it")
			}
		}
	}
	for _, j := range w.Jobs {
		for _, s := range j.Permissions.Writes() {
			if s.Key.Value != "id-token" && !jobMayUse(j, s.Key.Value) {
				c.Report(unusedWriteScope, s.Key.Line, s.Key.Col, j.ID+"/"+s.Key.Value,
					"job "+j.ID+" is granted "+s.Key.Value+": write but no step uses it")
			}
		}
	}
}
