package rbac

import (
	"fmt"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// Rules lists the RBAC rules.
func Rules() []*rule.Rule {
	return []*rule.Rule{WildcardRule, SecretsRead, PodsExec, EscalateBind, Impersonate, TokenCreate,
		ClusterAdminBinding, DefaultServiceAccountBinding}
}

// CheckRole runs the rules that judge a role by its own rules. A rule that grants everything is
// reported once, as a wildcard, rather than once per dangerous permission it implies.
func CheckRole(r *Role) []finding.Finding {
	var out []finding.Finding
	for _, pr := range r.Rules {
		if f, ok := checkWildcard(r, pr); ok {
			out = append(out, f)
		}
		if pr.FullWildcard() {
			continue
		}
		for _, check := range []func(*Role, PolicyRule) (finding.Finding, bool){
			checkSecretsRead, checkPodsExec, checkEscalateBind, checkImpersonate, checkTokenCreate,
		} {
			if f, ok := check(r, pr); ok {
				out = append(out, f)
			}
		}
	}
	return out
}

// CheckBindings runs the rules that judge bindings, resolving role references within objs.
func CheckBindings(objs *Objects) []finding.Finding {
	var out []finding.Finding
	idx := indexRoles(objs)
	for _, b := range objs.Bindings {
		out = append(out, checkClusterAdminBinding(idx, b)...)
		out = append(out, checkDefaultServiceAccount(b)...)
	}
	return out
}

func at(path string, line int) finding.Location { return finding.Location{Path: path, StartLine: line} }

// grantsAny reports whether the rule grants one of the verbs on one of the resources.
func grantsAny(pr PolicyRule, group string, resources, verbs []string) (resource, verb string, ok bool) {
	for _, res := range resources {
		for _, v := range verbs {
			if pr.Grants(group, res, v) {
				return res, v, true
			}
		}
	}
	return "", "", false
}

func describe(pr PolicyRule) string {
	s := fmt.Sprintf("verbs [%s] on resources [%s]", strings.Join(values(pr.Verbs), ", "), strings.Join(values(pr.Resources), ", "))
	if len(pr.ResourceNames) > 0 {
		s += fmt.Sprintf(" named [%s]", strings.Join(values(pr.ResourceNames), ", "))
	}
	return s
}
