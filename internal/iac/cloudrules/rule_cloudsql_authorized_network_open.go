package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleCloudsqlAuthorizedNetworkOpen = newRule("config/cloudsql-authorized-network-open", finding.High,
	"Cloud SQL admits the whole internet",
	"An authorized network of 0.0.0.0/0 lets any address connect to the instance's public IP.",
	"Remove 0.0.0.0/0; use private IP or the Cloud SQL Auth Proxy.")

func checkCloudsqlAuthorizedNetworkOpen() *Check {
	return attrCheck(ruleCloudsqlAuthorizedNetworkOpen,
		expect{Types: []string{"google_sql_database_instance"}, Path: []string{"settings", "ip_configuration", "authorized_networks", "value"}, Bad: openRange,
			Message: "value = %s: any address can connect to the database",
			Each:    true},
	)
}
