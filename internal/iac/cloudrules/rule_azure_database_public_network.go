package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleAzureDatabasePublicNetwork = newRule("config/azure-database-public-network", finding.Medium,
	"Azure database server accepts public network access",
	"public_network_access_enabled is true (the provider default when not set): the server's public endpoint is reachable from the internet, limited only by firewall rules.",
	"Set public_network_access_enabled = false and connect through private endpoints.")

func checkAzureDatabasePublicNetwork() *Check {
	return attrCheck(ruleAzureDatabasePublicNetwork,
		expect{Types: []string{"azurerm_mssql_server", "azurerm_postgresql_server", "azurerm_mysql_server", "azurerm_mariadb_server"}, Path: []string{"public_network_access_enabled"}, Bad: isTrue,
			Message: "public_network_access_enabled = %s: the server's public endpoint is reachable",
			Missing: defaultNote("public_network_access_enabled", "true", "the server's public endpoint is reachable")},
	)
}
