package kubernetes

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
	"github.com/vigil-sec/vigil/internal/rule"
)

const pssURL = "https://kubernetes.io/docs/concepts/security/pod-security-standards/"

var privileged = &check{
	rule: &rule.Rule{
		ID: "config/k8s-privileged-container", Area: finding.Config, Severity: finding.Critical,
		Title:       "Privileged container",
		Description: "A privileged container has every capability and the host's devices: escaping to the node is trivial. The baseline Pod Security Standard forbids it.",
		Remediation: "Remove securityContext.privileged (or set it to false) and grant only the capabilities the process needs.",
		References:  []string{pssURL},
	},
	container: func(c *manifest.Container, r *reporter) {
		if v := c.SecurityContext().Get("privileged"); v.Bool() {
			r.container(c, v.Line(), "container "+c.Name+" runs privileged")
		}
	},
}
