package evidence

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/vigil-sec/vigil/internal/analysistest"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// reviewDate is the fixed "today" of the test evidence.
var reviewDate = time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)

func TestEvidence(t *testing.T) {
	rep := analysistest.Run(t, "testdata/evidence", New(Options{Now: reviewDate}))
	checkSkips(t, rep.Skipped)
	for _, f := range rep.Findings {
		if f.RuleID == AdminPrincipal.ID && strings.Contains(f.Message, "user ops") {
			if len(f.Related) != 1 || !strings.Contains(f.Message, "everything") {
				t.Errorf("admin through a group must name the group's policy: %s %+v", f.Message, f.Related)
			}
		}
	}
}

func checkSkips(t *testing.T, skips []workspace.Skip) {
	t.Helper()
	want := map[string]string{
		"credential-report.csv:9":             "user_creation_time",
		"authorization-details.json:308":      "RoleDetailList[6].RoleLastUsed.LastUsedDate",
		"gcp-keys-example-prod.json:48":       "[5].validAfterTime",
		"broken-authorization-details.json:4": "invalid JSON",
	}
	got := map[string]string{}
	for _, s := range skips {
		got[fmt.Sprintf("%s:%d", s.Path, s.Line)] = s.Reason
	}
	for at, frag := range want {
		if !strings.Contains(got[at], frag) {
			t.Errorf("skip at %s = %q, want it to mention %q (all: %v)", at, got[at], frag, got)
		}
	}
	if len(got) != len(want) {
		t.Errorf("skips = %v", got)
	}
}

func itoa(n int) string { return strings.TrimSpace(strings.Repeat(" ", 0) + fmtInt(n)) }

func fmtInt(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}

func TestAnalyzeEvidence(t *testing.T) {
	fs, skips, err := AnalyzeEvidence(context.Background(), "testdata/evidence", Options{Now: reviewDate})
	if err != nil {
		t.Fatal(err)
	}
	checkSkips(t, skips)
	rep := analysistest.Run(t, "testdata/evidence", New(Options{Now: reviewDate}))
	if len(fs) != len(rep.Findings) {
		t.Fatalf("AnalyzeEvidence found %d, the engine %d", len(fs), len(rep.Findings))
	}
	for i, f := range fs {
		if f.Fingerprint != rep.Findings[i].Fingerprint || f.Location != rep.Findings[i].Location {
			t.Errorf("finding %d differs: %+v vs %+v", i, f, rep.Findings[i])
		}
	}
}

func TestThresholds(t *testing.T) {
	// With a 400-day limit, only keys older than that are reported.
	fs, _, err := AnalyzeEvidence(context.Background(), "testdata/evidence", Options{Now: reviewDate, KeyMaxAge: 400 * Day, UnusedAfter: 400 * Day})
	if err != nil {
		t.Fatal(err)
	}
	n := map[string]int{}
	for _, f := range fs {
		n[f.RuleID]++
	}
	// root's key (688 days), dave's (1003), legacy-ci's (1971) stay; bob's (546) too; nothing else.
	if n[AccessKeyNotRotated.ID] != 4 || n[GCPKeyTooOld.ID] != 1 || n[RoleUnused.ID] != 1 {
		t.Errorf("counts with 400-day limits: %v", n)
	}
}

func TestParseCredentialReportErrors(t *testing.T) {
	_, _, err := ParseCredentialReport([]byte("user,arn,user_creation_time,foo\nx,y,z,w\n"))
	if err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("missing columns: %v", err)
	}
	rows, bad, err := ParseCredentialReport([]byte(string(credentialReportHeader) + "password_enabled,mfa_active,access_key_1_active,access_key_1_last_rotated\n" +
		"a,arn:aws:iam::1:user/a,2026-01-01T00:00:00+00:00,true,false,true,2026-01-01T00:00:00+00:00\n" +
		"b,\"unterminated,2026-01-01T00:00:00+00:00,true,false,true,N/A\n"))
	if err != nil || len(rows) != 1 || len(bad) != 1 || bad[0].Line != 3 {
		t.Errorf("rows %v bad %v err %v", rows, bad, err)
	}
}

func FuzzEvidence(f *testing.F) {
	f.Add([]byte(string(credentialReportHeader) + "password_enabled\n<root_account>,arn,N/A,not_supported\n"))
	f.Add([]byte(`{"RoleDetailList": [{"RoleName": "r", "Arn": "a", "RoleLastUsed": {"LastUsedDate": "2020-01-01T00:00:00Z"}, "RolePolicyList": [{"PolicyDocument": "%7B%22Statement%22%3A%5B%5D%7D"}]}]}`))
	f.Add([]byte(`[{"keyType": "USER_MANAGED", "name": "projects/p/serviceAccounts/s/keys/k", "validAfterTime": "2020-01-01T00:00:00Z"}]`))
	a := New(Options{Now: reviewDate})
	f.Fuzz(func(t *testing.T, data []byte) {
		file := &workspace.File{Path: "f.json", Kind: workspace.KindJSON, Content: data}
		if a.Wants(file) {
			_ = a.AnalyzeFile(context.Background(), passFor(a, file))
		}
	})
}
