package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleAzureDatabaseSslDisabled = newRule("config/azure-database-ssl-disabled", finding.High,
	"Azure database server does not enforce SSL",
	"ssl_enforcement_enabled = false lets clients connect without encryption.",
	"Set ssl_enforcement_enabled = true.")

func checkAzureDatabaseSslDisabled() *Check {
	return attrCheck(ruleAzureDatabaseSslDisabled,
		expect{Types: []string{"azurerm_postgresql_server", "azurerm_mysql_server", "azurerm_mariadb_server"}, Path: []string{"ssl_enforcement_enabled"}, Bad: isFalse,
			Message: "ssl_enforcement_enabled = %s: connections may be unencrypted"},
	)
}
