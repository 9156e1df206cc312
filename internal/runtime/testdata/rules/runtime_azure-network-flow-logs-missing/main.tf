resource "azurerm_virtual_network" "unlogged" { # want: runtime/azure-network-flow-logs-missing
  name                = "unlogged"
  location            = "westeurope"
  resource_group_name = "rg"
  address_space       = ["10.0.0.0/16"]
}

resource "azurerm_virtual_network" "logged" { # ok: runtime/azure-network-flow-logs-missing
  name                = "logged"
  location            = "westeurope"
  resource_group_name = "rg"
  address_space       = ["10.1.0.0/16"]
}

resource "azurerm_network_watcher_flow_log" "logged" {
  name                 = "logged"
  network_watcher_name = "nw"
  resource_group_name  = "rg"
  target_resource_id   = azurerm_virtual_network.logged.id
  storage_account_id   = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/flows"
  enabled              = true
  retention_policy {
    enabled = true
    days    = 90
  }
}

resource "azurerm_subnet" "app" {
  name                 = "app"
  resource_group_name  = "rg"
  virtual_network_name = azurerm_virtual_network.logged.name
  address_prefixes     = ["10.1.1.0/24"]
}

# On a subnet of a logged network: the VNet flow log covers it.
resource "azurerm_network_security_group" "app" { # ok: runtime/azure-network-flow-logs-missing
  name                = "app"
  location            = "westeurope"
  resource_group_name = "rg"
}

resource "azurerm_subnet_network_security_group_association" "app" {
  subnet_id                 = azurerm_subnet.app.id
  network_security_group_id = azurerm_network_security_group.app.id
}

# On no subnet of a network in this configuration, and without a flow log.
resource "azurerm_network_security_group" "stray" { # want: runtime/azure-network-flow-logs-missing
  name                = "stray"
  location            = "westeurope"
  resource_group_name = "rg"
}

resource "azurerm_virtual_network" "disabled" { # want: runtime/azure-network-flow-logs-missing
  name                = "disabled"
  location            = "westeurope"
  resource_group_name = "rg"
  address_space       = ["10.2.0.0/16"]
}

resource "azurerm_network_watcher_flow_log" "disabled" {
  name                 = "disabled"
  network_watcher_name = "nw"
  resource_group_name  = "rg"
  target_resource_id   = azurerm_virtual_network.disabled.id
  storage_account_id   = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/flows"
  enabled              = false
  retention_policy {
    enabled = true
    days    = 90
  }
}
