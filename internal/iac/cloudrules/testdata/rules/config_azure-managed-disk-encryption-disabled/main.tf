resource "azurerm_managed_disk" "bad" {
  name = "data"
  location = "westeurope"
  resource_group_name = "rg"
  storage_account_type = "Premium_LRS"
  create_option = "Empty"
  encryption_settings {
    enabled = false # want: config/azure-managed-disk-encryption-disabled
  }
}

resource "azurerm_managed_disk" "good" { # ok: config/azure-managed-disk-encryption-disabled
  name = "data"
  location = "westeurope"
  resource_group_name = "rg"
  storage_account_type = "Premium_LRS"
  create_option = "Empty"
  encryption_settings {
    enabled = true # ok: config/azure-managed-disk-encryption-disabled
  }
}
