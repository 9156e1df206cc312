package runtime

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

var ruleAzureNetworkFlowLogsMissing = newRule("azure-network-flow-logs-missing", finding.Medium,
	"Azure virtual network or NSG has no flow logs",
	"Without flow logs, nothing records which addresses talked to what in a virtual network: lateral movement, "+
		"exfiltration and scanning cannot be traced. NSG flow logs can no longer be created (June 2025) and retire "+
		"in September 2027; virtual network flow logs replace them.",
	"Add a virtual network flow log (azurerm_network_watcher_flow_log with target_resource_id = the VNet's id, "+
		"enabled, with a retention policy and traffic analytics).",
	"https://learn.microsoft.com/azure/network-watcher/vnet-flow-logs-overview",
	"CIS Microsoft Azure Foundations Benchmark 6.4, 6.5")

const flowLogType = "azurerm_network_watcher_flow_log"

func checkAzureNetworkFlowLogsMissing() *check {
	return &check{rule: ruleAzureNetworkFlowLogsMissing, run: func(p *pass) {
		onSubnet := map[*resource.Resource]bool{}
		for _, v := range p.set.OfType("azurerm_virtual_network") {
			nsgs, complete := p.vnetNSGs(v)
			for _, n := range nsgs {
				onSubnet[n] = true
			}
			if logged, unsure := p.flowLogged(v, "target_resource_id"); logged || unsure {
				continue
			}
			if complete && len(nsgs) > 0 && p.allFlowLogged(nsgs) {
				continue // every subnet's NSG has a (legacy) NSG flow log
			}
			p.report(v, nil, v.Label()+": no flow log records the traffic of this virtual network", flowLogFix(v))
		}
		for _, n := range p.set.OfType("azurerm_network_security_group") {
			if onSubnet[n] {
				continue // judged with its virtual network
			}
			if logged, unsure := p.flowLogged(n, "network_security_group_id", "target_resource_id"); logged || unsure {
				continue
			}
			if assoc, _ := p.referrers(n, via{types: []string{"azurerm_subnet_network_security_group_association", "azurerm_network_interface_security_group_association"},
				attr: []string{"network_security_group_id"}}); len(assoc) > 0 && !p.has(n.Root, "azurerm_virtual_network") {
				continue // on a subnet of a network defined elsewhere: its flow log belongs there
			}
			p.report(n, nil, n.Label()+": no flow log records the traffic this NSG filters", flowLogFix(n))
		}
	}}
}

// flowLogged reports whether an enabled flow log targets r through one of the attributes.
func (p *pass) flowLogged(r *resource.Resource, attrs ...string) (logged, unsure bool) {
	var ways []via
	for _, a := range attrs {
		ways = append(ways, via{types: []string{flowLogType}, attr: []string{a}})
	}
	logs, unsure := p.referrers(r, ways...)
	for _, l := range logs {
		en := l.Get("enabled")
		if en.IsUnknown() {
			unsure = true
		} else if !isFalse(en) {
			return true, false
		}
	}
	return false, unsure
}

func (p *pass) allFlowLogged(nsgs []*resource.Resource) bool {
	for _, n := range nsgs {
		if logged, unsure := p.flowLogged(n, "network_security_group_id", "target_resource_id"); !logged && !unsure {
			return false
		}
	}
	return true
}

// vnetNSGs returns the NSGs on a virtual network's subnets (standalone azurerm_subnet resources
// with their associations, and inline subnet blocks); complete is false when a subnet has none.
func (p *pass) vnetNSGs(v *resource.Resource) (nsgs []*resource.Resource, complete bool) {
	complete = true
	add := func(from *resource.Resource, ref *resource.Value) {
		found, _ := p.targets(from, ref, []string{"azurerm_network_security_group"})
		if len(found) == 0 {
			complete = false
		}
		nsgs = append(nsgs, found...)
	}
	for _, s := range v.Get("subnet").Elements() {
		add(v, s.Get("security_group"))
	}
	subnets, _ := p.referrers(v, via{types: []string{"azurerm_subnet"}, attr: []string{"virtual_network_name"}, names: []string{"name"}})
	for _, s := range subnets {
		assoc, _ := p.referrers(s, via{types: []string{"azurerm_subnet_network_security_group_association"}, attr: []string{"subnet_id"}})
		if len(assoc) == 0 {
			complete = false
		}
		for _, a := range assoc {
			add(a, a.Get("network_security_group_id"))
		}
	}
	return nsgs, complete
}

// flowLogFix is the snippet of a flow log for a virtual network or an NSG.
func flowLogFix(r *resource.Resource) string {
	target := ref(r) + ".id"
	if r.Type == "azurerm_network_security_group" {
		target = "azurerm_virtual_network.main.id # the network whose subnets this NSG filters"
	}
	return fmt.Sprintf(`resource %q %q {
  name                 = "%s-flow-log"
  network_watcher_name = azurerm_network_watcher.main.name
  resource_group_name  = azurerm_network_watcher.main.resource_group_name
  target_resource_id   = %s
  storage_account_id   = azurerm_storage_account.flow_logs.id
  enabled              = true
  retention_policy {
    enabled = true
    days    = 90
  }
  traffic_analytics {
    enabled               = true
    workspace_id          = azurerm_log_analytics_workspace.security.workspace_id
    workspace_region      = azurerm_log_analytics_workspace.security.location
    workspace_resource_id = azurerm_log_analytics_workspace.security.id
  }
}
`, flowLogType, r.Name, r.Name, target)
}
