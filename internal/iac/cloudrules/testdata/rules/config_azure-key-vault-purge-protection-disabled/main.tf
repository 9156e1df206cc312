resource "azurerm_key_vault" "missing" { # want: config/azure-key-vault-purge-protection-disabled
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
  purge_protection_enabled = false # want: config/azure-key-vault-purge-protection-disabled
}

resource "azurerm_key_vault" "good" { # ok: config/azure-key-vault-purge-protection-disabled
  name = "kv"
  location = "westeurope"
  resource_group_name = "rg"
  sku_name = "standard"
  tenant_id = "00000000-0000-0000-0000-000000000000"
  purge_protection_enabled = true # ok: config/azure-key-vault-purge-protection-disabled
}
