package kubernetes

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
	"github.com/vigil-sec/vigil/internal/rule"
)

const lbSourceRangesAnnotation = "service.beta.kubernetes.io/load-balancer-source-ranges"

// internalLBAnnotations mark a LoadBalancer Service as internal on the major clouds.
var internalLBAnnotations = []string{
	"service.beta.kubernetes.io/aws-load-balancer-internal",
	"service.beta.kubernetes.io/azure-load-balancer-internal",
	"networking.gke.io/load-balancer-type",
	"cloud.google.com/load-balancer-type",
	"service.beta.kubernetes.io/aws-load-balancer-scheme",
}

func internalLB(o *manifest.Object) bool {
	ann := o.Annotations()
	for _, k := range internalLBAnnotations {
		switch ann[k] {
		case "true", "Internal", "internal":
			return true
		}
	}
	return false
}

var loadBalancerOpen = &check{
	rule: &rule.Rule{
		ID: "config/k8s-loadbalancer-open", Area: finding.Config, Severity: finding.Medium,
		Title:       "LoadBalancer Service open to the internet",
		Description: "A Service of type LoadBalancer without loadBalancerSourceRanges (or with 0.0.0.0/0) gets a public address reachable from anywhere.",
		Remediation: "Set spec.loadBalancerSourceRanges to the networks that need access, make the load balancer internal, or expose the workload through an Ingress with authentication.",
		References:  []string{"https://kubernetes.io/docs/concepts/services-networking/service/#loadbalancer"},
	},
	object: func(o *manifest.Object, r *reporter) {
		if o.Kind != "Service" || o.Spec().Get("type").Str() != "LoadBalancer" || internalLB(o) {
			return
		}
		ranges := o.Spec().Get("loadBalancerSourceRanges")
		for _, v := range ranges.Items() {
			if v.Str() == "0.0.0.0/0" || v.Str() == "::/0" {
				r.at(o, v.Line(), o.ID(), o.ID()+" admits "+v.Str()+" to its load balancer")
				return
			}
		}
		if len(ranges.Items()) == 0 && o.Annotations()[lbSourceRangesAnnotation] == "" {
			r.at(o, o.Spec().Get("type").Line(), o.ID(), o.ID()+" is a LoadBalancer with no source ranges")
		}
	},
}

var nodePort = &check{
	rule: &rule.Rule{
		ID: "config/k8s-nodeport-service", Area: finding.Config, Severity: finding.Low,
		Title:       "NodePort Service",
		Description: "A NodePort Service opens the port on every node of the cluster, outside the control of Ingress and often of the cloud firewall rules meant for the load balancer.",
		Remediation: "Use a ClusterIP Service behind an Ingress, or a LoadBalancer with source ranges.",
		References:  []string{"https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport"},
	},
	object: func(o *manifest.Object, r *reporter) {
		if t := o.Spec().Get("type"); o.Kind == "Service" && t.Str() == "NodePort" {
			r.at(o, t.Line(), o.ID(), o.ID()+" is a NodePort Service, open on every node")
		}
	},
}

var externalIPs = &check{
	rule: &rule.Rule{
		ID: "config/k8s-service-external-ips", Area: finding.Config, Severity: finding.Medium,
		Title:       "Service with externalIPs",
		Description: "externalIPs let a Service capture traffic for any address (CVE-2020-8554): whoever can create one can intercept traffic meant for others.",
		Remediation: "Remove spec.externalIPs and use a LoadBalancer or an Ingress; block externalIPs with an admission policy.",
		References:  []string{"https://github.com/kubernetes/kubernetes/issues/97076"},
	},
	object: func(o *manifest.Object, r *reporter) {
		if v := o.Spec().Get("externalIPs"); o.Kind == "Service" && len(v.Items()) > 0 {
			r.at(o, o.Spec().Key("externalIPs").Line(), o.ID(), o.ID()+" sets externalIPs")
		}
	},
}
