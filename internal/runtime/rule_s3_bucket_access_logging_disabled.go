package runtime

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

var ruleS3BucketAccessLoggingDisabled = newRule("s3-bucket-access-logging-disabled", finding.Low,
	"S3 bucket holding data has no server access logging",
	"Without server access logging (or CloudTrail data events), nobody can tell which objects of a data bucket "+
		"were read, by whom and from where: after a leaked key or a too-wide policy, the extent of a breach is "+
		"unknowable. Log buckets themselves (the targets of access logs, trails, flow logs and load balancer logs) "+
		"and static website buckets are not asked for it.",
	"Turn on server access logging into a separate log bucket (an aws_s3_bucket_logging resource; "+
		"LoggingConfiguration in CloudFormation).",
	"https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html")

func checkS3BucketAccessLoggingDisabled() *check {
	return &check{rule: ruleS3BucketAccessLoggingDisabled, run: func(p *pass) {
		for _, b := range p.set.OfType(bucketTypes...) {
			if p.logBucket(b) || p.websiteBucket(b) {
				continue
			}
			if logged, unsure := p.bucketLogged(b); logged || unsure {
				continue
			}
			p.report(b, nil, b.Label()+": the bucket has no server access logging, so reads of its objects leave no trace",
				bucketLoggingFix(b))
		}
	}}
}

// logDestinations are the attributes through which other resources deliver logs into a bucket.
var logDestinations = []via{
	{types: []string{"aws_s3_bucket_logging"}, attr: []string{"target_bucket"}, names: bucketNames},
	{types: []string{"aws_s3_bucket"}, attr: []string{"logging", "target_bucket"}, names: bucketNames},
	{types: []string{"AWS::S3::Bucket"}, attr: []string{"LoggingConfiguration", "DestinationBucketName"}, names: bucketNames},
	{types: trailTypes, attr: []string{"s3_bucket_name"}, names: bucketNames},
	{types: trailTypes, attr: []string{"S3BucketName"}, names: bucketNames},
	{types: []string{"aws_flow_log"}, attr: []string{"log_destination"}},
	{types: []string{"AWS::EC2::FlowLog"}, attr: []string{"LogDestination"}},
	{types: []string{"aws_lb", "aws_alb", "aws_elb"}, attr: []string{"access_logs", "bucket"}, names: bucketNames},
	{types: []string{"AWS::ElasticLoadBalancingV2::LoadBalancer"}, attr: []string{"LoadBalancerAttributes", "Value"}, names: bucketNames},
	{types: []string{"AWS::ElasticLoadBalancing::LoadBalancer"}, attr: []string{"AccessLoggingPolicy", "S3BucketName"}, names: bucketNames},
	{types: []string{"aws_cloudfront_distribution"}, attr: []string{"logging_config", "bucket"}},
	{types: []string{"AWS::CloudFront::Distribution"}, attr: []string{"DistributionConfig", "Logging", "Bucket"}},
	{types: []string{"aws_config_delivery_channel"}, attr: []string{"s3_bucket_name"}, names: bucketNames},
	{types: []string{"AWS::Config::DeliveryChannel"}, attr: []string{"S3BucketName"}, names: bucketNames},
	{types: []string{"aws_wafv2_web_acl_logging_configuration"}, attr: []string{"log_destination_configs"}},
	{types: []string{"aws_kinesis_firehose_delivery_stream"}, attr: []string{"extended_s3_configuration", "bucket_arn"}},
}

// logBucket reports whether a bucket receives logs: it is the destination of some logging, it
// grants the log delivery group, or its name says so.
func (p *pass) logBucket(b *resource.Resource) bool {
	if namedLikeLogs(b) || strIs(get(b, "acl", "AccessControl"), "log-delivery-write", "LogDeliveryWrite") {
		return true
	}
	if acls, _ := p.bucketSide(b, "aws_s3_bucket_acl"); len(acls) > 0 {
		for _, a := range acls {
			if strIs(a.Get("acl"), "log-delivery-write") {
				return true
			}
		}
	}
	rs, _ := p.referrers(b, logDestinations...)
	for _, r := range rs {
		if r != b { // a bucket that logs into itself is not a log bucket for that
			return true
		}
	}
	return false
}

// websiteBucket reports whether a bucket serves a static website (its content is public anyway).
func (p *pass) websiteBucket(b *resource.Resource) bool {
	if w := get(b, "website", "WebsiteConfiguration"); !w.IsNull() && !emptyList(w) {
		return true
	}
	side, _ := p.bucketSide(b, "aws_s3_bucket_website_configuration")
	return len(side) > 0
}
