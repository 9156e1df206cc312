resource "aws_db_instance" "postgres" { # want: runtime/rds-log-exports-disabled
  identifier     = "orders"
  engine         = "postgres"
  instance_class = "db.t4g.medium"
}

resource "aws_db_instance" "mysql" {
  identifier                      = "legacy"
  engine                          = "mysql"
  instance_class                  = "db.t4g.medium"
  enabled_cloudwatch_logs_exports = [] # want: runtime/rds-log-exports-disabled
}

resource "aws_db_instance" "exported" { # ok: runtime/rds-log-exports-disabled
  identifier                      = "exported"
  engine                          = "postgres"
  instance_class                  = "db.t4g.medium"
  enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]
}

resource "aws_rds_cluster" "aurora" { # want: runtime/rds-log-exports-disabled
  cluster_identifier = "aurora"
  engine             = "aurora-mysql"
}

# A cluster member: the cluster exports its logs.
resource "aws_rds_cluster_instance" "member" {
  cluster_identifier = aws_rds_cluster.aurora.id
  instance_class     = "db.r6g.large"
  engine             = "aurora-mysql"
}

resource "aws_db_instance" "member" { # ok: runtime/rds-log-exports-disabled
  identifier         = "member"
  engine             = "aurora-postgresql"
  cluster_identifier = "aurora"
  instance_class     = "db.r6g.large"
}
