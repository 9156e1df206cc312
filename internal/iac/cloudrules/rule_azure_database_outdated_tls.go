package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleAzureDatabaseOutdatedTls = newRule("config/azure-database-outdated-tls", finding.Medium,
	"Azure database server accepts TLS 1.0 or 1.1",
	"The server's minimum TLS version allows deprecated protocol versions.",
	"Require TLS 1.2: minimum_tls_version = \"1.2\", ssl_minimal_tls_version_enforced = \"TLS1_2\".")

func checkAzureDatabaseOutdatedTls() *Check {
	return attrCheck(ruleAzureDatabaseOutdatedTls,
		expect{Types: []string{"azurerm_mssql_server"}, Path: []string{"minimum_tls_version"}, Bad: oneOf("1.0", "1.1", "Disabled"),
			Message: "minimum_tls_version = %s: clients can use deprecated TLS versions"},
		expect{Types: []string{"azurerm_postgresql_server", "azurerm_mysql_server"}, Path: []string{"ssl_minimal_tls_version_enforced"}, Bad: oneOf("TLS1_0", "TLS1_1", "TLSEnforcementDisabled"),
			Message: "ssl_minimal_tls_version_enforced = %s: clients can use deprecated TLS versions"},
	)
}
