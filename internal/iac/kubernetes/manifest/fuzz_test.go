package manifest

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse checks that no input crashes the parser and that every object it returns has a kind
// and lines inside the input. Seeds: the analyzer's testdata and the cases above.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob("../testdata/manifests/*.yaml")
	for _, s := range seeds {
		if b, err := os.ReadFile(s); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(multi))
	f.Add([]byte("a: &a [*a]\n"))
	f.Add([]byte("--- !!map\n? [a]\n: b\n...\n---\nkind: List\napiVersion: v1\nitems: [{kind: Pod, apiVersion: v1}]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		objs, _ := Parse("f.yaml", data)
		lines := 1
		for _, c := range data {
			if c == '\n' {
				lines++
			}
		}
		for _, o := range objs {
			if o.Kind == "" || o.Line < 1 || o.Line > lines {
				t.Fatalf("object %q at line %d of %d", o.Kind, o.Line, lines)
			}
			if p, ok := o.Pod(); ok {
				for _, c := range p.Containers() {
					_ = c.Line()
					_ = c.Effective("runAsUser").Str()
				}
			}
			_ = o.PolicyRules()
		}
	})
}
