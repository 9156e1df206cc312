package jobrules

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var containerRoot = &rule.Rule{
	ID: "pipeline/container-runs-as-root", Area: finding.Pipeline, Severity: finding.Low,
	Title: "Build container explicitly runs as root",
	Description: "The job's container is told to run as root (`--user root`, `--user 0`, `user: root`), " +
		"which widens what a compromised build step can do inside and, with any escape, outside the container.",
	Remediation: "Run as an unprivileged user (`--user 1001`) and give it only the file permissions the " +
		"build needs.",
}

func rootUser(args []string) bool {
	for i, a := range args {
		var v string
		switch {
		case (a == "--user" || a == "-u") && i+1 < len(args):
			v = args[i+1]
		case strings.HasPrefix(a, "--user="):
			v = strings.TrimPrefix(a, "--user=")
		default:
			continue
		}
		u, _, _ := strings.Cut(v, ":")
		if u == "root" || u == "0" {
			return true
		}
	}
	return false
}

func checkContainerRoot(j *Job, report func(finding.Finding)) {
	for _, img := range j.Job.Images {
		if rootUser(optionWords(img)) {
			report(containerRoot.Finding(at(img.Path, img.OptionsAt()), subject(j, img.Role, img.Ref),
				"job "+j.Job.ID+" runs "+img.Role+" container "+img.Ref+" as root"))
		}
	}
}
