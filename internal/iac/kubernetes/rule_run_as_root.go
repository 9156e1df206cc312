package kubernetes

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
	"github.com/vigil-sec/vigil/internal/rule"
)

var runAsNonRoot = &check{
	rule: &rule.Rule{
		ID: "config/k8s-run-as-non-root-missing", Area: finding.Config, Severity: finding.Medium,
		Title:       "Container may run as root",
		Description: "Neither runAsNonRoot: true nor a non-zero runAsUser is set for the container or its pod, so it runs as whatever user the image names, often root. The restricted Pod Security Standard requires runAsNonRoot.",
		Remediation: "Set securityContext.runAsNonRoot: true (pod or container level) and a non-zero runAsUser.",
		References:  []string{pssURL},
	},
	container: func(c *manifest.Container, r *reporter) {
		if c.Kind == manifest.Ephemeral {
			return
		}
		if c.Effective("runAsNonRoot").Bool() {
			return
		}
		if uid, ok := c.Effective("runAsUser").Int(); ok && uid > 0 {
			return
		}
		if c.Effective("runAsNonRoot").IsFalse() || isZero(c.Effective("runAsUser")) {
			return // config/k8s-run-as-user-root reports the explicit root user
		}
		r.container(c, 0, "container "+c.Name+" sets neither runAsNonRoot: true nor a non-root runAsUser")
	},
}

func isZero(v manifest.Value) bool { n, ok := v.Int(); return ok && n == 0 }

var runAsUserRoot = &check{
	rule: &rule.Rule{
		ID: "config/k8s-run-as-user-root", Area: finding.Config, Severity: finding.High,
		Title:       "Container runs as root explicitly",
		Description: "The container or its pod sets runAsUser: 0 or runAsNonRoot: false: it runs as root, and a container escape lands as root on the node.",
		Remediation: "Run as a non-zero user id (runAsUser: 10001) with runAsNonRoot: true; fix file ownership in the image rather than running as root.",
		References:  []string{pssURL},
	},
	container: func(c *manifest.Container, r *reporter) {
		if v := c.Effective("runAsUser"); isZero(v) {
			r.container(c, v.Line(), "container "+c.Name+" runs as user 0 (root)")
			return
		}
		if v := c.Effective("runAsNonRoot"); v.IsFalse() {
			if _, ok := c.Effective("runAsUser").Int(); !ok {
				r.container(c, v.Line(), "container "+c.Name+" sets runAsNonRoot: false")
			}
		}
	},
}
