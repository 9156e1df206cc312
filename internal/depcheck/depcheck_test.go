package depcheck

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
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
	records := osvtest.Records(t, "go/GO-2020-0001.json", "go/GO-2021-0078.json", "pypi/PYSEC-2008-1.json", "pypi/PYSEC-2017-105.json",
		// The standard library at 1.22.0: fixed in 1.22.1, 1.22.3, and 1.22.7 (or 1.23.1).
		"go/GO-2024-2598.json", "go/GO-2024-2824.json", "go/GO-2024-3105.json")
	records["GHSA-test.json"] = []byte(ghsaAlias)
	return importDB(t, records)
}

// importDB imports records, keyed by file name, into a fresh database.
func importDB(t *testing.T, records map[string][]byte) string {
	t.Helper()
	src := t.TempDir()
	for name, data := range records {
		if err := os.WriteFile(filepath.Join(src, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "osv.db")
	if _, err := vulndb.Import(context.Background(), src, db); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestRules(t *testing.T) {
	db := testDB(t)
	for _, dir := range []string{"integrity", "gosum", "manifests", "requirements", "vulns", "stdlib"} {
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
	for _, want := range []string{"has 1 known vulnerability (high)", "upgrade to 1.6.0", "GHSA-test-gin0-0001, GO-2020-0001",
		"CVE-2020-36567", "fix available for 2056 days", "CVSS v3.1"} {
		if !strings.Contains(f.Message, want) {
			t.Errorf("message %q lacks %q", f.Message, want)
		}
	}
	if f.Severity != finding.High || f.Properties["installedVersion"] != "1.5.0" || f.Properties["fixedVersion"] != "1.6.0" ||
		f.Properties["relation"] != "direct" || f.Properties["fixAvailableDays"] != "2056" ||
		f.Properties["advisories"] != "GHSA-test-gin0-0001,GO-2020-0001" || f.Properties["advisoryCount"] != "1" {
		t.Errorf("facts: severity %s, properties %v", f.Severity, f.Properties)
	}
	advs := advisoriesOf(t, f)
	if len(advs) != 1 || advs[0].CVSSScore != "7.5" || advs[0].Severity != "high" || advs[0].Key != "CVE-2020-36567" ||
		!slices.Equal(advs[0].Fixed, []string{"1.6.0"}) || advs[0].FixDays == nil || *advs[0].FixDays != 2056 {
		t.Errorf("advisories %+v", advs)
	}
	if f.Subject != "Go/github.com/gin-gonic/gin@1.5.0 CVE-2020-36567" {
		t.Errorf("subject %q", f.Subject)
	}
	sla := 0
	for _, f := range rep.Findings {
		if f.RuleID == rulePatchSLA.ID && f.Properties["package"] == "github.com/gin-gonic/gin" {
			sla++
			if f.Properties["slaDays"] != "30" || f.Properties["overdueDays"] != "2026" || f.Properties["longestWaitDays"] != "2056" ||
				f.Properties["overdueAdvisories"] != "CVE-2020-36567" || f.Subject != "Go/github.com/gin-gonic/gin@1.5.0 CVE-2020-36567" {
				t.Errorf("SLA facts %v, subject %q", f.Properties, f.Subject)
			}
		}
	}
	if sla != 1 {
		t.Errorf("gin: %d SLA findings, want 1", sla)
	}
}

// advisoriesOf decodes a finding's machine-readable list of advisories.
func advisoriesOf(t *testing.T, f finding.Finding) []advisoryFacts {
	t.Helper()
	var out []advisoryFacts
	if err := json.Unmarshal([]byte(f.Properties["vulnerabilities"]), &out); err != nil {
		t.Fatalf("vulnerabilities property: %v", err)
	}
	return out
}

// The standard library at the toolchain's release has three advisories: one finding lists them
// all and names the one release that fixes them all.
func TestOneFindingPerPackageVersion(t *testing.T) {
	db := testDB(t)
	rep := analysistest.Run(t, "testdata/stdlib", New(Options{VulnDBPath: db, Now: reviewDate}))
	var got []finding.Finding
	for _, f := range rep.Findings {
		if f.RuleID == ruleVulnerablePackage.ID {
			got = append(got, f)
		}
	}
	if len(got) != 1 {
		t.Fatalf("%d findings, want one for stdlib 1.22.0", len(got))
	}
	f := got[0]
	const head = "stdlib 1.22.0 has 3 known vulnerabilities (3 medium); 1.22.7 fixes all: GO-2024-2598, GO-2024-2824, GO-2024-3105"
	if f.Message != head {
		t.Errorf("message %q, want %q", f.Message, head)
	}
	if f.Location.Path != "toolchain/go.mod" || f.Location.StartLine != 7 {
		t.Errorf("location %v", f.Location)
	}
	if f.Properties["advisories"] != "GO-2024-2598,GO-2024-2824,GO-2024-3105" || f.Properties["fixedVersion"] != "1.22.7" ||
		f.Properties["severityCounts"] != "3 medium" || f.Properties["advisoryCount"] != "3" {
		t.Errorf("properties %v", f.Properties)
	}
	if want := "Go/stdlib@1.22.0 CVE-2024-24783,CVE-2024-24788,CVE-2024-34155"; f.Subject != want {
		t.Errorf("subject %q, want %q", f.Subject, want)
	}
	fixed := map[string]string{}
	for _, a := range advisoriesOf(t, f) {
		fixed[a.IDs[0]] = strings.Join(a.Fixed, ",")
	}
	if fixed["GO-2024-2598"] != "1.22.1" || fixed["GO-2024-2824"] != "1.22.3" || fixed["GO-2024-3105"] != "1.22.7" {
		t.Errorf("fixed versions per advisory %v", fixed)
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
