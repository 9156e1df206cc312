resource "azurerm_mssql_server" "bad" {
  name = "sql"
  resource_group_name = "rg"
  location = "westeurope"
  version = "12.0"
  minimum_tls_version = "1.0" # want: config/azure-database-outdated-tls
}

resource "azurerm_mssql_server" "good" { # ok: config/azure-database-outdated-tls
  name = "sql"
  resource_group_name = "rg"
  location = "westeurope"
  version = "12.0"
  minimum_tls_version = "1.2" # ok: config/azure-database-outdated-tls
}

resource "azurerm_postgresql_server" "bad" {
  name = "pg"
  resource_group_name = "rg"
  location = "westeurope"
  sku_name = "GP_Gen5_2"
  ssl_minimal_tls_version_enforced = "TLS1_1" # want: config/azure-database-outdated-tls
}

resource "azurerm_postgresql_server" "good" { # ok: config/azure-database-outdated-tls
  name = "pg"
  resource_group_name = "rg"
  location = "westeurope"
  sku_name = "GP_Gen5_2"
  ssl_minimal_tls_version_enforced = "TLS1_2" # ok: config/azure-database-outdated-tls
}
