package rbac

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// TokenCreate is reported for roles that can mint service-account tokens.
var TokenCreate = &rule.Rule{
	ID:       "access/k8s-serviceaccount-token-create",
	Area:     finding.Access,
	Severity: finding.High,
	Title:    "Role can create service-account tokens",
	Description: "The role grants create on serviceaccounts/token: its subjects can mint a token for any service " +
		"account in scope and take on that account's permissions.",
	Remediation: "Remove the permission, or limit it with resourceNames to the service accounts a component must " +
		"issue tokens for.",
	References: []string{
		"https://kubernetes.io/docs/concepts/security/rbac-good-practices/#token-request",
	},
}

func checkTokenCreate(r *Role, pr PolicyRule) (finding.Finding, bool) {
	if _, _, ok := grantsAny(pr, "", []string{"serviceaccounts/token"}, []string{"create"}); !ok {
		return finding.Finding{}, false
	}
	f := TokenCreate.Finding(at(r.Path, pr.verbLine()), r.ID()+"#token",
		fmt.Sprintf("%s %s can create tokens for service accounts (rule %d: %s)", r.Kind, r.Name, pr.Index+1, describe(pr)))
	if len(pr.ResourceNames) > 0 {
		f.Severity = finding.Medium
	}
	return f, true
}
