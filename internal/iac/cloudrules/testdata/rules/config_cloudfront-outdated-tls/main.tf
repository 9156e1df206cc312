resource "aws_cloudfront_distribution" "missing" { # want: config/cloudfront-outdated-tls
  enabled = true
}

resource "aws_cloudfront_distribution" "bad" {
  enabled = true
  viewer_certificate {
    minimum_protocol_version = "TLSv1.1_2016" # want: config/cloudfront-outdated-tls
  }
}

resource "aws_cloudfront_distribution" "good" { # ok: config/cloudfront-outdated-tls
  enabled = true
  viewer_certificate {
    minimum_protocol_version = "TLSv1.2_2021" # ok: config/cloudfront-outdated-tls
  }
}
