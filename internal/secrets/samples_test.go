package secrets

import (
	"strings"
	"testing"

	"github.com/vigil-sec/vigil/internal/rule"
	"github.com/vigil-sec/vigil/internal/secrets/detect"
)

// TestDetectorSamples is the build's guard on detectors (gitleaks' model): every detector has true-
// and false-positive samples, every true positive is found by that detector, and no false positive is.
// Each template is expanded with several seeds so a detector cannot pass on one lucky string.
func TestDetectorSamples(t *testing.T) {
	sc := mustScanner(t)
	total := 0
	for _, fam := range Families() {
		if err := fam.Rule.Validate(); err != nil {
			t.Error(err)
		}
		for _, d := range fam.Detectors {
			total++
			if len(d.TruePositives) == 0 || len(d.FalsePositives) == 0 {
				t.Errorf("%s: needs true- and false-positive samples", d.ID)
			}
			for i, tmpl := range d.TruePositives {
				for seed := range uint64(4) {
					text := detect.Expand(tmpl, seed)
					if !hasKeyword(d, text) {
						t.Errorf("%s: true positive %d holds none of the keywords %q", d.ID, i, d.Keywords)
					}
					if !found(sc.Scan([]byte(text)), d) {
						t.Errorf("%s: true positive %d (seed %d) not found", d.ID, i, seed)
					}
				}
			}
			for i, tmpl := range d.FalsePositives {
				for seed := range uint64(4) {
					if found(sc.Scan([]byte(detect.Expand(tmpl, seed))), d) {
						t.Errorf("%s: false positive %d (seed %d) reported", d.ID, i, seed)
					}
				}
			}
		}
	}
	if total < 120 {
		t.Errorf("%d detectors, want at least 120", total)
	}
	t.Logf("%d detectors in %d families", total, len(Families()))
}

func TestRuleIDsUnique(t *testing.T) {
	a, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := rule.NewRegistry(a.Rules()...); err != nil {
		t.Fatal(err)
	}
}

func mustScanner(t testing.TB) *detect.Scanner {
	t.Helper()
	sc, err := NewScanner()
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

func hasKeyword(d *detect.Detector, text string) bool {
	l := strings.ToLower(text)
	for _, k := range d.Keywords {
		if strings.Contains(l, k) {
			return true
		}
	}
	return false
}

func found(ms []detect.Match, d *detect.Detector) bool {
	for _, m := range ms {
		if m.Detector.ID == d.ID {
			return true
		}
	}
	return false
}
