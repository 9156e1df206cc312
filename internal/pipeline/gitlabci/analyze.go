package gitlabci

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/pipeline/cimodel"
	"github.com/vigil-sec/vigil/internal/pipeline/jobrules"
	"github.com/vigil-sec/vigil/internal/rule"
)

// Check is one GitLab rule over a resolved configuration.
type Check struct {
	Rule *rule.Rule
	Run  func(c *Config, jobs []*Job, report func(finding.Finding))
}

// Checks lists the GitLab rules, in one place.
func Checks() []Check {
	return []Check{
		{jobNoImage, checkJobNoImage},
		{includeNotPinned, checkIncludeNotPinned},
		{deployUnrestricted, checkDeployUnrestricted},
	}
}

// Rules lists the GitLab rules' metadata.
func Rules() []*rule.Rule {
	var out []*rule.Rule
	for _, c := range Checks() {
		out = append(out, c.Rule)
	}
	return out
}

// Analyze runs the GitLab rules and the job-model rules over a resolved configuration and returns
// the job model. Structural problems are reported as pipeline/config-invalid.
func Analyze(c *Config, report func(finding.Finding)) *cimodel.Pipeline {
	jobs := c.Jobs()
	for _, p := range c.Problems {
		report(jobrules.ConfigInvalid.Finding(finding.Location{Path: p.Path, StartLine: p.Line, StartColumn: p.Col}, p.Key+": "+p.Msg, p.Msg))
	}
	for _, ch := range Checks() {
		ch.Run(c, jobs, report)
	}
	m := c.Model(jobs)
	jobrules.Run(m, report)
	return m
}
