package kubernetes

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
	"github.com/vigil-sec/vigil/internal/rule"
)

// resourcesCheck builds the check for containers that leave cpu or memory out of
// resources.<field> ("limits" or "requests").
func resourcesCheck(field, id, title, why string, sev finding.Severity) *check {
	return &check{
		rule: &rule.Rule{
			ID: id, Area: finding.Config, Severity: sev, Title: title, Description: why,
			Remediation: "Set resources." + field + ".cpu and resources." + field + ".memory on every container (or a LimitRange in the namespace).",
			References:  []string{"https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/"},
		},
		container: func(c *manifest.Container, r *reporter) {
			if c.Kind == manifest.Ephemeral {
				return
			}
			res := c.Node.Path("resources", field)
			var miss []string
			for _, k := range []string{"cpu", "memory"} {
				if !res.Get(k).Exists() {
					miss = append(miss, k)
				}
			}
			if len(miss) > 0 {
				r.container(c, c.Node.Key("resources").Line(), "container "+c.Name+" has no "+strings.Join(miss, " or ")+" "+strings.TrimSuffix(field, "s"))
			}
		},
	}
}

var (
	limitsMissing = resourcesCheck("limits", "config/k8s-resource-limits-missing", "No resource limits",
		"A container without CPU and memory limits can starve its neighbours on the node; a compromised or runaway one becomes a denial of service.", finding.Medium)
	requestsMissing = resourcesCheck("requests", "config/k8s-resource-requests-missing", "No resource requests",
		"Without CPU and memory requests the scheduler cannot place the pod sensibly and it is the first to be evicted under pressure.", finding.Low)
)
