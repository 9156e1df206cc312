resource "aws_efs_file_system" "missing" { # want: config/efs-unencrypted
  creation_token = "share"
}

resource "aws_efs_file_system" "bad" {
  creation_token = "share"
  encrypted = false # want: config/efs-unencrypted
}

resource "aws_efs_file_system" "good" { # ok: config/efs-unencrypted
  creation_token = "share"
  encrypted = true # ok: config/efs-unencrypted
}
