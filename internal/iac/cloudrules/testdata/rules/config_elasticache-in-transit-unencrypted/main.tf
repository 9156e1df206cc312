resource "aws_elasticache_replication_group" "missing" { # want: config/elasticache-in-transit-unencrypted
  replication_group_id = "cache"
  description = "cache"
}

resource "aws_elasticache_replication_group" "bad" {
  replication_group_id = "cache"
  description = "cache"
  transit_encryption_enabled = false # want: config/elasticache-in-transit-unencrypted
}

resource "aws_elasticache_replication_group" "good" { # ok: config/elasticache-in-transit-unencrypted
  replication_group_id = "cache"
  description = "cache"
  transit_encryption_enabled = true # ok: config/elasticache-in-transit-unencrypted
}
