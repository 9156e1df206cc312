package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleElasticacheAtRestUnencrypted = newRule("config/elasticache-at-rest-unencrypted", finding.Medium,
	"ElastiCache replication group is not encrypted at rest",
	"Cached data, backups and swap on the nodes are stored unencrypted.",
	"Set at_rest_encryption_enabled = true (AtRestEncryptionEnabled: true).")

func checkElasticacheAtRestUnencrypted() *Check {
	return attrCheck(ruleElasticacheAtRestUnencrypted,
		expect{Types: []string{"aws_elasticache_replication_group"}, Path: []string{"at_rest_encryption_enabled"}, Bad: isFalse,
			Message: "at_rest_encryption_enabled = %s: cached data is not encrypted at rest",
			Missing: defaultNote("at_rest_encryption_enabled", "false", "cached data is not encrypted at rest")},
		expect{Types: []string{"AWS::ElastiCache::ReplicationGroup"}, Path: []string{"AtRestEncryptionEnabled"}, Bad: isFalse,
			Message: "AtRestEncryptionEnabled: %s: cached data is not encrypted at rest",
			Missing: defaultNote("AtRestEncryptionEnabled", "false", "cached data is not encrypted at rest")},
	)
}
