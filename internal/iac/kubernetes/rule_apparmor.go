package kubernetes

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
	"github.com/vigil-sec/vigil/internal/rule"
)

var appArmorUnconfined = &check{
	rule: &rule.Rule{
		ID: "config/k8s-apparmor-unconfined", Area: finding.Config, Severity: finding.High,
		Title:       "AppArmor disabled",
		Description: "The container runs with the unconfined AppArmor profile, removing a layer that blocks writes to /proc and mounts. The baseline Pod Security Standard forbids overriding the default profile with unconfined.",
		Remediation: "Remove the unconfined profile; use RuntimeDefault or a Localhost profile.",
		References:  []string{pssURL},
	},
	container: func(c *manifest.Container, r *reporter) {
		if v := c.Effective("appArmorProfile").Get("type"); v.Str() == "Unconfined" {
			r.container(c, v.Line(), "container "+c.Name+" runs with AppArmor Unconfined")
			return
		}
		v := c.Pod.Meta.Path("annotations").Get("container.apparmor.security.beta.kubernetes.io/" + c.Name)
		if v.Str() == "unconfined" {
			r.container(c, v.Line(), "container "+c.Name+" runs with AppArmor unconfined (annotation)")
		}
	},
}
