package runtime

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleAzureDiagnosticSettingsMissing = newRule("azure-diagnostic-settings-missing", finding.Medium,
	"Azure resource sends no logs through a diagnostic setting",
	"Azure resources keep their resource logs (a key vault's secret reads, a storage account's blob reads, a "+
		"firewall's denied flows, an NSG's rule hits) only when a diagnostic setting sends them to a Log Analytics "+
		"workspace, a storage account or an event hub. Without one, nobody can tell who used the resource.",
	"Add an azurerm_monitor_diagnostic_setting for the resource with an enabled_log block (category_group = "+
		"\"audit\" or \"allLogs\"); for a storage account, target its blob service; for a SQL server, enable "+
		"auditing (azurerm_mssql_server_extended_auditing_policy).",
	"https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings",
	"CIS Microsoft Azure Foundations Benchmark 5.1")

// diagnosedTypes are the key resource types that must send their logs, with the target a
// diagnostic setting should name.
var diagnosedTypes = map[string]string{
	"azurerm_key_vault":                  "%s.id",
	"azurerm_storage_account":            `"${%s.id}/blobServices/default"`,
	"azurerm_mssql_server":               `"${%s.id}/databases/master"`,
	"azurerm_network_security_group":     "%s.id",
	"azurerm_application_gateway":        "%s.id",
	"azurerm_firewall":                   "%s.id",
	"azurerm_cosmosdb_account":           "%s.id",
	"azurerm_postgresql_flexible_server": "%s.id",
	"azurerm_mysql_flexible_server":      "%s.id",
	"azurerm_container_registry":         "%s.id",
	"azurerm_api_management":             "%s.id",
	"azurerm_eventhub_namespace":         "%s.id",
	"azurerm_linux_web_app":              "%s.id",
	"azurerm_windows_web_app":            "%s.id",
	"azurerm_frontdoor_firewall_policy":  "%s.id",
	"azurerm_cdn_frontdoor_profile":      "%s.id",
}

func checkAzureDiagnosticSettingsMissing() *check {
	return &check{rule: ruleAzureDiagnosticSettingsMissing, run: func(p *pass) {
		types := make([]string, 0, len(diagnosedTypes))
		for t := range diagnosedTypes {
			types = append(types, t)
		}
		for _, r := range p.set.OfType(types...) {
			if ds, unsure := p.diagnostics(r); len(ds) > 0 || unsure {
				continue
			}
			if r.Type == "azurerm_mssql_server" {
				if !r.Get("extended_auditing_policy").IsNull() {
					continue
				}
				if pol, unsure := p.referrers(r, via{types: []string{"azurerm_mssql_server_extended_auditing_policy"}, attr: []string{"server_id"}}); len(pol) > 0 || unsure {
					continue
				}
			}
			target := fmtRef(diagnosedTypes[r.Type], ref(r))
			p.report(r, nil, r.Label()+": no diagnostic setting sends this resource's logs anywhere",
				diagnosticFix(r, target, `category_group = "allLogs"`))
		}
	}}
}
