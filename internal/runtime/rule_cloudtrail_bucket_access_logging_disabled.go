package runtime

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

var ruleCloudTrailBucketAccessLoggingDisabled = newRule("cloudtrail-bucket-access-logging-disabled", finding.Medium,
	"The CloudTrail bucket has no server access logging",
	"Without access logging on the trail's bucket, nobody can tell who read, copied or deleted the audit logs: "+
		"the one place that records every other access is itself unwatched.",
	"Turn on server access logging for the trail's bucket, into a separate log bucket (an aws_s3_bucket_logging "+
		"resource; LoggingConfiguration in CloudFormation).",
	"https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html",
	"CIS AWS Foundations Benchmark 3.6")

func checkCloudTrailBucketAccessLoggingDisabled() *check {
	return &check{rule: ruleCloudTrailBucketAccessLoggingDisabled, run: func(p *pass) {
		for _, t := range p.trails() {
			for _, b := range p.trailBuckets(t) {
				if logged, unsure := p.bucketLogged(b); logged || unsure {
					continue
				}
				p.report(b, get(b, "logging", "LoggingConfiguration"),
					fmt.Sprintf("%s receives the logs of trail %s but has no server access logging", b.Label(), t.Label()),
					bucketLoggingFix(b))
			}
		}
	}}
}

// bucketLoggingFix is the snippet that turns on server access logging for a bucket.
func bucketLoggingFix(b *resource.Resource) string {
	return pick(b, fmt.Sprintf(`resource "aws_s3_bucket_logging" %q {
  bucket        = %s.id
  target_bucket = aws_s3_bucket.access_logs.id # a separate log bucket
  target_prefix = "%s/"
}
`, b.Name, ref(b), b.Name), setting(b, "", fmt.Sprintf(`LoggingConfiguration:
  DestinationBucketName: !Ref AccessLogsBucket # a separate log bucket
  LogFilePrefix: %s/`, b.Name)))
}
