resource "azurerm_linux_virtual_machine" "bad" {
  name = "vm"
  resource_group_name = "rg"
  location = "westeurope"
  size = "Standard_B2s"
  admin_username = "azureuser"
  disable_password_authentication = false # want: config/azure-vm-password-auth-enabled
}

resource "azurerm_linux_virtual_machine" "good" { # ok: config/azure-vm-password-auth-enabled
  name = "vm"
  resource_group_name = "rg"
  location = "westeurope"
  size = "Standard_B2s"
  admin_username = "azureuser"
  disable_password_authentication = true # ok: config/azure-vm-password-auth-enabled
}

resource "azurerm_virtual_machine" "bad" {
  name = "vm"
  resource_group_name = "rg"
  location = "westeurope"
  vm_size = "Standard_B2s"
  os_profile_linux_config {
    disable_password_authentication = false # want: config/azure-vm-password-auth-enabled
  }
}

resource "azurerm_virtual_machine" "good" { # ok: config/azure-vm-password-auth-enabled
  name = "vm"
  resource_group_name = "rg"
  location = "westeurope"
  vm_size = "Standard_B2s"
  os_profile_linux_config {
    disable_password_authentication = true # ok: config/azure-vm-password-auth-enabled
  }
}
