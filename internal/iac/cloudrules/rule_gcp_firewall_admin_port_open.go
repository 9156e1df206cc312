package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleGcpFirewallAdminPortOpen = newRule("config/gcp-firewall-admin-port-open", finding.High,
	"GCP firewall rule open to the internet on an administrative port",
	"An ingress firewall rule allows 0.0.0.0/0 (written, or implied by a rule with no source at all) to an administrative port (SSH, RDP, the Kubernetes API, Docker ...).",
	"Restrict source_ranges to known networks, use IAP TCP forwarding for administration, and keep databases on private IPs.")

func checkGcpFirewallAdminPortOpen() *Check {
	return &Check{Rule: ruleGcpFirewallAdminPortOpen, Run: func(c *Context) { exposureCheck(c, "gcp", "the firewall rule", &adminPorts) }}
}
