package rbac

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// WildcardRule is reported for RBAC rules with "*" verbs or resources.
var WildcardRule = &rule.Rule{
	ID:       "access/k8s-rbac-wildcard",
	Area:     finding.Access,
	Severity: finding.High,
	Title:    "RBAC rule grants wildcard verbs or resources",
	Description: "A Role or ClusterRole rule lists \"*\" as a verb or a resource. It grants everything the API offers " +
		"now and every resource and verb added later (including secrets, pods/exec, escalate, bind and impersonate); " +
		"\"*\" on both is cluster-admin within the role's scope.",
	Remediation: "List the verbs and resources the subject needs. Use the built-in view, edit or admin ClusterRoles " +
		"bound in a namespace instead of a custom wildcard role.",
	References: []string{
		"https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege",
	},
}

func checkWildcard(r *Role, pr PolicyRule) (finding.Finding, bool) {
	verbs, resources := has(pr.Verbs, "*"), has(pr.Resources, "*")
	if !verbs && !resources {
		return finding.Finding{}, false
	}
	what := "every verb"
	switch {
	case verbs && resources && has(pr.APIGroups, "*"):
		what = "every verb on every resource of every API group (cluster-admin within its scope)"
	case verbs && resources:
		what = "every verb on every resource of its API groups"
	case resources:
		what = "its verbs on every resource, secrets included"
	}
	line := pr.verbLine()
	if resources && !verbs {
		line = pr.Resources[0].Line
	}
	f := WildcardRule.Finding(at(r.Path, line), fmt.Sprintf("%s#rule%d", r.ID(), pr.Index),
		fmt.Sprintf("%s %s rule %d grants %s: %s", r.Kind, r.Name, pr.Index+1, what, describe(pr)))
	if verbs && !resources && len(pr.ResourceNames) > 0 {
		f.Severity = finding.Medium
	}
	return f, true
}
