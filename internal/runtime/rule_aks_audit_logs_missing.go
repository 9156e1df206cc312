package runtime

import (
	"slices"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

var ruleAKSAuditLogsMissing = newRule("aks-audit-logs-missing", finding.Medium,
	"AKS cluster sends no Kubernetes audit logs",
	"AKS keeps the Kubernetes audit log of a cluster only when a diagnostic setting sends the kube-audit (or "+
		"kube-audit-admin) category somewhere. Without it there is no record of who read secrets, exec'd into pods "+
		"or changed role bindings.",
	"Add an azurerm_monitor_diagnostic_setting for the cluster with enabled_log { category = \"kube-audit-admin\" } "+
		"(or kube-audit, or category_group = \"audit\").",
	"https://learn.microsoft.com/azure/aks/monitor-aks",
	"CIS Azure Kubernetes Service Benchmark 2.1.1")

// auditCategories are the diagnostic categories that carry the Kubernetes audit log.
var auditCategories = []string{"kube-audit", "kube-audit-admin", "audit", "alllogs", "?"}

func checkAKSAuditLogsMissing() *check {
	return &check{rule: ruleAKSAuditLogsMissing, run: func(p *pass) {
		for _, c := range p.set.OfType("azurerm_kubernetes_cluster") {
			ds, unsure := p.diagnostics(c)
			if unsure || slices.ContainsFunc(ds, func(d *resource.Resource) bool {
				return slices.ContainsFunc(diagnosticCategories(d), func(cat string) bool { return slices.Contains(auditCategories, cat) })
			}) {
				continue
			}
			msg := c.Label() + ": no diagnostic setting sends the cluster's Kubernetes audit log (kube-audit) anywhere"
			p.report(c, nil, msg, diagnosticFix(c, ref(c)+".id", `category = "kube-audit-admin"`))
		}
	}}
}
