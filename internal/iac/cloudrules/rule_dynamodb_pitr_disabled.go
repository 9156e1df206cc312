package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleDynamodbPitrDisabled = newRule("config/dynamodb-pitr-disabled", finding.Medium,
	"DynamoDB point-in-time recovery is off",
	"Without point-in-time recovery a bad write or delete cannot be rolled back; only manual backups remain.",
	"Enable point_in_time_recovery (PointInTimeRecoverySpecification).")

func checkDynamodbPitrDisabled() *Check {
	return attrCheck(ruleDynamodbPitrDisabled,
		expect{Types: []string{"aws_dynamodb_table"}, Path: []string{"point_in_time_recovery", "enabled"}, Bad: isFalse,
			Message: "enabled = %s: the table cannot be restored to an earlier point in time",
			Missing: defaultNote("point_in_time_recovery.enabled", "false", "the table cannot be restored to an earlier point in time")},
		expect{Types: []string{"AWS::DynamoDB::Table"}, Path: []string{"PointInTimeRecoverySpecification", "PointInTimeRecoveryEnabled"}, Bad: isFalse,
			Message: "PointInTimeRecoveryEnabled: %s: the table cannot be restored to an earlier point in time",
			Missing: defaultNote("PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled", "false", "the table cannot be restored to an earlier point in time")},
	)
}
