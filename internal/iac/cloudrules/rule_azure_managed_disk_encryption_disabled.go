package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleAzureManagedDiskEncryptionDisabled = newRule("config/azure-managed-disk-encryption-disabled", finding.Medium,
	"Azure managed disk encryption settings are disabled",
	"encryption_settings.enabled = false turns off Azure Disk Encryption for the disk.",
	"Enable encryption_settings with a Key Vault key, or use a disk encryption set.")

func checkAzureManagedDiskEncryptionDisabled() *Check {
	return attrCheck(ruleAzureManagedDiskEncryptionDisabled,
		expect{Types: []string{"azurerm_managed_disk"}, Path: []string{"encryption_settings", "enabled"}, Bad: isFalse,
			Message: "enabled = %s: the disk is not encrypted with Azure Disk Encryption"},
	)
}
