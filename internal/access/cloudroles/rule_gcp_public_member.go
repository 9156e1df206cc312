package cloudroles

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// GCPPublicMember is reported for bindings to allUsers or allAuthenticatedUsers.
var GCPPublicMember = &rule.Rule{
	ID:       "access/gcp-public-member",
	Area:     finding.Access,
	Severity: finding.High,
	Title:    "GCP resource granted to allUsers or allAuthenticatedUsers",
	Description: "A binding grants a role to allUsers (anyone on the internet) or allAuthenticatedUsers (anyone " +
		"with any Google account). Whatever the role allows on the resource is public.",
	Remediation: "Grant the role to the users, groups or service accounts that need it. For public web content, " +
		"serve it through a load balancer or CDN rather than a public bucket; enforce the " +
		"iam.allowedPolicyMemberDomains organization policy.",
	References: []string{
		"https://cloud.google.com/iam/docs/principals-overview#all-users",
		"https://cloud.google.com/resource-manager/docs/organization-policy/restricting-domains",
	},
}

func publicMember(m string) bool { return m == "allUsers" || m == "allAuthenticatedUsers" }

// CheckGCPPublicMember reports each public member of a binding, at any scope.
func CheckGCPPublicMember(b GCPBinding) []finding.Finding {
	var out []finding.Finding
	for _, m := range b.Members {
		if !publicMember(m.Text) {
			continue
		}
		f := GCPPublicMember.Finding(m.Location, b.Subject+"#"+b.Role.Text+"#"+m.Text,
			fmt.Sprintf("%s grants %s on the %s to %s", b.Subject, b.Role.Text, b.Scope, m.Text))
		switch b.Role.Text {
		case "roles/owner", "roles/editor", "roles/storage.admin", "roles/storage.objectAdmin", "roles/storage.objectCreator",
			"roles/storage.legacyBucketWriter", "roles/storage.legacyBucketOwner":
			f.Severity = finding.Critical
		}
		out = append(out, f)
	}
	return out
}
