package cloudrules

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigil-sec/vigil/internal/analysistest"
	"github.com/vigil-sec/vigil/internal/rule"
)

// TestRules runs each rule alone over its own testdata folder, testdata/rules/AREA_SLUG: every
// `want:` must be reported and nothing else.
func TestRules(t *testing.T) {
	for _, c := range All() {
		t.Run(c.Rule.ID, func(t *testing.T) {
			dir := filepath.Join("testdata", "rules", strings.ReplaceAll(c.Rule.ID, "/", "_"))
			if _, err := os.Stat(dir); err != nil {
				t.Fatalf("no testdata folder %s", dir)
			}
			analysistest.Run(t, dir, New(Options{Only: []string{c.Rule.ID}}))
		})
	}
}

func TestRuleMetadata(t *testing.T) {
	var rules []*rule.Rule
	for _, c := range All() {
		rules = append(rules, c.Rule)
	}
	reg, err := rule.NewRegistry(rules...)
	if err != nil {
		t.Fatal(err)
	}
	if reg.Len() < 120 {
		t.Logf("only %d rules", reg.Len())
	}
	if _, ok := reg.Lookup("config/s3-bucket-unencrypted"); !ok && reg.Len() > 100 {
		t.Error("config/s3-bucket-unencrypted is a required rule id")
	}
}
