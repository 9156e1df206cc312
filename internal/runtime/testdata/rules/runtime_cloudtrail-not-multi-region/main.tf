resource "aws_cloudtrail" "eu" { # want: runtime/cloudtrail-not-multi-region
  name           = "eu"
  s3_bucket_name = "trail-logs"
}

resource "aws_cloudtrail" "us" {
  name                  = "us"
  s3_bucket_name        = "trail-logs"
  is_multi_region_trail = false # want: runtime/cloudtrail-not-multi-region
}
