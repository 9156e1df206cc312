resource "aws_s3_bucket" "site" {
  bucket = "site"
}

resource "aws_s3_bucket_policy" "public" {
  bucket = aws_s3_bucket.site.id
  policy = jsonencode({ # want: config/s3-bucket-public-policy
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::site/*"
    }]
  })
}

resource "aws_s3_bucket_policy" "vpce" {
  bucket = aws_s3_bucket.site.id
  policy = jsonencode({ # ok: config/s3-bucket-public-policy
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::site/*"
      Condition = { StringEquals = { "aws:SourceVpce" = "vpce-1" } }
    }]
  })
}

data "aws_iam_policy_document" "anyone" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::site/*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_s3_bucket_policy" "doc" {
  bucket = aws_s3_bucket.site.id
  policy = data.aws_iam_policy_document.anyone.json # want: config/s3-bucket-public-policy
}
