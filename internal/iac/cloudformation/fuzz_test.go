package cloudformation

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse reads arbitrary templates: an error or resources, never a panic or a hang.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("..", "cloudrules", "testdata", "rules", "*", "template.*"))
	for _, s := range seeds[:min(len(seeds), 40)] {
		if b, err := os.ReadFile(s); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(tmpl))
	f.Add([]byte("Conditions:\n  A: !Condition B\n  B: !Condition A\nResources:\n  X:\n    Type: T\n    Condition: A\n    Properties:\n      P: !If [A, !Sub '${X.Arn}', !Select [0, !Split [',', 'a,b']]]\n"))
	f.Add([]byte("a: &a [*a, *a]\nResources:\n  X:\n    Type: T\n    Properties:\n      Q: *a\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		Parse("template.yaml", src) //nolint:errcheck // only crashes matter
		Parse("template.json", src) //nolint:errcheck // only crashes matter
	})
}
