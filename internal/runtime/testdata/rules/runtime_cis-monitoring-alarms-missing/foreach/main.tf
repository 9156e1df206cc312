# Filters made with for_each over a map: each pattern is unknown to a static review (one logical
# resource, many instances), so the rule gives them the benefit of the doubt.
locals {
  watched = {
    unauthorized = "{ ($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied*\") }"
    root         = "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }"
    iam          = "{ ($.eventName = DeleteGroupPolicy) || ($.eventName = PutRolePolicy) || ($.eventName = AttachRolePolicy) }"
    trail        = "{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StopLogging) }"
    auth         = "{ ($.eventName = ConsoleLogin) && ($.errorMessage = \"Failed authentication\") }"
    kms          = "{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }"
    s3           = "{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketPolicy) || ($.eventName = DeleteBucketPolicy)) }"
    config       = "{ ($.eventSource = config.amazonaws.com) && ($.eventName = StopConfigurationRecorder) }"
    sg           = "{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = CreateSecurityGroup) }"
    nacl         = "{ ($.eventName = CreateNetworkAcl) || ($.eventName = ReplaceNetworkAclEntry) }"
    gateway      = "{ ($.eventName = CreateCustomerGateway) || ($.eventName = AttachInternetGateway) }"
    route        = "{ ($.eventName = CreateRoute) || ($.eventName = ReplaceRoute) }"
    vpc          = "{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) }"
  }
}

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
  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*" # ok: runtime/cis-monitoring-alarms-missing
}

resource "aws_cloudwatch_log_metric_filter" "watched" {
  for_each       = local.watched
  name           = each.key
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = each.value
  metric_transformation {
    name      = "cis-${each.key}"
    namespace = "CIS"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "watched" {
  for_each            = local.watched
  alarm_name          = "cis-${each.key}"
  metric_name         = "cis-${each.key}"
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
