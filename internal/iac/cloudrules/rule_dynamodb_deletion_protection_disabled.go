package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleDynamodbDeletionProtectionDisabled = newRule("config/dynamodb-deletion-protection-disabled", finding.Low,
	"DynamoDB deletion protection is off",
	"Without deletion protection the table and its data go with one mistaken destroy.",
	"Set deletion_protection_enabled = true (DeletionProtectionEnabled: true).")

func checkDynamodbDeletionProtectionDisabled() *Check {
	return attrCheck(ruleDynamodbDeletionProtectionDisabled,
		expect{Types: []string{"aws_dynamodb_table"}, Path: []string{"deletion_protection_enabled"}, Bad: isFalse,
			Message: "deletion_protection_enabled = %s: the table can be deleted in one call",
			Missing: defaultNote("deletion_protection_enabled", "false", "the table can be deleted in one call")},
		expect{Types: []string{"AWS::DynamoDB::Table"}, Path: []string{"DeletionProtectionEnabled"}, Bad: isFalse,
			Message: "DeletionProtectionEnabled: %s: the table can be deleted in one call",
			Missing: defaultNote("DeletionProtectionEnabled", "false", "the table can be deleted in one call")},
	)
}
