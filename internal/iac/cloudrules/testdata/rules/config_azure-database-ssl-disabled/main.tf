resource "azurerm_postgresql_server" "bad" {
  name = "pg"
  resource_group_name = "rg"
  location = "westeurope"
  sku_name = "GP_Gen5_2"
  ssl_enforcement_enabled = false # want: config/azure-database-ssl-disabled
}

resource "azurerm_postgresql_server" "good" { # ok: config/azure-database-ssl-disabled
  name = "pg"
  resource_group_name = "rg"
  location = "westeurope"
  sku_name = "GP_Gen5_2"
  ssl_enforcement_enabled = true # ok: config/azure-database-ssl-disabled
}
