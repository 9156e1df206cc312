# A subscription baseline that turns on no Defender plan at all.
provider "azurerm" { # want: runtime/azure-defender-plan-missing
  features {}
}

resource "azurerm_subscription_policy_assignment" "tags" {
  name                 = "require-tags"
  subscription_id      = "/subscriptions/00000000-0000-0000-0000-000000000000"
  policy_definition_id = "/providers/Microsoft.Authorization/policyDefinitions/require-tags"
}
