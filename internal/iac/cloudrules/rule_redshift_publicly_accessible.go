package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleRedshiftPubliclyAccessible = newRule("config/redshift-publicly-accessible", finding.High,
	"Redshift cluster is publicly accessible",
	"A publicly accessible Redshift cluster has a public endpoint; with a permissive security group the warehouse is reachable from the internet.",
	"Set publicly_accessible to false and query the cluster from inside the VPC.")

func checkRedshiftPubliclyAccessible() *Check {
	return attrCheck(ruleRedshiftPubliclyAccessible,
		expect{Types: []string{"aws_redshift_cluster"}, Path: []string{"publicly_accessible"}, Bad: isTrue,
			Message: "publicly_accessible = %s gives the cluster a public endpoint"},
		expect{Types: []string{"AWS::Redshift::Cluster"}, Path: []string{"PubliclyAccessible"}, Bad: isTrue,
			Message: "PubliclyAccessible: %s gives the cluster a public endpoint"},
	)
}
