package cloudroles

import (
	"fmt"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// GCPPrimitiveRole is reported for owner or editor granted on a project, folder or organization.
var GCPPrimitiveRole = &rule.Rule{
	ID:       "access/gcp-primitive-role",
	Area:     finding.Access,
	Severity: finding.High,
	Title:    "GCP basic role owner or editor granted",
	Description: "A binding grants roles/owner or roles/editor (the basic, formerly primitive, roles) on a project, " +
		"folder or organization. Editor can change almost every resource; owner can also grant any role. Both cover " +
		"services enabled later.",
	Remediation: "Grant predefined or custom roles for the services the member uses (the IAM recommender lists what " +
		"it actually used). Keep owner to a break-glass group.",
	References: []string{
		"https://cloud.google.com/iam/docs/roles-overview#basic",
		"https://cloud.google.com/iam/docs/using-iam-securely#least_privilege",
	},
}

// GCPBinding is one role granted to members on a resource: a google_project_iam_binding or
// _member, a folder or organization binding, a bucket or dataset binding, or one entry of a policy.
type GCPBinding struct {
	// Subject names the binding's resource ("google_project_iam_member.ci").
	Subject string
	// Scope is "project", "folder", "organization" or the resource kind ("bucket", "dataset" ...).
	Scope   string
	Role    Value
	Members []Value
}

// CheckGCPPrimitiveRole reports roles/owner and roles/editor bound at project, folder or
// organization scope, once per member (the public-member rule judges allUsers).
func CheckGCPPrimitiveRole(b GCPBinding) []finding.Finding {
	role := strings.TrimSpace(b.Role.Text)
	if role != "roles/owner" && role != "roles/editor" {
		return nil
	}
	switch b.Scope {
	case "project", "folder", "organization":
	default:
		return nil
	}
	var out []finding.Finding
	for _, m := range b.Members {
		if publicMember(m.Text) {
			continue
		}
		loc := m.Location
		if loc.Path == "" {
			loc = b.Role.Location
		}
		f := GCPPrimitiveRole.Finding(loc, b.Subject+"#"+role+"#"+m.Text,
			fmt.Sprintf("%s grants %s on the %s to %s", b.Subject, role, b.Scope, m.Text))
		if role == "roles/owner" {
			f.Severity = finding.Critical
		}
		out = append(out, f)
	}
	return out
}
