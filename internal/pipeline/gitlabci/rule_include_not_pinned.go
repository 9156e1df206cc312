package gitlabci

import (
	"regexp"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var includeNotPinned = &rule.Rule{
	ID: "pipeline/gitlab-include-not-pinned", Area: finding.Pipeline, Severity: finding.Medium,
	Title: "GitLab include from outside the repository is not pinned",
	Description: "A `remote:` include without `integrity:`, a `project:` include without a commit SHA as " +
		"`ref:`, or a component at a moving version pulls pipeline code that someone else can change. Jobs " +
		"defined there run with this project's CI/CD variables and runners.",
	Remediation: "Pin project includes and components to a full commit SHA (or a protected, immutable tag " +
		"for components), and give remote includes an `integrity: sha256-...` hash.",
}

var commitRef = regexp.MustCompile(`^[0-9a-f]{40}$`)
var exactVersion = regexp.MustCompile(`^v?\d+\.\d+\.\d+$`)

func checkIncludeNotPinned(c *Config, _ []*Job, report func(finding.Finding)) {
	for _, inc := range c.Includes {
		var why string
		switch inc.Kind {
		case "remote":
			if inc.Integrity == "" {
				why = "remote include " + inc.Target + " has no integrity hash"
			}
		case "project":
			switch {
			case inc.Ref == "":
				why = "project include " + inc.Target + " follows the default branch"
			case !commitRef.MatchString(inc.Ref):
				why = "project include " + inc.Target + " is at ref " + inc.Ref + ", not a commit SHA"
			}
		case "component":
			_, ver, _ := strings.Cut(inc.Target, "@")
			if !commitRef.MatchString(ver) && !exactVersion.MatchString(ver) {
				why = "component " + inc.Target + " is not pinned to an exact version or commit"
			}
		}
		if why != "" {
			report(includeNotPinned.Finding(finding.Location{Path: inc.Path, StartLine: inc.Line}, inc.Kind+":"+inc.Target, why))
		}
	}
}
