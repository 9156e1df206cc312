resource "aws_cloudtrail" "plain" { # want: runtime/cloudtrail-not-kms-encrypted
  name           = "plain"
  s3_bucket_name = "trail-logs"
}

resource "aws_kms_key" "trail" {
  description = "trail"
}

resource "aws_cloudtrail" "encrypted" { # ok: runtime/cloudtrail-not-kms-encrypted
  name           = "encrypted"
  s3_bucket_name = "trail-logs"
  kms_key_id     = aws_kms_key.trail.arn
}
