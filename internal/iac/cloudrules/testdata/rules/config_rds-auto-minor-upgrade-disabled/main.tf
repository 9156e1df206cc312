resource "aws_db_instance" "bad" {
  engine = "postgres"
  auto_minor_version_upgrade = false # want: config/rds-auto-minor-upgrade-disabled
}

resource "aws_db_instance" "good" { # ok: config/rds-auto-minor-upgrade-disabled
  engine = "postgres"
  auto_minor_version_upgrade = true # ok: config/rds-auto-minor-upgrade-disabled
}
