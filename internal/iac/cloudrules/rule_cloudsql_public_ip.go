package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleCloudsqlPublicIp = newRule("config/cloudsql-public-ip", finding.Medium,
	"Cloud SQL instance has a public IP address",
	"ipv4_enabled is true (the provider default when ip_configuration does not turn it off): the instance has a public address, protected only by authorized networks and credentials.",
	"Set settings.ip_configuration.ipv4_enabled = false and connect over private IP.")

func checkCloudsqlPublicIp() *Check {
	return attrCheck(ruleCloudsqlPublicIp,
		expect{Types: []string{"google_sql_database_instance"}, Path: []string{"settings", "ip_configuration", "ipv4_enabled"}, Bad: isTrue,
			Message: "ipv4_enabled = %s: the instance has a public IP address",
			Missing: defaultNote("settings.ip_configuration.ipv4_enabled", "true", "the instance has a public IP address")},
	)
}
