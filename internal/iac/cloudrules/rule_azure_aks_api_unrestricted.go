package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleAzureAksApiUnrestricted = newRule("config/azure-aks-api-unrestricted", finding.High,
	"AKS API server is reachable from the whole internet",
	"The cluster is not private and no authorized IP ranges limit its API server (none are set, or 0.0.0.0/0 is).",
	"Set private_cluster_enabled = true, or list the ranges that may reach the API in api_server_access_profile.authorized_ip_ranges.")

func checkAzureAksApiUnrestricted() *Check {
	return &Check{Rule: ruleAzureAksApiUnrestricted, Run: func(c *Context) {
		for _, r := range c.Set.OfType("azurerm_kubernetes_cluster") {
			if p := r.Get("private_cluster_enabled"); p.IsUnknown() || isTrue(p) {
				continue
			}
			ranges := r.Get("api_server_access_profile", "authorized_ip_ranges")
			if ranges == nil {
				ranges = r.Get("api_server_authorized_ip_ranges")
			}
			switch {
			case ranges.IsUnknown():
			case ranges.IsNull() || len(ranges.Elements()) == 0:
				c.Report(r, ranges, r.Label()+": no authorized IP ranges are set, so the provider default (any address) is relied on: the API server is open to the internet")
			default:
				if open := openCIDRs(ranges); len(open) > 0 {
					c.Report(r, open[0], r.Label()+": the authorized IP ranges include "+open[0].Str)
				}
			}
		}
	}}
}
