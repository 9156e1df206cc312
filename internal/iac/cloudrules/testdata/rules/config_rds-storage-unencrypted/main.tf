resource "aws_db_instance" "missing" { # want: config/rds-storage-unencrypted
  engine = "postgres"
}

resource "aws_db_instance" "bad" {
  engine = "postgres"
  storage_encrypted = false # want: config/rds-storage-unencrypted
}

resource "aws_db_instance" "good" { # ok: config/rds-storage-unencrypted
  engine = "postgres"
  storage_encrypted = true # ok: config/rds-storage-unencrypted
}

resource "aws_rds_cluster" "missing" { # want: config/rds-storage-unencrypted
  engine = "aurora-postgresql"
}

resource "aws_rds_cluster" "bad" {
  engine = "aurora-postgresql"
  storage_encrypted = false # want: config/rds-storage-unencrypted
}

resource "aws_rds_cluster" "good" { # ok: config/rds-storage-unencrypted
  engine = "aurora-postgresql"
  storage_encrypted = true # ok: config/rds-storage-unencrypted
}
