# The review manages Defender plans: each kind of resource it defines needs its plan.
resource "azurerm_security_center_subscription_pricing" "vms" {
  tier          = "Standard"
  resource_type = "VirtualMachines"
}

resource "azurerm_security_center_subscription_pricing" "storage" {
  tier          = "Free" # want: runtime/azure-defender-plan-missing
  resource_type = "StorageAccounts"
}

resource "azurerm_key_vault" "main" { # want: runtime/azure-defender-plan-missing
  name                = "kv-main"
  location            = "westeurope"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}

resource "azurerm_linux_virtual_machine" "app" { # ok: runtime/azure-defender-plan-missing
  name                  = "app"
  resource_group_name   = "rg"
  location              = "westeurope"
  size                  = "Standard_B2s"
  admin_username        = "azureuser"
  network_interface_ids = ["nic"]
}
