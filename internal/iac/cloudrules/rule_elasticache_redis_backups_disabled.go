package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

var ruleElasticacheRedisBackupsDisabled = newRule("config/elasticache-redis-backups-disabled", finding.Low,
	"ElastiCache Redis cluster keeps no backups",
	"A snapshot retention limit of 0 (the default) keeps no automatic snapshots of the Redis data.",
	"Set snapshot_retention_limit (SnapshotRetentionLimit) to at least 1.")

func checkElasticacheRedisBackupsDisabled() *Check {
	return attrCheck(ruleElasticacheRedisBackupsDisabled,
		expect{Types: []string{"aws_elasticache_cluster"}, Path: []string{"snapshot_retention_limit"}, Bad: numberBelow(1),
			Message: "snapshot_retention_limit = %s: no automatic snapshots are kept",
			Missing: defaultNote("snapshot_retention_limit", "0", "no automatic snapshots are kept"),
			Skip:    func(c *Context, r *resource.Resource) bool { return !known(r, []string{"engine"}, "redis") }},
		expect{Types: []string{"AWS::ElastiCache::CacheCluster"}, Path: []string{"SnapshotRetentionLimit"}, Bad: numberBelow(1),
			Message: "SnapshotRetentionLimit: %s: no automatic snapshots are kept",
			Missing: defaultNote("SnapshotRetentionLimit", "0", "no automatic snapshots are kept"),
			Skip:    func(c *Context, r *resource.Resource) bool { return !known(r, []string{"Engine"}, "redis") }},
	)
}
