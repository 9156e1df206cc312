package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleRdsAutoMinorUpgradeDisabled = newRule("config/rds-auto-minor-upgrade-disabled", finding.Low,
	"Database minor version upgrades are turned off",
	"With automatic minor version upgrades off the engine misses security patches until someone upgrades it by hand.",
	"Leave auto_minor_version_upgrade at its default (true).")

func checkRdsAutoMinorUpgradeDisabled() *Check {
	return attrCheck(ruleRdsAutoMinorUpgradeDisabled,
		expect{Types: []string{"aws_db_instance"}, Path: []string{"auto_minor_version_upgrade"}, Bad: isFalse,
			Message: "auto_minor_version_upgrade = %s: security patches of the engine are not applied automatically"},
		expect{Types: []string{"AWS::RDS::DBInstance"}, Path: []string{"AutoMinorVersionUpgrade"}, Bad: isFalse,
			Message: "AutoMinorVersionUpgrade: %s: security patches of the engine are not applied automatically"},
	)
}
