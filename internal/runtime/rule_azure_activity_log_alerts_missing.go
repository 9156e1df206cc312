package runtime

import (
	"fmt"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleAzureActivityLogAlertsMissing = newRule("azure-activity-log-alerts-missing", finding.Low,
	"The Azure subscription baseline lacks the CIS activity log alerts",
	"The activity log records control plane changes, but nobody reads it as they happen. The CIS benchmark asks "+
		"for alerts, with an action group that notifies someone, on the changes an intruder makes to widen access "+
		"or hide: policy assignments, network security groups and their rules, security solutions, SQL server "+
		"firewall rules and public IP addresses."+azureBaselineNote,
	"Add an azurerm_monitor_activity_log_alert per operation (category Administrative) with an action block that "+
		"names an action group with a receiver.",
	"https://learn.microsoft.com/azure/azure-monitor/alerts/activity-log-alerts",
	"CIS Microsoft Azure Foundations Benchmark 5.2.1-5.2.10")

// activityOperations are the operations the benchmark asks alerts for.
var activityOperations = []string{
	"Microsoft.Authorization/policyAssignments/write",
	"Microsoft.Authorization/policyAssignments/delete",
	"Microsoft.Network/networkSecurityGroups/write",
	"Microsoft.Network/networkSecurityGroups/delete",
	"Microsoft.Network/networkSecurityGroups/securityRules/write",
	"Microsoft.Network/networkSecurityGroups/securityRules/delete",
	"Microsoft.Security/securitySolutions/write",
	"Microsoft.Security/securitySolutions/delete",
	"Microsoft.Sql/servers/firewallRules/write",
	"Microsoft.Sql/servers/firewallRules/delete",
	"Microsoft.Network/publicIPAddresses/write",
	"Microsoft.Network/publicIPAddresses/delete",
}

func checkAzureActivityLogAlertsMissing() *check {
	return &check{rule: ruleAzureActivityLogAlertsMissing, run: func(p *pass) {
		for _, b := range p.baselines("azurerm") {
			covered := map[string]bool{}
			silent := 0
			for _, a := range p.inRoot(b.root, "azurerm_monitor_activity_log_alert") {
				if isFalse(a.Get("enabled")) {
					continue
				}
				op := a.Get("criteria", "operation_name")
				if op.IsUnknown() || a.Get("action").IsUnknown() {
					covered["?"] = true
					continue
				}
				if len(a.Get("action").Elements()) == 0 {
					silent++
					continue
				}
				covered[strings.ToLower(str(op))] = true
			}
			if covered["?"] {
				continue
			}
			var missing []string
			for _, op := range activityOperations {
				if !covered[strings.ToLower(op)] {
					missing = append(missing, op)
				}
			}
			if len(missing) == 0 {
				continue
			}
			msg := fmt.Sprintf("this configuration manages the Azure subscription (%s) but %d of the %d CIS activity log alerts are missing: %s",
				b.marker.Label(), len(missing), len(activityOperations), strings.Join(missing, ", "))
			if silent > 0 {
				msg += fmt.Sprintf(" (%d alerts have no action group and notify nobody)", silent)
			}
			p.reportAt(b.anchor, b.subject("azurerm"), msg, activityAlertFix(missing))
		}
	}}
}

// activityAlertFix renders the alerts for the missing operations.
func activityAlertFix(ops []string) string {
	var b strings.Builder
	for _, op := range ops {
		name := tfName(strings.ToLower(op[strings.Index(op, "/")+1:]))
		fmt.Fprintf(&b, `resource "azurerm_monitor_activity_log_alert" %q {
  name                = %q
  resource_group_name = azurerm_resource_group.monitoring.name
  location            = "global"
  scopes              = [data.azurerm_subscription.current.id]
  criteria {
    category       = "Administrative"
    operation_name = %q
  }
  action {
    action_group_id = azurerm_monitor_action_group.security.id # with an email or webhook receiver
  }
}

`, name, strings.ReplaceAll(name, "_", "-"), op)
	}
	return b.String()
}
