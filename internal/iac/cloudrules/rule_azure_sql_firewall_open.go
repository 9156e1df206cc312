package cloudrules

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleAzureSqlFirewallOpen = newRule("config/azure-sql-firewall-open", finding.High,
	"Azure database firewall admits the whole internet",
	"A firewall rule from 0.0.0.0 to 255.255.255.255 lets every address reach the server.",
	"Allow only the addresses that need access, or use private endpoints.")

func checkAzureSqlFirewallOpen() *Check {
	return &Check{Rule: ruleAzureSqlFirewallOpen, Run: func(c *Context) {
		for _, r := range c.Set.OfType("azurerm_mssql_firewall_rule", "azurerm_sql_firewall_rule", "azurerm_postgresql_firewall_rule",
			"azurerm_mysql_firewall_rule", "azurerm_mariadb_firewall_rule", "azurerm_postgresql_flexible_server_firewall_rule", "azurerm_mysql_flexible_server_firewall_rule") {
			start, end := r.Get("start_ip_address"), r.Get("end_ip_address")
			if known(r, []string{"start_ip_address"}, "0.0.0.0") && known(r, []string{"end_ip_address"}, "255.255.255.255") {
				c.Report(r, end, fmt.Sprintf("%s: the rule admits %s-%s, every address", r.Label(), start.Text(), end.Text()))
			}
		}
	}}
}
