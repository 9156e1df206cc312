package triage

import (
	"testing"
	"time"

	"github.com/vigil-sec/vigil/internal/finding"
)

func FuzzParseInline(f *testing.F) {
	f.Add([]byte("x = 1 # vigil:ignore config/a reason here expires=2026-01-01\n"))
	f.Add([]byte("<!-- vigil:ignore config/a,secrets/b why -->"))
	f.Add([]byte("// vigil:ignore\n# vigil:ignore nope\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ds := ParseInline("f", data)
		for _, d := range ds {
			if d.Problem == "" && (len(d.Rules) == 0 || d.Reason == "") {
				t.Fatalf("accepted directive without rule or reason: %+v", d)
			}
		}
		fs := []finding.Finding{{RuleID: "config/a", Location: finding.Location{Path: "f", StartLine: 1}}}
		Apply(fs, Policy{Inline: ds, Now: time.Now()})
	})
}

func FuzzParseConfig(f *testing.F) {
	f.Add([]byte("fail-on: high\nignore:\n  - rule: config/a\n    reason: r\n    expires: 2026-01-01\n"))
	f.Add([]byte("rules: {config/a: {severity: low}}\nexclude: ['**/x']\n"))
	f.Add([]byte("a: &a [*a]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := ParseConfig(".vigil.yaml", data)
		if err == nil {
			for _, ig := range cfg.Ignore {
				if ig.Reason == "" {
					t.Fatal("ignore without reason accepted")
				}
			}
		}
	})
}
