package jobrules

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var gemUnversioned = &rule.Rule{
	ID: "pipeline/gem-install-unversioned", Area: finding.Pipeline, Severity: finding.Low,
	Title: "gem installed without a version",
	Description: "`gem install name` without `-v` installs the newest release at build time, so a " +
		"malicious or breaking release enters the build unreviewed.",
	Remediation: "Pin the version (`gem install name -v 1.2.3`) or install through a Gemfile.lock with bundler.",
}

func checkGemUnversioned(j *Job, report func(finding.Finding)) {
	for _, c := range j.Commands() {
		if c.Name != "gem" || len(c.Rest) == 0 || c.Rest[0] != "install" {
			continue
		}
		args := c.Rest[1:]
		if HasFlag(args, "-v", "--version", "-g", "--file") {
			continue
		}
		for _, a := range Positional(args, "-i", "--install-dir", "-n", "--bindir", "--source", "-s", "-P", "--trust-policy") {
			if !strings.Contains(a, ":") && !strings.HasSuffix(a, ".gem") && !strings.HasPrefix(a, "$") {
				report(gemUnversioned.Finding(at(c.Script.Path, c.Line), subject(j, c.Script.Step, a),
					"job "+j.Job.ID+" installs gem "+a+" without a version"))
			}
		}
	}
}
