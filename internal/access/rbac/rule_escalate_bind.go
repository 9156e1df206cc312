package rbac

import (
	"fmt"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// EscalateBind is reported for roles with the escalate or bind verbs on roles.
var EscalateBind = &rule.Rule{
	ID:       "access/k8s-rbac-escalate-bind",
	Area:     finding.Access,
	Severity: finding.High,
	Title:    "Role can escalate or bind RBAC roles",
	Description: "The role grants escalate or bind on roles or clusterroles. escalate lets its subjects write roles " +
		"with permissions they do not have; bind lets them bind any role (cluster-admin included) to themselves. " +
		"Both bypass RBAC's protection against privilege escalation.",
	Remediation: "Remove escalate and bind; if a controller must bind roles, limit bind to the named roles it hands out " +
		"with resourceNames.",
	References: []string{
		"https://kubernetes.io/docs/reference/access-authn-authz/rbac/#privilege-escalation-prevention-and-bootstrapping",
	},
}

func checkEscalateBind(r *Role, pr PolicyRule) (finding.Finding, bool) {
	var verbs []string
	var res string
	for _, v := range []string{"escalate", "bind"} {
		if r, _, ok := grantsAny(pr, "rbac.authorization.k8s.io", []string{"clusterroles", "roles"}, []string{v}); ok {
			verbs, res = append(verbs, v), r
		}
	}
	if len(verbs) == 0 {
		return finding.Finding{}, false
	}
	f := EscalateBind.Finding(at(r.Path, pr.verbLine()), r.ID()+"#"+strings.Join(verbs, "+"),
		fmt.Sprintf("%s %s can %s %s (rule %d: %s)", r.Kind, r.Name, strings.Join(verbs, " and "), res, pr.Index+1, describe(pr)))
	if len(verbs) == 1 && verbs[0] == "bind" && len(pr.ResourceNames) > 0 {
		f.Severity = finding.Medium
	}
	return f, true
}
