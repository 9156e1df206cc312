resource "azurerm_container_registry" "bad" {
  name = "registry"
  resource_group_name = "rg"
  location = "westeurope"
  sku = "Premium"
  admin_enabled = true # want: config/azure-container-registry-admin-enabled
}

resource "azurerm_container_registry" "good" { # ok: config/azure-container-registry-admin-enabled
  name = "registry"
  resource_group_name = "rg"
  location = "westeurope"
  sku = "Premium"
  admin_enabled = false # ok: config/azure-container-registry-admin-enabled
}
