package kubernetes

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
	"github.com/vigil-sec/vigil/internal/rule"
)

var namespaceWithoutNetworkPolicy = &check{
	rule: &rule.Rule{
		ID: "config/k8s-namespace-without-networkpolicy", Area: finding.Config, Severity: finding.Medium,
		Title:       "Namespace with workloads but no NetworkPolicy",
		Description: "Workloads are deployed to a namespace that no NetworkPolicy in the reviewed manifests covers: every pod can reach them and they can reach everything, so one compromised pod reaches the whole cluster.",
		Remediation: "Add a default-deny NetworkPolicy to the namespace and allow only the traffic the workloads need.",
		References:  []string{"https://kubernetes.io/docs/concepts/services-networking/network-policies/"},
	},
	set: func(s *manifest.Set, r *reporter) {
		covered := map[string]bool{}
		for _, np := range s.OfKind("NetworkPolicy") {
			covered[np.Namespace] = true
		}
		first := map[string]*manifest.Object{}
		var order []string
		for _, o := range s.Objects {
			if !manifest.IsWorkload(o.Kind) || o.Kind == "PodTemplate" || covered[o.Namespace] {
				continue
			}
			if _, seen := first[o.Namespace]; !seen {
				first[o.Namespace] = o
				order = append(order, o.Namespace)
			}
		}
		for _, ns := range order {
			at := first[ns]
			name := ns
			if name == "" {
				name = "(the deployment namespace)"
			}
			if nsObj := s.Lookup("Namespace", "", ns); nsObj != nil && ns != "" {
				at = nsObj
			}
			r.at(at, 0, "namespace "+name, "namespace "+name+" has workloads ("+first[ns].ID()+" ...) but no NetworkPolicy")
		}
	},
}

var networkPolicyAllowAll = &check{
	rule: &rule.Rule{
		ID: "config/k8s-networkpolicy-allow-all", Area: finding.Config, Severity: finding.Medium,
		Title:       "NetworkPolicy that allows everything",
		Description: "An ingress or egress rule that is empty ({}) matches all peers and ports, cancelling the isolation the policy seems to give.",
		Remediation: "List the peers (podSelector, namespaceSelector, ipBlock) and ports the rule should allow.",
		References:  []string{"https://kubernetes.io/docs/concepts/services-networking/network-policies/"},
	},
	object: func(o *manifest.Object, r *reporter) {
		if o.Kind != "NetworkPolicy" {
			return
		}
		for _, dir := range []string{"ingress", "egress"} {
			for _, rl := range o.Spec().Get(dir).Items() {
				if rl.IsMap() && len(rl.Pairs()) == 0 {
					r.at(o, rl.Line(), o.ID()+" "+dir, o.ID()+" has an "+dir+" rule that allows all traffic")
				}
			}
		}
	},
}
