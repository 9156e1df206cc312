# Legacy coverage: every subnet's NSG has an NSG flow log.
resource "azurerm_virtual_network" "main" { # ok: runtime/azure-network-flow-logs-missing
  name                = "main"
  location            = "westeurope"
  resource_group_name = "rg"
  address_space       = ["10.0.0.0/16"]
}

resource "azurerm_subnet" "web" {
  name                 = "web"
  resource_group_name  = "rg"
  virtual_network_name = "main"
  address_prefixes     = ["10.0.1.0/24"]
}

resource "azurerm_network_security_group" "web" { # ok: runtime/azure-network-flow-logs-missing
  name                = "web"
  location            = "westeurope"
  resource_group_name = "rg"
}

resource "azurerm_subnet_network_security_group_association" "web" {
  subnet_id                 = azurerm_subnet.web.id
  network_security_group_id = azurerm_network_security_group.web.id
}

resource "azurerm_network_watcher_flow_log" "web" {
  name                      = "web"
  network_watcher_name      = "nw"
  resource_group_name       = "rg"
  network_security_group_id = azurerm_network_security_group.web.id
  storage_account_id        = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/flows"
  enabled                   = true
  retention_policy {
    enabled = true
    days    = 90
  }
}
