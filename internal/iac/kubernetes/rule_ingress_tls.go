package kubernetes

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
	"github.com/vigil-sec/vigil/internal/rule"
)

var ingressNoTLS = &check{
	rule: &rule.Rule{
		ID: "config/k8s-ingress-without-tls", Area: finding.Config, Severity: finding.Medium,
		Title:       "Ingress without TLS",
		Description: "The Ingress serves its hosts over plain HTTP: credentials and session cookies cross the network in clear text.",
		Remediation: "Add spec.tls with a certificate Secret for the hosts (cert-manager can issue it).",
		References:  []string{"https://kubernetes.io/docs/concepts/services-networking/ingress/#tls"},
	},
	object: func(o *manifest.Object, r *reporter) {
		if o.Kind != "Ingress" || len(o.Spec().Get("tls").Items()) > 0 {
			return
		}
		r.at(o, o.Root.Key("spec").Line(), o.ID(), o.ID()+" has no tls section")
	},
}
