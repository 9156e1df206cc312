package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleRdsPubliclyAccessible = newRule("config/rds-publicly-accessible", finding.High,
	"Database instance is publicly accessible",
	"publicly_accessible gives the database a public DNS name that resolves to a public address: with a permissive security group it is reachable from the internet.",
	"Set publicly_accessible to false and reach the database from inside the VPC.")

func checkRdsPubliclyAccessible() *Check {
	return attrCheck(ruleRdsPubliclyAccessible,
		expect{Types: []string{"aws_db_instance", "aws_rds_cluster_instance"}, Path: []string{"publicly_accessible"}, Bad: isTrue,
			Message: "publicly_accessible = %s makes the database reachable from outside the VPC"},
		expect{Types: []string{"AWS::RDS::DBInstance"}, Path: []string{"PubliclyAccessible"}, Bad: isTrue,
			Message: "PubliclyAccessible: %s makes the database reachable from outside the VPC"},
	)
}
