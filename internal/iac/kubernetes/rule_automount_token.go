package kubernetes

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
	"github.com/vigil-sec/vigil/internal/rule"
)

var automountToken = &check{
	rule: &rule.Rule{
		ID: "config/k8s-automount-service-account-token", Area: finding.Config, Severity: finding.Low,
		Title:       "Service account token mounted without need",
		Description: "The pod runs as a service account that no RoleBinding or ClusterRoleBinding in the reviewed manifests grants anything, yet its API token is mounted: an attacker in the pod gets a credential for the API server for free.",
		Remediation: "Set automountServiceAccountToken: false on the pod spec (or on its ServiceAccount).",
		References:  []string{"https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting"},
	},
	set: func(s *manifest.Set, r *reporter) {
		bound := map[string]bool{} // namespace/name of bound service accounts; "*/name" when the namespace is unset
		for _, o := range s.OfKind("RoleBinding", "ClusterRoleBinding") {
			_, subjects, _ := o.Binding()
			for _, sub := range subjects {
				if sub.Kind == "ServiceAccount" {
					ns := sub.Namespace
					if ns == "" {
						ns = o.Namespace
					}
					bound[ns+"/"+sub.Name] = true
					bound["*/"+sub.Name] = true
				}
			}
		}
		for _, p := range s.Pods() {
			if _, set := manifest.AutomountToken(p.Spec); set {
				continue
			}
			sa := p.ServiceAccount()
			if bound[p.Object.Namespace+"/"+sa] || (p.Object.Namespace == "" && bound["*/"+sa]) {
				continue
			}
			if acct := s.Lookup("ServiceAccount", p.Object.Namespace, sa); acct != nil {
				if _, set := manifest.AutomountToken(acct.Root); set {
					continue
				}
			}
			line := p.Spec.Key("serviceAccountName").Line()
			if line == 0 {
				line = p.Spec.FirstLine()
			}
			r.at(p.Object, line, p.Object.ID(), p.Object.ID()+" mounts the token of service account "+sa+", which is bound to no role here")
		}
	},
}
