provider "azurerm" { # ok: runtime/azure-defender-plan-missing
  features {}
}

resource "azurerm_resource_group" "app" {
  name     = "app"
  location = "westeurope"
}
