provider "azurerm" {
  features {}
}

data "azurerm_subscription" "current" {}

resource "azurerm_resource_group" "security" {
  name     = "security"
  location = "westeurope"
}

resource "azurerm_security_center_contact" "main" {
  email = "security@example.com"
}

resource "azurerm_log_analytics_workspace" "security" {
  name                = "security"
  location            = "westeurope"
  resource_group_name = azurerm_resource_group.security.name
}

resource "azurerm_monitor_action_group" "security" {
  name                = "security"
  resource_group_name = azurerm_resource_group.security.name
  short_name          = "sec"
  email_receiver {
    name          = "security"
    email_address = "security@example.com"
  }
}

resource "azurerm_security_center_subscription_pricing" "keyvaults" {
  tier          = "Standard"
  resource_type = "KeyVaults"
}

resource "azurerm_security_center_subscription_pricing" "storageaccounts" {
  tier          = "Standard"
  resource_type = "StorageAccounts"
}

resource "azurerm_security_center_subscription_pricing" "containers" {
  tier          = "Standard"
  resource_type = "Containers"
}

resource "azurerm_security_center_subscription_pricing" "virtualmachines" {
  tier          = "Standard"
  resource_type = "VirtualMachines"
}

resource "azurerm_security_center_subscription_pricing" "arm" {
  tier          = "Standard"
  resource_type = "Arm"
}

resource "azurerm_monitor_activity_log_alert" "policyassignments_write" {
  name                = "policyassignments-write"
  resource_group_name = azurerm_resource_group.security.name
  location            = "global"
  scopes              = [data.azurerm_subscription.current.id]
  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Authorization/policyAssignments/write"
  }
  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}

resource "azurerm_monitor_activity_log_alert" "policyassignments_delete" {
  name                = "policyassignments-delete"
  resource_group_name = azurerm_resource_group.security.name
  location            = "global"
  scopes              = [data.azurerm_subscription.current.id]
  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Authorization/policyAssignments/delete"
  }
  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}

resource "azurerm_monitor_activity_log_alert" "networksecuritygroups_write" {
  name                = "networksecuritygroups-write"
  resource_group_name = azurerm_resource_group.security.name
  location            = "global"
  scopes              = [data.azurerm_subscription.current.id]
  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Network/networkSecurityGroups/write"
  }
  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}

resource "azurerm_monitor_activity_log_alert" "networksecuritygroups_delete" {
  name                = "networksecuritygroups-delete"
  resource_group_name = azurerm_resource_group.security.name
  location            = "global"
  scopes              = [data.azurerm_subscription.current.id]
  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Network/networkSecurityGroups/delete"
  }
  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}

resource "azurerm_monitor_activity_log_alert" "networksecuritygroups_securityrules_write" {
  name                = "networksecuritygroups-securityrules-write"
  resource_group_name = azurerm_resource_group.security.name
  location            = "global"
  scopes              = [data.azurerm_subscription.current.id]
  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Network/networkSecurityGroups/securityRules/write"
  }
  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}

resource "azurerm_monitor_activity_log_alert" "networksecuritygroups_securityrules_delete" {
  name                = "networksecuritygroups-securityrules-delete"
  resource_group_name = azurerm_resource_group.security.name
  location            = "global"
  scopes              = [data.azurerm_subscription.current.id]
  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Network/networkSecurityGroups/securityRules/delete"
  }
  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}

resource "azurerm_monitor_activity_log_alert" "securitysolutions_write" {
  name                = "securitysolutions-write"
  resource_group_name = azurerm_resource_group.security.name
  location            = "global"
  scopes              = [data.azurerm_subscription.current.id]
  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Security/securitySolutions/write"
  }
  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}

resource "azurerm_monitor_activity_log_alert" "securitysolutions_delete" {
  name                = "securitysolutions-delete"
  resource_group_name = azurerm_resource_group.security.name
  location            = "global"
  scopes              = [data.azurerm_subscription.current.id]
  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Security/securitySolutions/delete"
  }
  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}

resource "azurerm_monitor_activity_log_alert" "servers_firewallrules_write" {
  name                = "servers-firewallrules-write"
  resource_group_name = azurerm_resource_group.security.name
  location            = "global"
  scopes              = [data.azurerm_subscription.current.id]
  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Sql/servers/firewallRules/write"
  }
  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}

resource "azurerm_monitor_activity_log_alert" "servers_firewallrules_delete" {
  name                = "servers-firewallrules-delete"
  resource_group_name = azurerm_resource_group.security.name
  location            = "global"
  scopes              = [data.azurerm_subscription.current.id]
  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Sql/servers/firewallRules/delete"
  }
  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}

resource "azurerm_monitor_activity_log_alert" "publicipaddresses_write" {
  name                = "publicipaddresses-write"
  resource_group_name = azurerm_resource_group.security.name
  location            = "global"
  scopes              = [data.azurerm_subscription.current.id]
  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Network/publicIPAddresses/write"
  }
  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}

resource "azurerm_monitor_activity_log_alert" "publicipaddresses_delete" {
  name                = "publicipaddresses-delete"
  resource_group_name = azurerm_resource_group.security.name
  location            = "global"
  scopes              = [data.azurerm_subscription.current.id]
  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Network/publicIPAddresses/delete"
  }
  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}
