package runtime

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleGCPSubnetFlowLogsDisabled = newRule("gcp-subnet-flow-logs-disabled", finding.Medium,
	"GCP subnet has no VPC flow logs",
	"Without flow logs, nothing records which addresses a subnet's VMs and pods talked to: lateral movement, "+
		"exfiltration and scanning cannot be traced. An auto mode network creates its subnets without flow logs.",
	"Add a log_config block to every subnetwork (and use custom mode networks, auto_create_subnetworks = false, "+
		"so that every subnet is defined with it).",
	"https://cloud.google.com/vpc/docs/using-flow-logs",
	"CIS Google Cloud Platform Foundation Benchmark 3.8")

// proxySubnetPurposes are subnet purposes that carry no VM traffic and support no flow logs.
var proxySubnetPurposes = []string{"REGIONAL_MANAGED_PROXY", "GLOBAL_MANAGED_PROXY", "INTERNAL_HTTPS_LOAD_BALANCER",
	"PRIVATE_SERVICE_CONNECT", "PRIVATE_NAT"}

func checkGCPSubnetFlowLogsDisabled() *check {
	return &check{rule: ruleGCPSubnetFlowLogsDisabled, run: func(p *pass) {
		for _, s := range p.set.OfType("google_compute_subnetwork") {
			if purpose := s.Get("purpose"); purpose.IsUnknown() || strIs(purpose, proxySubnetPurposes...) {
				continue
			}
			if v := s.Get("log_config"); v.IsUnknown() || !v.IsNull() && !emptyList(v) {
				continue
			}
			p.report(s, nil, s.Label()+": the subnet has no flow logs", setting(s, `log_config {
  aggregation_interval = "INTERVAL_5_SEC"
  flow_sampling        = 1.0
  metadata             = "INCLUDE_ALL_METADATA"
}`, ""))
		}
		for _, n := range p.set.OfType("google_compute_network") {
			v := n.Get("auto_create_subnetworks")
			if v.IsUnknown() || isFalse(v) {
				continue
			}
			p.report(n, v, n.Label()+": an auto mode network creates its subnets without flow logs", setting(n,
				"auto_create_subnetworks = false # and define each google_compute_subnetwork with a log_config block", ""))
		}
	}}
}
