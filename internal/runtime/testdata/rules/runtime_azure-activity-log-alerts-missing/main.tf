provider "azurerm" { # want: runtime/azure-activity-log-alerts-missing
  features {}
}

resource "azurerm_security_center_contact" "main" {
  email = "security@example.com"
}

# Only one operation is alerted on, and this alert has no action group.
resource "azurerm_monitor_activity_log_alert" "nsg_write" {
  name                = "nsg-write"
  resource_group_name = "monitoring"
  location            = "global"
  scopes              = ["/subscriptions/00000000-0000-0000-0000-000000000000"]
  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Network/networkSecurityGroups/write"
  }
}
