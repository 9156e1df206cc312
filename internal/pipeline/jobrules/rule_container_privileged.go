package jobrules

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var containerPrivileged = &rule.Rule{
	ID: "pipeline/container-privileged", Area: finding.Pipeline, Severity: finding.High,
	Title: "Build container runs privileged",
	Description: "A job or service container runs with `--privileged` (or with all capabilities added), or " +
		"the build starts one with `docker run --privileged`. Code in the build can then take over the " +
		"runner host, its other jobs and their secrets.",
	Remediation: "Drop `--privileged`; add only the capabilities a step needs, use rootless Docker or a " +
		"daemonless builder (BuildKit rootless, kaniko, buildah) for image builds.",
}

func privilegedArgs(args []string) bool {
	for i, a := range args {
		if a == "--privileged" || a == "--privileged=true" {
			return true
		}
		if (a == "--cap-add" && i+1 < len(args) && strings.EqualFold(args[i+1], "ALL")) || strings.EqualFold(a, "--cap-add=ALL") {
			return true
		}
	}
	return false
}

func checkContainerPrivileged(j *Job, report func(finding.Finding)) {
	for _, img := range j.Job.Images {
		if privilegedArgs(optionWords(img)) {
			report(containerPrivileged.Finding(at(img.Path, img.OptionsAt()), subject(j, img.Role, img.Ref),
				"job "+j.Job.ID+" runs "+img.Role+" container "+img.Ref+" privileged"))
		}
	}
	for _, c := range dockerRuns(j) {
		if privilegedArgs(c.Rest) {
			report(containerPrivileged.Finding(at(c.Script.Path, c.Line), subject(j, c.Script.Step, "docker run --privileged"),
				"job "+j.Job.ID+" starts a privileged container"))
		}
	}
}
