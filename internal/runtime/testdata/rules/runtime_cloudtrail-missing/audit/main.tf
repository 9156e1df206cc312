provider "aws" { # ok: runtime/cloudtrail-missing
  region = "eu-west-1"
}

resource "aws_ebs_encryption_by_default" "on" {
  enabled = true
}

resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = "audit-trail-logs"
}
