package runtime

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

var ruleCloudTrailCloudWatchLogsMissing = newRule("cloudtrail-cloudwatch-logs-missing", finding.Medium,
	"No CloudTrail trail delivers to CloudWatch Logs",
	"Trail files in S3 serve an investigation after the fact; to be alerted while it happens (the root user signs "+
		"in, a trail is stopped, a security group opens), the trail must also deliver to a CloudWatch Logs group "+
		"that metric filters and alarms watch.",
	"Deliver the account trail to a log group: cloud_watch_logs_group_arn and cloud_watch_logs_role_arn "+
		"(CloudWatchLogsLogGroupArn and CloudWatchLogsRoleArn in CloudFormation).",
	"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html",
	"CIS AWS Foundations Benchmark 3.4")

func checkCloudTrailCloudWatchLogsMissing() *check {
	return &check{rule: ruleCloudTrailCloudWatchLogsMissing, run: func(p *pass) {
		first := map[string]*resource.Resource{}
		var roots []string
		fed := map[string]bool{}
		for _, t := range p.trails() {
			if !get(t, "cloud_watch_logs_group_arn", "CloudWatchLogsLogGroupArn").IsNull() {
				fed[t.Root] = true
			}
			if prev, ok := first[t.Root]; !ok {
				roots = append(roots, t.Root)
				first[t.Root] = t
			} else if !multiRegion(prev) && multiRegion(t) {
				first[t.Root] = t
			}
		}
		for _, root := range roots {
			if fed[root] {
				continue
			}
			t := first[root]
			p.report(t, nil, t.Label()+": no trail of this configuration delivers to CloudWatch Logs, so no alarm can watch API activity",
				setting(t, `cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
cloud_watch_logs_role_arn  = aws_iam_role.trail_to_cloudwatch.arn # trusted by cloudtrail.amazonaws.com, logs:CreateLogStream and logs:PutLogEvents`,
					`CloudWatchLogsLogGroupArn: !GetAtt TrailLogGroup.Arn
CloudWatchLogsRoleArn: !GetAtt TrailToCloudWatchRole.Arn # trusted by cloudtrail.amazonaws.com`))
		}
	}}
}
