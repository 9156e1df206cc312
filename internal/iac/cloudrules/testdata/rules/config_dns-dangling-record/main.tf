resource "aws_route53_zone" "main" {
  name = "example.com"
}

resource "aws_route53_record" "old_site" {
  zone_id = aws_route53_zone.main.zone_id
  name    = "promo"
  type    = "CNAME"
  ttl     = 300
  records = ["promo-example.s3-website-us-east-1.amazonaws.com"] # want: config/dns-dangling-record
}

resource "aws_s3_bucket" "site" {
  bucket = "www-example"
}

resource "aws_route53_record" "site" {
  zone_id = aws_route53_zone.main.zone_id
  name    = "www"
  type    = "CNAME"
  ttl     = 300
  records = ["www-example.s3-website-us-east-1.amazonaws.com"] # ok: config/dns-dangling-record
}

resource "aws_cloudfront_distribution" "cdn" {
  enabled = true
  aliases = ["cdn.example.com"]
}

resource "aws_route53_record" "cdn" {
  zone_id = aws_route53_zone.main.zone_id
  name    = "cdn"
  type    = "A"
  alias {
    name                   = aws_cloudfront_distribution.cdn.domain_name # ok: config/dns-dangling-record
    zone_id                = aws_cloudfront_distribution.cdn.hosted_zone_id
    evaluate_target_health = false
  }
}

resource "aws_route53_record" "legacy_cdn" {
  zone_id = aws_route53_zone.main.zone_id
  name    = "static"
  type    = "CNAME"
  ttl     = 300
  records = ["d111111abcdef8.cloudfront.net"] # want: config/dns-dangling-record
}

resource "aws_route53_record" "docs" {
  zone_id = aws_route53_zone.main.zone_id
  name    = "docs"
  type    = "CNAME"
  ttl     = 300
  records = ["example.github.io"] # want: config/dns-dangling-record
}

resource "aws_route53_record" "partner" {
  zone_id = aws_route53_zone.main.zone_id
  name    = "partner"
  type    = "CNAME"
  ttl     = 300
  records = ["app.partner.example.net"] # ok: config/dns-dangling-record
}

resource "azurerm_dns_cname_record" "app" {
  name                = "app"
  zone_name           = "example.com"
  resource_group_name = "dns"
  ttl                 = 300
  record              = "contoso-app.azurewebsites.net" # want: config/dns-dangling-record
}

resource "google_dns_record_set" "assets" {
  name         = "assets.example.com."
  managed_zone = "example"
  type         = "CNAME"
  ttl          = 300
  rrdatas      = ["c.storage.googleapis.com."] # want: config/dns-dangling-record
}
