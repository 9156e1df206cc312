resource "aws_s3_bucket" "unlogged" { # want: runtime/cloudtrail-bucket-access-logging-disabled
  bucket = "trail-unlogged"
}

resource "aws_cloudtrail" "a" {
  name           = "a"
  s3_bucket_name = aws_s3_bucket.unlogged.id
}

resource "aws_s3_bucket" "logged" { # ok: runtime/cloudtrail-bucket-access-logging-disabled
  bucket = "trail-logged"
}

resource "aws_s3_bucket" "access_logs" { # ok: runtime/cloudtrail-bucket-access-logging-disabled
  bucket = "access-logs"
}

resource "aws_s3_bucket_logging" "logged" {
  bucket        = "trail-logged"
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "trail/"
}

resource "aws_cloudtrail" "b" {
  name           = "b"
  s3_bucket_name = "trail-logged"
}

resource "aws_s3_bucket" "inline" { # ok: runtime/cloudtrail-bucket-access-logging-disabled
  bucket = "trail-inline"
  logging {
    target_bucket = "access-logs"
  }
}

resource "aws_cloudtrail" "c" {
  name           = "c"
  s3_bucket_name = aws_s3_bucket.inline.id
}

# The trail writes to a bucket of another configuration: nothing to say here.
resource "aws_cloudtrail" "external" { # ok: runtime/cloudtrail-bucket-access-logging-disabled
  name           = "external"
  s3_bucket_name = "org-audit-archive"
}
