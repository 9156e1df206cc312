resource "azurerm_kubernetes_cluster" "dark" { # want: runtime/aks-audit-logs-missing
  name                = "dark"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "dark"
  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }
}

resource "azurerm_kubernetes_cluster" "metrics_only" { # want: runtime/aks-audit-logs-missing
  name                = "metrics-only"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "metrics"
  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }
}

resource "azurerm_monitor_diagnostic_setting" "metrics_only" {
  name                       = "metrics-only"
  target_resource_id         = azurerm_kubernetes_cluster.metrics_only.id
  log_analytics_workspace_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/sec"
  enabled_log {
    category = "kube-apiserver"
  }
}

resource "azurerm_kubernetes_cluster" "audited" { # ok: runtime/aks-audit-logs-missing
  name                = "audited"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "audited"
  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }
}

resource "azurerm_monitor_diagnostic_setting" "audited" {
  name                       = "audited"
  target_resource_id         = azurerm_kubernetes_cluster.audited.id
  log_analytics_workspace_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/sec"
  enabled_log {
    category = "kube-audit-admin"
  }
}
