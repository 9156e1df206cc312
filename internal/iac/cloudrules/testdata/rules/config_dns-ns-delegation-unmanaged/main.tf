resource "aws_route53_zone" "main" {
  name = "example.com"
}

resource "aws_route53_zone" "dev" {
  name = "dev.example.com"
}

resource "aws_route53_record" "dev" {
  zone_id = aws_route53_zone.main.zone_id
  name    = "dev"
  type    = "NS"
  ttl     = 300
  records = aws_route53_zone.dev.name_servers # ok: config/dns-ns-delegation-unmanaged
}

resource "aws_route53_record" "legacy" {
  zone_id = aws_route53_zone.main.zone_id
  name    = "legacy"
  type    = "NS"
  ttl     = 300
  records = ["ns-1234.awsdns-56.org", "ns-789.awsdns-01.net"] # want: config/dns-ns-delegation-unmanaged
}

resource "aws_route53_record" "apex" {
  zone_id = aws_route53_zone.main.zone_id
  name    = "example.com"
  type    = "NS"
  ttl     = 172800
  records = ["ns-1.awsdns-01.com", "ns-2.awsdns-02.net"] # ok: config/dns-ns-delegation-unmanaged
}
