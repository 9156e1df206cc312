resource "aws_cloudfront_distribution" "unlogged" { # want: runtime/cloudfront-access-logs-disabled
  enabled = true
  origin {
    domain_name = "origin.example.com"
    origin_id   = "origin"
  }
}

resource "aws_cloudfront_distribution" "logged" { # ok: runtime/cloudfront-access-logs-disabled
  enabled = true
  origin {
    domain_name = "origin.example.com"
    origin_id   = "origin"
  }
  logging_config {
    bucket = "cdn-logs.s3.amazonaws.com"
  }
}

resource "aws_cloudfront_distribution" "v2" { # ok: runtime/cloudfront-access-logs-disabled
  enabled = true
  origin {
    domain_name = "origin.example.com"
    origin_id   = "origin"
  }
}

resource "aws_cloudwatch_log_delivery_source" "v2" {
  name         = "cdn"
  log_type     = "ACCESS_LOGS"
  resource_arn = aws_cloudfront_distribution.v2.arn
}
