resource "azurerm_storage_account" "open" { # want: config/azure-storage-network-default-allow
  name                     = "open"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account" "allow" {
  name                     = "allow"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  network_rules {
    default_action = "Allow" # want: config/azure-storage-network-default-allow
  }
}

resource "azurerm_storage_account" "deny" { # ok: config/azure-storage-network-default-allow
  name                     = "deny"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  network_rules {
    default_action = "Deny" # ok: config/azure-storage-network-default-allow
  }
}

resource "azurerm_storage_account" "separate" { # ok: config/azure-storage-network-default-allow
  name                     = "separate"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account_network_rules" "separate" {
  storage_account_id = azurerm_storage_account.separate.id
  default_action     = "Deny"
}
