resource "azurerm_key_vault" "missing" { # want: config/azure-key-vault-network-open
  name = "kv"
  location = "westeurope"
  resource_group_name = "rg"
  sku_name = "standard"
  tenant_id = "00000000-0000-0000-0000-000000000000"
}

resource "azurerm_key_vault" "bad" {
  name = "kv"
  location = "westeurope"
  resource_group_name = "rg"
  sku_name = "standard"
  tenant_id = "00000000-0000-0000-0000-000000000000"
  network_acls {
    default_action = "Allow" # want: config/azure-key-vault-network-open
  }
}

resource "azurerm_key_vault" "good" { # ok: config/azure-key-vault-network-open
  name = "kv"
  location = "westeurope"
  resource_group_name = "rg"
  sku_name = "standard"
  tenant_id = "00000000-0000-0000-0000-000000000000"
  network_acls {
    default_action = "Deny" # ok: config/azure-key-vault-network-open
  }
}
