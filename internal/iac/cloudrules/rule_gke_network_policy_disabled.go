package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

var ruleGkeNetworkPolicyDisabled = newRule("config/gke-network-policy-disabled", finding.Low,
	"GKE cluster does not enforce network policies",
	"Without network policy enforcement (off by default on Standard clusters without Dataplane V2) every pod can talk to every other pod.",
	"Enable network_policy, or use datapath_provider = \"ADVANCED_DATAPATH\".")

func checkGkeNetworkPolicyDisabled() *Check {
	return attrCheck(ruleGkeNetworkPolicyDisabled,
		expect{Types: []string{"google_container_cluster"}, Path: []string{"network_policy", "enabled"}, Bad: isFalse,
			Message: "enabled = %s: pods are not isolated from each other",
			Missing: defaultNote("network_policy.enabled", "false", "pods are not isolated from each other"),
			Skip: func(c *Context, r *resource.Resource) bool {
				d := r.Get("datapath_provider")
				a := r.Get("enable_autopilot")
				return d.IsUnknown() || oneOf("ADVANCED_DATAPATH")(d) || a.IsUnknown() || isTrue(a)
			}},
	)
}
