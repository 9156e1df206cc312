package kubernetes

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
	"github.com/vigil-sec/vigil/internal/rule"
)

var privilegeEscalation = &check{
	rule: &rule.Rule{
		ID: "config/k8s-allow-privilege-escalation", Area: finding.Config, Severity: finding.Medium,
		Title:       "Privilege escalation allowed",
		Description: "Unless allowPrivilegeEscalation is false, a process in the container can gain more privileges than its parent through setuid binaries or file capabilities. The restricted Pod Security Standard requires false.",
		Remediation: "Set securityContext.allowPrivilegeEscalation: false on every container.",
		References:  []string{pssURL},
	},
	container: func(c *manifest.Container, r *reporter) {
		if c.Kind == manifest.Ephemeral {
			return
		}
		v := c.SecurityContext().Get("allowPrivilegeEscalation")
		if v.IsFalse() {
			return
		}
		if v.Bool() {
			r.container(c, v.Line(), "container "+c.Name+" sets allowPrivilegeEscalation: true")
			return
		}
		r.container(c, 0, "container "+c.Name+" does not set allowPrivilegeEscalation: false")
	},
}
