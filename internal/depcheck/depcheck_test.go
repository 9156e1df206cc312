package depcheck

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vigil-sec/vigil/internal/analysistest"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/osvtest"
	"github.com/vigil-sec/vigil/internal/vulndb"
)

// reviewDate is the injected review date.
var reviewDate = time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)

// ghsaAlias is a made-up GitHub-style record for the gin vulnerability: it aliases the Go record's
// CVE, so the two must merge into one finding, and its CVSS vector gives the severity.
const ghsaAlias = `{
  "id": "GHSA-test-gin0-0001",
  "modified": "2023-01-01T00:00:00Z",
  "published": "2021-04-13T00:00:00Z",
  "aliases": ["CVE-2020-36567"],
  "summary": "Log injection in gin",
  "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:N"}],
  "affected": [{
    "package": {"ecosystem": "Go", "name": "github.com/gin-gonic/gin"},
    "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "1.6.0"}]}]
  }]
}`

// testDB imports a few real records of shared/data/osv (CC-BY-4.0, see shared/README.md) and the
// made-up alias into a fresh database.
func testDB(t *testing.T) string {
	t.Helper()
	src := t.TempDir()
	for name, data := range osvtest.Records(t, "go/GO-2020-0001.json", "go/GO-2021-0078.json", "pypi/PYSEC-2008-1.json", "pypi/PYSEC-2017-105.json") {
		if err := os.WriteFile(filepath.Join(src, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(src, "GHSA-test.json"), []byte(ghsaAlias), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "osv.db")
	if _, err := vulndb.Import(context.Background(), src, db); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestRules(t *testing.T) {
	db := testDB(t)
	for _, dir := range []string{"integrity", "gosum", "manifests", "requirements", "vulns"} {
		t.Run(dir, func(t *testing.T) {
			analysistest.Run(t, filepath.Join("testdata", dir), New(Options{VulnDBPath: db, Now: reviewDate}))
		})
	}
}

func TestVulnerabilityFindingsCarryTheFacts(t *testing.T) {
	db := testDB(t)
	rep := analysistest.Run(t, "testdata/vulns", New(Options{VulnDBPath: db, Now: reviewDate}))
	var gin []finding.Finding
	for _, f := range rep.Findings {
		if f.RuleID == ruleVulnerablePackage.ID && f.Properties["package"] == "github.com/gin-gonic/gin" {
			gin = append(gin, f)
		}
	}
	if len(gin) != 1 {
		t.Fatalf("gin: %d findings, want the two aliased records merged into one", len(gin))
	}
	f := gin[0]
	// GHSA-test, the earlier of the two, was published 2021-04-13: 2056 days before the review date.
	for _, want := range []string{"GHSA-test-gin0-0001, GO-2020-0001", "CVE-2020-36567", "Upgrade to 1.6.0", "fix available for 2056 days", "CVSS v3.1"} {
		if !strings.Contains(f.Message, want) {
			t.Errorf("message %q lacks %q", f.Message, want)
		}
	}
	if f.Severity != finding.High || f.Properties["cvssScore"] != "7.5" || f.Properties["installedVersion"] != "1.5.0" ||
		f.Properties["fixedVersions"] != "1.6.0" || f.Properties["relation"] != "direct" || f.Properties["fixAvailableDays"] != "2056" {
		t.Errorf("facts: severity %s, properties %v", f.Severity, f.Properties)
	}
	if f.Subject != "Go/github.com/gin-gonic/gin@1.5.0 CVE-2020-36567" {
		t.Errorf("subject %q", f.Subject)
	}
	for _, f := range rep.Findings {
		if f.RuleID == rulePatchSLA.ID && f.Properties["package"] == "github.com/gin-gonic/gin" {
			if f.Properties["slaDays"] != "30" || f.Properties["overdueDays"] != "2026" {
				t.Errorf("SLA facts %v", f.Properties)
			}
		}
	}
}

func TestPatchSLAIsConfigurable(t *testing.T) {
	db := testDB(t)
	// A generous SLA: nothing is overdue.
	a := New(Options{VulnDBPath: db, Now: reviewDate, PatchSLA: map[finding.Severity]int{finding.High: 100000, finding.Medium: 100000}})
	got := reviewRules(t, "testdata/vulns", a)
	if got[rulePatchSLA.ID] != 0 || got[ruleVulnerablePackage.ID] != 3 {
		t.Fatalf("with a long SLA: %v", got)
	}
	got = reviewRules(t, "testdata/vulns", New(Options{VulnDBPath: db, Now: reviewDate}))
	if got[rulePatchSLA.ID] != 2 {
		t.Fatalf("with the default SLA: %v", got)
	}
}

func TestWithoutADatabaseTheReviewSaysSo(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "none.db")
	rep := reviewReport(t, "testdata/vulns", New(Options{VulnDBPath: missing, Now: reviewDate}))
	for _, f := range rep.Findings {
		if f.RuleID == ruleVulnerablePackage.ID || f.RuleID == rulePatchSLA.ID {
			t.Fatalf("vulnerability finding without a database: %s", f.Message)
		}
	}
	if len(rep.Notes) != 1 || !strings.Contains(rep.Notes[0], "no vulnerability database") ||
		!strings.Contains(rep.Notes[0], "vigil db update") || !strings.Contains(rep.Notes[0], "were skipped") {
		t.Fatalf("notes %q", rep.Notes)
	}
}
