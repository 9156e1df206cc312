package runtime

import (
	"fmt"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleAzureDefenderPlanMissing = newRule("azure-defender-plan-missing", finding.Medium,
	"Microsoft Defender for Cloud plan is off for resources the configuration defines",
	"Defender for Cloud plans are the threat detection of Azure: alerts on malware uploads to storage, anomalous "+
		"key vault access, SQL injection, suspicious container activity. A plan on the Free tier, or no plan at all "+
		"for a kind of resource the configuration runs, leaves those resources without detection."+azureBaselineNote,
	"Put the plans of the resource kinds you run on the Standard tier with azurerm_security_center_subscription_pricing "+
		"(resource_type VirtualMachines, StorageAccounts, KeyVaults, SqlServers, Containers, AppServices, "+
		"OpenSourceRelationalDatabases, CosmosDbs, Arm ...).",
	"https://learn.microsoft.com/azure/defender-for-cloud/defender-for-cloud-introduction",
	"CIS Microsoft Azure Foundations Benchmark 2.1")

const pricingType = "azurerm_security_center_subscription_pricing"

// defenderPlans maps each Defender plan to the resource types it protects, in report order.
var defenderPlans = []struct {
	plan  string
	types []string
}{
	{"VirtualMachines", []string{"azurerm_linux_virtual_machine", "azurerm_windows_virtual_machine", "azurerm_virtual_machine",
		"azurerm_linux_virtual_machine_scale_set", "azurerm_windows_virtual_machine_scale_set", "azurerm_orchestrated_virtual_machine_scale_set"}},
	{"StorageAccounts", []string{"azurerm_storage_account"}},
	{"KeyVaults", []string{"azurerm_key_vault"}},
	{"SqlServers", []string{"azurerm_mssql_server", "azurerm_sql_server"}},
	{"Containers", []string{"azurerm_kubernetes_cluster", "azurerm_container_registry"}},
	{"AppServices", []string{"azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_app_service",
		"azurerm_linux_function_app", "azurerm_windows_function_app"}},
	{"OpenSourceRelationalDatabases", []string{"azurerm_postgresql_server", "azurerm_postgresql_flexible_server",
		"azurerm_mysql_server", "azurerm_mysql_flexible_server", "azurerm_mariadb_server"}},
	{"CosmosDbs", []string{"azurerm_cosmosdb_account"}},
}

func pricingFix(plan string) string {
	return fmt.Sprintf(`resource %q %q {
  tier          = "Standard"
  resource_type = %q
}
`, pricingType, strings.ToLower(plan), plan)
}

func checkAzureDefenderPlanMissing() *check {
	return &check{rule: ruleAzureDefenderPlanMissing, run: func(p *pass) {
		pricings := p.set.OfType(pricingType)
		standard := map[string]bool{}
		unsure := false
		for _, pr := range pricings {
			tier, typ := pr.Get("tier"), pr.Get("resource_type")
			plan := "VirtualMachines" // the provider's default resource_type
			if !typ.IsNull() {
				plan = str(typ)
			}
			switch {
			case tier.IsUnknown() || typ.IsUnknown():
				unsure = true
			case strIs(tier, "Standard"):
				standard[strings.ToLower(plan)] = true
			default:
				p.report(pr, tier, fmt.Sprintf("%s: the Defender plan for %s is on the %s tier, which detects nothing", pr.Label(), plan, str(tier)),
					setting(pr, `tier = "Standard"`, ""))
			}
		}
		if unsure {
			return
		}
		if len(pricings) == 0 {
			for _, b := range p.baselines("azurerm") {
				p.reportAt(b.anchor, b.subject("azurerm"), fmt.Sprintf(
					"this configuration manages the Azure subscription (%s) but turns on no Microsoft Defender for Cloud plan: add them here",
					b.marker.Label()), p.plansFor())
			}
			return
		}
		// The review manages Defender plans: each kind of resource it defines needs its plan.
		for _, dp := range defenderPlans {
			if standard[strings.ToLower(dp.plan)] {
				continue
			}
			rs := p.set.OfType(dp.types...)
			if len(rs) == 0 {
				continue
			}
			r := rs[0]
			related := make([]finding.Location, 0, len(rs)-1)
			for _, o := range rs[1:] {
				loc := o.Location()
				loc.Label = "also unprotected: " + o.Label()
				related = append(related, loc)
			}
			f := p.rule.Finding(r.Location(), "defender-plan:"+dp.plan, fmt.Sprintf(
				"%s: Defender for %s is not on the Standard tier, though the configuration manages its Defender plans (%s)",
				r.Label(), dp.plan, pricings[0].Label()))
			f.Related = related
			p.add(f, pricingFix(dp.plan))
		}
	}}
}

// plansFor renders the pricing resources for the plans of the resource kinds the set defines, or
// for the common ones when it defines none.
func (p *pass) plansFor() string {
	var b strings.Builder
	for _, dp := range defenderPlans {
		if len(p.set.OfType(dp.types...)) > 0 {
			b.WriteString(pricingFix(dp.plan) + "\n")
		}
	}
	if b.Len() == 0 {
		for _, plan := range []string{"VirtualMachines", "StorageAccounts", "KeyVaults", "Arm"} {
			b.WriteString(pricingFix(plan) + "\n")
		}
	}
	return b.String()
}
