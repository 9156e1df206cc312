package cloudrules

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigil-sec/vigil/internal/analysistest"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// A misconfiguration inside a local module is reported inside the module and at the module call;
// unknown inputs decide nothing; registry modules are noted, never downloaded.
func TestModules(t *testing.T) {
	rep := analysistest.Run(t, "testdata/inputs/modules", New(Options{Only: []string{"config/s3-bucket-public-acl"}}))
	// Both places share one root cause, the module's code: one finding at the call, the place
	// inside the module among its instances.
	if len(rep.Findings) != 1 {
		t.Fatalf("findings = %+v", rep.Findings)
	}
	f := rep.Findings[0]
	if f.Location.Path != "main.tf" || !strings.Contains(f.Message, "modules/bucket/main.tf:10") {
		t.Errorf("call finding must name the place inside the module: %s %s", f.Location, f.Message)
	}
	if len(f.Instances) != 1 || f.Instances[0].Location.Path != "modules/bucket/main.tf" || f.Instances[0].Location.StartLine != 10 {
		t.Errorf("the place inside the module must be an instance: %+v", f.Instances)
	}
	if len(f.Related) != 1 || f.Related[0].Path != "modules/bucket/main.tf" {
		t.Errorf("call finding must point inside the module: %+v", f.Related)
	}
	if len(rep.Notes) != 1 || !strings.Contains(rep.Notes[0], "never downloaded") {
		t.Errorf("notes = %v", rep.Notes)
	}
}

// A plan's JSON gives the same rules and ids, with the lines of the plan file.
func TestPlan(t *testing.T) {
	analysistest.Run(t, "testdata/inputs/plan", New(Options{Only: []string{"config/rds-storage-unencrypted", "config/rds-publicly-accessible"}}))
}

// Malformed HCL and YAML and circular locals are skipped with a line; the review goes on.
func TestBrokenInputs(t *testing.T) {
	rep := analysistest.Run(t, "testdata/inputs/broken", New(Options{Only: []string{"config/rds-publicly-accessible"}}))
	skips := map[string]workspace.Skip{}
	for _, s := range rep.Skipped {
		skips[s.Path] = s
	}
	if s := skips["bad.tf"]; s.Line != 3 && s.Line != 4 {
		t.Errorf("bad.tf skip = %+v", s)
	}
	if s := skips["circular.tf"]; s.Line != 2 || !strings.Contains(s.Reason, "circular reference between locals") {
		t.Errorf("circular.tf skip = %+v", s)
	}
	if s := skips["stack.yaml"]; s.Line == 0 || !strings.HasPrefix(s.Reason, "cloud: ") {
		t.Errorf("stack.yaml skip = %+v", s)
	}
}

// Huge and deeply nested files are refused with a clear error instead of exhausting the stack.
func TestDeepAndHugeInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("deep.tf", "locals {\n  x = "+strings.Repeat("[", 100000)+strings.Repeat("]", 100000)+"\n}\n")
	write("deep.yaml", "AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      X: "+strings.Repeat("[", 5000)+strings.Repeat("]", 5000)+"\n")
	var huge strings.Builder
	for i := range 20000 {
		huge.WriteString("resource \"aws_db_instance\" \"db")
		huge.WriteString(strings.Repeat("x", i%7))
		huge.WriteString(string(rune('a' + i%26)))
		huge.WriteString("\" {\n  engine = \"postgres\"\n}\n")
	}
	write("huge.tf", huge.String())
	rep := analysistest.Run(t, dir, New(Options{Only: []string{"config/rds-publicly-accessible"}}))
	reasons := map[string]string{}
	for _, s := range rep.Skipped {
		reasons[s.Path] = s.Reason
	}
	if !strings.Contains(reasons["deep.tf"], "nesting deeper") || !strings.Contains(reasons["deep.yaml"], "depth") && !strings.Contains(reasons["deep.yaml"], "nesting") {
		t.Errorf("skips = %v", reasons)
	}
}

// Terraform's JSON syntax (*.tf.json, as CDK for Terraform writes it) goes through the same
// evaluation and rules, with the JSON file's lines.
func TestTerraformJSON(t *testing.T) {
	analysistest.Run(t, "testdata/inputs/tfjson", New(Options{Only: []string{"secrets/terraform-variable-default",
		"config/rds-publicly-accessible", "config/rds-storage-unencrypted", "secrets/database-literal-password", "config/ec2-imdsv2-not-required"}}))
}
