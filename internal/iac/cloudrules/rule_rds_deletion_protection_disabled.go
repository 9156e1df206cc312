package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleRdsDeletionProtectionDisabled = newRule("config/rds-deletion-protection-disabled", finding.Medium,
	"Database deletion protection is off",
	"Without deletion protection one destroy (a mistaken terraform destroy, a stack deletion, a compromised key) deletes the database.",
	"Set deletion_protection = true (DeletionProtection: true) on production databases.")

func checkRdsDeletionProtectionDisabled() *Check {
	return attrCheck(ruleRdsDeletionProtectionDisabled,
		expect{Types: []string{"aws_db_instance"}, Path: []string{"deletion_protection"}, Bad: isFalse,
			Message: "deletion_protection = %s: the database can be deleted in one call",
			Missing: defaultNote("deletion_protection", "false", "the database can be deleted in one call"),
			Skip:    inheritsStorage},
		expect{Types: []string{"aws_rds_cluster"}, Path: []string{"deletion_protection"}, Bad: isFalse,
			Message: "deletion_protection = %s: the database can be deleted in one call",
			Missing: defaultNote("deletion_protection", "false", "the database can be deleted in one call")},
		expect{Types: []string{"AWS::RDS::DBInstance"}, Path: []string{"DeletionProtection"}, Bad: isFalse,
			Message: "DeletionProtection: %s: the database can be deleted in one call",
			Missing: defaultNote("DeletionProtection", "false", "the database can be deleted in one call"),
			Skip:    inheritsStorage},
		expect{Types: []string{"AWS::RDS::DBCluster"}, Path: []string{"DeletionProtection"}, Bad: isFalse,
			Message: "DeletionProtection: %s: the database can be deleted in one call",
			Missing: defaultNote("DeletionProtection", "false", "the database can be deleted in one call")},
	)
}
