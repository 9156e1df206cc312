package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleAzureAppServiceOutdatedTls = newRule("config/azure-app-service-outdated-tls", finding.Medium,
	"Azure App Service accepts TLS 1.0 or 1.1",
	"site_config.minimum_tls_version allows deprecated TLS versions.",
	"Set site_config.minimum_tls_version = \"1.2\".")

func checkAzureAppServiceOutdatedTls() *Check {
	return attrCheck(ruleAzureAppServiceOutdatedTls,
		expect{Types: []string{"azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_app_service", "azurerm_linux_function_app", "azurerm_windows_function_app"}, Path: []string{"site_config", "minimum_tls_version"}, Bad: oneOf("1.0", "1.1"),
			Message: "minimum_tls_version = %s: clients can use deprecated TLS versions"},
	)
}
