package iamrules

import (
	"os"
	"testing"

	"github.com/vigil-sec/vigil/internal/access/iampolicy"
)

// BenchmarkCheckDocument runs every rule over a typical deployer policy: wildcards, a PassRole
// chain and a deny.
func BenchmarkCheckDocument(b *testing.B) {
	data, err := os.ReadFile("testdata/policies/poweruser.json")
	if err != nil {
		b.Fatal(err)
	}
	p, err := iampolicy.Parse(data)
	if err != nil {
		b.Fatal(err)
	}
	d := Document{Policy: p, Name: "p.json", Locate: FileLocator("p.json")}
	for b.Loop() {
		CheckDocument(d, "p.json")
	}
}
