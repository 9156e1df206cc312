package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleAzureKeyVaultPurgeProtectionDisabled = newRule("config/azure-key-vault-purge-protection-disabled", finding.Medium,
	"Azure Key Vault purge protection is off",
	"Without purge protection (off by default) a deleted vault or key can be purged at once: keys that encrypt data, and the data with them, are lost for good.",
	"Set purge_protection_enabled = true.")

func checkAzureKeyVaultPurgeProtectionDisabled() *Check {
	return attrCheck(ruleAzureKeyVaultPurgeProtectionDisabled,
		expect{Types: []string{"azurerm_key_vault"}, Path: []string{"purge_protection_enabled"}, Bad: isFalse,
			Message: "purge_protection_enabled = %s: deleted keys can be purged immediately",
			Missing: defaultNote("purge_protection_enabled", "false", "deleted keys can be purged immediately")},
	)
}
