package rbac

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// PodsExec is reported for roles that can exec or attach into pods.
var PodsExec = &rule.Rule{
	ID:       "access/k8s-pods-exec",
	Area:     finding.Access,
	Severity: finding.Medium,
	Title:    "Role can exec into pods",
	Description: "The role grants create on pods/exec or pods/attach: its subjects get a shell in running containers, " +
		"with their service-account tokens, mounted secrets and network position.",
	Remediation: "Keep exec for break-glass roles bound for a limited time; debug with logs, metrics and ephemeral " +
		"debug containers under a separate, audited role.",
	References: []string{
		"https://kubernetes.io/docs/concepts/security/rbac-good-practices/#privilege-escalation-risks",
	},
}

func checkPodsExec(r *Role, pr PolicyRule) (finding.Finding, bool) {
	res, verb, ok := grantsAny(pr, "", []string{"pods/exec", "pods/attach"}, []string{"create"})
	if !ok {
		return finding.Finding{}, false
	}
	return PodsExec.Finding(at(r.Path, pr.verbLine()), r.ID()+"#"+res,
		fmt.Sprintf("%s %s can %s %s (rule %d: %s)", r.Kind, r.Name, verb, res, pr.Index+1, describe(pr))), true
}
