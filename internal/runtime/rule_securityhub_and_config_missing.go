package runtime

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleSecurityHubAndConfigMissing = newRule("securityhub-and-config-missing", finding.Medium,
	"The AWS account baseline has neither Security Hub nor an AWS Config recorder",
	"This configuration manages account-wide AWS settings, yet records neither configuration changes (AWS Config) "+
		"nor aggregates security findings (Security Hub). Without them a resource can drift into an insecure state, "+
		"and back, without a trace, and GuardDuty, Inspector and Access Analyzer findings are not gathered in one place."+awsBaselineNote,
	"Add an AWS Config recorder with its delivery channel and recorder status, and enable Security Hub:\n\n"+configSnippetTF,
	"https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html",
	"https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-settingup.html",
	"CIS AWS Foundations Benchmark 3.3 (v3.0), 4.16")

const configSnippetTF = `resource "aws_config_configuration_recorder" "main" {
  name     = "default"
  role_arn = aws_iam_role.config.arn
  recording_group {
    all_supported                 = true
    include_global_resource_types = true
  }
}

resource "aws_config_delivery_channel" "main" {
  name           = "default"
  s3_bucket_name = aws_s3_bucket.config.id
  depends_on     = [aws_config_configuration_recorder.main]
}

resource "aws_config_configuration_recorder_status" "main" {
  name       = aws_config_configuration_recorder.main.name
  is_enabled = true
  depends_on = [aws_config_delivery_channel.main]
}

resource "aws_securityhub_account" "main" {}
`

const configSnippetCFN = `ConfigRecorder:
  Type: AWS::Config::ConfigurationRecorder
  Properties:
    RoleARN: !GetAtt ConfigRole.Arn
    RecordingGroup:
      AllSupported: true
      IncludeGlobalResourceTypes: true
ConfigDeliveryChannel:
  Type: AWS::Config::DeliveryChannel
  Properties:
    S3BucketName: !Ref ConfigBucket
SecurityHub:
  Type: AWS::SecurityHub::Hub
`

func checkSecurityHubAndConfigMissing() *check {
	return &check{rule: ruleSecurityHubAndConfigMissing, run: func(p *pass) {
		for _, b := range p.baselines("aws") {
			if p.has(b.root, "aws_securityhub_account", "AWS::SecurityHub::Hub", "aws_config_configuration_recorder",
				"AWS::Config::ConfigurationRecorder", "aws_securityhub_organization_admin_account", "aws_config_configuration_aggregator") {
				continue
			}
			fix := configSnippetTF
			if b.cloudformation() {
				fix = configSnippetCFN
			}
			p.reportAt(b.anchor, b.subject("aws"), fmt.Sprintf(
				"this configuration manages the AWS account (%s) but defines neither Security Hub nor an AWS Config recorder: add them here", b.marker.Label()), fix)
		}
	}}
}
