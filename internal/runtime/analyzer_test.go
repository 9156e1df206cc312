package runtime

import (
	"context"
	"strings"
	"testing"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/engine"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/workspace"
)

func review(t *testing.T, dir string, analyzers ...analysis.Analyzer) []finding.Finding {
	t.Helper()
	rep, err := engine.Review(context.Background(), engine.Config{Target: dir, Analyzers: analyzers,
		Walk: workspace.Options{NoIgnore: true, Exclude: []string{"**/*.want"}}})
	if err != nil {
		t.Fatal(err)
	}
	return rep.Findings
}

// Without a workload model, manifests in the review may deploy a sensor nobody has read: the
// runtime detection rule stays quiet rather than guess.
func TestRuntimeDetectionQuietWithUnreadManifests(t *testing.T) {
	only := Options{Only: []string{ruleK8sRuntimeDetectionMissing.ID}}
	if fs := review(t, "testdata/rules/runtime_k8s-runtime-detection-missing.daemonset", cloudOnly(), New(only)); len(fs) != 0 {
		t.Errorf("want no finding without a workload model, got %v", fs)
	}
	// With no manifest at all, the absence of a sensor is known.
	if fs := review(t, "testdata/rules/runtime_k8s-runtime-detection-missing", cloudOnly(), New(only)); len(fs) != 3 {
		t.Errorf("want 3 findings, got %d", len(fs))
	}
}

// The CIS rule names exactly the event classes that are not watched, and its fix adds exactly those.
func TestCISMessageNamesTheGaps(t *testing.T) {
	fs := review(t, "testdata/rules/runtime_cis-monitoring-alarms-missing", cloudOnly(),
		New(Options{Only: []string{ruleCISMonitoringAlarmsMissing.ID}}))
	var tmpl *finding.Finding
	for i := range fs {
		if fs[i].Location.Path == "template.yaml" {
			tmpl = &fs[i]
		}
	}
	if tmpl == nil {
		t.Fatal("no finding on template.yaml")
	}
	for _, want := range []string{"2 of the 15", "root user activity (4.3)", "VPC changes (4.14)"} {
		if !strings.Contains(tmpl.Message, want) {
			t.Errorf("message %q lacks %q", tmpl.Message, want)
		}
	}
	if strings.Contains(tmpl.Message, "unauthorized") {
		t.Errorf("message names a watched class: %q", tmpl.Message)
	}
	for _, want := range []string{"RootAccountUsageFilter:", "VPCChangesAlarm:", "Type: AWS::Logs::MetricFilter"} {
		if !strings.Contains(tmpl.Remediation, want) {
			t.Errorf("remediation lacks %q:\n%s", want, tmpl.Remediation)
		}
	}
	if strings.Contains(tmpl.Remediation, "resource \"aws_") || strings.Contains(tmpl.Remediation, "UnauthorizedAPICallsFilter") {
		t.Errorf("remediation is not limited to the CloudFormation fix of the gaps:\n%s", tmpl.Remediation)
	}
}

// Remediations are written in the language of the source and name the resource they mend.
func TestRemediationMatchesSource(t *testing.T) {
	fs := review(t, "testdata/rules/runtime_vpc-flow-logs-missing", cloudOnly(), New(Options{Only: []string{ruleVPCFlowLogsMissing.ID}}))
	seen := 0
	for _, f := range fs {
		switch f.Location.Path {
		case "main.tf":
			seen++
			name := strings.TrimPrefix(f.Subject, "aws_vpc.")
			if !strings.Contains(f.Remediation, `resource "aws_flow_log" "`+name+`"`) || !strings.Contains(f.Remediation, "vpc_id               = aws_vpc."+name+".id") {
				t.Errorf("Terraform fix:\n%s", f.Remediation)
			}
		case "template.yaml":
			seen++
			if !strings.Contains(f.Remediation, "UnloggedFlowLog:\n  Type: AWS::EC2::FlowLog") || !strings.Contains(f.Remediation, "ResourceId: !Ref Unlogged") {
				t.Errorf("CloudFormation fix:\n%s", f.Remediation)
			}
		case "modules/net/main.tf":
			seen++
			if len(f.Related) != 1 || f.Related[0].Path != "main.tf" || f.Subject != "module.net.aws_vpc.this" {
				t.Errorf("module finding: related %v, subject %q", f.Related, f.Subject)
			}
		}
	}
	if seen != 4 { // two VPCs in main.tf, one in the module, one in the template
		t.Errorf("saw %d findings in the expected files, want 4: %v", seen, fs)
	}
}
