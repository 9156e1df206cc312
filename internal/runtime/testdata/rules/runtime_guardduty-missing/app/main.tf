provider "aws" { # ok: runtime/guardduty-missing
  region = "eu-west-1"
}

resource "aws_s3_bucket" "data" {
  bucket = "app-data"
}
