package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleCloudsqlDeletionProtectionDisabled = newRule("config/cloudsql-deletion-protection-disabled", finding.Low,
	"Cloud SQL deletion protection is off",
	"deletion_protection = false lets terraform destroy (or a replacement) delete the instance and its data.",
	"Leave deletion_protection at true for instances that hold data.")

func checkCloudsqlDeletionProtectionDisabled() *Check {
	return attrCheck(ruleCloudsqlDeletionProtectionDisabled,
		expect{Types: []string{"google_sql_database_instance"}, Path: []string{"deletion_protection"}, Bad: isFalse,
			Message: "deletion_protection = %s: the instance can be destroyed with its data"},
	)
}
