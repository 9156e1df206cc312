resource "aws_s3_bucket" "acl_public" {
  bucket = "trail-acl-public"
  acl    = "public-read" # want: runtime/cloudtrail-bucket-public
}

resource "aws_cloudtrail" "a" {
  name           = "a"
  s3_bucket_name = aws_s3_bucket.acl_public.id
}

resource "aws_s3_bucket" "policy_public" { # ok: runtime/cloudtrail-bucket-public
  bucket = "trail-policy-public"
}

resource "aws_s3_bucket_policy" "policy_public" {
  bucket = aws_s3_bucket.policy_public.id
  policy = jsonencode({ # want: runtime/cloudtrail-bucket-public
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::trail-policy-public/*"
    }]
  })
}

resource "aws_cloudtrail" "b" {
  name           = "b"
  s3_bucket_name = "trail-policy-public"
}

# Private: only CloudTrail may write, with a condition on the source account.
resource "aws_s3_bucket" "private" { # ok: runtime/cloudtrail-bucket-public
  bucket = "trail-private"
}

resource "aws_s3_bucket_policy" "private" {
  bucket = aws_s3_bucket.private.id
  policy = data.aws_iam_policy_document.trail.json # ok: runtime/cloudtrail-bucket-public
}

data "aws_iam_policy_document" "trail" {
  statement {
    effect = "Allow"
    principals {
      type        = "Service"
      identifiers = ["cloudtrail.amazonaws.com"]
    }
    actions   = ["s3:PutObject"]
    resources = ["arn:aws:s3:::trail-private/AWSLogs/*"]
  }
}

resource "aws_cloudtrail" "c" {
  name           = "c"
  s3_bucket_name = aws_s3_bucket.private.id
}

# A public ACL neutralized by a public access block.
resource "aws_s3_bucket" "blocked" {
  bucket = "trail-blocked"
  acl    = "public-read" # ok: runtime/cloudtrail-bucket-public
}

resource "aws_s3_bucket_public_access_block" "blocked" {
  bucket                  = aws_s3_bucket.blocked.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_cloudtrail" "d" {
  name           = "d"
  s3_bucket_name = aws_s3_bucket.blocked.id
}

# A public bucket no trail writes to is another rule's business.
resource "aws_s3_bucket" "website" {
  bucket = "site"
  acl    = "public-read" # ok: runtime/cloudtrail-bucket-public
}

resource "aws_s3_bucket" "acl_resource" {
  bucket = "trail-acl-resource"
}

resource "aws_s3_bucket_acl" "acl_resource" {
  bucket = aws_s3_bucket.acl_resource.id
  acl    = "authenticated-read" # want: runtime/cloudtrail-bucket-public
}

resource "aws_cloudtrail" "e" {
  name           = "e"
  s3_bucket_name = aws_s3_bucket.acl_resource.bucket
}
