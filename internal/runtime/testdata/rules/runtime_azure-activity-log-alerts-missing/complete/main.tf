provider "azurerm" { # ok: runtime/azure-activity-log-alerts-missing
  features {}
}

resource "azurerm_security_center_contact" "main" {
  email = "security@example.com"
}

resource "azurerm_monitor_action_group" "security" {
  name                = "security"
  resource_group_name = "monitoring"
  short_name          = "sec"
  email_receiver {
    name          = "security"
    email_address = "security@example.com"
  }
}

resource "azurerm_monitor_activity_log_alert" "policyassignments_write" {
  name                = "policyassignments_write"
  resource_group_name = "monitoring"
  location            = "global"
  scopes              = ["/subscriptions/00000000-0000-0000-0000-000000000000"]
  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Authorization/policyAssignments/write"
  }
  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}

resource "azurerm_monitor_activity_log_alert" "policyassignments_delete" {
  name                = "policyassignments_delete"
  resource_group_name = "monitoring"
  location            = "global"
  scopes              = ["/subscriptions/00000000-0000-0000-0000-000000000000"]
  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Authorization/policyAssignments/delete"
  }
  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}

resource "azurerm_monitor_activity_log_alert" "networksecuritygroups_write" {
  name                = "networksecuritygroups_write"
  resource_group_name = "monitoring"
  location            = "global"
  scopes              = ["/subscriptions/00000000-0000-0000-0000-000000000000"]
  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Network/networkSecurityGroups/write"
  }
  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}

resource "azurerm_monitor_activity_log_alert" "networksecuritygroups_delete" {
  name                = "networksecuritygroups_delete"
  resource_group_name = "monitoring"
  location            = "global"
  scopes              = ["/subscriptions/00000000-0000-0000-0000-000000000000"]
  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Network/networkSecurityGroups/delete"
  }
  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}

resource "azurerm_monitor_activity_log_alert" "networksecuritygroups_securityrules_write" {
  name                = "networksecuritygroups_securityrules_write"
  resource_group_name = "monitoring"
  location            = "global"
  scopes              = ["/subscriptions/00000000-0000-0000-0000-000000000000"]
  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Network/networkSecurityGroups/securityRules/write"
  }
  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}

resource "azurerm_monitor_activity_log_alert" "networksecuritygroups_securityrules_delete" {
  name                = "networksecuritygroups_securityrules_delete"
  resource_group_name = "monitoring"
  location            = "global"
  scopes              = ["/subscriptions/00000000-0000-0000-0000-000000000000"]
  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Network/networkSecurityGroups/securityRules/delete"
  }
  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}

resource "azurerm_monitor_activity_log_alert" "securitysolutions_write" {
  name                = "securitysolutions_write"
  resource_group_name = "monitoring"
  location            = "global"
  scopes              = ["/subscriptions/00000000-0000-0000-0000-000000000000"]
  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Security/securitySolutions/write"
  }
  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}

resource "azurerm_monitor_activity_log_alert" "securitysolutions_delete" {
  name                = "securitysolutions_delete"
  resource_group_name = "monitoring"
  location            = "global"
  scopes              = ["/subscriptions/00000000-0000-0000-0000-000000000000"]
  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Security/securitySolutions/delete"
  }
  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}

resource "azurerm_monitor_activity_log_alert" "servers_firewallrules_write" {
  name                = "servers_firewallrules_write"
  resource_group_name = "monitoring"
  location            = "global"
  scopes              = ["/subscriptions/00000000-0000-0000-0000-000000000000"]
  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Sql/servers/firewallRules/write"
  }
  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}

resource "azurerm_monitor_activity_log_alert" "servers_firewallrules_delete" {
  name                = "servers_firewallrules_delete"
  resource_group_name = "monitoring"
  location            = "global"
  scopes              = ["/subscriptions/00000000-0000-0000-0000-000000000000"]
  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Sql/servers/firewallRules/delete"
  }
  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}

resource "azurerm_monitor_activity_log_alert" "publicipaddresses_write" {
  name                = "publicipaddresses_write"
  resource_group_name = "monitoring"
  location            = "global"
  scopes              = ["/subscriptions/00000000-0000-0000-0000-000000000000"]
  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Network/publicIPAddresses/write"
  }
  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}

resource "azurerm_monitor_activity_log_alert" "publicipaddresses_delete" {
  name                = "publicipaddresses_delete"
  resource_group_name = "monitoring"
  location            = "global"
  scopes              = ["/subscriptions/00000000-0000-0000-0000-000000000000"]
  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Network/publicIPAddresses/delete"
  }
  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}
