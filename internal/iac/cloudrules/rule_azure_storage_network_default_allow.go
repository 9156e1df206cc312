package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

var ruleAzureStorageNetworkDefaultAllow = newRule("config/azure-storage-network-default-allow", finding.Medium,
	"Azure storage account network rules allow all networks",
	"The account's network rules default to Allow (written, or relied on because no network_rules block or azurerm_storage_account_network_rules exists and public network access is not turned off): the data plane is reachable from any network.",
	"Set network_rules { default_action = \"Deny\" } with the subnets and IPs that need access, or turn off public network access.")

func checkAzureStorageNetworkDefaultAllow() *Check {
	return &Check{Rule: ruleAzureStorageNetworkDefaultAllow, Run: func(c *Context) {
		for _, r := range c.Set.OfType("azurerm_storage_account_network_rules") {
			if v := r.Get("default_action"); oneOf("Allow")(v) {
				c.Report(r, v, r.Label()+": default_action = Allow admits every network")
			}
		}
		for _, r := range c.Set.OfType("azurerm_storage_account") {
			pub := r.Get("public_network_access_enabled")
			if pub.IsUnknown() || isFalse(pub) {
				continue
			}
			da := r.Get("network_rules", "default_action")
			switch {
			case da.IsUnknown():
			case da != nil:
				if oneOf("Allow")(da) {
					c.Report(r, da, r.Label()+": network_rules.default_action = Allow admits every network")
				}
			default:
				good, unknown := joined(c, r, resource.Join{Types: []string{"azurerm_storage_account_network_rules"}, Attr: []string{"storage_account_id"}}, always)
				if !good && !unknown {
					c.Report(r, nil, r.Label()+": "+defaultNote("network_rules", "default action Allow", "every network can reach the account"))
				}
			}
		}
	}}
}
