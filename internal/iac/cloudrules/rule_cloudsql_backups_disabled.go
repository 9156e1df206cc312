package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleCloudsqlBackupsDisabled = newRule("config/cloudsql-backups-disabled", finding.Medium,
	"Cloud SQL automated backups are off",
	"backup_configuration.enabled is false (the provider default): no automated backups or point-in-time recovery.",
	"Set settings.backup_configuration { enabled = true } (and point_in_time_recovery_enabled for PostgreSQL).")

func checkCloudsqlBackupsDisabled() *Check {
	return attrCheck(ruleCloudsqlBackupsDisabled,
		expect{Types: []string{"google_sql_database_instance"}, Path: []string{"settings", "backup_configuration", "enabled"}, Bad: isFalse,
			Message: "enabled = %s: no automated backups are taken",
			Missing: defaultNote("settings.backup_configuration.enabled", "false", "no automated backups are taken")},
	)
}
