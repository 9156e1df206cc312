package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleAzureNsgAllPortsOpen = newRule("config/azure-nsg-all-ports-open", finding.High,
	"Azure network security group open to the internet on all ports",
	"An inbound Allow rule admits any source (*, Internet, 0.0.0.0/0) to all ports.",
	"Limit source_address_prefix to known ranges; use Azure Bastion or Just-In-Time access for administration and private endpoints for databases.")

func checkAzureNsgAllPortsOpen() *Check {
	return &Check{Rule: ruleAzureNsgAllPortsOpen, Run: func(c *Context) { exposureCheck(c, "azure", "the security rule", nil) }}
}
