resource "aws_db_instance" "public" {
  engine              = "postgres"
  publicly_accessible = true # want: config/rds-publicly-accessible
}

resource "aws_db_instance" "private" {
  engine              = "postgres"
  publicly_accessible = false # ok: config/rds-publicly-accessible
}
