resource "aws_route53_zone" "plain" { # want: config/route53-query-logging-disabled
  name = "example.com"
}

resource "aws_route53_zone" "logged" { # ok: config/route53-query-logging-disabled
  name = "example.org"
}

resource "aws_route53_query_log" "logged" {
  cloudwatch_log_group_arn = "arn:aws:logs:us-east-1:123456789012:log-group:/aws/route53/example.org"
  zone_id                  = aws_route53_zone.logged.zone_id
}
