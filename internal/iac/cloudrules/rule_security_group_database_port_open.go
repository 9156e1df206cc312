package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleSecurityGroupDatabasePortOpen = newRule("config/security-group-database-port-open", finding.High,
	"Security group open to the internet on a database port",
	"An ingress rule admits 0.0.0.0/0 or ::/0 to a database or cache port (MySQL, PostgreSQL, SQL Server, Oracle, MongoDB, Redis, Elasticsearch, Redshift, Memcached ...). Exposed databases are found by scanners and attacked or ransomed.",
	"Allow only the application's security group or private ranges; keep databases in private subnets.")

func checkSecurityGroupDatabasePortOpen() *Check {
	return &Check{Rule: ruleSecurityGroupDatabasePortOpen, Run: func(c *Context) { exposureCheck(c, "aws", "the security group", &databasePorts) }}
}
