resource "aws_db_instance" "missing" { # want: config/rds-deletion-protection-disabled
  engine = "postgres"
}

resource "aws_db_instance" "bad" {
  engine = "postgres"
  deletion_protection = false # want: config/rds-deletion-protection-disabled
}

resource "aws_db_instance" "good" { # ok: config/rds-deletion-protection-disabled
  engine = "postgres"
  deletion_protection = true # ok: config/rds-deletion-protection-disabled
}

resource "aws_rds_cluster" "missing" { # want: config/rds-deletion-protection-disabled
  engine = "aurora-mysql"
}

resource "aws_rds_cluster" "bad" {
  engine = "aurora-mysql"
  deletion_protection = false # want: config/rds-deletion-protection-disabled
}

resource "aws_rds_cluster" "good" { # ok: config/rds-deletion-protection-disabled
  engine = "aurora-mysql"
  deletion_protection = true # ok: config/rds-deletion-protection-disabled
}
