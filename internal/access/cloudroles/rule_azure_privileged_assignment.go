package cloudroles

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// AzurePrivilegedAssignment is reported for Owner, Contributor or User Access Administrator
// assigned at subscription or management-group scope.
var AzurePrivilegedAssignment = &rule.Rule{
	ID:       "access/azure-privileged-role-subscription",
	Area:     finding.Access,
	Severity: finding.High,
	Title:    "Azure Owner or Contributor assigned at subscription scope",
	Description: "A role assignment gives Owner, Contributor or User Access Administrator on a whole subscription " +
		"or management group. Contributor changes every resource in it; Owner and User Access Administrator can also " +
		"grant access to anyone.",
	Remediation: "Assign the role on the resource group or resource the principal manages, use a narrower built-in " +
		"role, and make standing Owner access eligible-only through Privileged Identity Management.",
	References: []string{
		"https://learn.microsoft.com/en-us/azure/role-based-access-control/best-practices",
	},
}

// AzureAssignment is one role assignment (azurerm_role_assignment, a Bicep or ARM
// Microsoft.Authorization/roleAssignments).
type AzureAssignment struct {
	Subject string
	// Role is a role name ("Owner") or definition id (a GUID, or a path ending in one).
	Role      Value
	Scope     Value
	Principal string
}

// privilegedRoles maps built-in role definition GUIDs to names.
var privilegedRoles = map[string]string{
	"8e3af657-a8ff-443c-a75c-2fe8c4bcb635": "Owner",
	"b24988ac-6180-42a0-ab88-20f7382dd24c": "Contributor",
	"18d7d88d-d35e-4fb5-a5c3-7773c20a72d9": "User Access Administrator",
}

var (
	subscriptionScope = regexp.MustCompile(`(?i)^/subscriptions/[^/]+/?$`)
	managementScope   = regexp.MustCompile(`(?i)^/providers/Microsoft\.Management/managementGroups/[^/]+/?$`)
	guidSuffix        = regexp.MustCompile(`(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`)
)

// privilegedRole names a privileged built-in role given by name or id, or returns "".
func privilegedRole(role string) string {
	for _, name := range privilegedRoles {
		if strings.EqualFold(strings.TrimSpace(role), name) {
			return name
		}
	}
	return privilegedRoles[strings.ToLower(guidSuffix.FindString(role))]
}

// CheckAzurePrivilegedAssignment reports a privileged role at subscription, management-group or
// root ("/") scope. A scope that is an unresolved reference (a Terraform expression) should be
// passed with the text of the expression: data.azurerm_subscription.current.id counts as a
// subscription.
func CheckAzurePrivilegedAssignment(a AzureAssignment) []finding.Finding {
	name := privilegedRole(a.Role.Text)
	if name == "" {
		return nil
	}
	scope := strings.TrimSpace(a.Scope.Text)
	var where string
	switch {
	case scope == "/":
		where = "the root of the tenant"
	case subscriptionScope.MatchString(scope), strings.Contains(scope, "azurerm_subscription.") && strings.HasSuffix(scope, ".id"):
		where = "a whole subscription"
	case managementScope.MatchString(scope):
		where = "a management group"
	default:
		return nil
	}
	f := AzurePrivilegedAssignment.Finding(a.Role.Location, a.Subject,
		fmt.Sprintf("%s assigns %s on %s (%s) to %s", a.Subject, name, where, scope, orUnknown(a.Principal)))
	if name != "Contributor" {
		f.Severity = finding.Critical
	}
	f.Related = []finding.Location{withLabel(a.Scope.Location, "scope")}
	return []finding.Finding{f}
}

func orUnknown(s string) string {
	if s == "" {
		return "a principal"
	}
	return s
}

func withLabel(l finding.Location, label string) finding.Location {
	l.Label = label
	return l
}
