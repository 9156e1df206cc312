resource "aws_elasticache_cluster" "missing" { # want: config/elasticache-redis-backups-disabled
  cluster_id = "c"
  engine = "redis"
}

resource "aws_elasticache_cluster" "bad" {
  cluster_id = "c"
  engine = "redis"
  snapshot_retention_limit = 0 # want: config/elasticache-redis-backups-disabled
}

resource "aws_elasticache_cluster" "good" { # ok: config/elasticache-redis-backups-disabled
  cluster_id = "c"
  engine = "redis"
  snapshot_retention_limit = 5 # ok: config/elasticache-redis-backups-disabled
}
