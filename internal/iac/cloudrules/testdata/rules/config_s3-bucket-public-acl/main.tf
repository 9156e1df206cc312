resource "aws_s3_bucket" "site" {
  bucket = "site"
}

resource "aws_s3_bucket_acl" "site" {
  bucket = aws_s3_bucket.site.id
  acl    = "public-read" # want: config/s3-bucket-public-acl
}

resource "aws_s3_bucket_acl" "private" {
  bucket = aws_s3_bucket.site.id
  acl    = "private" # ok: config/s3-bucket-public-acl
}

resource "aws_s3_bucket" "legacy" {
  bucket = "legacy"
  acl    = "public-read-write" # want: config/s3-bucket-public-acl
}
