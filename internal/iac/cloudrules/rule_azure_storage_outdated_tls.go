package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleAzureStorageOutdatedTls = newRule("config/azure-storage-outdated-tls", finding.Medium,
	"Azure storage account accepts TLS 1.0 or 1.1",
	"min_tls_version TLS1_0 or TLS1_1 lets clients use deprecated TLS versions.",
	"Set min_tls_version = \"TLS1_2\".")

func checkAzureStorageOutdatedTls() *Check {
	return attrCheck(ruleAzureStorageOutdatedTls,
		expect{Types: []string{"azurerm_storage_account"}, Path: []string{"min_tls_version"}, Bad: oneOf("TLS1_0", "TLS1_1"),
			Message: "min_tls_version = %s: clients can use deprecated TLS versions"},
	)
}
