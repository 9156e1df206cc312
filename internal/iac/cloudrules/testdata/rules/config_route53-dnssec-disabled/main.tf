resource "aws_route53_zone" "plain" { # want: config/route53-dnssec-disabled
  name = "example.com"
}

resource "aws_route53_zone" "signed" { # ok: config/route53-dnssec-disabled
  name = "example.org"
}

resource "aws_route53_hosted_zone_dnssec" "signed" {
  hosted_zone_id = aws_route53_zone.signed.id
}

resource "aws_route53_zone" "internal" { # ok: config/route53-dnssec-disabled
  name = "corp.internal"
  vpc {
    vpc_id = "vpc-1"
  }
}
