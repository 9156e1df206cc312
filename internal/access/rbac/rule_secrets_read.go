package rbac

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// SecretsRead is reported for ClusterRoles that can read every secret.
var SecretsRead = &rule.Rule{
	ID:       "access/k8s-secrets-read-cluster-wide",
	Area:     finding.Access,
	Severity: finding.High,
	Title:    "ClusterRole can read secrets",
	Description: "A ClusterRole grants get, list or watch on secrets without naming them. Bound with a " +
		"ClusterRoleBinding it reads every secret of every namespace: service-account tokens, TLS keys, database " +
		"passwords. list and watch return the secrets' contents too, not only their names.",
	Remediation: "Use a namespaced Role, or name the secrets the subject needs with resourceNames. Mount secrets " +
		"into the workloads that use them rather than reading them through the API.",
	References: []string{
		"https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets",
	},
}

func checkSecretsRead(r *Role, pr PolicyRule) (finding.Finding, bool) {
	if r.Kind != "ClusterRole" || len(pr.ResourceNames) > 0 {
		return finding.Finding{}, false
	}
	_, verb, ok := grantsAny(pr, "", []string{"secrets"}, []string{"get", "list", "watch"})
	if !ok {
		return finding.Finding{}, false
	}
	return SecretsRead.Finding(at(r.Path, pr.verbLine()), r.ID()+"#secrets",
		fmt.Sprintf("ClusterRole %s can %s secrets in every namespace it is bound for (rule %d: %s)", r.Name, verb, pr.Index+1, describe(pr))), true
}
