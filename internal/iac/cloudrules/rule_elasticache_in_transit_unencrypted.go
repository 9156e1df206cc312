package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleElasticacheInTransitUnencrypted = newRule("config/elasticache-in-transit-unencrypted", finding.Medium,
	"ElastiCache replication group does not encrypt traffic",
	"Clients talk to the cache in plaintext; anyone on the network path reads keys, values and AUTH tokens.",
	"Set transit_encryption_enabled = true (TransitEncryptionEnabled: true).")

func checkElasticacheInTransitUnencrypted() *Check {
	return attrCheck(ruleElasticacheInTransitUnencrypted,
		expect{Types: []string{"aws_elasticache_replication_group"}, Path: []string{"transit_encryption_enabled"}, Bad: isFalse,
			Message: "transit_encryption_enabled = %s: traffic to the cache is not encrypted",
			Missing: defaultNote("transit_encryption_enabled", "false", "traffic to the cache is not encrypted")},
		expect{Types: []string{"AWS::ElastiCache::ReplicationGroup"}, Path: []string{"TransitEncryptionEnabled"}, Bad: isFalse,
			Message: "TransitEncryptionEnabled: %s: traffic to the cache is not encrypted",
			Missing: defaultNote("TransitEncryptionEnabled", "false", "traffic to the cache is not encrypted")},
	)
}
