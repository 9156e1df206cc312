package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleAzureNsgDatabasePortOpen = newRule("config/azure-nsg-database-port-open", finding.High,
	"Azure network security group open to the internet on a database port",
	"An inbound Allow rule admits any source (*, Internet, 0.0.0.0/0) to a database port.",
	"Limit source_address_prefix to known ranges; use Azure Bastion or Just-In-Time access for administration and private endpoints for databases.")

func checkAzureNsgDatabasePortOpen() *Check {
	return &Check{Rule: ruleAzureNsgDatabasePortOpen, Run: func(c *Context) { exposureCheck(c, "azure", "the security rule", &databasePorts) }}
}
