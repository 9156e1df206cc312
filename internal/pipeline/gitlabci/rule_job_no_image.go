package gitlabci

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var jobNoImage = &rule.Rule{
	ID: "pipeline/gitlab-job-no-image", Area: finding.Pipeline, Severity: finding.Low,
	Title: "GitLab job runs in the runner's default image",
	Description: "The job sets no `image:` and there is no default image, so it runs in whatever image (or " +
		"shell) the runner is configured with. On shared runners that default can change at any time, and on " +
		"shell executors the job runs directly on the host.",
	Remediation: "Set `image:` on the job or under `default:`, pinned by digest.",
}

func checkJobNoImage(c *Config, jobs []*Job, report func(finding.Finding)) {
	for _, j := range jobs {
		if j.Value.Get("trigger") != nil || j.Value.Get("image") != nil {
			continue
		}
		if inherits(j, "default") && c.defaultValue("image") != nil {
			continue
		}
		report(jobNoImage.Finding(finding.Location{Path: j.Path, StartLine: j.Line}, j.Name, "job "+j.Name+" has no image and no default image is set"))
	}
}
