package helm

import (
	"strings"
	"testing"
)

// FuzzAlignLines checks that the template line mapping stays inside the template for any pair of
// texts.
func FuzzAlignLines(f *testing.F) {
	f.Add("a: 1\nb: {{ .x }}\n", "a: 1\nb: 2\n")
	f.Add("{{- toYaml . | nindent 2 }}\n", "  x: 1\n  y: 2\n")
	f.Fuzz(func(t *testing.T, tpl, out string) {
		tl := strings.Split(tpl, "\n")
		m := alignLines(tl, strings.Split(out, "\n"))
		for _, l := range m {
			if l < 0 || l > len(tl) {
				t.Fatalf("line %d outside a template of %d lines", l, len(tl))
			}
		}
	})
}
