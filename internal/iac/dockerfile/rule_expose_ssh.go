package dockerfile

import (
	"strings"

	"github.com/moby/buildkit/frontend/dockerfile/instructions"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var exposeSSH = &check{
	rule: &rule.Rule{
		ID: "config/dockerfile-expose-ssh", Area: finding.Config, Severity: finding.Medium,
		Title:       "SSH port exposed",
		Description: "The image exposes port 22: an SSH server in a container is an extra service with credentials to manage and attack; use the orchestrator's exec instead.",
		Remediation: "Remove EXPOSE 22 and the SSH server; use kubectl exec or docker exec for access.",
		References:  []string{"https://docs.docker.com/reference/dockerfile/#expose"},
	},
	run: func(d *Dockerfile, r *reporter) {
		for _, s := range d.Stages {
			for _, c := range s.Commands {
				e, ok := c.(*instructions.ExposeCommand)
				if !ok {
					continue
				}
				for _, p := range e.Ports {
					if port, _, _ := strings.Cut(p, "/"); port == "22" {
						r.at(line(e), stageSubject(s)+" expose 22", "EXPOSE "+p+" publishes SSH")
					}
				}
			}
		}
	},
}
