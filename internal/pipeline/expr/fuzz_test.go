package expr

import "testing"

// FuzzParse feeds arbitrary text to the parser: it must return a tree or a SyntaxError, never panic,
// and a parsed tree must render to text that parses to the same rendering.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"github.event.issue.title", "a || b && !c", "contains(a.*.b, 'x')", "format('{0}', 'it''s')",
		"fromJSON(steps.x.outputs.y)[0]", "0x1F >= -1.5e3", "((a))", "a[", "'", "a.", "f(,)", "a[*]",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		n, err := Parse(src)
		if err != nil {
			return
		}
		out := String(n)
		n2, err := Parse(out)
		if err != nil {
			t.Fatalf("rendering %q of %q does not parse: %v", out, src, err)
		}
		if String(n2) != out {
			t.Fatalf("round trip of %q: %q != %q", src, String(n2), out)
		}
		Flows(n)
		Accesses(n)
		Templates("${{ " + src + " }}")
	})
}
