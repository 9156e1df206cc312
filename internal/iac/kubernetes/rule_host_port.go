package kubernetes

import (
	"strconv"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
	"github.com/vigil-sec/vigil/internal/rule"
)

var hostPort = &check{
	rule: &rule.Rule{
		ID: "config/k8s-host-port", Area: finding.Config, Severity: finding.Medium,
		Title:       "Host port",
		Description: "A hostPort binds the container to a port of the node, bypassing Services and NetworkPolicies and limiting scheduling. The baseline Pod Security Standard disallows host ports.",
		Remediation: "Remove hostPort and expose the port through a Service.",
		References:  []string{pssURL},
	},
	container: func(c *manifest.Container, r *reporter) {
		for _, p := range c.Node.Get("ports").Items() {
			if v := p.Get("hostPort"); v.Exists() {
				if n, _ := v.Int(); n != 0 {
					r.at(c.Pod.Object, v.Line(), c.Subject()+" hostPort "+strconv.FormatInt(n, 10), "container "+c.Name+" binds host port "+v.Str())
				}
			}
		}
	},
}
