resource "aws_s3_bucket" "plain" { # want: config/s3-bucket-unencrypted
  bucket = "plain-data"
}

resource "aws_s3_bucket" "split" { # ok: config/s3-bucket-unencrypted
  bucket = "split-data"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "split" {
  bucket = aws_s3_bucket.split.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

resource "aws_s3_bucket" "by_name" { # ok: config/s3-bucket-unencrypted
  bucket = "named-data"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "by_name" {
  bucket = "named-data"
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket" "inline" { # ok: config/s3-bucket-unencrypted
  bucket = "inline-data"
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "AES256"
      }
    }
  }
}
