package deps

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkExtract parses a go.mod of 300 requirements and a package-lock.json v3 of 1,000 entries.
func BenchmarkExtract(b *testing.B) {
	var gm strings.Builder
	gm.WriteString("module example.com/m\n\ngo 1.22\n\nrequire (\n")
	for i := range 300 {
		fmt.Fprintf(&gm, "\texample.com/mod%d v1.%d.0\n", i, i)
	}
	gm.WriteString(")\n")
	var pl strings.Builder
	pl.WriteString(`{"lockfileVersion": 3, "packages": {"": {"dependencies": {"p0": "^1"}}`)
	for i := range 1000 {
		fmt.Fprintf(&pl, `, "node_modules/p%d": {"version": "1.0.%d", "resolved": "https://registry.npmjs.org/p%d/-/p%d-1.0.%d.tgz", "integrity": "sha512-AAAA"}`, i, i, i, i, i)
	}
	pl.WriteString("}}")
	files := map[string][]byte{"go.mod": []byte(gm.String()), "package-lock.json": []byte(pl.String())}
	for name, data := range files {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Extract(name, data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
