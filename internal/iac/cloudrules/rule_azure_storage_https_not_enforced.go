package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleAzureStorageHttpsNotEnforced = newRule("config/azure-storage-https-not-enforced", finding.High,
	"Azure storage account accepts plain HTTP",
	"HTTPS-only traffic is turned off: requests, shared keys and SAS tokens may travel unencrypted.",
	"Leave https_traffic_only_enabled (enable_https_traffic_only in provider v3) at true.")

func checkAzureStorageHttpsNotEnforced() *Check {
	return attrCheck(ruleAzureStorageHttpsNotEnforced,
		expect{Types: []string{"azurerm_storage_account"}, Path: []string{"https_traffic_only_enabled"}, Bad: isFalse,
			Message: "https_traffic_only_enabled = %s: requests may travel unencrypted"},
		expect{Types: []string{"azurerm_storage_account"}, Path: []string{"enable_https_traffic_only"}, Bad: isFalse,
			Message: "enable_https_traffic_only = %s: requests may travel unencrypted"},
	)
}
