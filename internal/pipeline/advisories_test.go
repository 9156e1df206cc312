package pipeline_test

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/vigil-sec/vigil/internal/pipeline"
	"github.com/vigil-sec/vigil/internal/pipeline/githubactions"
)

const vulnerableWorkflow = "on: push\npermissions: {}\njobs:\n  changes:\n    runs-on: ubuntu-latest\n    steps:\n" +
	"      - uses: tj-actions/changed-files@48d8f15b2aaa3d255ca5af3eba4870f807ce6b3c # v45.0.7\n"

// The finding names the action, the version, the advisory with its aliases and the fixed version.
func TestKnownVulnerableActionMessage(t *testing.T) {
	rep := review(t, map[string]string{".github/workflows/ci.yml": vulnerableWorkflow})
	var got []string
	for _, f := range rep.Findings {
		if f.RuleID != "pipeline/known-vulnerable-action" {
			continue
		}
		got = append(got, f.Message)
		if f.Location.Path != ".github/workflows/ci.yml" || f.Location.StartLine != 7 {
			t.Errorf("location %s, want .github/workflows/ci.yml:7", f.Location)
		}
		want := map[string]string{"action": "tj-actions/changed-files", "version": "45.0.7", "advisory": "GHSA-mrrh-fwg8-r2c3",
			"aliases": "CVE-2025-30066", "fixed": "46.0.1", "commit": "48d8f15b2aaa3d255ca5af3eba4870f807ce6b3c"}
		for k, v := range want {
			if f.Properties[k] != v {
				t.Errorf("property %s = %q, want %q", k, f.Properties[k], v)
			}
		}
	}
	if len(got) != 1 {
		t.Fatalf("got %d known-vulnerable-action findings, want 1: %q", len(got), got)
	}
	for _, part := range []string{"tj-actions/changed-files@48d8f15b", "(pinned as v45.0.7)", "GHSA-mrrh-fwg8-r2c3 (CVE-2025-30066)", "fixed in 46.0.1"} {
		if !strings.Contains(got[0], part) {
			t.Errorf("message %q lacks %q", got[0], part)
		}
	}
}

// Without a database the rule is skipped with a note, and the review goes on.
func TestKnownVulnerableActionWithoutDatabase(t *testing.T) {
	missing := pipeline.New(pipeline.Options{VulnDBPath: filepath.Join(t.TempDir(), "none.db")})
	rep := reviewWith(t, missing, map[string]string{".github/workflows/ci.yml": vulnerableWorkflow})
	if len(rep.Notes) != 1 || !strings.Contains(rep.Notes[0], "pipeline/known-vulnerable-action was skipped") ||
		!strings.Contains(rep.Notes[0], "1 action references") {
		t.Errorf("notes = %q, want one naming the skipped rule", rep.Notes)
	}
	for _, f := range rep.Findings {
		if f.RuleID == "pipeline/known-vulnerable-action" {
			t.Errorf("finding without a database: %s", f.Message)
		}
	}
	if len(rep.Skipped) != 0 {
		t.Errorf("skipped: %+v", rep.Skipped)
	}
	// Nothing to check, nothing to say.
	rep = reviewWith(t, missing, map[string]string{".github/workflows/ci.yml": "on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n"})
	if len(rep.Notes) != 0 {
		t.Errorf("notes without any action reference: %q", rep.Notes)
	}
}

// fakeAdvisories reports one advisory for every reference of one action and records the queries.
type fakeAdvisories struct{ queries []githubactions.ActionQuery }

func (f *fakeAdvisories) ActionAdvisories(_ context.Context, q githubactions.ActionQuery) ([]githubactions.Advisory, error) {
	f.queries = append(f.queries, q)
	if q.Repository != "some-org/tool" {
		return nil, nil
	}
	return []githubactions.Advisory{{ID: "TEST-1", Summary: "test advisory", Fixed: []string{"2.0.0"}}}, nil
}

// Another source plugs in through Options.Advisories; each distinct reference is asked once.
func TestAdvisorySourceOption(t *testing.T) {
	src := &fakeAdvisories{}
	a := pipeline.New(pipeline.Options{Advisories: src})
	wf := "on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n" +
		"      - uses: some-org/tool@v1.2.3\n      - uses: some-org/tool@v1.2.3\n      - uses: Some-Org/Other@main\n"
	rep := reviewWith(t, a, map[string]string{".github/workflows/a.yml": wf, ".github/workflows/b.yml": wf})
	n := 0
	for _, f := range rep.Findings {
		if f.RuleID == "pipeline/known-vulnerable-action" {
			n++
			if !strings.Contains(f.Message, "some-org/tool@v1.2.3 is affected by TEST-1: test advisory; fixed in 2.0.0") {
				t.Errorf("message %q", f.Message)
			}
		}
	}
	if n != 4 {
		t.Errorf("got %d findings, want 4 (two steps in two files)", n)
	}
	want := []githubactions.ActionQuery{{Repository: "some-org/tool", Version: "1.2.3"}}
	if !slices.Equal(src.queries, want) {
		t.Errorf("queries = %+v, want %+v (a branch ref gives nothing to ask)", src.queries, want)
	}
}
