resource "aws_ebs_encryption_by_default" "bad" {
  enabled = false # want: config/ebs-encryption-by-default-disabled
}

resource "aws_ebs_encryption_by_default" "good" { # ok: config/ebs-encryption-by-default-disabled
  enabled = true # ok: config/ebs-encryption-by-default-disabled
}
