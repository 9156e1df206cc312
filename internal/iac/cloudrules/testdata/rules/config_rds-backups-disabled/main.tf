resource "aws_db_instance" "bad" {
  engine = "mysql"
  backup_retention_period = 0 # want: config/rds-backups-disabled
}

resource "aws_db_instance" "good" { # ok: config/rds-backups-disabled
  engine = "mysql"
  backup_retention_period = 7 # ok: config/rds-backups-disabled
}
