package rbac

import (
	"context"
	"os"
	"testing"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/engine"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// BenchmarkConvertAndCheck reads a manifest into the shared model, converts it and runs every rule.
func BenchmarkConvertAndCheck(b *testing.B) {
	data, err := os.ReadFile("testdata/manifests/roles.yaml")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		parsed, _ := manifest.Parse("roles.yaml", data)
		objs := FromManifests(manifest.NewSet(parsed))
		for _, r := range objs.Roles {
			CheckRole(r)
		}
		CheckBindings(objs)
	}
}

// BenchmarkRBACPhase reviews a tree with the Kubernetes analyzer alone (which builds the shared
// model) and with the RBAC analyzer added: the difference is the RBAC phase's cost. The tree is
// testdata, or BENCH_K8S_TREE (for example bench/access's generated manifests).
func BenchmarkRBACPhase(b *testing.B) {
	dir := os.Getenv("BENCH_K8S_TREE")
	if dir == "" {
		dir = "testdata"
	}
	for _, c := range []struct {
		name      string
		analyzers func() []analysis.Analyzer
	}{
		{"kubernetes-only", func() []analysis.Analyzer { return []analysis.Analyzer{kubernetes.New()} }},
		{"kubernetes+rbac", func() []analysis.Analyzer { return []analysis.Analyzer{kubernetes.New(), New()} }},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := engine.Review(context.Background(), engine.Config{
					Target: dir, Analyzers: c.analyzers(), Walk: workspace.Options{NoIgnore: true},
				}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
