package runtime

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/vigil-sec/vigil/internal/engine"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// TestCompleteSetupQuietForTheRightReason breaks the complete setups one gap at a time: each gap
// must be reported by its rule, so that the complete trees are quiet because they are complete,
// not because the rules do not look.
func TestCompleteSetupQuietForTheRightReason(t *testing.T) {
	type edit struct{ old, new string }
	gaps := []struct {
		dir, file, rule string
		edits           []edit
	}{
		{"terraform", "aws_account.tf", "runtime/cloudtrail-not-multi-region", []edit{{"is_multi_region_trail         = true", ""}}},
		{"terraform", "aws_account.tf", "runtime/cloudtrail-log-validation-disabled", []edit{{"enable_log_file_validation    = true", ""}}},
		{"terraform", "aws_account.tf", "runtime/cloudtrail-not-kms-encrypted", []edit{{"  kms_key_id                    = aws_kms_key.trail.arn\n", ""}}},
		{"terraform", "aws_account.tf", "runtime/cloudtrail-bucket-access-logging-disabled", []edit{{"bucket        = aws_s3_bucket.trail.id\n  target_bucket", "bucket        = aws_s3_bucket.config.id\n  target_bucket"}}},
		{"terraform", "aws_account.tf", "runtime/guardduty-s3-protection-disabled", []edit{{`name        = "S3_DATA_EVENTS"`, `name        = "RDS_LOGIN_EVENTS"`}}},
		{"terraform", "aws_account.tf", "runtime/config-recorder-disabled", []edit{{"is_enabled = true", "is_enabled = false"}}},
		{"terraform", "aws_account.tf", "runtime/alarm-not-notifying", []edit{{`resource "aws_sns_topic_subscription"`, `resource "aws_sqs_queue_policy"`}}},
		{"terraform", "aws_alarms.tf", "runtime/cis-monitoring-alarms-missing", []edit{{`$.userIdentity.type = \"Root\"`, `$.userIdentity.type = \"IAMUser\"`}}},
		{"terraform", "aws_workloads.tf", "runtime/vpc-flow-logs-missing", []edit{{"vpc_id               = aws_vpc.main.id", "subnet_id            = \"subnet-1\""}}},
		{"terraform", "aws_workloads.tf", "runtime/eks-control-plane-logging-incomplete", []edit{{`"authenticator", `, ""}}},
		{"terraform", "aws_workloads.tf", "runtime/k8s-runtime-detection-missing", []edit{{`chart            = "falco"`, `chart            = "grafana"`}}},
		{"terraform", "aws_workloads.tf", "runtime/s3-bucket-access-logging-disabled", []edit{{`bucket        = aws_s3_bucket.customer_uploads.id`, `bucket        = "elsewhere"`}}},
		{"terraform", "gcp.tf", "runtime/gcp-data-access-audit-logs-missing", []edit{{`log_type = "DATA_WRITE"`, `log_type = "ADMIN_READ"`}}},
		{"terraform", "gcp.tf", "runtime/gcp-subnet-flow-logs-disabled", []edit{{"auto_create_subnetworks = false", ""}}},
		{"terraform", "azure_workloads.tf", "runtime/aks-audit-logs-missing", []edit{{`category = "kube-audit-admin"`, `category = "kube-apiserver"`}}},
		{"kubernetes", "clusters/prod/security.yaml", "runtime/k8s-cluster-runtime-detection-missing", []edit{{"    name: falco\n    namespace: flux-system", "    name: podinfo\n    namespace: flux-system"}}},
		{"kubernetes", "control-plane/kubeadm.yaml", "runtime/k8s-apiserver-audit-disabled", []edit{{"value: /etc/kubernetes/audit-webhook.yaml", `value: ""`}}},
		{"kubernetes", "control-plane/kind.yaml", "runtime/k8s-apiserver-audit-disabled", []edit{{"audit-policy-file:", "admission-control-config-file:"}}},
		{"kubernetes", "control-plane/audit-policy.yaml", "runtime/k8s-audit-policy-ineffective", []edit{{"  - level: Metadata\n    resources:\n      - group: \"\"\n        resources: [\"secrets\"", "  - level: None\n    resources:\n      - group: \"\"\n        resources: [\"secrets\""}}},
		{"kubernetes", "control-plane/audit-policy.yaml", "runtime/k8s-audit-policy-logs-secret-data", []edit{{"        resources: [\"configmaps\"]\n    namespaces: [\"kube-system\"]", "        resources: [\"secrets\"]\n    namespaces: [\"kube-system\"]"}}},
		{"kubernetes", "k3s/config.yaml", "runtime/k8s-apiserver-audit-disabled", []edit{{"  - audit-policy-file=", "  - audit-policy-file-missing="}}},
		{"kubernetes", "control-plane/kube-apiserver.yaml", "runtime/k8s-apiserver-audit-disabled", []edit{{"--audit-policy-file=", "--audit-policy-filename="}}},
		{"terraform", "azure_workloads.tf", "runtime/azure-network-flow-logs-missing", []edit{{"target_resource_id   = azurerm_virtual_network.main.id", `target_resource_id   = "/elsewhere"`}}},
		{"terraform", "azure_subscription.tf", "runtime/azure-defender-plan-missing", []edit{{`resource_type = "KeyVaults"`, `resource_type = "Dns"`}}},
		{"terraform", "azure_subscription.tf", "runtime/azure-activity-log-alerts-missing", []edit{{`operation_name = "Microsoft.Sql/servers/firewallRules/delete"`, `operation_name = "Microsoft.Sql/servers/write"`}}},
		{"terraform", "azure_workloads.tf", "runtime/azure-diagnostic-settings-missing", []edit{{"target_resource_id         = azurerm_key_vault.app.id", `target_resource_id         = "/elsewhere"`}}},
		{"cloudformation", "template.yaml", "runtime/cloudtrail-not-multi-region", []edit{{"      IsMultiRegionTrail: true\n", ""}}},
		{"cloudformation", "template.yaml", "runtime/config-recorder-disabled", []edit{{"    Type: AWS::Config::DeliveryChannel\n", "    Type: AWS::SNS::Topic\n"}}},
		{"cloudformation", "template.yaml", "runtime/k8s-runtime-detection-missing", []edit{
			{"        - Name: RUNTIME_MONITORING\n", "        - Name: LAMBDA_NETWORK_LOGS\n"}, {"AddonName: aws-guardduty-agent", "AddonName: vpc-cni"}}},
		{"cloudformation", "template.yaml", "runtime/lb-access-logs-disabled", []edit{{"          Value: \"true\"\n", "          Value: \"false\"\n"}}},
		{"cloudformation", "template.yaml", "runtime/cloudfront-access-logs-disabled", []edit{{"        Logging:\n          Bucket:", "        Comment:\n          Bucket:"}}},
		{"cloudformation", "template.yaml", "runtime/api-gateway-access-logs-disabled", []edit{{"      AccessLogSetting:\n", "      MethodSettings:\n"}}},
		{"cloudformation", "template.yaml", "runtime/rds-log-exports-disabled", []edit{{"      EnableCloudwatchLogsExports: [postgresql, upgrade]\n", ""}}},
		{"cloudformation", "template.yaml", "runtime/alarm-not-notifying", []edit{{"        - !Ref SecurityAlertsTopic\n", "        - !Ref Detector\n"}}},
		{"cloudformation", "template.yaml", "runtime/guardduty-detector-disabled", []edit{{"      Enable: true\n      Features:", "      Enable: false\n      Features:"}}},
		{"terraform", "aws_account.tf", "runtime/cloudtrail-bucket-public", []edit{
			{`bucket = "acme-cloudtrail"`, `bucket = "acme-cloudtrail"` + "\n  acl = \"public-read\""},
			{"block_public_acls       = true\n  ignore_public_acls      = true", "block_public_acls       = false\n  ignore_public_acls      = false"}}},
		{"cloudformation", "template.yaml", "runtime/cloudtrail-bucket-public", []edit{
			{"            Principal:\n              Service: cloudtrail.amazonaws.com\n            Action: s3:PutObject", "            Principal: \"*\"\n            Action: s3:GetObject"},
			{"        RestrictPublicBuckets: true\n      LoggingConfiguration:", "        RestrictPublicBuckets: false\n      LoggingConfiguration:"},
			{"        BlockPublicPolicy: true\n        RestrictPublicBuckets: false", "        BlockPublicPolicy: false\n        RestrictPublicBuckets: false"}}},
		{"terraform", "aws_account.tf", "runtime/cloudtrail-missing", []edit{{`resource "aws_cloudtrail" "account"`, `resource "aws_cloudtrail_event_data_store" "account"`}}},
		{"terraform", "aws_account.tf", "runtime/guardduty-missing", []edit{{`resource "aws_guardduty_detector" "main"`, `resource "aws_inspector2_enabler" "main"`}}},
		{"terraform", "aws_account.tf", "runtime/securityhub-and-config-missing", []edit{
			{`resource "aws_securityhub_account" "main" {}`, ""}, {`resource "aws_config_configuration_recorder" "main"`, `resource "aws_config_config_rule" "main"`}}},
		{"terraform", "aws_account.tf", "runtime/cloudtrail-cloudwatch-logs-missing", []edit{{"cloud_watch_logs_group_arn    =", "# cloud_watch_logs_group_arn  ="}}},
		{"terraform", "aws_workloads.tf", "runtime/lb-access-logs-disabled", []edit{{"    enabled = true\n", ""}}},
		{"terraform", "aws_workloads.tf", "runtime/rds-log-exports-disabled", []edit{{`enabled_cloudwatch_logs_exports = ["audit", "error", "general", "slowquery"]`, ""}}},
		{"terraform", "aws_workloads.tf", "runtime/api-gateway-access-logs-disabled", []edit{{"access_log_settings {", "canary_settings {"}}},
		{"terraform", "aws_workloads.tf", "runtime/cloudfront-access-logs-disabled", []edit{{"logging_config {", "restrictions {"}}},
		{"terraform", "aws_account.tf", "runtime/guardduty-eks-protection-disabled", []edit{{`name        = "EKS_AUDIT_LOGS"`, `name        = "EBS_MALWARE_PROTECTION"`}}},
		{"terraform", "gcp.tf", "runtime/gke-logging-monitoring-disabled", []edit{{`monitoring_service = "monitoring.googleapis.com/kubernetes"`, `monitoring_service = "none"`}}},
		{"cloudformation", "template.yaml", "runtime/cis-monitoring-alarms-missing", []edit{{"  VPCChangesFilter:", "  VPCChangesFilterGone:\n    Type: AWS::SNS::Topic\n  VPCChangesUnused:"}, {"      FilterPattern: '{ ($.eventName = CreateVpc)", "      Comment: '{ ($.eventName = CreateVpc)"}}},
		{"cloudformation", "template.yaml", "runtime/eks-control-plane-logging-incomplete", []edit{{"            - Type: audit\n", ""}}},
		{"cloudformation", "template.yaml", "runtime/vpc-flow-logs-missing", []edit{{"      ResourceId: !Ref Vpc", "      ResourceId: subnet-1"}}},
		{"cloudformation", "template.yaml", "runtime/s3-bucket-access-logging-disabled", []edit{{"        LogFilePrefix: customer-uploads/\n", ""}, {"    Properties:\n      LoggingConfiguration:\n        DestinationBucketName: !Ref AccessLogsBucket\n  Orders:", "  Orders:"}}},
		{"cloudformation", "template.yaml", "runtime/guardduty-s3-protection-disabled", []edit{{"        - Name: S3_DATA_EVENTS\n", "        - Name: RDS_LOGIN_EVENTS\n"}}},
		{"cloudformation", "template.yaml", "runtime/guardduty-eks-protection-disabled", []edit{{"        - Name: EKS_AUDIT_LOGS\n", "        - Name: EBS_MALWARE_PROTECTION\n"}}},
		{"cloudformation", "template.yaml", "runtime/cloudtrail-log-validation-disabled", []edit{{"      EnableLogFileValidation: true\n", ""}}},
		{"cloudformation", "template.yaml", "runtime/cloudtrail-not-kms-encrypted", []edit{{"      KMSKeyId: !Ref TrailKey\n", ""}}},
		{"cloudformation", "template.yaml", "runtime/cloudtrail-bucket-access-logging-disabled", []edit{{"        LogFilePrefix: cloudtrail/\n", ""}, {"      LoggingConfiguration:\n        DestinationBucketName: !Ref AccessLogsBucket\n  TrailBucketPolicy:", "  TrailBucketPolicy:"}}},
		{"cloudformation", "template.yaml", "runtime/cloudtrail-logging-stopped", []edit{{"      IsLogging: true", "      IsLogging: false"}}},
		{"cloudformation", "template.yaml", "runtime/securityhub-and-config-missing", []edit{{"  SecurityHub:\n    Type: AWS::SecurityHub::Hub\n", ""}, {"    Type: AWS::Config::ConfigurationRecorder", "    Type: AWS::Config::ConfigRule"}}},
	}
	for _, g := range gaps {
		t.Run(g.dir+"/"+g.rule, func(t *testing.T) {
			dir := copyTree(t, filepath.Join("testdata", "complete", g.dir))
			p := filepath.Join(dir, g.file)
			src, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			text := string(src)
			for _, e := range g.edits {
				if !strings.Contains(text, e.old) {
					t.Fatalf("%s does not contain %q", g.file, e.old)
				}
				text = strings.Replace(text, e.old, e.new, 1)
			}
			if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			rep, err := engine.Review(context.Background(), engine.Config{Target: dir,
				Analyzers: analyzersForTest(), Walk: workspace.Options{NoIgnore: true}})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range rep.Findings {
				got = append(got, f.RuleID)
			}
			if !slices.Contains(got, g.rule) {
				t.Errorf("after %v in %s: want %s, got %v", g.edits, g.file, g.rule, got)
			}
		})
	}
}

func copyTree(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}
