package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleAzureVmPasswordAuthEnabled = newRule("config/azure-vm-password-auth-enabled", finding.Medium,
	"Azure Linux VM allows password authentication",
	"disable_password_authentication = false lets SSH accept passwords, which are brute-forced.",
	"Use SSH keys and leave disable_password_authentication at true.")

func checkAzureVmPasswordAuthEnabled() *Check {
	return attrCheck(ruleAzureVmPasswordAuthEnabled,
		expect{Types: []string{"azurerm_linux_virtual_machine", "azurerm_linux_virtual_machine_scale_set"}, Path: []string{"disable_password_authentication"}, Bad: isFalse,
			Message: "disable_password_authentication = %s: SSH accepts passwords"},
		expect{Types: []string{"azurerm_virtual_machine"}, Path: []string{"os_profile_linux_config", "disable_password_authentication"}, Bad: isFalse,
			Message: "disable_password_authentication = %s: SSH accepts passwords"},
	)
}
