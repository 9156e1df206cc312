resource "azurerm_storage_account" "bad" {
  name = "data"
  resource_group_name = "rg"
  location = "westeurope"
  account_tier = "Standard"
  account_replication_type = "LRS"
  min_tls_version = "TLS1_0" # want: config/azure-storage-outdated-tls
}

resource "azurerm_storage_account" "good" { # ok: config/azure-storage-outdated-tls
  name = "data"
  resource_group_name = "rg"
  location = "westeurope"
  account_tier = "Standard"
  account_replication_type = "LRS"
  min_tls_version = "TLS1_2" # ok: config/azure-storage-outdated-tls
}
