package kubernetes

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
	"github.com/vigil-sec/vigil/internal/rule"
)

var procMount = &check{
	rule: &rule.Rule{
		ID: "config/k8s-unmasked-proc-mount", Area: finding.Config, Severity: finding.High,
		Title:       "Unmasked /proc",
		Description: "procMount: Unmasked exposes the host's /proc paths that the runtime normally masks. The baseline Pod Security Standard allows only Default.",
		Remediation: "Remove securityContext.procMount or set it to Default.",
		References:  []string{pssURL},
	},
	container: func(c *manifest.Container, r *reporter) {
		if v := c.SecurityContext().Get("procMount"); v.Exists() && v.Str() != "Default" {
			r.container(c, v.Line(), "container "+c.Name+" sets procMount: "+v.Str())
		}
	},
}
