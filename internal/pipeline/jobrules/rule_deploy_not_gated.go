package jobrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/pipeline/cimodel"
	"github.com/vigil-sec/vigil/internal/rule"
)

var deployNotGated = &rule.Rule{
	ID: "pipeline/deploy-not-gated", Area: finding.Pipeline, Severity: finding.Medium,
	Title: "Deploy job does not wait for the security review job",
	Description: "The pipeline has a security review job, but a deploy or release job does not depend on it " +
		"(directly or through other jobs), so a release goes out even when the review fails or has not run.",
	Remediation: "Make the deploy job depend on the security job (`needs: [security]` in GitHub Actions or " +
		"GitLab, a later stage without `needs: []` in GitLab).",
}

// checkDeployNotGated is a pipeline-wide check; it runs once, on the pipeline's first job.
func checkDeployNotGated(j *Job, report func(finding.Finding)) {
	p := j.Pipeline
	if len(p.Jobs) == 0 || p.Jobs[0] != j.Job {
		return
	}
	byID := map[string]*cimodel.Job{}
	var security []string
	for _, job := range p.Jobs {
		byID[job.ID] = job
		if job.Security != nil {
			security = append(security, job.ID)
		}
	}
	if len(security) == 0 {
		return
	}
	for _, job := range p.Jobs {
		if job.Deploy == nil || job.Security != nil {
			continue
		}
		upstream := map[string]bool{}
		stack := append([]string{}, job.Needs...)
		for len(stack) > 0 && len(upstream) < 10000 {
			id := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if upstream[id] {
				continue
			}
			upstream[id] = true
			if n := byID[id]; n != nil {
				stack = append(stack, n.Needs...)
			}
		}
		gated := false
		for _, s := range security {
			gated = gated || upstream[s]
		}
		if !gated {
			report(deployNotGated.Finding(at(job.Path, job.Line), job.ID,
				"deploy job "+job.ID+" ("+job.Deploy.Reason+") does not depend on security job "+security[0]))
		}
	}
}
