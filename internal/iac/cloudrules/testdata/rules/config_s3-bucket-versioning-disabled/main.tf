resource "aws_s3_bucket" "plain" { # want: config/s3-bucket-versioning-disabled
  bucket = "plain"
}

resource "aws_s3_bucket" "versioned" { # ok: config/s3-bucket-versioning-disabled
  bucket = "versioned"
}

resource "aws_s3_bucket_versioning" "versioned" {
  bucket = aws_s3_bucket.versioned.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket" "suspended" { # want: config/s3-bucket-versioning-disabled
  bucket = "suspended"
}

resource "aws_s3_bucket_versioning" "suspended" {
  bucket = aws_s3_bucket.suspended.id
  versioning_configuration {
    status = "Suspended"
  }
}
