package kubernetes

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
	"github.com/vigil-sec/vigil/internal/rule"
)

var readOnlyRoot = &check{
	rule: &rule.Rule{
		ID: "config/k8s-writable-root-filesystem", Area: finding.Config, Severity: finding.Low,
		Title:       "Writable root filesystem",
		Description: "Without readOnlyRootFilesystem: true an attacker in the container can drop tools and change binaries.",
		Remediation: "Set securityContext.readOnlyRootFilesystem: true and mount an emptyDir where the program must write.",
		References:  []string{"https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"},
	},
	container: func(c *manifest.Container, r *reporter) {
		if c.Kind != manifest.Regular {
			return
		}
		v := c.SecurityContext().Get("readOnlyRootFilesystem")
		if !v.Bool() {
			r.container(c, v.Line(), "container "+c.Name+" has a writable root filesystem")
		}
	},
}
