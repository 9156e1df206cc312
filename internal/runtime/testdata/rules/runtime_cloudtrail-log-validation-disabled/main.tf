resource "aws_cloudtrail" "default" { # want: runtime/cloudtrail-log-validation-disabled
  name           = "default"
  s3_bucket_name = "trail-logs"
}

resource "aws_cloudtrail" "off" {
  name                       = "off"
  s3_bucket_name             = "trail-logs"
  enable_log_file_validation = false # want: runtime/cloudtrail-log-validation-disabled
}

resource "aws_cloudtrail" "on" { # ok: runtime/cloudtrail-log-validation-disabled
  name                       = "on"
  s3_bucket_name             = "trail-logs"
  enable_log_file_validation = true
}
