locals {
  a = local.b
  b = local.a
}

resource "aws_db_instance" "db" {
  engine              = "postgres"
  publicly_accessible = local.a # ok: config/rds-publicly-accessible
}

resource "aws_db_instance" "still_reviewed" {
  engine              = "postgres"
  publicly_accessible = true # want: config/rds-publicly-accessible
}
