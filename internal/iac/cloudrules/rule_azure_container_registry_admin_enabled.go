package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleAzureContainerRegistryAdminEnabled = newRule("config/azure-container-registry-admin-enabled", finding.Medium,
	"Azure Container Registry admin user is enabled",
	"The admin user is a shared, full-access credential that is not tied to an identity and is rarely rotated.",
	"Set admin_enabled = false and pull with managed identities or scoped tokens.")

func checkAzureContainerRegistryAdminEnabled() *Check {
	return attrCheck(ruleAzureContainerRegistryAdminEnabled,
		expect{Types: []string{"azurerm_container_registry"}, Path: []string{"admin_enabled"}, Bad: isTrue,
			Message: "admin_enabled = %s: a shared full-access credential exists"},
	)
}
