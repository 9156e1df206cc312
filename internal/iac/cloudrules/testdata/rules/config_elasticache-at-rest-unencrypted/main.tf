resource "aws_elasticache_replication_group" "missing" { # want: config/elasticache-at-rest-unencrypted
  replication_group_id = "cache"
  description = "cache"
}

resource "aws_elasticache_replication_group" "bad" {
  replication_group_id = "cache"
  description = "cache"
  at_rest_encryption_enabled = false # want: config/elasticache-at-rest-unencrypted
}

resource "aws_elasticache_replication_group" "good" { # ok: config/elasticache-at-rest-unencrypted
  replication_group_id = "cache"
  description = "cache"
  at_rest_encryption_enabled = true # ok: config/elasticache-at-rest-unencrypted
}
