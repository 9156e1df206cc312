package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleDaxClusterUnencrypted = newRule("config/dax-cluster-unencrypted", finding.Medium,
	"DAX cluster is not encrypted at rest",
	"The DynamoDB Accelerator cluster caches table data unencrypted on its nodes.",
	"Enable server_side_encryption (SSESpecification SSEEnabled).")

func checkDaxClusterUnencrypted() *Check {
	return attrCheck(ruleDaxClusterUnencrypted,
		expect{Types: []string{"aws_dax_cluster"}, Path: []string{"server_side_encryption", "enabled"}, Bad: isFalse,
			Message: "enabled = %s: cached table data is not encrypted at rest",
			Missing: defaultNote("server_side_encryption.enabled", "false", "cached table data is not encrypted at rest")},
		expect{Types: []string{"AWS::DAX::Cluster"}, Path: []string{"SSESpecification", "SSEEnabled"}, Bad: isFalse,
			Message: "SSEEnabled: %s: cached table data is not encrypted at rest",
			Missing: defaultNote("SSESpecification.SSEEnabled", "false", "cached table data is not encrypted at rest")},
	)
}
