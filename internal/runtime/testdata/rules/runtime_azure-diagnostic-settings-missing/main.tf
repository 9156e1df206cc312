resource "azurerm_key_vault" "unwatched" { # want: runtime/azure-diagnostic-settings-missing
  name                = "kv-unwatched"
  location            = "westeurope"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}

resource "azurerm_key_vault" "watched" { # ok: runtime/azure-diagnostic-settings-missing
  name                = "kv-watched"
  location            = "westeurope"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}

resource "azurerm_monitor_diagnostic_setting" "kv" {
  name                       = "kv"
  target_resource_id         = azurerm_key_vault.watched.id
  log_analytics_workspace_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/sec"
  enabled_log {
    category = "AuditEvent"
  }
}

resource "azurerm_storage_account" "blobs" { # ok: runtime/azure-diagnostic-settings-missing
  name                     = "blobs"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_monitor_diagnostic_setting" "blobs" {
  name                       = "blobs"
  target_resource_id         = "${azurerm_storage_account.blobs.id}/blobServices/default"
  log_analytics_workspace_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/sec"
  enabled_log {
    category_group = "audit"
  }
}

# Metrics only: no logs leave the resource.
resource "azurerm_network_security_group" "metrics_only" { # want: runtime/azure-diagnostic-settings-missing
  name                = "metrics-only"
  location            = "westeurope"
  resource_group_name = "rg"
}

resource "azurerm_monitor_diagnostic_setting" "metrics_only" {
  name                       = "metrics-only"
  target_resource_id         = azurerm_network_security_group.metrics_only.id
  log_analytics_workspace_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/sec"
  metric {
    category = "AllMetrics"
  }
}

resource "azurerm_mssql_server" "audited" { # ok: runtime/azure-diagnostic-settings-missing
  name                = "sql-audited"
  resource_group_name = "rg"
  location            = "westeurope"
  version             = "12.0"
}

resource "azurerm_mssql_server_extended_auditing_policy" "audited" {
  server_id              = azurerm_mssql_server.audited.id
  log_monitoring_enabled = true
}

# Resources outside the key set are not asked for.
resource "azurerm_resource_group" "rg" { # ok: runtime/azure-diagnostic-settings-missing
  name     = "rg"
  location = "westeurope"
}
