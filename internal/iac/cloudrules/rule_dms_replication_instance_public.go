package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleDmsReplicationInstancePublic = newRule("config/dms-replication-instance-public", finding.High,
	"DMS replication instance is publicly accessible",
	"A publicly accessible replication instance has a public address while it holds credentials for, and streams data between, the source and target databases.",
	"Set publicly_accessible to false and run replication inside the VPC.")

func checkDmsReplicationInstancePublic() *Check {
	return attrCheck(ruleDmsReplicationInstancePublic,
		expect{Types: []string{"aws_dms_replication_instance"}, Path: []string{"publicly_accessible"}, Bad: isTrue,
			Message: "publicly_accessible = %s gives the replication instance a public address"},
		expect{Types: []string{"AWS::DMS::ReplicationInstance"}, Path: []string{"PubliclyAccessible"}, Bad: isTrue,
			Message: "PubliclyAccessible: %s gives the replication instance a public address"},
	)
}
