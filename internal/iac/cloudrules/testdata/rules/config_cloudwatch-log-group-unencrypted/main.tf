resource "aws_cloudwatch_log_group" "missing" { # want: config/cloudwatch-log-group-unencrypted
  name = "app"
}

resource "aws_cloudwatch_log_group" "bad" {
  name = "app"
  kms_key_id = "" # want: config/cloudwatch-log-group-unencrypted
}

resource "aws_cloudwatch_log_group" "good" { # ok: config/cloudwatch-log-group-unencrypted
  name = "app"
  kms_key_id = "arn:aws:kms:us-east-1:123456789012:key/abcd" # ok: config/cloudwatch-log-group-unencrypted
}
