package triage

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

func registry(t *testing.T) *rule.Registry {
	t.Helper()
	mk := func(id string) *rule.Rule {
		area, _, _ := strings.Cut(id, "/")
		return &rule.Rule{ID: id, Area: finding.Area(area), Severity: finding.High, Title: "t", Description: "d", Remediation: "r"}
	}
	a := mk("config/a")
	a.Aliases = []string{"config/old-a"}
	reg, err := rule.NewRegistry(a, mk("config/b"), mk("secrets/c"))
	if err != nil {
		t.Fatal(err)
	}
	return reg
}

func f(id, path string, line int, sev finding.Severity) finding.Finding {
	return finding.Finding{RuleID: id, Severity: sev, Location: finding.Location{Path: path, StartLine: line},
		Fingerprint: finding.Fingerprint(id, path, "x")}
}

func TestParseConfigErrorsNameTheLine(t *testing.T) {
	cases := map[string]string{
		"ignore:\n  - rule: config/a\n    path: x\n":                      ".vigil.yaml:2: an ignore needs a reason",
		"ignore:\n  - rule: config/a\n    reason: r\n    expires: soon\n": "not a date",
		"fail-on: severe\n":     "unknown severity",
		"rulez: {}\n":           "line 1",
		"ignore: [\n":           ".vigil.yaml",
		"max-file-size: lots\n": "max-file-size",
	}
	for in, want := range cases {
		_, err := ParseConfig(".vigil.yaml", []byte(in))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: err = %v, want it to contain %q", in, err, want)
		}
	}
	cfg, err := ParseConfig(".vigil.yaml", []byte("rules:\n  config/nope: {enabled: false}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if err := cfg.CheckRules(registry(t)); err == nil || !strings.Contains(err.Error(), "config/nope") {
		t.Errorf("unknown rule accepted: %v", err)
	}
	if n, _ := ParseSize("20MB"); n != 20<<20 {
		t.Errorf("ParseSize(20MB) = %d", n)
	}
}

func TestApplyConfig(t *testing.T) {
	cfg, err := ParseConfig(".vigil.yaml", []byte(`
rules:
  config/old-a: {severity: low}
  config/b: {enabled: false}
ignore:
  - rule: secrets/c
    path: "test/**"
    reason: fixtures
  - rule: secrets/c
    path: "old/**"
    reason: was fine once
    expires: 2026-01-31
  - rule: config/a
    path: "nowhere/**"
    reason: stale
`))
	if err != nil {
		t.Fatal(err)
	}
	raw := []finding.Finding{
		f("config/a", "main.tf", 3, finding.High),
		f("config/b", "main.tf", 4, finding.High),
		f("secrets/c", "test/fixture.txt", 1, finding.Critical),
		f("secrets/c", "old/key.txt", 1, finding.Critical),
	}
	out, statuses := Apply(raw, Policy{Config: cfg, Registry: registry(t), Now: time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)})
	if len(out) != 3 {
		t.Fatalf("want the disabled rule dropped, got %d findings", len(out))
	}
	if out[0].Severity != finding.Low {
		t.Errorf("severity override through an alias not applied: %v", out[0].Severity)
	}
	if s := out[1].Suppression; s == nil || s.Kind != finding.SuppressedByConfig || s.Reason != "fixtures" || s.Source != ".vigil.yaml:6" {
		t.Errorf("config ignore: %+v", s)
	}
	if out[2].Suppressed() || !strings.Contains(out[2].Properties["expiredIgnore"], "expired on 2026-01-31") {
		t.Errorf("expired ignore still hides the finding or does not say so: %+v", out[2])
	}
	got := map[string]string{}
	for _, s := range statuses {
		got[s.Source] = s.Status
	}
	if got[".vigil.yaml:9"] != IgnoreExpired || got[".vigil.yaml:13"] != IgnoreUnused || len(got) != 2 {
		t.Errorf("statuses = %v", got)
	}
	// The day of expiry still counts.
	out, _ = Apply(raw, Policy{Config: cfg, Registry: registry(t), Now: time.Date(2026, 1, 31, 23, 0, 0, 0, time.UTC)})
	if !out[2].Suppressed() {
		t.Error("ignore expired a day early")
	}
}

func TestInlineIgnores(t *testing.T) {
	src := `resource "a" "b" {
  # vigil:ignore config/a legacy bucket, migrating in Q3
  acl = "public-read"
  x = 1 # vigil:ignore config/b
  y = 2 // vigil:ignore nonsense here
  z = 3 # vigil:ignore config/a,secrets/c test key expires=2020-01-01
}
<!-- vigil:ignore config/b unused one -->
`
	ds := ParseInline("main.tf", []byte(src))
	if len(ds) != 5 {
		t.Fatalf("got %d directives: %+v", len(ds), ds)
	}
	if ds[0].Reason != "legacy bucket, migrating in Q3" || ds[0].Line != 2 {
		t.Errorf("directive 0: %+v", ds[0])
	}
	if ds[1].Problem == "" || ds[2].Problem == "" {
		t.Errorf("missing reason or rule not flagged: %+v %+v", ds[1], ds[2])
	}
	if ds[4].Reason != "unused one" {
		t.Errorf("comment close kept in reason: %q", ds[4].Reason)
	}
	raw := []finding.Finding{
		f("config/a", "main.tf", 3, finding.High),  // covered by the line above
		f("config/b", "main.tf", 4, finding.High),  // directive without reason: not covered
		f("secrets/c", "main.tf", 6, finding.High), // expired
		f("config/a", "other.tf", 3, finding.High), // other file
	}
	out, statuses := Apply(raw, Policy{Inline: ds, Registry: registry(t), Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
	if !out[0].Suppressed() || out[0].Suppression.Kind != finding.SuppressedInline || out[0].Suppression.Source != "main.tf:2" {
		t.Errorf("inline ignore not applied: %+v", out[0].Suppression)
	}
	for _, i := range []int{1, 2, 3} {
		if out[i].Suppressed() {
			t.Errorf("finding %d wrongly suppressed by %+v", i, out[i].Suppression)
		}
	}
	kinds := map[string]string{}
	for _, s := range statuses {
		kinds[s.Source] = s.Status
	}
	want := map[string]string{"main.tf:4": IgnoreInvalid, "main.tf:5": IgnoreInvalid, "main.tf:6": IgnoreExpired, "main.tf:8": IgnoreUnused}
	for k, v := range want {
		if kinds[k] != v {
			t.Errorf("status of %s = %q, want %q (all: %v)", k, kinds[k], v, kinds)
		}
	}
}

func TestBaselineRoundTrip(t *testing.T) {
	old := []finding.Finding{f("config/a", "main.tf", 3, finding.High), f("secrets/c", "k.txt", 9, finding.High)}
	path := filepath.Join(t.TempDir(), "baseline.json")
	if err := NewBaseline(old).Write(path); err != nil {
		t.Fatal(err)
	}
	b, err := LoadBaseline(path)
	if err != nil {
		t.Fatal(err)
	}
	moved := f("config/a", "main.tf", 40, finding.High) // same fingerprint, other line
	fresh := f("config/b", "main.tf", 5, finding.High)
	out, _ := Apply([]finding.Finding{moved, fresh}, Policy{Baseline: b, Registry: registry(t)})
	if !out[0].Suppressed() || out[0].BaselineState != "unchanged" || out[0].Suppression.Kind != finding.SuppressedByBaseline {
		t.Errorf("known finding not recognised: %+v", out[0])
	}
	if out[1].Suppressed() || out[1].BaselineState != "new" {
		t.Errorf("new finding hidden: %+v", out[1])
	}
}
