package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleAzureNsgAdminPortOpen = newRule("config/azure-nsg-admin-port-open", finding.High,
	"Azure network security group open to the internet on an administrative port",
	"An inbound Allow rule admits any source (*, Internet, 0.0.0.0/0) to an administrative port (SSH, RDP, WinRM, the Kubernetes API ...).",
	"Limit source_address_prefix to known ranges; use Azure Bastion or Just-In-Time access for administration and private endpoints for databases.")

func checkAzureNsgAdminPortOpen() *Check {
	return &Check{Rule: ruleAzureNsgAdminPortOpen, Run: func(c *Context) { exposureCheck(c, "azure", "the security rule", &adminPorts) }}
}
