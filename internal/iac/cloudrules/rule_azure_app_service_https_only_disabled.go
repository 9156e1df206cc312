package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleAzureAppServiceHttpsOnlyDisabled = newRule("config/azure-app-service-https-only-disabled", finding.Medium,
	"Azure App Service accepts plain HTTP",
	"https_only is false (the provider default when not set): the app answers unencrypted HTTP.",
	"Set https_only = true.")

func checkAzureAppServiceHttpsOnlyDisabled() *Check {
	return attrCheck(ruleAzureAppServiceHttpsOnlyDisabled,
		expect{Types: []string{"azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_app_service", "azurerm_linux_function_app", "azurerm_windows_function_app", "azurerm_function_app"}, Path: []string{"https_only"}, Bad: isFalse,
			Message: "https_only = %s: the app answers unencrypted HTTP",
			Missing: defaultNote("https_only", "false", "the app answers unencrypted HTTP")},
	)
}
