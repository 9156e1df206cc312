# Root activity is watched; console sign-in without MFA has a filter but no alarm; organization
# changes are filtered on another log group. The other event classes are not watched at all.
resource "aws_cloudwatch_log_group" "trail" {
  name = "cloudtrail"
}

resource "aws_cloudwatch_log_group" "other" {
  name = "application"
}

resource "aws_cloudtrail" "account" {
  name                       = "account"
  s3_bucket_name             = "trail-logs"
  is_multi_region_trail      = true
  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*" # want: runtime/cis-monitoring-alarms-missing
}

resource "aws_cloudwatch_log_metric_filter" "root" {
  name           = "root"
  log_group_name = "cloudtrail"
  pattern        = "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS }"
  metric_transformation {
    name      = "RootUsage"
    namespace = "CIS"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "root" {
  alarm_name          = "root"
  metric_name         = "RootUsage"
  namespace           = "CIS"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
}

resource "aws_cloudwatch_log_metric_filter" "no_mfa" {
  name           = "no-mfa"
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = "{ ($.eventName = \"ConsoleLogin\") && ($.additionalEventData.MFAUsed != \"Yes\") }"
  metric_transformation {
    name      = "NoMFA"
    namespace = "CIS"
    value     = "1"
  }
}

resource "aws_cloudwatch_log_metric_filter" "organizations" {
  name           = "organizations"
  log_group_name = aws_cloudwatch_log_group.other.name
  pattern        = "{ $.eventSource = organizations.amazonaws.com }"
  metric_transformation {
    name      = "Organizations"
    namespace = "CIS"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "organizations" {
  alarm_name          = "organizations"
  metric_name         = "Organizations"
  namespace           = "CIS"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
}
