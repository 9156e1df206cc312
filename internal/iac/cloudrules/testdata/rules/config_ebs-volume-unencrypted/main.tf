resource "aws_ebs_volume" "missing" { # want: config/ebs-volume-unencrypted
  availability_zone = "us-east-1a"
  size = 10
}

resource "aws_ebs_volume" "bad" {
  availability_zone = "us-east-1a"
  size = 10
  encrypted = false # want: config/ebs-volume-unencrypted
}

resource "aws_ebs_volume" "good" { # ok: config/ebs-volume-unencrypted
  availability_zone = "us-east-1a"
  size = 10
  encrypted = true # ok: config/ebs-volume-unencrypted
}
