package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleCloudwatchLogGroupUnencrypted = newRule("config/cloudwatch-log-group-unencrypted", finding.Low,
	"CloudWatch log group is not encrypted with a customer-managed key",
	"Without kms_key_id the log group uses the service key; logs often carry tokens and personal data that deserve a key you control.",
	"Set kms_key_id (KmsKeyId) to a customer-managed KMS key whose policy allows CloudWatch Logs.")

func checkCloudwatchLogGroupUnencrypted() *Check {
	return attrCheck(ruleCloudwatchLogGroupUnencrypted,
		expect{Types: []string{"aws_cloudwatch_log_group"}, Path: []string{"kms_key_id"}, Bad: emptyString,
			Message: "kms_key_id = %s: logs are not encrypted with a customer-managed key",
			Missing: defaultNote("kms_key_id", "none", "logs are not encrypted with a customer-managed key")},
		expect{Types: []string{"AWS::Logs::LogGroup"}, Path: []string{"KmsKeyId"}, Bad: emptyString,
			Message: "KmsKeyId: %s: logs are not encrypted with a customer-managed key",
			Missing: defaultNote("KmsKeyId", "none", "logs are not encrypted with a customer-managed key")},
	)
}
