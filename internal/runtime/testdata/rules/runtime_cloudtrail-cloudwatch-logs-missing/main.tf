resource "aws_cloudtrail" "data" { # ok: runtime/cloudtrail-cloudwatch-logs-missing
  name           = "data"
  s3_bucket_name = "trail-logs"
}

resource "aws_cloudtrail" "account" { # want: runtime/cloudtrail-cloudwatch-logs-missing
  name                  = "account"
  s3_bucket_name        = "trail-logs"
  is_multi_region_trail = true
}
