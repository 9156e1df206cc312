resource "aws_s3_bucket" "open" { # want: config/s3-bucket-public-access-block-missing
  bucket = "open-data"
}

resource "aws_s3_bucket" "blocked" { # ok: config/s3-bucket-public-access-block-missing
  bucket = "blocked-data"
}

resource "aws_s3_bucket_public_access_block" "blocked" {
  bucket                  = aws_s3_bucket.blocked.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
