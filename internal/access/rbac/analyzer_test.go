package rbac

import (
	"testing"

	"github.com/vigil-sec/vigil/internal/analysistest"
)

func TestAnalyzer(t *testing.T) {
	rep := analysistest.Run(t, "testdata/manifests", New())
	var broken bool
	for _, s := range rep.Skipped {
		if s.Path == "broken.yaml" && s.Line > 0 {
			broken = true
		}
	}
	if !broken {
		t.Errorf("a YAML error must skip the file with its line: %+v", rep.Skipped)
	}
	for _, f := range rep.Findings {
		if f.RuleID == ClusterAdminBinding.ID && f.Location.StartLine == 24+3 {
			if len(f.Related) != 2 || f.Related[1].Path != "roles.yaml" || f.Related[1].StartLine != 8 {
				t.Errorf("wildcard role binding must point at the role's rule: %+v", f.Related)
			}
		}
	}
}

func TestGrants(t *testing.T) {
	s := func(vs ...string) []Str {
		out := make([]Str, len(vs))
		for i, v := range vs {
			out[i] = Str{Value: v}
		}
		return out
	}
	for _, c := range []struct {
		rule                  PolicyRule
		group, resource, verb string
		want                  bool
	}{
		{PolicyRule{APIGroups: s(""), Resources: s("*"), Verbs: s("get")}, "", "pods/exec", "get", true},
		{PolicyRule{APIGroups: s(""), Resources: s("pods"), Verbs: s("*")}, "", "pods/exec", "create", false},
		{PolicyRule{APIGroups: s(""), Resources: s("pods/*"), Verbs: s("create")}, "", "pods/exec", "create", true},
		{PolicyRule{APIGroups: s(""), Resources: s("*/exec"), Verbs: s("create")}, "", "pods/exec", "create", true},
		{PolicyRule{APIGroups: s("apps"), Resources: s("*"), Verbs: s("*")}, "", "secrets", "get", false},
		{PolicyRule{APIGroups: s("*"), Resources: s("secrets"), Verbs: s("list")}, "", "secrets", "list", true},
	} {
		if got := c.rule.Grants(c.group, c.resource, c.verb); got != c.want {
			t.Errorf("%+v Grants(%q, %q, %q) = %v", c.rule, c.group, c.resource, c.verb, got)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: x}\nrules: [{apiGroups: ['*'], resources: ['*'], verbs: ['*']}]\n"))
	f.Add([]byte("kind: List\nitems:\n- apiVersion: rbac.authorization.k8s.io/v1\n  kind: RoleBinding\n  subjects: [{kind: ServiceAccount, name: default}]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		objs, _ := Parse("f.yaml", data)
		for _, r := range objs.Roles {
			CheckRole(r)
		}
		CheckBindings(objs)
	})
}
