package depcheck

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigil-sec/vigil/internal/finding"
)

// record is a made-up npm record of the package "regress": severity is GitHub's rating word,
// published a date, ranges the OSV ranges as JSON.
func record(id, severity, published, ranges string) []byte {
	return fmt.Appendf(nil, `{"id": %q, "modified": "2026-01-01T00:00:00Z", "published": "%sT00:00:00Z",
  "summary": "made-up advisory %s", "database_specific": {"severity": %q},
  "affected": [{"package": {"ecosystem": "npm", "name": "regress"}, "ranges": %s}]}`, id, published, id, severity, ranges)
}

// reviewPackage reviews a package-lock.json holding regress at the given version against the
// records, and returns the findings of the two vulnerability rules.
func reviewPackage(t *testing.T, version string, records map[string][]byte) (vuln, sla []finding.Finding) {
	t.Helper()
	db := importDB(t, records)
	root := t.TempDir()
	lock := fmt.Sprintf(`{"name": "app", "lockfileVersion": 3, "packages": {
  "": {"name": "app", "dependencies": {"regress": "*"}},
  "node_modules/regress": {"version": %q, "resolved": "https://registry.npmjs.org/regress/-/regress-%s.tgz", "integrity": "sha512-AAAA"}}}`, version, version)
	if err := os.WriteFile(filepath.Join(root, "package-lock.json"), []byte(lock), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, f := range reviewReport(t, root, New(Options{VulnDBPath: db, Now: reviewDate})).Findings {
		switch f.RuleID {
		case ruleVulnerablePackage.ID:
			vuln = append(vuln, f)
		case rulePatchSLA.ID:
			sla = append(sla, f)
		}
	}
	return vuln, sla
}

const (
	fixedAt12Then19                = `[{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "1.2.0"}, {"introduced": "1.5.0"}, {"fixed": "1.9.0"}]}]`
	fixedAt15                      = `[{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "1.5.0"}]}]`
	neverFixed                     = `[{"type": "SEMVER", "events": [{"introduced": "0"}]}]`
	fixedButAffectedByASecondRange = `[{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "1.2.0"}]},
	                                   {"type": "SEMVER", "events": [{"introduced": "1.1.0"}]}]`
	regressedForGood = `[{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "1.2.0"}, {"introduced": "1.5.0"}]}]`
)

// The smallest version that fixes everything skips a fix that a regression affects again, and the
// message names the advisories without a fix.
func TestFixAllSkipsARegression(t *testing.T) {
	vuln, sla := reviewPackage(t, "1.0.0", map[string][]byte{
		"a.json": record("GHSA-aaaa-aaaa-aaaa", "HIGH", "2025-01-01", fixedAt12Then19),
		"b.json": record("GHSA-bbbb-bbbb-bbbb", "MODERATE", "2026-10-01", fixedAt15),
		"c.json": record("GHSA-cccc-cccc-cccc", "LOW", "2024-01-01", neverFixed),
	})
	if len(vuln) != 1 {
		t.Fatalf("%d vulnerability findings, want 1", len(vuln))
	}
	f := vuln[0]
	want := "regress 1.0.0 has 3 known vulnerabilities (1 high, 1 medium, 1 low); 1.9.0 fixes the 2 that have a fix; " +
		"no fix is known for GHSA-cccc-cccc-cccc (fix available for up to 697 days): GHSA-aaaa-aaaa-aaaa, GHSA-bbbb-bbbb-bbbb, GHSA-cccc-cccc-cccc"
	if f.Message != want {
		t.Errorf("message\n %q\nwant\n %q", f.Message, want)
	}
	if f.Severity != finding.High || f.Properties["fixedVersion"] != "1.9.0" || f.Properties["unfixedAdvisories"] != "GHSA-cccc-cccc-cccc" {
		t.Errorf("severity %s, properties %v", f.Severity, f.Properties)
	}
	// Only the high advisory's fix (697 days) is past its SLA (30 days); the medium one's (59 days)
	// is within 90, and the low one has no fix.
	if len(sla) != 1 {
		t.Fatalf("%d SLA findings, want 1", len(sla))
	}
	s := sla[0]
	if s.Severity != finding.High || s.Properties["overdueAdvisories"] != "GHSA-aaaa-aaaa-aaaa" || s.Properties["longestWaitDays"] != "697" ||
		s.Properties["overdueDays"] != "667" || s.Subject != "npm/regress@1.0.0 GHSA-aaaa-aaaa-aaaa" {
		t.Errorf("SLA: severity %s, subject %q, properties %v", s.Severity, s.Subject, s.Properties)
	}
	for _, w := range []string{"the fixes for 1 of its 3 known vulnerabilities", "longest 697 days", "upgrade to 1.9.0"} {
		if !strings.Contains(s.Message, w) {
			t.Errorf("SLA message %q lacks %q", s.Message, w)
		}
	}
}

// When no version fixes every advisory that has a fix, the finding says so instead of naming one.
func TestNoSingleFixIsNotInvented(t *testing.T) {
	vuln, _ := reviewPackage(t, "1.0.0", map[string][]byte{
		"a.json": record("GHSA-aaaa-aaaa-aaaa", "HIGH", "2026-11-01", regressedForGood),
		"b.json": record("GHSA-bbbb-bbbb-bbbb", "MODERATE", "2026-11-01", fixedAt15),
	})
	if len(vuln) != 1 {
		t.Fatalf("%d vulnerability findings, want 1", len(vuln))
	}
	if f := vuln[0]; !strings.Contains(f.Message, "no single known version fixes all of them") || f.Properties["fixedVersion"] != "" {
		t.Errorf("message %q, properties %v", f.Message, f.Properties)
	}
	vuln, _ = reviewPackage(t, "1.0.0", map[string][]byte{
		"a.json": record("GHSA-aaaa-aaaa-aaaa", "HIGH", "2026-11-01", fixedButAffectedByASecondRange),
	})
	if len(vuln) != 1 || !strings.Contains(vuln[0].Message, "no known version fixes it") {
		t.Errorf("one advisory regressed for good: %v", vuln)
	}
}

// A new advisory against a package version is a new finding for baselines: the subject (and so
// the fingerprint) changes; the same advisories give the same fingerprint.
func TestANewAdvisoryChangesTheFingerprint(t *testing.T) {
	a := map[string][]byte{"a.json": record("GHSA-aaaa-aaaa-aaaa", "HIGH", "2026-11-01", fixedAt15)}
	before, _ := reviewPackage(t, "1.0.0", a)
	again, _ := reviewPackage(t, "1.0.0", a)
	a["b.json"] = record("GHSA-bbbb-bbbb-bbbb", "MODERATE", "2026-11-01", fixedAt15)
	after, _ := reviewPackage(t, "1.0.0", a)
	if len(before) != 1 || len(again) != 1 || len(after) != 1 {
		t.Fatalf("findings %d, %d, %d", len(before), len(again), len(after))
	}
	if before[0].Fingerprint != again[0].Fingerprint {
		t.Error("the same advisories gave different fingerprints")
	}
	if before[0].Fingerprint == after[0].Fingerprint {
		t.Error("a new advisory kept the fingerprint")
	}
}
