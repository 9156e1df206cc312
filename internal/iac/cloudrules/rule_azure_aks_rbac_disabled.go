package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleAzureAksRbacDisabled = newRule("config/azure-aks-rbac-disabled", finding.High,
	"AKS cluster has Kubernetes RBAC turned off",
	"Without RBAC every authenticated identity has full access to the cluster API.",
	"Leave role_based_access_control_enabled at true (its default).")

func checkAzureAksRbacDisabled() *Check {
	return attrCheck(ruleAzureAksRbacDisabled,
		expect{Types: []string{"azurerm_kubernetes_cluster"}, Path: []string{"role_based_access_control_enabled"}, Bad: isFalse,
			Message: "role_based_access_control_enabled = %s: every authenticated identity is cluster admin"},
		expect{Types: []string{"azurerm_kubernetes_cluster"}, Path: []string{"role_based_access_control", "enabled"}, Bad: isFalse,
			Message: "enabled = %s: every authenticated identity is cluster admin"},
	)
}
