package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleGcpFirewallAllPortsOpen = newRule("config/gcp-firewall-all-ports-open", finding.High,
	"GCP firewall rule open to the internet on all ports",
	"An ingress firewall rule allows 0.0.0.0/0 (written, or implied by a rule with no source at all) to all ports.",
	"Restrict source_ranges to known networks, use IAP TCP forwarding for administration, and keep databases on private IPs.")

func checkGcpFirewallAllPortsOpen() *Check {
	return &Check{Rule: ruleGcpFirewallAllPortsOpen, Run: func(c *Context) { exposureCheck(c, "gcp", "the firewall rule", nil) }}
}
