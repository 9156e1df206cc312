// Package cloudroles holds access rules for GCP IAM bindings, Azure role assignments and
// definitions, and AWS IAM users declared in code, as pure functions over plain inputs (a role, a
// member, a scope and their locations). The second phase of iamrules.PolicyFiles turns the
// resources of the cloud resource set into these inputs, declares Rules() and reports what the
// functions return.
package cloudroles

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// Rules lists the rules of this package, for the analyzer that calls them.
func Rules() []*rule.Rule {
	return []*rule.Rule{GCPPrimitiveRole, GCPPublicMember, AzurePrivilegedAssignment, AzureCustomRoleWildcard,
		UserAccessKeyInCode, UserPolicyInCode}
}

// Value is a string from a resource with the place it is written.
type Value struct {
	Text     string
	Location finding.Location
}
