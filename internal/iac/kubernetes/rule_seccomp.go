package kubernetes

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
	"github.com/vigil-sec/vigil/internal/rule"
)

const seccompPodAnnotation = "seccomp.security.alpha.kubernetes.io/pod"

// seccompType is the container's effective seccomp profile type, from the fields or the legacy
// annotations, with the line that sets it.
func seccompType(c *manifest.Container) (string, int) {
	if v := c.Effective("seccompProfile").Get("type"); v.Exists() {
		return v.Str(), v.Line()
	}
	ann := c.Pod.Meta.Get("annotations")
	for _, key := range []string{"container.seccomp.security.alpha.kubernetes.io/" + c.Name, seccompPodAnnotation} {
		if v := ann.Get(key); v.Exists() {
			switch s := v.Str(); {
			case s == "unconfined":
				return "Unconfined", v.Line()
			case s == "runtime/default" || s == "docker/default":
				return "RuntimeDefault", v.Line()
			case strings.HasPrefix(s, "localhost/"):
				return "Localhost", v.Line()
			}
		}
	}
	return "", 0
}

var seccompUnconfined = &check{
	rule: &rule.Rule{
		ID: "config/k8s-seccomp-unconfined", Area: finding.Config, Severity: finding.High,
		Title:       "Seccomp disabled",
		Description: "The container runs with the Unconfined seccomp profile: every system call is open to it, including those used in kernel exploits. The baseline Pod Security Standard forbids it.",
		Remediation: "Set securityContext.seccompProfile.type: RuntimeDefault (or a Localhost profile).",
		References:  []string{pssURL},
	},
	container: func(c *manifest.Container, r *reporter) {
		if t, line := seccompType(c); t == "Unconfined" {
			r.container(c, line, "container "+c.Name+" runs with seccomp Unconfined")
		}
	},
}

var seccompMissing = &check{
	rule: &rule.Rule{
		ID: "config/k8s-seccomp-missing", Area: finding.Config, Severity: finding.Low,
		Title:       "No seccomp profile",
		Description: "The restricted Pod Security Standard requires a RuntimeDefault or Localhost seccomp profile; without one some runtimes apply none.",
		Remediation: "Set spec.securityContext.seccompProfile.type: RuntimeDefault on the pod.",
		References:  []string{pssURL},
	},
	container: func(c *manifest.Container, r *reporter) {
		if c.Kind == manifest.Ephemeral {
			return
		}
		if t, _ := seccompType(c); t == "" {
			r.container(c, 0, "container "+c.Name+" has no seccomp profile (pod or container)")
		}
	},
}
