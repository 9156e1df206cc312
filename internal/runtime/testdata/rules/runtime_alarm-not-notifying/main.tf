resource "aws_cloudwatch_log_metric_filter" "root" {
  name           = "root"
  log_group_name = "cloudtrail"
  pattern        = "{ $.userIdentity.type = \"Root\" }"
  metric_transformation {
    name      = "RootUsage"
    namespace = "CIS"
    value     = "1"
  }
}

resource "aws_sns_topic" "nobody" {
  name = "nobody"
}

resource "aws_sns_topic" "security" {
  name = "security"
}

resource "aws_sns_topic_subscription" "security" {
  topic_arn = aws_sns_topic.security.arn
  protocol  = "email"
  endpoint  = "security@example.com"
}

resource "aws_cloudwatch_metric_alarm" "no_action" { # want: runtime/alarm-not-notifying
  alarm_name          = "root-no-action"
  metric_name         = "RootUsage"
  namespace           = "CIS"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
}

resource "aws_cloudwatch_metric_alarm" "unsubscribed" {
  alarm_name          = "root-unsubscribed"
  metric_name         = "RootUsage"
  namespace           = "CIS"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = [aws_sns_topic.nobody.arn] # want: runtime/alarm-not-notifying
}

resource "aws_cloudwatch_metric_alarm" "disabled" {
  alarm_name          = "root-disabled"
  metric_name         = "RootUsage"
  namespace           = "CIS"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  actions_enabled     = false # want: runtime/alarm-not-notifying
  alarm_actions       = [aws_sns_topic.security.arn]
}

resource "aws_cloudwatch_metric_alarm" "notifies" { # ok: runtime/alarm-not-notifying
  alarm_name          = "root"
  metric_name         = "RootUsage"
  namespace           = "CIS"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = [aws_sns_topic.security.arn]
}

resource "aws_cloudwatch_metric_alarm" "external_topic" { # ok: runtime/alarm-not-notifying
  alarm_name          = "root-external"
  metric_name         = "RootUsage"
  namespace           = "CIS"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = ["arn:aws:sns:eu-west-1:111122223333:org-security-pager"]
}

# An alarm on an ordinary service metric is not a security alarm.
resource "aws_cloudwatch_metric_alarm" "cpu" { # ok: runtime/alarm-not-notifying
  alarm_name          = "cpu"
  metric_name         = "CPUUtilization"
  namespace           = "AWS/EC2"
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 2
  threshold           = 90
  comparison_operator = "GreaterThanThreshold"
}
