resource "aws_cloudwatch_log_group" "trail" {
  name = "cloudtrail"
}

resource "aws_cloudtrail" "account" { # ok: runtime/cloudtrail-cloudwatch-logs-missing
  name                       = "account"
  s3_bucket_name             = "trail-logs"
  is_multi_region_trail      = true
  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::111122223333:role/trail-to-cloudwatch"
}

resource "aws_cloudtrail" "data" { # ok: runtime/cloudtrail-cloudwatch-logs-missing
  name           = "data"
  s3_bucket_name = "trail-logs"
}
