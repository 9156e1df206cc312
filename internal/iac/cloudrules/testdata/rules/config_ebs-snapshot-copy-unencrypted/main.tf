resource "aws_ebs_snapshot_copy" "missing" { # want: config/ebs-snapshot-copy-unencrypted
  source_snapshot_id = "snap-1"
  source_region = "us-east-1"
}

resource "aws_ebs_snapshot_copy" "bad" {
  source_snapshot_id = "snap-1"
  source_region = "us-east-1"
  encrypted = false # want: config/ebs-snapshot-copy-unencrypted
}

resource "aws_ebs_snapshot_copy" "good" { # ok: config/ebs-snapshot-copy-unencrypted
  source_snapshot_id = "snap-1"
  source_region = "us-east-1"
  encrypted = true # ok: config/ebs-snapshot-copy-unencrypted
}
