package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleRdsBackupsDisabled = newRule("config/rds-backups-disabled", finding.Medium,
	"Database backups are disabled",
	"A backup retention period of 0 turns off automated backups and point-in-time recovery: a bad migration, a deletion or ransomware loses the data for good.",
	"Set backup_retention_period (BackupRetentionPeriod) to at least 7 days.")

func checkRdsBackupsDisabled() *Check {
	return attrCheck(ruleRdsBackupsDisabled,
		expect{Types: []string{"aws_db_instance"}, Path: []string{"backup_retention_period"}, Bad: numberBelow(1),
			Message: "backup_retention_period = %s: automated backups are off"},
		expect{Types: []string{"AWS::RDS::DBInstance"}, Path: []string{"BackupRetentionPeriod"}, Bad: numberBelow(1),
			Message: "BackupRetentionPeriod: %s: automated backups are off"},
	)
}
