package iamrules

import (
	"slices"
	"strings"
	"testing"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/analysistest"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/cloudrules"
)

func TestPolicyFiles(t *testing.T) {
	rep := analysistest.Run(t, "testdata/policies", cloudOnly(), NewPolicyFiles())
	skips := map[string]int{}
	for _, s := range rep.Skipped {
		skips[s.Path] = s.Line
		t.Logf("skipped %s:%d %s", s.Path, s.Line, s.Reason)
	}
	if skips["malformed.json"] != 5 || skips["broken-json.json"] != 4 {
		t.Errorf("malformed files must be skipped with their line: %v", skips)
	}
	if _, ok := skips["not-a-policy.json"]; ok {
		t.Error("JSON that is not shaped like a policy is not an error")
	}
	for _, f := range rep.Findings {
		if f.RuleID == PrivilegeEscalation.ID && f.Location.Path == "passrole-ec2.json" {
			if len(f.Related) != 2 || f.Related[0].StartLine != 13 || f.Related[1].StartLine != 7 ||
				!strings.Contains(f.Related[1].Label, "ec2:RunInstances") {
				t.Errorf("escalation chain locations = %+v", f.Related)
			}
			if !strings.Contains(f.Message, "iam:PassRole") || !strings.Contains(f.Message, "ec2:RunInstances") {
				t.Errorf("message lacks the chain: %s", f.Message)
			}
		}
		if f.Location.Path == "admin-conditional.json" && f.Confidence != finding.ConfidenceMedium {
			t.Errorf("a conditional admin grant has medium confidence: %+v", f)
		}
	}
	var paths []string
	for _, f := range rep.Findings {
		if f.Location.Path == "iam-writes.json" {
			paths = append(paths, f.Properties["path"])
		}
	}
	slices.Sort(paths)
	want := []string{"add-user-to-group", "attach-role-policy", "create-login-profile", "create-policy-version", "update-assume-role-policy"}
	if !slices.Equal(paths, want) {
		t.Errorf("iam-writes.json paths = %v, want %v", paths, want)
	}
}

// cloudOnly builds and shares the cloud resource set without running the cloud rules.
func cloudOnly() analysis.Analyzer {
	return cloudrules.New(cloudrules.Options{Only: []string{"access/none"}})
}

func TestCloud(t *testing.T) {
	rep := analysistest.Run(t, "testdata/cloud", cloudOnly(), NewPolicyFiles())
	broken, unknown := false, false
	for _, s := range rep.Skipped {
		t.Logf("skipped %s:%d %s", s.Path, s.Line, s.Reason)
		if s.Path == "terraform/iam.tf" && s.Line == 207 && strings.Contains(s.Reason, "aws_iam_policy.broken") {
			broken = true
		}
		if s.Path == "terraform/iam.tf" && s.Line == 375 && strings.Contains(s.Reason, "aws_iam_policy.unknown_effect not judged") {
			unknown = true
		}
	}
	if !broken {
		t.Error("a policy that is not JSON must be skipped with the JSON's line and the resource")
	}
	if !unknown {
		t.Error("a policy whose Effect is unknown must be noted as not judged, at the statement's line")
	}
	chain := false
	for _, f := range rep.Findings {
		if strings.HasPrefix(f.Subject, "aws_iam_user.alice") || strings.HasPrefix(f.Subject, "aws_iam_user.bob") {
			t.Errorf("a user repeats its group's finding: %s %s", f.RuleID, f.Subject)
		}
		if f.RuleID != PrivilegeEscalation.ID || f.Subject != "aws_iam_role.builder#passrole-ec2" {
			continue
		}
		chain = true
		// iam:PassRole from the data document, ec2:RunInstances from the heredoc, each at its line.
		if len(f.Related) != 2 || f.Related[0].StartLine != 84 || f.Related[1].Path != "terraform/iam.tf" || f.Related[1].StartLine != 102 {
			t.Errorf("escalation chain across two policies = %+v", f.Related)
		}
	}
	if !chain {
		t.Error("no PassRole + RunInstances chain for aws_iam_role.builder")
	}
	admin := 0
	for _, f := range rep.Findings {
		if f.Location.Path == "terraform/policies/admin.json" {
			admin++
		}
	}
	if admin != 1 {
		t.Errorf("a policy file read by file() gave %d findings, want 1 (its own review's)", admin)
	}
}
