package cloudroles

import (
	"fmt"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// AzureCustomRoleWildcard is reported for custom role definitions that allow "*".
var AzureCustomRoleWildcard = &rule.Rule{
	ID:       "access/azure-custom-role-wildcard",
	Area:     finding.Access,
	Severity: finding.High,
	Title:    "Azure custom role allows all actions",
	Description: "A custom role definition lists \"*\" (every action of every provider) or \"Microsoft.Authorization/*\" " +
		"(managing role assignments) among its actions. The first is Owner or Contributor under another name; the " +
		"second lets its holders grant themselves any role.",
	Remediation: "List the provider operations the role needs (\"Microsoft.Storage/storageAccounts/read\" ...) and " +
		"keep assignable scopes narrow.",
	References: []string{
		"https://learn.microsoft.com/en-us/azure/role-based-access-control/custom-roles",
	},
}

// AzureRoleDefinition is a custom role (azurerm_role_definition, Microsoft.Authorization/roleDefinitions).
type AzureRoleDefinition struct {
	Subject    string
	Name       string
	Actions    []Value
	NotActions []string
}

// CheckAzureCustomRoleWildcard reports "*" and "Microsoft.Authorization/*" (or its write and
// roleAssignments wildcards) among a custom role's actions, unless NotActions takes the
// authorization operations back out.
func CheckAzureCustomRoleWildcard(d AzureRoleDefinition) []finding.Finding {
	excludesAuth := false
	for _, n := range d.NotActions {
		l := strings.ToLower(n)
		if l == "microsoft.authorization/*" || l == "microsoft.authorization/*/write" || l == "microsoft.authorization/roleassignments/*" {
			excludesAuth = true
		}
	}
	var out []finding.Finding
	for _, a := range d.Actions {
		l := strings.ToLower(strings.TrimSpace(a.Text))
		var what string
		switch {
		case l == "*" && !excludesAuth:
			what = "every action of every provider, including role assignments: Owner under another name"
		case l == "*":
			what = "every action of every provider except authorization: Contributor under another name"
		case (l == "microsoft.authorization/*" || l == "microsoft.authorization/*/write" || l == "microsoft.authorization/roleassignments/*" ||
			l == "microsoft.authorization/roleassignments/write") && !excludesAuth:
			what = "managing role assignments: its holders can grant themselves any role"
		default:
			continue
		}
		out = append(out, AzureCustomRoleWildcard.Finding(a.Location, d.Subject+"#"+l,
			fmt.Sprintf("custom role %s allows %q: %s", d.Name, a.Text, what)))
	}
	return out
}
