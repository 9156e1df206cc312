package kubernetes

import (
	"slices"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
	"github.com/vigil-sec/vigil/internal/rule"
)

var seLinuxCustom = &check{
	rule: &rule.Rule{
		ID: "config/k8s-selinux-custom-options", Area: finding.Config, Severity: finding.Medium,
		Title:       "Custom SELinux user, role or type",
		Description: "Setting an SELinux type other than the container types, or any user or role, can lift the container out of its SELinux confinement. The baseline Pod Security Standard forbids it.",
		Remediation: "Remove seLinuxOptions.user and role, and use only container_t, container_init_t, container_kvm_t or container_engine_t as type.",
		References:  []string{pssURL},
	},
	container: func(c *manifest.Container, r *reporter) {
		opts := c.Effective("seLinuxOptions")
		if t := opts.Get("type"); t.Exists() && !slices.Contains([]string{"container_t", "container_init_t", "container_kvm_t", "container_engine_t"}, t.Str()) {
			r.container(c, t.Line(), "container "+c.Name+" sets SELinux type "+t.Str())
			return
		}
		for _, k := range []string{"user", "role"} {
			if v := opts.Get(k); v.Exists() && v.Str() != "" {
				r.container(c, v.Line(), "container "+c.Name+" sets SELinux "+k+" "+v.Str())
				return
			}
		}
	},
}
