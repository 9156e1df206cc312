resource "aws_cloudfront_distribution" "bad" {
  enabled = true
  default_cache_behavior {
    viewer_protocol_policy = "allow-all" # want: config/cloudfront-allows-http
  }
}

resource "aws_cloudfront_distribution" "good" { # ok: config/cloudfront-allows-http
  enabled = true
  default_cache_behavior {
    viewer_protocol_policy = "redirect-to-https" # ok: config/cloudfront-allows-http
  }
}

resource "aws_cloudfront_distribution" "bad1" {
  enabled = true
  ordered_cache_behavior {
    viewer_protocol_policy = "allow-all" # want: config/cloudfront-allows-http
  }
}

resource "aws_cloudfront_distribution" "good1" { # ok: config/cloudfront-allows-http
  enabled = true
  ordered_cache_behavior {
    viewer_protocol_policy = "https-only" # ok: config/cloudfront-allows-http
  }
}
