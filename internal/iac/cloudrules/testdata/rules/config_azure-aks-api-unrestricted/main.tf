resource "azurerm_kubernetes_cluster" "open" { # want: config/azure-aks-api-unrestricted
  name                = "open"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "open"
}

resource "azurerm_kubernetes_cluster" "limited" {
  name                = "limited"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "limited"
  api_server_access_profile {
    authorized_ip_ranges = ["203.0.113.0/24"] # ok: config/azure-aks-api-unrestricted
  }
}

resource "azurerm_kubernetes_cluster" "private" { # ok: config/azure-aks-api-unrestricted
  name                    = "private"
  location                = "westeurope"
  resource_group_name     = "rg"
  dns_prefix              = "private"
  private_cluster_enabled = true
}
