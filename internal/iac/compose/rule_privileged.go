package compose

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var privileged = &check{
	rule: &rule.Rule{
		ID: "config/compose-privileged", Area: finding.Config, Severity: finding.Critical,
		Title:       "Privileged Compose service",
		Description: "privileged: true gives the container every capability and the host's devices: it can take over the host.",
		Remediation: "Remove privileged and add only the capabilities the service needs with cap_add.",
		References:  []string{"https://docs.docker.com/reference/compose-file/services/#privileged"},
	},
	service: func(s *Service, r *reporter) {
		if v := s.Node.Get("privileged"); v.Bool() {
			r.at(s, v.Line(), "", "service "+s.Name+" runs privileged")
		}
	},
}
