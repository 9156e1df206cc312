resource "aws_lb_listener" "default_policy" { # want: config/lb-listener-weak-tls-policy
  load_balancer_arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/1"
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = "arn:aws:acm:us-east-1:123456789012:certificate/1"
}

resource "aws_lb_listener" "old" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/1"
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS-1-1-2017-01" # want: config/lb-listener-weak-tls-policy
  certificate_arn   = "arn:aws:acm:us-east-1:123456789012:certificate/1"
}

resource "aws_lb_listener" "modern" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/1"
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06" # ok: config/lb-listener-weak-tls-policy
  certificate_arn   = "arn:aws:acm:us-east-1:123456789012:certificate/1"
}

resource "aws_lb_listener" "plain" { # ok: config/lb-listener-weak-tls-policy
  load_balancer_arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/1"
  port              = 80
  protocol          = "HTTP"
}
