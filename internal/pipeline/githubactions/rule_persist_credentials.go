package githubactions

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var persistCredentials = &rule.Rule{
	ID: "pipeline/checkout-credentials-in-artifact", Area: finding.Pipeline, Also: []finding.Area{finding.Access}, Severity: finding.High,
	Title: "Checkout token persisted in a workspace that is uploaded as an artifact",
	Description: "actions/checkout writes the job's token into .git/config unless `persist-credentials: false` " +
		"is set. This job then uploads the workspace (or a directory holding .git) as an artifact, which anyone " +
		"who can read the run can download, token included.",
	Remediation: "Set `persist-credentials: false` on the checkout, and upload only the build output directory.",
}

func checkPersistCredentials(c *Context) {
	for _, j := range c.W.Jobs {
		var checkout *Step
		for _, s := range j.Steps {
			a := s.Action()
			if a.Is("actions/checkout") {
				if v, ok := Get(s.With, "persist-credentials"); !ok || v.Value != "false" {
					checkout = s
				}
				continue
			}
			if checkout == nil || !a.Is("actions/upload-artifact") {
				continue
			}
			path, _ := Get(s.With, "path")
			if workspacePath(path.Value) {
				c.Report(persistCredentials, s.Line, 0, subjectOf(j, s, "upload"),
					"job "+j.ID+" checks out with persisted credentials (line "+itoa(checkout.Line)+") and uploads "+strings.TrimSpace(path.Value))
			}
		}
	}
}

// workspacePath reports whether an upload path covers the checkout directory (and so .git).
func workspacePath(p string) bool {
	for _, line := range strings.Split(p, "\n") {
		l := strings.TrimSpace(line)
		switch {
		case l == "", strings.HasPrefix(l, "!"):
			continue
		case l == "." || l == "./" || l == "*" || l == "**" || l == "./*" || l == "**/*" || strings.Contains(l, ".git"),
			strings.Contains(l, "github.workspace") && !strings.Contains(strings.SplitN(l, "}}", 2)[len(strings.SplitN(l, "}}", 2))-1], "/"),
			l == "$GITHUB_WORKSPACE" || l == "${GITHUB_WORKSPACE}":
			return true
		}
	}
	return false
}
