resource "aws_s3_bucket_public_access_block" "partial" { # want: config/s3-public-access-block-disabled
  bucket                  = "data"
  block_public_acls       = true
  block_public_policy     = false # want: config/s3-public-access-block-disabled
  ignore_public_acls      = true
}

resource "aws_s3_bucket_public_access_block" "full" { # ok: config/s3-public-access-block-disabled
  bucket                  = "data2"
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
