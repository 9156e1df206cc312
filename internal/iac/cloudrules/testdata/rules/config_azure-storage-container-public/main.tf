resource "azurerm_storage_container" "bad" {
  name = "assets"
  storage_account_name = "data"
  container_access_type = "container" # want: config/azure-storage-container-public
}

resource "azurerm_storage_container" "good" { # ok: config/azure-storage-container-public
  name = "assets"
  storage_account_name = "data"
  container_access_type = "private" # ok: config/azure-storage-container-public
}
