# One multi-region trail covers the account; a single-region data event trail beside it is fine.
resource "aws_cloudtrail" "account" { # ok: runtime/cloudtrail-not-multi-region
  name                  = "account"
  s3_bucket_name        = "trail-logs"
  is_multi_region_trail = true
}

resource "aws_cloudtrail" "data_events" { # ok: runtime/cloudtrail-not-multi-region
  name           = "data-events"
  s3_bucket_name = "trail-logs"
}
