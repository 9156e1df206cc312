resource "azurerm_linux_web_app" "bad" {
  name = "web"
  location = "westeurope"
  resource_group_name = "rg"
  service_plan_id = "plan"
  site_config {
    minimum_tls_version = "1.0" # want: config/azure-app-service-outdated-tls
  }
}

resource "azurerm_linux_web_app" "good" { # ok: config/azure-app-service-outdated-tls
  name = "web"
  location = "westeurope"
  resource_group_name = "rg"
  service_plan_id = "plan"
  site_config {
    minimum_tls_version = "1.2" # ok: config/azure-app-service-outdated-tls
  }
}
