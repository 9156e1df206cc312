package jobrules

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var imageNotPinned = &rule.Rule{
	ID: "pipeline/image-not-pinned", Area: finding.Pipeline, Severity: finding.Low,
	Title: "CI container image not pinned by digest",
	Description: "A job, service or step image referenced by tag (or with no tag at all) runs whatever the " +
		"registry serves under that tag at build time; a re-pushed tag changes the build environment " +
		"without a change in the repository.",
	Remediation: "Pin the image by digest (`image@sha256:...`) and let a bot such as Dependabot or Renovate " +
		"propose digest updates.",
}

func checkImageNotPinned(j *Job, report func(finding.Finding)) {
	for _, img := range j.Job.Images {
		ref := strings.TrimPrefix(img.Ref, "docker://")
		if ref == "" || expressionRef(ref) || strings.Contains(ref, "@sha256:") {
			continue
		}
		report(imageNotPinned.Finding(at(img.Path, img.Line), subject(j, img.Role, ref),
			"job "+j.Job.ID+" uses "+img.Role+" image "+ref+" without a digest"))
	}
}
