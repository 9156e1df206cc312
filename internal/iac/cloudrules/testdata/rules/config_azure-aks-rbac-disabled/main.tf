resource "azurerm_kubernetes_cluster" "bad" {
  name = "aks"
  location = "westeurope"
  resource_group_name = "rg"
  dns_prefix = "aks"
  role_based_access_control_enabled = false # want: config/azure-aks-rbac-disabled
}

resource "azurerm_kubernetes_cluster" "good" { # ok: config/azure-aks-rbac-disabled
  name = "aks"
  location = "westeurope"
  resource_group_name = "rg"
  dns_prefix = "aks"
  role_based_access_control_enabled = true # ok: config/azure-aks-rbac-disabled
}

resource "azurerm_kubernetes_cluster" "bad1" {
  name = "aks"
  location = "westeurope"
  resource_group_name = "rg"
  dns_prefix = "aks"
  role_based_access_control {
    enabled = false # want: config/azure-aks-rbac-disabled
  }
}

resource "azurerm_kubernetes_cluster" "good1" { # ok: config/azure-aks-rbac-disabled
  name = "aks"
  location = "westeurope"
  resource_group_name = "rg"
  dns_prefix = "aks"
  role_based_access_control {
    enabled = true # ok: config/azure-aks-rbac-disabled
  }
}
