package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleDynamodbTableNoCmk = newRule("config/dynamodb-table-no-cmk", finding.Low,
	"DynamoDB table does not use a customer-managed key",
	"Without server-side encryption settings the table is encrypted with an AWS-owned key that you cannot audit, restrict or revoke.",
	"Enable server_side_encryption with a customer-managed kms_key_arn (SSESpecification with KMSMasterKeyId).")

func checkDynamodbTableNoCmk() *Check {
	return attrCheck(ruleDynamodbTableNoCmk,
		expect{Types: []string{"aws_dynamodb_table"}, Path: []string{"server_side_encryption", "enabled"}, Bad: isFalse,
			Message: "enabled = %s: the table is encrypted with an AWS-owned key, not a customer-managed one",
			Missing: defaultNote("server_side_encryption.enabled", "false", "the table is encrypted with an AWS-owned key, not a customer-managed one")},
		expect{Types: []string{"AWS::DynamoDB::Table"}, Path: []string{"SSESpecification", "SSEEnabled"}, Bad: isFalse,
			Message: "SSEEnabled: %s: the table is encrypted with an AWS-owned key, not a customer-managed one",
			Missing: defaultNote("SSESpecification.SSEEnabled", "false", "the table is encrypted with an AWS-owned key, not a customer-managed one")},
	)
}
