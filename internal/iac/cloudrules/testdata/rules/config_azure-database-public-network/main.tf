resource "azurerm_mssql_server" "missing" { # want: config/azure-database-public-network
  name = "sql"
  resource_group_name = "rg"
  location = "westeurope"
  version = "12.0"
}

resource "azurerm_mssql_server" "bad" {
  name = "sql"
  resource_group_name = "rg"
  location = "westeurope"
  version = "12.0"
  public_network_access_enabled = true # want: config/azure-database-public-network
}

resource "azurerm_mssql_server" "good" { # ok: config/azure-database-public-network
  name = "sql"
  resource_group_name = "rg"
  location = "westeurope"
  version = "12.0"
  public_network_access_enabled = false # ok: config/azure-database-public-network
}
