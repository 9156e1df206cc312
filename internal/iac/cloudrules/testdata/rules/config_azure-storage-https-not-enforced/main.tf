resource "azurerm_storage_account" "bad" {
  name = "data"
  resource_group_name = "rg"
  location = "westeurope"
  account_tier = "Standard"
  account_replication_type = "LRS"
  https_traffic_only_enabled = false # want: config/azure-storage-https-not-enforced
}

resource "azurerm_storage_account" "good" { # ok: config/azure-storage-https-not-enforced
  name = "data"
  resource_group_name = "rg"
  location = "westeurope"
  account_tier = "Standard"
  account_replication_type = "LRS"
  https_traffic_only_enabled = true # ok: config/azure-storage-https-not-enforced
}

resource "azurerm_storage_account" "bad1" {
  name = "data"
  resource_group_name = "rg"
  location = "westeurope"
  account_tier = "Standard"
  account_replication_type = "LRS"
  enable_https_traffic_only = false # want: config/azure-storage-https-not-enforced
}

resource "azurerm_storage_account" "good1" { # ok: config/azure-storage-https-not-enforced
  name = "data"
  resource_group_name = "rg"
  location = "westeurope"
  account_tier = "Standard"
  account_replication_type = "LRS"
  enable_https_traffic_only = true # ok: config/azure-storage-https-not-enforced
}
