# A trail without CloudWatch Logs is another rule's finding.
resource "aws_cloudtrail" "account" { # ok: runtime/cis-monitoring-alarms-missing
  name                  = "account"
  s3_bucket_name        = "trail-logs"
  is_multi_region_trail = true
}
