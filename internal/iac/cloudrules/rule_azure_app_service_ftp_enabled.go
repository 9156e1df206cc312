package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleAzureAppServiceFtpEnabled = newRule("config/azure-app-service-ftp-enabled", finding.Medium,
	"Azure App Service allows plain FTP",
	"ftps_state = AllAllowed accepts deployments over unencrypted FTP, credentials included.",
	"Set site_config.ftps_state = \"Disabled\" (or FtpsOnly).")

func checkAzureAppServiceFtpEnabled() *Check {
	return attrCheck(ruleAzureAppServiceFtpEnabled,
		expect{Types: []string{"azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_app_service", "azurerm_linux_function_app", "azurerm_windows_function_app"}, Path: []string{"site_config", "ftps_state"}, Bad: oneOf("AllAllowed"),
			Message: "ftps_state = %s: deployment credentials can travel unencrypted"},
	)
}
