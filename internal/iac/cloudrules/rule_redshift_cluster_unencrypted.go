package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleRedshiftClusterUnencrypted = newRule("config/redshift-cluster-unencrypted", finding.High,
	"Redshift cluster is not encrypted",
	"The data warehouse stores its blocks and snapshots unencrypted.",
	"Set encrypted = true (Encrypted: true) with a customer-managed kms_key_id.")

func checkRedshiftClusterUnencrypted() *Check {
	return attrCheck(ruleRedshiftClusterUnencrypted,
		expect{Types: []string{"aws_redshift_cluster"}, Path: []string{"encrypted"}, Bad: isFalse,
			Message: "encrypted = %s: warehouse data and snapshots are not encrypted",
			Missing: defaultNote("encrypted", "false", "warehouse data and snapshots are not encrypted")},
		expect{Types: []string{"AWS::Redshift::Cluster"}, Path: []string{"Encrypted"}, Bad: isFalse,
			Message: "Encrypted: %s: warehouse data and snapshots are not encrypted",
			Missing: defaultNote("Encrypted", "false", "warehouse data and snapshots are not encrypted")},
	)
}
