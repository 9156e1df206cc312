package kubernetes

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
	"github.com/vigil-sec/vigil/internal/rule"
)

var defaultNamespace = &check{
	rule: &rule.Rule{
		ID: "config/k8s-default-namespace", Area: finding.Config, Severity: finding.Low,
		Title:       "Workload in the default namespace",
		Description: "The default namespace usually has no quotas, network policies or pod security labels, and everything in it shares them; workloads belong in a namespace of their own.",
		Remediation: "Deploy the workload to a dedicated namespace.",
		References:  []string{"https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/"},
	},
	object: func(o *manifest.Object, r *reporter) {
		if o.Namespace == "default" && (manifest.IsWorkload(o.Kind) || o.Kind == "Service") {
			r.at(o, o.Metadata().Get("namespace").Line(), o.ID(), o.ID()+" is deployed to the default namespace")
		}
	},
}
