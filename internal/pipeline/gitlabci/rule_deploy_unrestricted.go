package gitlabci

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var deployUnrestricted = &rule.Rule{
	ID: "pipeline/gitlab-deploy-unrestricted", Area: finding.Pipeline, Severity: finding.Medium,
	Title: "GitLab deploy job runs on every branch",
	Description: "A deploy job has no `rules:`, `only:` or `except:`, so it runs for every branch and merge " +
		"request pipeline, not just the protected branch it is meant for. Anyone who can push a branch can " +
		"deploy, and unprotected branches see the deploy job's variables.",
	Remediation: "Limit the job with `rules: - if: $CI_COMMIT_REF_PROTECTED == \"true\" && $CI_COMMIT_BRANCH == " +
		"$CI_DEFAULT_BRANCH`, and mark its variables as protected.",
}

func checkDeployUnrestricted(c *Config, jobs []*Job, report func(finding.Finding)) {
	model := c.Model(jobs)
	for i, j := range jobs {
		if model.Jobs[i].Deploy == nil {
			continue
		}
		if j.Value.Get("rules") != nil || j.Value.Get("only") != nil || j.Value.Get("except") != nil {
			continue
		}
		report(deployUnrestricted.Finding(finding.Location{Path: j.Path, StartLine: j.Line}, j.Name,
			"deploy job "+j.Name+" ("+model.Jobs[i].Deploy.Reason+") has no rules, only or except"))
	}
}
