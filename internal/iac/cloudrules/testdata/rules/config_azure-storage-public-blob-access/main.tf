resource "azurerm_storage_account" "missing" { # want: config/azure-storage-public-blob-access
  name = "data"
  resource_group_name = "rg"
  location = "westeurope"
  account_tier = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account" "bad" {
  name = "data"
  resource_group_name = "rg"
  location = "westeurope"
  account_tier = "Standard"
  account_replication_type = "LRS"
  allow_nested_items_to_be_public = true # want: config/azure-storage-public-blob-access
}

resource "azurerm_storage_account" "good" { # ok: config/azure-storage-public-blob-access
  name = "data"
  resource_group_name = "rg"
  location = "westeurope"
  account_tier = "Standard"
  account_replication_type = "LRS"
  allow_nested_items_to_be_public = false # ok: config/azure-storage-public-blob-access
}

resource "azurerm_storage_account" "bad1" {
  name = "data"
  resource_group_name = "rg"
  location = "westeurope"
  account_tier = "Standard"
  account_replication_type = "LRS"
  allow_blob_public_access = true # want: config/azure-storage-public-blob-access
}

resource "azurerm_storage_account" "good1" { # ok: config/azure-storage-public-blob-access
  name = "data"
  resource_group_name = "rg"
  location = "westeurope"
  account_tier = "Standard"
  account_replication_type = "LRS"
  allow_blob_public_access = false # ok: config/azure-storage-public-blob-access
}
