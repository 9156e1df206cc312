resource "azurerm_linux_web_app" "bad" {
  name = "web"
  location = "westeurope"
  resource_group_name = "rg"
  service_plan_id = "plan"
  site_config {
    ftps_state = "AllAllowed" # want: config/azure-app-service-ftp-enabled
  }
}

resource "azurerm_linux_web_app" "good" { # ok: config/azure-app-service-ftp-enabled
  name = "web"
  location = "westeurope"
  resource_group_name = "rg"
  service_plan_id = "plan"
  site_config {
    ftps_state = "Disabled" # ok: config/azure-app-service-ftp-enabled
  }
}
