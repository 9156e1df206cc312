resource "aws_route53_zone" "shop" {
  name = "shop.example.com"
}

resource "aws_route53_record" "assets" {
  zone_id = aws_route53_zone.shop.zone_id
  name    = "assets"
  type    = "CNAME"
  ttl     = 300
  records = ["d2abcdefghijk.cloudfront.net"]
}

resource "aws_route53_record" "promo" {
  zone_id = aws_route53_zone.shop.zone_id
  name    = "promo"
  type    = "CNAME"
  ttl     = 300
  records = ["shop-promo-2023.s3-website-eu-west-1.amazonaws.com"]
}

resource "aws_route53_record" "staging" {
  zone_id = aws_route53_zone.shop.zone_id
  name    = "staging"
  type    = "NS"
  ttl     = 300
  records = ["ns-101.awsdns-12.com", "ns-2001.awsdns-57.co.uk"]
}
