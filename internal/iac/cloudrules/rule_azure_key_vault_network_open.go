package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleAzureKeyVaultNetworkOpen = newRule("config/azure-key-vault-network-open", finding.Medium,
	"Azure Key Vault accepts all networks",
	"The vault's network ACLs default to Allow (written, or relied on when network_acls is not set): every network can reach the vault's data plane.",
	"Set network_acls { default_action = \"Deny\", bypass = \"AzureServices\" } with the networks that need access.")

func checkAzureKeyVaultNetworkOpen() *Check {
	return attrCheck(ruleAzureKeyVaultNetworkOpen,
		expect{Types: []string{"azurerm_key_vault"}, Path: []string{"network_acls", "default_action"}, Bad: oneOf("Allow"),
			Message: "default_action = %s: every network can reach the vault",
			Missing: defaultNote("network_acls.default_action", "Allow", "every network can reach the vault")},
	)
}
