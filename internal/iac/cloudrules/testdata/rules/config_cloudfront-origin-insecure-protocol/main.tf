resource "aws_cloudfront_distribution" "cdn" {
  enabled = true
  origin {
    domain_name = "app.example.com"
    origin_id   = "app"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "http-only" # want: config/cloudfront-origin-insecure-protocol
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
  origin {
    domain_name = "api.example.com"
    origin_id   = "api"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only" # ok: config/cloudfront-origin-insecure-protocol
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
}
