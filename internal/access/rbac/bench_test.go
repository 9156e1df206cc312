package rbac

import (
	"os"
	"testing"
)

func BenchmarkParseAndCheck(b *testing.B) {
	data, err := os.ReadFile("testdata/manifests/roles.yaml")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		objs, _ := Parse("roles.yaml", data)
		for _, r := range objs.Roles {
			CheckRole(r)
		}
		CheckBindings(objs)
	}
}
