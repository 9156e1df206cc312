package kubernetes

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
	"github.com/vigil-sec/vigil/internal/rule"
)

// probeCheck builds the check for a missing liveness or readiness probe on long-running containers.
func probeCheck(field, id, title, why string, sev finding.Severity) *check {
	return &check{
		rule: &rule.Rule{
			ID: id, Area: finding.Config, Severity: sev, Title: title,
			Description: why,
			Remediation: "Add a " + field + " (httpGet, tcpSocket, grpc or exec) to the container.",
			References:  []string{"https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/"},
		},
		container: func(c *manifest.Container, r *reporter) {
			if c.Kind != manifest.Regular || c.Pod.RunsToCompletion() {
				return
			}
			if !c.Node.Get(field).Exists() {
				r.container(c, 0, "container "+c.Name+" has no "+field)
			}
		},
	}
}

var (
	livenessMissing = probeCheck("livenessProbe", "config/k8s-liveness-probe-missing", "No liveness probe",
		"Without a liveness probe a hung container keeps its place and its traffic until someone notices.", finding.Low)
	readinessMissing = probeCheck("readinessProbe", "config/k8s-readiness-probe-missing", "No readiness probe",
		"Without a readiness probe traffic reaches the container before it is ready and while it is failing.", finding.Low)
)
