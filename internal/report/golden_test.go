package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
	"github.com/vigil-sec/vigil/internal/workspace"
)

var update = flag.Bool("update", false, "rewrite golden files")

func sample() *Report {
	rules := []*rule.Rule{
		{ID: "config/s3-bucket-unencrypted", Area: finding.Config, Severity: finding.High, Title: "S3 bucket without default encryption",
			Description: "Objects are stored unencrypted.", Remediation: "Add aws_s3_bucket_server_side_encryption_configuration.",
			References: []string{"https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html"}},
		{ID: "secrets/aws-access-key", Area: finding.Secrets, Severity: finding.Critical, Title: "AWS access key",
			Description: "An AWS access key id with its secret.", Remediation: "Revoke the key and load it from a secret store."},
		{ID: "pipeline/unpinned-action", Area: finding.Pipeline, Severity: finding.Medium, Title: "Action not pinned to a commit SHA",
			Description: "Tags can be moved.", Remediation: "Pin to a full SHA."},
		{ID: "runtime/cloudtrail-missing", Area: finding.Runtime, Severity: finding.Low, Title: "No CloudTrail trail",
			Description: "API activity is not recorded.", Remediation: "Add aws_cloudtrail."},
	}
	fs := []finding.Finding{
		{RuleID: "config/s3-bucket-unencrypted", Severity: finding.High, Area: finding.Config, Title: rules[0].Title,
			Message:  "Bucket aws_s3_bucket.logs has no default encryption: the provider default (none) is relied on.",
			Location: finding.Location{Path: "infra/main.tf", StartLine: 12, EndLine: 15}, Subject: "aws_s3_bucket.logs",
			Remediation: rules[0].Remediation, Fingerprint: finding.Fingerprint("config/s3-bucket-unencrypted", "infra/main.tf", "aws_s3_bucket.logs"),
			Priority: 70},
		{RuleID: "secrets/aws-access-key", Severity: finding.Critical, Area: finding.Secrets, Title: rules[1].Title,
			Message: "AWS access key AKIA… with its secret key in plain text.", Location: finding.Location{Path: "config/app env.yaml", StartLine: 3},
			Evidence: "AKIA*** (20 chars, hash 0123456789ab)", Remediation: rules[1].Remediation, Fingerprint: "f0f0", Subject: "0123",
			Instances: []finding.Instance{{Location: finding.Location{Path: "deploy/.env", StartLine: 1}, Fingerprint: "f0f0"}},
			Priority:  100, PriorityReasons: []string{"seen in 2 places"}},
		{RuleID: "pipeline/unpinned-action", Severity: finding.Medium, Area: finding.Pipeline, Title: rules[2].Title,
			Message: "actions/checkout@v4 is referenced by a tag.", Location: finding.Location{Path: ".github/workflows/ci.yml", StartLine: 9},
			Remediation: rules[2].Remediation, Fingerprint: "aa11", Properties: map[string]string{"ref": "v4", "severity": "spoofed"}, Suppression: &finding.Suppression{Kind: finding.SuppressedInline, Reason: "internal action", Source: ".github/workflows/ci.yml:8"}},
		{RuleID: "runtime/cloudtrail-missing", Severity: finding.Low, Area: finding.Runtime, Title: rules[3].Title,
			Message: "No aws_cloudtrail in the configuration.", Location: finding.Location{Path: "infra/main.tf"},
			Remediation: rules[3].Remediation, Fingerprint: "bb22", Confidence: finding.ConfidenceLow},
	}
	r := &Report{
		SchemaVersion: SchemaVersion, Tool: Tool{Name: "vigil", Version: "1.2.3"}, Target: "examples/app",
		Scope:    Scope{Files: 7, Bytes: 4096, Rules: 4},
		Findings: fs, Rules: rules,
		Skipped: []workspace.Skip{{Path: "k8s/broken.yaml", Line: 4, Reason: "kubernetes: did not find expected key"}, {Path: "logo.png", Reason: workspace.ReasonBinary}},
		Ignores: []IgnoreStatus{{Source: ".vigil.yaml:7", Rules: []string{"config/s3-bucket-unencrypted"}, Reason: "old", Status: "unused"}},
		Notes:   []string{"no vulnerability database: dependency vulnerability rules were skipped (run `vigil db update`)"},
	}
	r.Summary = Summarize(fs)
	r.Gate = Decide(fs, finding.High)
	r.FixFirst = []finding.Finding{fs[1], fs[0]}
	r.Posture = Score(fs)
	return r
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/report -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run with -update and review the diff\n--- got ---\n%s", name, got)
	}
}

func TestGoldenFormats(t *testing.T) {
	for _, f := range Formats() {
		for _, color := range []bool{false, true} {
			if color && f != Text {
				continue
			}
			var buf bytes.Buffer
			if err := Write(&buf, sample(), f, Options{Color: color}); err != nil {
				t.Fatal(err)
			}
			name := "report." + string(f)
			if color {
				name = "report.color.text"
			}
			golden(t, name, buf.Bytes())
		}
	}
}

func TestSARIFShape(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteSARIF(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	var log sarifLog
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("runs = %d", len(log.Runs))
	}
	run := log.Runs[0]
	if len(run.Results) != 5 { // the grouped secret is expanded into its two places
		t.Fatalf("results = %d", len(run.Results))
	}
	for _, res := range run.Results {
		rl := run.Tool.Driver.Rules[res.RuleIndex]
		if rl.ID != res.RuleID {
			t.Errorf("ruleIndex %d points at %s, not %s", res.RuleIndex, rl.ID, res.RuleID)
		}
		if res.PartialFingerprints["vigil/v1"] == "" {
			t.Errorf("%s: no partial fingerprint", res.RuleID)
		}
		if uri := res.Locations[0].PhysicalLocation.ArtifactLocation.URI; strings.HasPrefix(uri, "/") || strings.Contains(uri, " ") {
			t.Errorf("uri %q is not a relative URI reference", uri)
		}
	}
	for _, res := range run.Results {
		if res.RuleID == "pipeline/unpinned-action" && (res.Properties["ref"] != "v4" || res.Properties["severity"] != "medium") {
			t.Errorf("rule facts not carried, or they override SARIF's own keys: %v", res.Properties)
		}
	}
	if tags := run.Tool.Driver.Rules[0].Properties["tags"].([]any); tags[1] != "config" {
		t.Errorf("area missing from tags: %v", tags)
	}
	suppressed := 0
	for _, res := range run.Results {
		if len(res.Suppressions) > 0 {
			suppressed++
		}
	}
	if suppressed != 1 {
		t.Errorf("suppressed results = %d, want 1", suppressed)
	}
}

func TestSARIFLimit(t *testing.T) {
	r := sample()
	base := r.Findings[0]
	r.Findings = nil
	for i := range MaxSARIFResults + 10 {
		f := base
		f.Location.StartLine = i + 1
		f.Severity = finding.Low
		if i%1000 == 0 {
			f.Severity = finding.Critical
		}
		r.Findings = append(r.Findings, f)
	}
	var buf bytes.Buffer
	if err := WriteSARIF(&buf, r); err != nil {
		t.Fatal(err)
	}
	var log sarifLog
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	res := log.Runs[0].Results
	if len(res) != MaxSARIFResults {
		t.Fatalf("results = %d", len(res))
	}
	errors := 0
	for _, x := range res {
		if x.Level == "error" {
			errors++
		}
	}
	if errors != 26 {
		t.Errorf("critical results kept = %d, want all 26", errors)
	}
	if n := log.Runs[0].Invocations[0].ToolExecutionNotifications[0].Message.Text; !strings.Contains(n, "25000 of 25010") {
		t.Errorf("truncation not explained: %q", n)
	}
}

func TestJUnitIsWellFormed(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJUnit(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	var s junitSuites
	if err := xml.Unmarshal(buf.Bytes(), &s); err != nil {
		t.Fatal(err)
	}
	if s.Failures != 3 || s.Skipped != 1 || s.Tests != 4 {
		t.Errorf("tests=%d failures=%d skipped=%d", s.Tests, s.Failures, s.Skipped)
	}
}
