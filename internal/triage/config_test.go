package triage

import (
	"maps"
	"testing"

	"github.com/vigil-sec/vigil/internal/finding"
)

func TestPatchSLAMergesOverDefaults(t *testing.T) {
	defaults := map[finding.Severity]int{finding.Critical: 7, finding.High: 30, finding.Medium: 90}
	cfg, err := ParseConfig(".vigil.yaml", []byte("version: 1\ndependencies:\n  patch-sla-days: {critical: 3, medium: 0}\n"))
	if err != nil {
		t.Fatal(err)
	}
	got := cfg.PatchSLA(defaults)
	want := map[finding.Severity]int{finding.Critical: 3, finding.High: 30}
	if !maps.Equal(got, want) {
		t.Errorf("patch SLA %v, want %v", got, want)
	}
	if defaults[finding.Critical] != 7 {
		t.Error("the defaults were changed")
	}
	if empty, _ := ParseConfig(".vigil.yaml", []byte("version: 1\n")); empty.PatchSLA(defaults) != nil {
		t.Error("no configured SLA must mean the analyzer's default (nil)")
	}
	if _, err := ParseConfig(".vigil.yaml", []byte("version: 1\naccess:\n  key-max-age-days: -1\n")); err == nil {
		t.Error("a negative limit must be refused")
	}
}

func TestDayLimitsAreChecked(t *testing.T) {
	for _, bad := range []string{
		"dependencies:\n  patch-sla-days: {critical: 7, Critical: 0}\n",
		"dependencies:\n  patch-sla-days: {high: 200000}\n",
		"access:\n  unused-after-days: 1000000\n",
	} {
		if _, err := ParseConfig(".vigil.yaml", []byte("version: 1\n"+bad)); err == nil {
			t.Errorf("accepted %q", bad)
		}
	}
}
