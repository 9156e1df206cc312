# Defender is managed by the root above; this baseline root is not judged for "no plan at all".
provider "azurerm" { # ok: runtime/azure-defender-plan-missing
  features {}
}

resource "azurerm_security_center_contact" "main" {
  email = "security@example.com"
}
