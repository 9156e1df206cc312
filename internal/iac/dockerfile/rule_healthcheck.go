package dockerfile

import (
	"github.com/moby/buildkit/frontend/dockerfile/instructions"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var noHealthcheck = &check{
	rule: &rule.Rule{
		ID: "config/dockerfile-no-healthcheck", Area: finding.Config, Severity: finding.Info,
		Title:       "No HEALTHCHECK",
		Description: "The final stage has no HEALTHCHECK, so Docker and Compose cannot tell a hung container from a working one. (Kubernetes ignores HEALTHCHECK and uses probes.)",
		Remediation: "Add HEALTHCHECK CMD ... to the final stage, or HEALTHCHECK NONE where the orchestrator checks health itself.",
		References:  []string{"https://docs.docker.com/reference/dockerfile/#healthcheck"},
	},
	run: func(d *Dockerfile, r *reporter) {
		s := d.Final()
		if s == nil {
			return
		}
		for _, st := range s.Chain() {
			for _, c := range st.Commands {
				if _, ok := c.(*instructions.HealthCheckCommand); ok {
					return
				}
			}
		}
		r.at(s.Line, stageSubject(s), "the final stage has no HEALTHCHECK")
	},
}
