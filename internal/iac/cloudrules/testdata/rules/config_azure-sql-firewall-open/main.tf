resource "azurerm_mssql_firewall_rule" "all" {
  name             = "all"
  server_id        = "sql"
  start_ip_address = "0.0.0.0"
  end_ip_address   = "255.255.255.255" # want: config/azure-sql-firewall-open
}

resource "azurerm_mssql_firewall_rule" "office" {
  name             = "office"
  server_id        = "sql"
  start_ip_address = "203.0.113.1"
  end_ip_address   = "203.0.113.254" # ok: config/azure-sql-firewall-open
}
