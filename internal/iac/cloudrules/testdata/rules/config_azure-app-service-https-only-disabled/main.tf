resource "azurerm_linux_web_app" "missing" { # want: config/azure-app-service-https-only-disabled
  name = "web"
  location = "westeurope"
  resource_group_name = "rg"
  service_plan_id = "plan"
}

resource "azurerm_linux_web_app" "bad" {
  name = "web"
  location = "westeurope"
  resource_group_name = "rg"
  service_plan_id = "plan"
  https_only = false # want: config/azure-app-service-https-only-disabled
}

resource "azurerm_linux_web_app" "good" { # ok: config/azure-app-service-https-only-disabled
  name = "web"
  location = "westeurope"
  resource_group_name = "rg"
  service_plan_id = "plan"
  https_only = true # ok: config/azure-app-service-https-only-disabled
}
