provider "azurerm" { # ok: runtime/azure-defender-plan-missing
  features {}
}

resource "azurerm_key_vault" "app" { # ok: runtime/azure-defender-plan-missing
  name                = "kv-app"
  location            = "westeurope"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}
