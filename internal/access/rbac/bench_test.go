package rbac

import (
	"os"
	"testing"

	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
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
