package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleGkeControlPlaneUnrestricted = newRule("config/gke-control-plane-unrestricted", finding.High,
	"GKE control plane is reachable from the whole internet",
	"The cluster's API endpoint is public and master_authorized_networks_config does not limit who can reach it (it is absent, or lists 0.0.0.0/0).",
	"Enable a private endpoint, or list the networks that may reach the control plane in master_authorized_networks_config.")

func checkGkeControlPlaneUnrestricted() *Check {
	return &Check{Rule: ruleGkeControlPlaneUnrestricted, Run: func(c *Context) {
		for _, r := range c.Set.OfType("google_container_cluster") {
			priv := r.Get("private_cluster_config", "enable_private_endpoint")
			if priv.IsUnknown() || isTrue(priv) {
				continue
			}
			man := r.Get("master_authorized_networks_config")
			switch {
			case man.IsUnknown():
			case man.IsNull():
				c.Report(r, nil, r.Label()+": master_authorized_networks_config is not set, so the public API endpoint accepts connections from anywhere")
			default:
				for _, v := range r.All("master_authorized_networks_config", "cidr_blocks", "cidr_block") {
					if openRange(v) {
						c.Report(r, v, r.Label()+": the authorized networks include "+v.Str)
					}
				}
			}
		}
	}}
}
