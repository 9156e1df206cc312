provider "azurerm" { # ok: runtime/azure-activity-log-alerts-missing
  features {}
}

resource "azurerm_resource_group" "app" {
  name     = "app"
  location = "westeurope"
}
