package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleGcpFirewallDatabasePortOpen = newRule("config/gcp-firewall-database-port-open", finding.High,
	"GCP firewall rule open to the internet on a database port",
	"An ingress firewall rule allows 0.0.0.0/0 (written, or implied by a rule with no source at all) to a database port.",
	"Restrict source_ranges to known networks, use IAP TCP forwarding for administration, and keep databases on private IPs.")

func checkGcpFirewallDatabasePortOpen() *Check {
	return &Check{Rule: ruleGcpFirewallDatabasePortOpen, Run: func(c *Context) { exposureCheck(c, "gcp", "the firewall rule", &databasePorts) }}
}
