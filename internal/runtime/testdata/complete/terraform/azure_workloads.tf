resource "azurerm_key_vault" "app" {
  name                = "kv-app"
  location            = "westeurope"
  resource_group_name = azurerm_resource_group.security.name
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}

resource "azurerm_monitor_diagnostic_setting" "key_vault" {
  name                       = "kv-app"
  target_resource_id         = azurerm_key_vault.app.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.security.id
  enabled_log {
    category_group = "audit"
  }
}

resource "azurerm_storage_account" "flows" {
  name                     = "acmeflows"
  resource_group_name      = azurerm_resource_group.security.name
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_monitor_diagnostic_setting" "flows_blobs" {
  name                       = "flows-blobs"
  target_resource_id         = "${azurerm_storage_account.flows.id}/blobServices/default"
  log_analytics_workspace_id = azurerm_log_analytics_workspace.security.id
  enabled_log {
    category_group = "audit"
  }
}

resource "azurerm_virtual_network" "main" {
  name                = "main"
  location            = "westeurope"
  resource_group_name = azurerm_resource_group.security.name
  address_space       = ["10.20.0.0/16"]
}

resource "azurerm_subnet" "aks" {
  name                 = "aks"
  resource_group_name  = azurerm_resource_group.security.name
  virtual_network_name = azurerm_virtual_network.main.name
  address_prefixes     = ["10.20.0.0/20"]
}

resource "azurerm_network_security_group" "aks" {
  name                = "aks"
  location            = "westeurope"
  resource_group_name = azurerm_resource_group.security.name
}

resource "azurerm_subnet_network_security_group_association" "aks" {
  subnet_id                 = azurerm_subnet.aks.id
  network_security_group_id = azurerm_network_security_group.aks.id
}

resource "azurerm_monitor_diagnostic_setting" "nsg" {
  name                       = "nsg-aks"
  target_resource_id         = azurerm_network_security_group.aks.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.security.id
  enabled_log {
    category = "NetworkSecurityGroupEvent"
  }
}

resource "azurerm_network_watcher" "main" {
  name                = "main"
  location            = "westeurope"
  resource_group_name = azurerm_resource_group.security.name
}

resource "azurerm_network_watcher_flow_log" "main" {
  name                 = "main"
  network_watcher_name = azurerm_network_watcher.main.name
  resource_group_name  = azurerm_resource_group.security.name
  target_resource_id   = azurerm_virtual_network.main.id
  storage_account_id   = azurerm_storage_account.flows.id
  enabled              = true
  retention_policy {
    enabled = true
    days    = 90
  }
}

resource "azurerm_kubernetes_cluster" "main" {
  name                = "main"
  location            = "westeurope"
  resource_group_name = azurerm_resource_group.security.name
  dns_prefix          = "main"
  default_node_pool {
    name           = "system"
    node_count     = 2
    vm_size        = "Standard_D2s_v5"
    vnet_subnet_id = azurerm_subnet.aks.id
  }
  microsoft_defender {
    log_analytics_workspace_id = azurerm_log_analytics_workspace.security.id
  }
}

resource "azurerm_monitor_diagnostic_setting" "aks" {
  name                       = "aks"
  target_resource_id         = azurerm_kubernetes_cluster.main.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.security.id
  enabled_log {
    category = "kube-audit-admin"
  }
}
