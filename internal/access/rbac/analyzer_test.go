package rbac

import (
	"context"
	"strings"
	"testing"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/engine"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/helm"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
	"github.com/vigil-sec/vigil/internal/iac/kustomize"
	"github.com/vigil-sec/vigil/internal/report"
	"github.com/vigil-sec/vigil/internal/workspace"

	"github.com/vigil-sec/vigil/internal/analysistest"
)

// review runs the Kubernetes analyzer (which shares the model) and this one over dir, and checks
// the RBAC findings against the markers; the Kubernetes analyzer's own findings are left out.
func review(t *testing.T, dir string) *report.Report {
	t.Helper()
	rep, err := engine.Review(context.Background(), engine.Config{
		Target:    dir,
		Analyzers: []analysis.Analyzer{kubernetes.New(helm.New(helm.Options{}), kustomize.New()), New()},
		Walk:      workspace.Options{NoIgnore: true, Exclude: []string{"**/*.want"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	var mine []finding.Finding
	for _, f := range rep.Findings {
		if strings.HasPrefix(f.RuleID, "access/") {
			mine = append(mine, f)
		}
	}
	exps, err := analysistest.Expectations(dir)
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Check(t, mine, exps)
	return rep
}

func TestAnalyzer(t *testing.T) {
	rep := review(t, "testdata/manifests")
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

func FuzzFromManifests(f *testing.F) {
	f.Add([]byte("apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: x}\nrules: [{apiGroups: ['*'], resources: ['*'], verbs: ['*']}]\n"))
	f.Add([]byte("kind: List\nitems:\n- apiVersion: rbac.authorization.k8s.io/v1\n  kind: RoleBinding\n  subjects: [{kind: ServiceAccount, name: default}]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		parsed, _ := manifest.Parse("f.yaml", data)
		objs := FromManifests(manifest.NewSet(parsed))
		for _, r := range objs.Roles {
			CheckRole(r)
		}
		CheckBindings(objs)
	})
}

// TestRendered reads RBAC objects rendered from a Helm chart and a Kustomize overlay through the
// shared model; the overlay's copy of its base is not reported twice.
func TestRendered(t *testing.T) {
	rep := review(t, "testdata/rendered")
	exec := 0
	for _, f := range rep.Findings {
		if f.RuleID == PodsExec.ID {
			exec++
		}
	}
	if exec != 1 {
		t.Errorf("the base role and its overlay copy gave %d pods/exec findings, want 1", exec)
	}
}
