package kubernetes

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
	"github.com/vigil-sec/vigil/internal/rule"
)

var windowsHostProcess = &check{
	rule: &rule.Rule{
		ID: "config/k8s-windows-host-process", Area: finding.Config, Severity: finding.High,
		Title:       "Windows HostProcess container",
		Description: "A HostProcess container runs directly on the Windows node with the host's privileges. The baseline Pod Security Standard forbids it.",
		Remediation: "Remove windowsOptions.hostProcess.",
		References:  []string{pssURL},
	},
	container: func(c *manifest.Container, r *reporter) {
		if v := c.Effective("windowsOptions").Get("hostProcess"); v.Bool() {
			r.container(c, v.Line(), "container "+c.Name+" is a Windows HostProcess container")
		}
	},
}
