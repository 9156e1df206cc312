resource "azurerm_redis_cache" "bad" {
  name = "cache"
  location = "westeurope"
  resource_group_name = "rg"
  capacity = 1
  family = "C"
  sku_name = "Standard"
  non_ssl_port_enabled = true # want: config/azure-redis-non-ssl-port-enabled
}

resource "azurerm_redis_cache" "good" { # ok: config/azure-redis-non-ssl-port-enabled
  name = "cache"
  location = "westeurope"
  resource_group_name = "rg"
  capacity = 1
  family = "C"
  sku_name = "Standard"
  non_ssl_port_enabled = false # ok: config/azure-redis-non-ssl-port-enabled
}

resource "azurerm_redis_cache" "bad1" {
  name = "cache"
  location = "westeurope"
  resource_group_name = "rg"
  capacity = 1
  family = "C"
  sku_name = "Standard"
  enable_non_ssl_port = true # want: config/azure-redis-non-ssl-port-enabled
}

resource "azurerm_redis_cache" "good1" { # ok: config/azure-redis-non-ssl-port-enabled
  name = "cache"
  location = "westeurope"
  resource_group_name = "rg"
  capacity = 1
  family = "C"
  sku_name = "Standard"
  enable_non_ssl_port = false # ok: config/azure-redis-non-ssl-port-enabled
}
