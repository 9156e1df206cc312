package jobrules

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/pipeline/cimodel"
	"github.com/vigil-sec/vigil/internal/rule"
)

var privilegedDinD = &rule.Rule{
	ID: "pipeline/privileged-dind", Area: finding.Pipeline, Severity: finding.Medium,
	Title: "Docker-in-Docker service needs a privileged runner",
	Description: "A `docker:dind` service only runs on runners that start containers privileged, so every " +
		"job on those runners (including merge-request jobs) can escape its container to the runner host.",
	Remediation: "Build images with a rootless or daemonless builder (kaniko, buildah, BuildKit rootless, " +
		"`docker:dind-rootless`), or keep privileged runners for protected branches only.",
}

func checkPrivilegedDinD(j *Job, report func(finding.Finding)) {
	for _, img := range j.Job.Images {
		if img.Role != cimodel.RoleService {
			continue
		}
		name := strings.ToLower(img.Ref)
		repo, tag, _ := strings.Cut(name, ":")
		if (repo == "docker" || strings.HasSuffix(repo, "/docker")) && strings.Contains(tag, "dind") && !strings.Contains(tag, "rootless") {
			report(privilegedDinD.Finding(at(img.Path, img.Line), subject(j, "service", img.Ref),
				"job "+j.Job.ID+" uses the "+img.Ref+" service, which requires a privileged runner"))
		}
	}
}
