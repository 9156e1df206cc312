package rbac

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// Impersonate is reported for roles that can impersonate users, groups or service accounts.
var Impersonate = &rule.Rule{
	ID:       "access/k8s-impersonate",
	Area:     finding.Access,
	Severity: finding.High,
	Title:    "Role can impersonate users, groups or service accounts",
	Description: "The role grants impersonate on users, groups or serviceaccounts: its subjects can act as anyone, " +
		"including members of system:masters.",
	Remediation: "Remove impersonate, or limit it with resourceNames to the identities a proxy must act as.",
	References: []string{
		"https://kubernetes.io/docs/reference/access-authn-authz/authentication/#user-impersonation",
	},
}

func checkImpersonate(r *Role, pr PolicyRule) (finding.Finding, bool) {
	res, _, ok := grantsAny(pr, "", []string{"users", "groups", "serviceaccounts"}, []string{"impersonate"})
	if !ok {
		return finding.Finding{}, false
	}
	f := Impersonate.Finding(at(r.Path, pr.verbLine()), r.ID()+"#impersonate",
		fmt.Sprintf("%s %s can impersonate %s (rule %d: %s)", r.Kind, r.Name, res, pr.Index+1, describe(pr)))
	if len(pr.ResourceNames) > 0 {
		f.Severity = finding.Medium
	}
	return f, true
}
